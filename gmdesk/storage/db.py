"""Open an office's SQLite file: pragmas, migrations, and refusal of files we cannot trust."""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
from pathlib import Path

from gmdesk.storage.audit import ensure_audit_triggers, set_actor
from gmdesk.storage.database import Database
from gmdesk.storage.lock import is_network_path
from gmdesk.storage.schema import migrations, schema_version

SQLITE_MAGIC = b"SQLite format 3\x00"
# PRAGMA application_id of every gmdesk file ("GMDK"): another program's file says otherwise.
APPLICATION_ID = 0x474D444B
# Raised by any query on a damaged file; callers outside storage catch it by this name.
DatabaseError = sqlite3.DatabaseError


class StorageError(Exception):
    """A database that cannot be used; the message says why and what to do (zh-TW)."""


class NewerSchemaError(StorageError):
    """The file was written by a newer gmdesk."""


class DiskFullError(StorageError):
    """The disk holding the file is full; nothing was written."""


class ForeignFileError(StorageError):
    """A SQLite file of another program (or with tables gmdesk does not know); never written."""


class ReadOnlyFileError(StorageError):
    """The file or its folder cannot be written; it can still be opened read-only."""


@functools.cache
def known_tables() -> frozenset[str]:
    """Return every table a gmdesk file of this version may hold."""
    scratch = Database(memory=True)
    migrations.apply(scratch)
    names = frozenset(scratch.table_names())
    scratch.close()
    return names


def peek(path: Path) -> sqlite3.Connection:
    """Open `path` for reading only, creating nothing beside it, even in a read-only folder.

    The -wal of a file in use holds its latest pages: read through it when there is one.
    """
    uri = path.resolve().as_uri()
    if Path(f"{path}-wal").exists() and Path(f"{path}-shm").exists():
        try:
            conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
            conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
            return conn
        except sqlite3.OperationalError:
            pass
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)


def refuse_foreign(path: Path) -> None:
    """Raise ForeignFileError unless `path` is a gmdesk file (or an empty SQLite file).

    Reads only: nothing is written to the file or beside it. A file without gmdesk's
    application_id is accepted when it was made by an older gmdesk: its migrations are
    gmdesk's and every table is one gmdesk knows.
    """
    conn = peek(path)
    try:
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        # Read the whole schema first, even of our own file: a damaged name or statement shows
        # here, before opening for writing would touch the file (switching to WAL writes it).
        schema = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
        if app_id == APPLICATION_ID:
            return
        tables = {name for kind, name, _sql in schema
                  if kind == "table" and not name.startswith("sqlite")}
        if not tables and app_id == 0:
            return
        foreign = sorted(tables - known_tables())
        ours = "_sqlite_migrations" in tables and bool(conn.execute(
            "SELECT COUNT(*) FROM _sqlite_migrations WHERE migration_set = ?",
            [migrations.name]).fetchone()[0])
    finally:
        conn.close()
    if app_id != 0:
        if ours and not foreign and "office_identity" in tables:
            # gmdesk's own tables under a wrong id: the header was damaged, not replaced.
            raise sqlite3.DatabaseError(f"檔頭的 application_id 已毀損（{app_id:#010x}）")
        raise ForeignFileError(
            f"「{path}」是其他程式的資料檔（application_id {app_id:#010x}），不是 gmdesk 的資料檔；"
            "gmdesk 沒有修改它。請選擇 gmdesk 的資料檔（.gmdesk），或用 --db 指定一個新檔名。")
    if foreign or not ours:
        shown = "、".join(foreign[:5]) + ("…" if len(foreign) > 5 else "")
        raise ForeignFileError(
            f"「{path}」不是 gmdesk 的資料檔：裡面有 gmdesk 不認得的資料表（{shown or '沒有 gmdesk 的紀錄'}）；"
            "gmdesk 沒有修改它。請選擇 gmdesk 的資料檔（.gmdesk），或用 --db 指定一個新檔名。")


def office_id(db: Database) -> str:
    """Return the office id this file was given when it was made."""
    row = db.execute("SELECT office_id FROM office_identity WHERE id = 1").fetchone()
    return str(row[0])


def _check_header(path: Path) -> None:
    with path.open("rb") as handle:
        head = handle.read(100)
    if len(head) == 0:
        return  # an empty file is a new database
    if not head.startswith(SQLITE_MAGIC):
        raise StorageError(f"「{path}」不是 gmdesk 的資料檔（不是 SQLite 資料庫）。請選擇副檔名為 .gmdesk 或 .db 的資料檔。")
    if len(head) < 100:
        raise StorageError(f"「{path}」已毀損（檔案不完整）。請從備份還原。")


def open_db(path: Path | str | None, *, readonly: bool = False, migrate: bool = True,
            network: bool | None = None, known: bool = False) -> Database:
    """Open (or create) an office database, apply pending migrations and return it.

    `path` None gives an in-memory database, for tests and dry runs. `network` None detects
    a file on a shared drive, where WAL is unsafe (see _configure). `known`: another
    connection to a file this process opened and checked already (a worker's): its header and tables are not read again by a second connection (each
    reading of a large schema costs ~6 ms; a page or year switch opens one).
    """
    if path is None:
        db = Database(memory=True)
    else:
        path = Path(path)
        if known:  # checked when this process first opened it (below)
            if not path.is_file():
                raise StorageError(f"找不到資料檔「{path}」。")
        elif path.exists():
            if path.is_dir():
                raise StorageError(f"「{path}」是資料夾，不是資料檔。")
            _check_header(path)
            if path.stat().st_size > 0:
                try:
                    refuse_foreign(path)
                except sqlite3.DatabaseError as exc:
                    raise StorageError(f"資料檔「{path}」已毀損或無法讀取（{exc}）。請從備份還原。") from exc
            if not readonly and not os.access(path, os.W_OK):
                raise ReadOnlyFileError(
                    f"資料檔「{path}」是唯讀檔案（檔案本身沒有損壞），gmdesk 無法寫入。"
                    "請取消檔案的唯讀屬性或複製到可寫入的資料夾；只要查看或列印可以唯讀開啟。")
        elif readonly:
            raise StorageError(f"找不到資料檔「{path}」。")
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            _create_private(path)
        if not readonly:
            _make_private(path)
        if network is None:
            network = is_network_path(path)
        try:
            conn = _read_only(path) if readonly else sqlite3.connect(str(path))
        except sqlite3.Error as exc:
            raise StorageError(f"無法開啟資料檔「{path}」：{exc}") from exc
        db = Database(conn)
    try:
        _configure(db, on_disk=path is not None, readonly=readonly, network=bool(network))
        _refuse_newer(db)
        if migrate and not readonly:
            migrations.apply(db)
            db.execute(f"PRAGMA user_version = {schema_version()}")
            if db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            # transform() in a migration drops triggers: put the audit trail back every time.
            ensure_audit_triggers(db)
            set_actor(db)
    except sqlite3.DatabaseError as exc:
        db.close()
        if "full" in str(exc).lower():
            raise DiskFullError(f"磁碟空間不足，無法開啟資料檔「{path}」。請清出磁碟空間後再開啟；資料檔未被修改。") from exc
        text = str(exc).lower()
        if path is not None and ("readonly" in text or "read-only" in text
                                 or not os.access(Path(path).parent, os.W_OK)):
            raise ReadOnlyFileError(
                f"資料檔「{path}」或它所在的資料夾是唯讀的（檔案本身沒有損壞），gmdesk 無法寫入。"
                "請把資料檔複製到可寫入的資料夾；只要查看或列印可以唯讀開啟。") from exc
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise StorageError(f"資料檔「{path}」正由另一個程式使用中。請關閉其他 gmdesk 後再試。") from exc
        raise StorageError(f"資料檔「{path}」已毀損或無法讀取（{exc}）。請從備份還原。") from exc
    except StorageError:
        db.close()
        raise
    return db


def _read_only(path: Path) -> sqlite3.Connection:
    """Open `path` for reading; in a read-only folder, where SQLite cannot make its -shm, read
    the file as it is (it holds everything when no -wal lies beside it)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        if Path(f"{path}-wal").exists():
            raise ReadOnlyFileError(
                f"資料檔「{path}」所在的資料夾是唯讀的，而且還有尚未寫回的變更（{path.name}-wal）："
                "請在可寫入的資料夾開啟一次，或請資訊人員協助；檔案本身沒有損壞。") from None
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def _configure(db: Database, *, on_disk: bool, readonly: bool, network: bool = False) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA busy_timeout = 5000")
    if on_disk and not readonly:
        if network:
            # WAL needs shared memory that network file systems do not provide, and their
            # byte-range locks are not dependable: a rollback journal, one exclusive holder.
            db.execute("PRAGMA locking_mode = EXCLUSIVE")
            db.execute("PRAGMA journal_mode = DELETE")
        else:
            db.execute("PRAGMA journal_mode = WAL")
        # FULL: an acknowledged change survives a power cut too, not only a crash.
        db.execute("PRAGMA synchronous = FULL")


def _create_private(path: Path) -> None:
    """Create an empty database file readable only by its owner."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _make_private(path: Path) -> None:
    """Take group and other permissions off a database we own (POSIX); ignore what we cannot."""
    if os.name != "posix":
        return
    try:
        mode = path.stat().st_mode
        if mode & 0o077 and path.stat().st_uid == os.getuid():
            os.chmod(path, mode & 0o700)
    except OSError:
        pass


def _refuse_newer(db: Database) -> None:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    known = {m.name for m in migrations._migrations}
    applied = {m.name for m in migrations.applied(db)}
    if version > schema_version() or applied - known:
        raise NewerSchemaError(
            "這個資料檔由較新版本的 gmdesk 建立，本版本無法安全開啟。請安裝最新版 gmdesk 後再開啟。"
        )


def file_is_empty(path: Path) -> bool:
    """Return whether the office file at `path` has not been set up yet, writing nothing.

    Refuses what open_db refuses (another program's file, a damaged one) with the same
    errors, without migrating, switching to WAL or recording the actor first.
    """
    _check_header(path)
    try:
        refuse_foreign(path)
        conn = peek(path)
        try:
            tables = {row[0] for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            return "office" not in tables or not conn.execute(
                "SELECT COUNT(*) FROM office").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"資料檔「{path}」已毀損或無法讀取（{exc}）。請從備份還原。") from exc


def is_empty(db: Database) -> bool:
    """Return whether the office has not been set up yet."""
    return not db.execute("SELECT COUNT(*) FROM office").fetchone()[0]
