"""Backups of an office file: safe copies of a live database, verified, rotated, restorable.

Only SQLite's backup API (or VACUUM INTO) copies a database that may be in use without
tearing it; a file copy can catch it half-written. Every copy is checked with
integrity_check, written under a temporary name and only then renamed into place, so a
crash or a full disk never leaves a broken file that looks like a backup.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import shutil
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from gmdesk.storage.db import peek
from gmdesk.storage.schema import TABLES

SUFFIX = ".gmdesk"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 14, 8, 12
# Copies taken just before something risky are kept apart from the calendar slots, so a
# later copy on the same day cannot rotate away the state before a restore or a migration.
KEEP_SAFETY = 5
SAFETY_REASONS = ("manual", "restore", "migration", "import")
REASONS = ("auto", "close", *SAFETY_REASONS)
_NAME = re.compile(r"^(?P<stem>.+)_(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?_(?P<reason>[a-z]+)\.gmdesk$")
# The records the dialog counts, with their names as the clerk knows them.
COUNTED = {"person": "人員", "meeting": "會議", "training": "培力紀錄", "event": "活動"}


class BackupError(Exception):
    """A backup or restore that could not be done; nothing was changed (zh-TW message)."""


class SourceDamagedError(BackupError):
    """The copy failed integrity_check: the file being copied is damaged."""


@dataclasses.dataclass(frozen=True)
class BackupInfo:
    """One backup file: when and why it was taken and how many records it holds."""

    path: Path
    taken_at: dt.datetime
    reason: str
    size: int
    counts: dict[str, int] = dataclasses.field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _is_disk_full(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "full" in text or getattr(exc, "errno", None) == 28  # ENOSPC


def _friendly(exc: BaseException, target: Path) -> BackupError:
    if _is_disk_full(exc):
        return BackupError(f"磁碟空間不足，無法寫入備份到「{target.parent}」。請清出空間或改選其他備份資料夾（例如隨身碟），原資料檔未受影響。")
    if isinstance(exc, PermissionError):
        return BackupError(f"沒有權限寫入備份資料夾「{target.parent}」。請改選其他資料夾，原資料檔未受影響。")
    return BackupError(f"無法建立備份「{target.name}」：{exc}。原資料檔未受影響。")


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _private_dir(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)


def open_readonly(path: Path) -> sqlite3.Connection:
    """Open a file for reading without ever writing to it or beside it."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    # Damaged text must show up as a finding, not as a UnicodeDecodeError.
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
    return conn


def check(path: Path, *, quick: bool = False) -> str:
    """Return 'ok' when the file passes integrity_check (or quick_check), else the first problem."""
    try:
        conn = open_readonly(path)
        try:
            rows = conn.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    first = str(rows[0][0]) if rows else "empty"
    return first


@dataclasses.dataclass(frozen=True)
class Identity:
    """Which office a file belongs to, and whether its id was made by the upgrade."""

    office_id: str
    made_at: dt.datetime
    by_migration: bool


def identity(path: Path) -> Identity | None:
    """Return the office a file (office file or backup) belongs to; None if it cannot be read."""
    try:
        conn = peek(path)  # a live file's id may still be in its -wal
        try:
            row = conn.execute(
                "SELECT office_id, made_at, made_by FROM office_identity WHERE id = 1").fetchone()
        finally:
            conn.close()
    except (sqlite3.DatabaseError, ValueError):  # a damaged text cell fails to decode
        return None
    if not row:
        return None
    try:
        made_at = dt.datetime.fromisoformat(str(row[1]))
    except ValueError:
        made_at = dt.datetime.min
    return Identity(str(row[0]), made_at, row[2] == "migration")


def belongs_to(backup: Path, owner: Identity, owner_stem: str) -> bool:
    """Return whether `backup` is a copy of the office `owner`.

    By office id. A backup taken before gmdesk gave files an id has none: it belongs to an
    office whose id the upgrade made, if it carries that file's name and is older than the id.
    """
    found = identity(backup)
    if found is not None:
        return found.office_id == owner.office_id
    parsed = _parse(backup)
    return (owner.by_migration and parsed is not None and parsed[0] == owner_stem
            and parsed[1] <= owner.made_at)


def live_check(path: Path, limit: int = 20) -> list[str]:
    """Return the full integrity_check of a file that may be in use (["ok"] when sound).

    Reads through its -wal and writes nothing; sqlite3.DatabaseError if it cannot be read.
    """
    conn = peek(path)
    try:
        rows = conn.execute(f"PRAGMA integrity_check({int(limit)})").fetchall()
    finally:
        conn.close()
    return [str(r[0]) for r in rows] or ["ok"]


def record_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Return how many rows each table of the office holds (absent tables left out)."""
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {t: int(conn.execute(f"SELECT COUNT(*) FROM [{t}]").fetchone()[0])
            for t in TABLES if t in present}


def backup_name(db_path: Path, now: dt.datetime, reason: str, n: int = 0) -> str:
    stamp = now.strftime("%Y%m%d-%H%M%S") + (f"-{n}" if n else "")
    return f"{db_path.stem}_{stamp}_{reason}{SUFFIX}"


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy a live database into `target` with the backup API, verified, via a temporary name."""
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        os.close(fd)
        dest = sqlite3.connect(str(tmp))
        try:
            source.backup(dest)
            # A backup stands alone: a rollback-journal file with nothing beside it.
            dest.execute("PRAGMA journal_mode = DELETE")
            result = dest.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise SourceDamagedError(f"備份「{target.name}」檢查未通過（{result}），已捨棄。原資料檔可能已損壞，請儘速還原較早的備份。")
        finally:
            dest.close()
        with tmp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        _fsync_dir(target.parent)
    except BackupError:
        tmp.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise _friendly(exc, target) from exc


def make_backup(db_path: Path, folder: Path, now: dt.datetime, reason: str = "manual", *,
                source: sqlite3.Connection | None = None, out: Path | None = None,
                rotate_after: bool = True) -> BackupInfo:
    """Back up the office file into `folder` (or exactly to `out`) and rotate old copies.

    `source` is the connection the app already holds, if any; otherwise the file is opened
    read-only for the copy.
    """
    if reason not in REASONS:
        raise ValueError(reason)
    if out is None:
        try:
            _private_dir(folder)
        except OSError as exc:
            raise _friendly(exc, folder / "x") from exc
        n = 0
        while (target := folder / backup_name(db_path, now, reason, n)).exists():
            n += 1
    else:
        target = out
        target.parent.mkdir(parents=True, exist_ok=True)
    own = source is None
    try:
        conn = source or sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise BackupError(f"無法讀取資料檔「{db_path}」以建立備份：{exc}") from exc
    try:
        copy_database(conn, target)
    finally:
        if own:
            conn.close()
    if out is None and rotate_after:
        owner = identity(target)
        if owner is not None:
            rotate(folder, owner, db_path.stem, now, protect=target)
    return describe(target)


def _parse(path: Path) -> tuple[str, dt.datetime, str] | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    try:
        when = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return match["stem"], when, match["reason"]


def describe(path: Path) -> BackupInfo:
    """Return a backup's date, reason and record counts (counts empty if unreadable)."""
    parsed = _parse(path)
    if parsed:
        _, when, reason = parsed
    else:
        when, reason = dt.datetime.fromtimestamp(path.stat().st_mtime), "manual"
    counts: dict[str, int] = {}
    try:
        conn = open_readonly(path)
        try:
            counts = record_counts(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        pass
    return BackupInfo(path, when, reason, path.stat().st_size, counts)


def _files(folder: Path, owner: Identity | None, stem: str) -> list[tuple[Path, dt.datetime, str]]:
    if owner is None or not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"*{SUFFIX}"):
        parsed = _parse(path)
        if parsed and belongs_to(path, owner, stem):
            found.append((path, parsed[1], parsed[2]))
    found.sort(key=lambda item: (item[1], item[0].name), reverse=True)
    return found


def list_backups(folder: Path, db_path: Path) -> list[BackupInfo]:
    """Return the backups in `folder` of the office in `db_path` (by office id), newest first."""
    return [describe(path) for path, _, _ in _files(folder, identity(db_path), db_path.stem)]


def newest(folder: Path, db_path: Path) -> dt.datetime | None:
    """Return when the newest backup of the office in `db_path` was taken, or None."""
    files = _files(folder, identity(db_path), db_path.stem)
    return files[0][1] if files else None


def to_keep(taken: Iterable[tuple[Path, dt.datetime, str]]) -> set[Path]:
    """Return the copies the rotation keeps: newest per day, ISO week and month, and safety copies."""
    items = sorted(taken, key=lambda item: (item[1], item[0].name), reverse=True)
    keep: set[Path] = set()
    for limit, key in (
        (KEEP_DAILY, lambda d: d.date()),
        (KEEP_WEEKLY, lambda d: d.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda d: (d.year, d.month)),
    ):
        seen: list[object] = []
        for path, when, _ in items:
            slot = key(when)
            if slot not in seen:
                if len(seen) == limit:
                    break
                seen.append(slot)
                keep.add(path)
    keep.update(path for path, _, reason in
                [i for i in items if i[2] in SAFETY_REASONS][:KEEP_SAFETY])
    return keep


def rotate(folder: Path, owner: Identity, stem: str, now: dt.datetime,
           protect: Path | None = None) -> list[Path]:
    """Delete the backups of office `owner` the rotation does not keep (never `protect`)."""
    files = _files(folder, owner, stem)
    keep = to_keep(files) | {protect}
    removed = []
    for path, _, _ in files:
        if path not in keep:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def remove_sidecars(db_path: Path) -> None:
    """Delete -wal, -shm and -journal beside a file, which must not outlive a replaced file."""
    for suffix in ("-wal", "-shm", "-journal"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)


def restore(db_path: Path, backup: Path, folder: Path, now: dt.datetime) -> BackupInfo | None:
    """Replace the office file with a backup, after backing up the current file.

    The caller must have closed every connection to `db_path`. Returns the backup taken of
    the file being replaced (None when there was no file).
    """
    if not backup.is_file():
        raise BackupError(f"找不到備份檔「{backup}」。")
    result = check(backup)
    if result != "ok":
        raise BackupError(f"備份檔「{backup.name}」檢查未通過（{result}），不能用來還原。請選擇另一份備份。")
    current = identity(db_path) if db_path.exists() else None
    if current is not None and not belongs_to(backup, current, db_path.stem):
        raise BackupError(f"備份檔「{backup.name}」是另一個機關資料檔的備份，不是「{db_path.name}」的，"
                          "不能用來還原（會蓋掉這個機關的資料）。請選擇這個資料檔的備份。")
    before: BackupInfo | None = None
    if db_path.exists() and db_path.stat().st_size > 0:
        try:
            conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                before = make_backup(db_path, folder, now, "restore", source=conn,
                                     rotate_after=False)
            finally:
                conn.close()
        except (BackupError, sqlite3.Error):
            # A damaged file cannot be copied page by page: keep its bytes as they are.
            _private_dir(folder)
            keep = folder / f"{db_path.stem}_{now:%Y%m%d-%H%M%S}_damaged{SUFFIX}.bak"
            try:
                shutil.copyfile(db_path, keep)
                for suffix in ("-wal", "-shm"):
                    side = Path(str(db_path) + suffix)
                    if side.exists():
                        shutil.copyfile(side, Path(str(keep) + suffix))
            except OSError as exc:
                raise _friendly(exc, keep) from exc
    tmp = db_path.with_name(f".{db_path.name}.restore-tmp")
    tmp.unlink(missing_ok=True)
    try:
        source = open_readonly(backup)
        try:
            copy_database(source, tmp)
        finally:
            source.close()
    except BackupError:
        tmp.unlink(missing_ok=True)
        raise
    # The old -wal holds pages of the old file: left beside the new one it would be replayed
    # into it. Remove it before the swap (its content is in the backup just taken).
    remove_sidecars(db_path)
    os.replace(tmp, db_path)
    _fsync_dir(db_path.parent)
    if os.name == "posix":
        os.chmod(db_path, 0o600)
    # Only now: rotating earlier could have removed the very backup being restored.
    owner = identity(db_path)
    if owner is not None:
        rotate(folder, owner, db_path.stem, now, protect=before.path if before else None)
    return before


@dataclasses.dataclass(frozen=True)
class Examination:
    """What a read-only look inside a file found."""

    quick_check: str
    user_version: int
    applied: frozenset[str]
    setting_backup_dir: str
    counts: dict[str, int]


UNCHECKED = "unchecked"  # Examination.quick_check when examine(quick_check=False) left it


def examine(path: Path, migration_set: str, setting_key: str, *,
            quick_check: bool = True) -> Examination:
    """Look inside a file without writing to it or beside it; sqlite3.DatabaseError if unreadable.

    Without `quick_check` the check (most of the time a large file takes) is left to the
    caller: `quick_check` is then UNCHECKED, and check(path, quick=True) does it later.
    """
    conn = open_readonly(path)
    try:
        result = str(conn.execute("PRAGMA quick_check").fetchone()[0]) if quick_check \
            else UNCHECKED
        if result not in ("ok", UNCHECKED):
            return Examination(result, 0, frozenset(), "", {})
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        applied = frozenset(
            r[0] for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [migration_set])
        ) if "_sqlite_migrations" in names else frozenset()
        folder = ""
        if "setting" in names:
            row = conn.execute("SELECT json_extract(value, '$') FROM setting WHERE key = ?",
                               [setting_key]).fetchone()
            folder = str(row[0]) if row and row[0] else ""
        return Examination(result, version, applied, folder, record_counts(conn))
    finally:
        conn.close()
