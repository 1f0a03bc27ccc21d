"""The audit trail: one append-only row per change, written by triggers inside SQLite.

Triggers catch every write, whoever makes it (pages, imports, the command line), without any
caller having to remember. sqlite-utils' transform() drops a table's triggers, so
ensure_audit_triggers() re-creates them after every migration (open_db calls it).

A bulk write (an import, a course's attendance list) is one change to the clerk and would cost
~38 µs a row in the triggers: inside bulk_insert() the table's insert trigger stands aside (a
row in audit_bulk, which the trigger checks, and the trigger itself dropped and made again
before the block ends) and one audit row records the whole batch: its rows, the first and last
id, and where they came from. Flag and trigger change live inside the caller's transaction, so
a rollback or a crash can never leave a table unaudited.
"""

from __future__ import annotations

import csv
import dataclasses
import getpass
import json
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from gmdesk.storage.database import Database, columns, primary_key, table_exists
from gmdesk.storage.schema import TABLES

AUDIT_TABLE = "audit"
BULK_TABLE = "audit_bulk"
BATCH_PREFIX = "batch:"
_PREFIX = "gmdesk_audit_"
# Who the clerk is: the setting wins, the office profile's clerk_name is the fallback.
_CLERK_SQL = (
    "COALESCE(NULLIF((SELECT json_extract(value, '$') FROM setting WHERE key = 'clerk_name'), ''),"
    " (SELECT clerk_name FROM office WHERE id = 1), '')"
)


@dataclasses.dataclass(frozen=True)
class AuditEntry:
    """One change to one record."""

    id: int
    at: str
    os_user: str
    host: str
    clerk: str
    action: str  # insert, update, delete
    table_name: str
    record_id: str
    old: dict[str, Any] | None
    new: dict[str, Any] | None

    def changed_fields(self) -> list[str]:
        """Return the columns whose value differs between old and new."""
        old, new = self.old or {}, self.new or {}
        return sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))


def os_user() -> str:
    """Return the operating-system account name, or '' when it cannot be known."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return os.environ.get("USERNAME", "")


def host_name() -> str:
    return socket.gethostname()


def has_audit(db: Database) -> bool:
    return table_exists(db, AUDIT_TABLE)


def _key(db: Database, table: str) -> str:
    pks = primary_key(db, table)
    return pks[0] if pks and pks[0] != "rowid" else "rowid"


def _row_json(db: Database, table: str, ref: str) -> str:
    """Return SQL building a JSON object of a row (BLOBs are left out: the JSON cannot hold them)."""
    parts = []
    for column in columns(db, table):
        if column.type.upper() == "BLOB":
            continue
        parts.append(f"'{column.name}', {ref}.[{column.name}]")
    return f"json_object({', '.join(parts)})"


def _trigger_sql(db: Database, table: str) -> dict[str, str]:
    key = _key(db, table)
    who = ("COALESCE((SELECT os_user FROM audit_actor WHERE id = 1), ''), "
           f"COALESCE((SELECT host FROM audit_actor WHERE id = 1), ''), {_CLERK_SQL}")
    cols = "os_user, host, clerk, action, table_name, record_id, old, new"
    old, new = _row_json(db, table, "OLD"), _row_json(db, table, "NEW")
    # Inside bulk_insert() the batch has its own audit row; every other insert is audited.
    quiet = (f" WHEN NOT EXISTS (SELECT 1 FROM {BULK_TABLE} WHERE table_name = '{table}')"
             if table_exists(db, BULK_TABLE) else "")
    return {
        f"{_PREFIX}{table}_insert": (
            f"CREATE TRIGGER [{_PREFIX}{table}_insert] AFTER INSERT ON [{table}]{quiet} BEGIN "
            f"INSERT INTO audit ({cols}) VALUES ({who}, 'insert', '{table}', "
            f"CAST(NEW.[{key}] AS TEXT), NULL, {new}); END"
        ),
        f"{_PREFIX}{table}_update": (
            f"CREATE TRIGGER [{_PREFIX}{table}_update] AFTER UPDATE ON [{table}] "
            f"WHEN {old} IS NOT {new} BEGIN "
            f"INSERT INTO audit ({cols}) VALUES ({who}, 'update', '{table}', "
            f"CAST(NEW.[{key}] AS TEXT), {old}, {new}); END"
        ),
        f"{_PREFIX}{table}_delete": (
            f"CREATE TRIGGER [{_PREFIX}{table}_delete] AFTER DELETE ON [{table}] BEGIN "
            f"INSERT INTO audit ({cols}) VALUES ({who}, 'delete', '{table}', "
            f"CAST(OLD.[{key}] AS TEXT), {old}, NULL); END"
        ),
    }


_GUARDS = {
    f"{_PREFIX}no_update": (
        f"CREATE TRIGGER [{_PREFIX}no_update] BEFORE UPDATE ON audit BEGIN "
        "SELECT RAISE(ABORT, '稽核紀錄只能新增，不能修改'); END"
    ),
    f"{_PREFIX}no_delete": (
        f"CREATE TRIGGER [{_PREFIX}no_delete] BEFORE DELETE ON audit BEGIN "
        "SELECT RAISE(ABORT, '稽核紀錄只能新增，不能刪除'); END"
    ),
}


def expected_triggers(db: Database) -> dict[str, str]:
    """Return every audit trigger this schema should have, by name."""
    wanted = dict(_GUARDS)
    for table in TABLES:
        if table_exists(db, table):
            wanted.update(_trigger_sql(db, table))
    return wanted


def ensure_audit_triggers(db: Database) -> int:
    """Create or re-create the audit triggers that are missing or stale; return how many."""
    if not has_audit(db):
        return 0
    existing = {
        name: sql
        for name, sql in db.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?",
            [_PREFIX + "%"],
        )
    }
    wanted = expected_triggers(db)
    changed = [name for name, sql in wanted.items() if existing.get(name) != sql]
    stale = [name for name in existing if name not in wanted]
    if not changed and not stale:
        return 0
    with db.atomic():
        for name in changed + stale:
            db.execute(f"DROP TRIGGER IF EXISTS [{name}]")
        for name in changed:
            db.execute(wanted[name])
    return len(changed)


def set_actor(db: Database, user: str | None = None, host: str | None = None) -> None:
    """Record who writes through this file from now on (the OS account and the PC)."""
    if not has_audit(db):
        return
    with db.atomic():
        db.execute(
            "INSERT INTO audit_actor (id, os_user, host) VALUES (1, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET os_user = excluded.os_user, host = excluded.host",
            [os_user() if user is None else user, host_name() if host is None else host],
        )


def _actor_values(db: Database) -> list[str]:
    row = db.execute(
        f"SELECT COALESCE((SELECT os_user FROM audit_actor WHERE id = 1), ''), "
        f"COALESCE((SELECT host FROM audit_actor WHERE id = 1), ''), {_CLERK_SQL}").fetchone()
    return [str(v) for v in row]


_TRIGGER_SQL = "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"


@contextmanager
def bulk_insert(db: Database, table: str, source: str = "") -> Iterator[None]:
    """Audit the rows inserted into `table` inside this block as one batch row.

    Call it inside the caller's `db.atomic()`: the flag that quiets the table's insert trigger
    is written in the same transaction. Updates and deletes, and inserts into any other table,
    are still audited one by one. Nested blocks on the same table make one batch.
    """
    if not table_exists(db, BULK_TABLE) or db.execute(
            f"SELECT 1 FROM {BULK_TABLE} WHERE table_name = ?", [table]).fetchone():
        yield
        return
    key = _key(db, table)
    before = db.execute(f"SELECT COALESCE(MAX([{key}]), 0), COUNT(*) FROM [{table}]").fetchone()
    db.execute(f"INSERT INTO {BULK_TABLE} (table_name) VALUES (?)", [table])
    # Even quiet, the trigger costs ~6 µs a row to run its WHEN; inside this transaction it is
    # dropped and made again before the block ends. Other connections never see it missing
    # (the schema change commits with the rows, or rolls back with them).
    trigger = f"{_PREFIX}{table}_insert"
    found = db.execute(_TRIGGER_SQL, [trigger]).fetchone()
    if found:
        db.execute(f"DROP TRIGGER [{trigger}]")
    try:
        with db.roomy_cache():  # the table's indexes stay in memory while the rows go in
            yield
    finally:
        if found and not db.execute(_TRIGGER_SQL, [trigger]).fetchone():
            db.execute(found[0])
        db.execute(f"DELETE FROM {BULK_TABLE} WHERE table_name = ?", [table])
    after = db.execute(f"SELECT COALESCE(MAX([{key}]), 0), COUNT(*) FROM [{table}]").fetchone()
    rows = int(after[1]) - int(before[1])
    if rows <= 0:
        return
    first, last = int(before[0]) + 1, int(after[0])
    summary = {"rows": rows, "first_id": first, "last_id": last, "source": source}
    db.execute(
        "INSERT INTO audit (os_user, host, clerk, action, table_name, record_id, old, new) "
        "VALUES (?, ?, ?, 'insert', ?, ?, NULL, ?)",
        [*_actor_values(db), table, f"{BATCH_PREFIX}{first}-{last}",
         json.dumps(summary, ensure_ascii=False)],
    )


def _batch_covers(record_id: str, wanted: int) -> bool:
    first, _, last = record_id.removeprefix(BATCH_PREFIX).partition("-")
    try:
        return int(first) <= wanted <= int(last)
    except ValueError:
        return False


def _entry(row: tuple[Any, ...]) -> AuditEntry:
    id_, at, user, host, clerk, action, table, record_id, old, new = row
    return AuditEntry(int(id_), at, user, host, clerk, action, table, record_id,
                      json.loads(old) if old else None, json.loads(new) if new else None)


_COLUMNS = "id, at, os_user, host, clerk, action, table_name, record_id, old, new"


def history(db: Database, table: str, record_id: int | str) -> list[AuditEntry]:
    """Return every change to one record, oldest first (its batch, if it came in bulk)."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM audit WHERE table_name = ? AND record_id = ? ORDER BY id",
        [table, str(record_id)],
    ).fetchall()
    if str(record_id).isdigit():
        batches = db.execute(
            f"SELECT {_COLUMNS} FROM audit WHERE table_name = ? AND record_id LIKE ? "
            "AND action = 'insert'", [table, BATCH_PREFIX + "%"]).fetchall()
        rows += [r for r in batches if _batch_covers(str(r[7]), int(record_id))]
        rows.sort(key=lambda r: int(r[0]))
    return [_entry(r) for r in rows]


def entries(db: Database, since: str = "", limit: int | None = None) -> list[AuditEntry]:
    """Return changes made at or after `since` (ISO text), newest first."""
    sql = f"SELECT {_COLUMNS} FROM audit WHERE at >= ? ORDER BY id DESC"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [_entry(r) for r in db.execute(sql, [since])]


_HEADER = ["編號", "時間", "作業系統帳號", "電腦名稱", "承辦人", "動作", "資料表", "資料編號",
           "修改前", "修改後"]
_ACTIONS = {"insert": "新增", "update": "修改", "delete": "刪除"}


def export_csv(db: Database, out: Path, table: str | None = None,
               record_id: int | str | None = None) -> int:
    """Write the audit trail (or one record's history) as UTF-8 CSV readable only by the user."""
    if table is not None and record_id is not None:
        rows = history(db, table, record_id)
    else:
        rows = list(reversed(entries(db)))
    out.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(_HEADER)
        for e in rows:
            writer.writerow([
                e.id, e.at, e.os_user, e.host, e.clerk, _ACTIONS.get(e.action, e.action),
                e.table_name, e.record_id,
                json.dumps(e.old, ensure_ascii=False) if e.old is not None else "",
                json.dumps(e.new, ensure_ascii=False) if e.new is not None else "",
            ])
    if os.name == "posix":
        os.chmod(out, 0o600)
    return len(rows)


def data_stamp(db: Database) -> str | None:
    """Return a stamp that changes with every change to the office's records; None when the
    file has no audit trail.

    Every write to a record adds an audit row (the audit is append-only) and every change to
    the schema bumps its cookie: the last audit row, the number of rows of each record table
    and the schema's version say together that two readings saw the same records.
    """
    if not has_audit(db):
        return None
    last = db.execute(
        "SELECT id, at, action, table_name, record_id, COALESCE(new, '') FROM audit "
        "ORDER BY id DESC LIMIT 1").fetchone()
    present = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    counts = db.execute("SELECT " + ", ".join(
        f"(SELECT COUNT(*) FROM [{table}])" for table in TABLES if table in present)).fetchone()
    identity = db.execute("SELECT office_id FROM office_identity WHERE id = 1").fetchone() \
        if "office_identity" in present else None
    cookie = db.execute("PRAGMA schema_version").fetchone()[0]
    return json.dumps([identity[0] if identity else "", cookie, list(last or ()), list(counts)],
                      ensure_ascii=False)
