"""Open, back up, restore and close an office so that nothing is ever lost.

The window and the command line call these; every refusal is an OpenProblem whose message
says, in Traditional Chinese, what happened and what to do, and which carries what gmdesk
can offer (a backup to restore, a read-only view, clearing an abandoned lock).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import os
import struct
from collections.abc import Callable
from pathlib import Path

from gmdesk import paths
from gmdesk.domain.errors import InputError
from gmdesk.domain.texts import Phrase, define
from gmdesk.storage import backup as backups
from gmdesk.storage import lock as locks
from gmdesk.storage import trash
from gmdesk.storage.backup import BackupError, BackupInfo
from gmdesk.storage.database import Database
from gmdesk.storage.db import (
    SQLITE_MAGIC,
    DatabaseError,
    DiskFullError,
    ForeignFileError,
    ReadOnlyFileError,
    StorageError,
    open_db,
    refuse_foreign,
)
from gmdesk.storage.lock import Lock, LockInfo, is_network_path
from gmdesk.storage.office import get_setting, set_setting
from gmdesk.storage.schema import migrations, schema_version

define({
    "safety.err.not_sqlite": "「{name}」不是 gmdesk 的資料檔（不是 SQLite 資料庫），gmdesk "
                             "沒有修改它。請選擇副檔名為 .gmdesk 的資料檔。",
    "safety.err.truncated": "「{name}」不完整（檔案被截斷，可能是複製或儲存時中斷），gmdesk "
                            "沒有修改它。請從備份還原。",
    "safety.err.bad_header": "「{name}」的檔頭已毀損，gmdesk 沒有修改它。請從備份還原。",
    "safety.err.folder": "「{path}」是資料夾，不是資料檔。",
    "safety.err.newer": "「{name}」由較新版本的 gmdesk 建立，本版本無法安全開啟，gmdesk "
                        "沒有修改它。請安裝最新版 gmdesk 後再開啟。",
    "safety.err.backup_offered": "可以還原 {taken} 的備份（{total} 筆資料），"
                                 "損壞的檔案會另存一份保留。",
    "safety.err.no_backup": "找不到可用的備份：請勿再寫入這個檔案，將它複製一份後洽資訊人員協助。",
    "safety.err.damaged": "資料檔「{name}」已毀損（{detail}），gmdesk 不會寫入它。{what}",
    "safety.err.missing": "找不到資料檔「{path}」。",
    "safety.err.disk_full": "磁碟空間不足，無法開啟「{name}」。請清出磁碟空間後再開啟；"
                            "資料檔未被修改。",
    "safety.err.no_lock_file": "無法在「{folder}」建立鎖定檔（{why}）。可以唯讀方式開啟，"
                               "或把資料檔移到可寫入的資料夾。",
    "safety.err.backup_failed": "更新資料檔格式前必須先備份，但備份失敗：{why}",
    "safety.err.cannot_open": "資料檔「{name}」無法開啟：{why}",
    "safety.err.readonly_restore": "唯讀開啟時不能還原備份。",
    "safety.err.no_path": "這個資料檔沒有檔案路徑，無法在背景處理：請先另存成檔案",
})

AUTO_BACKUP_AFTER = dt.timedelta(days=1)
BACKUP_DIR_SETTING = "backup_dir"
NETWORK_WARNING = ("資料檔放在網路磁碟（共用資料夾）上。網路磁碟的檔案鎖定並不可靠，可能造成資料損壞："
                   "建議把資料檔移到本機磁碟，需要分享時再匯出。gmdesk 已改用較保守的寫入方式，同一時間只允許一人開啟。")


class OpenProblem(Exception):
    """A file gmdesk will not open as asked; `kind` says why, the message what to do (zh-TW).

    kind: missing, not_sqlite, foreign (another program's SQLite file), truncated, newer,
    damaged, locked, disk_full, backup_failed, readonly_folder (the file or its folder cannot be written; a read-only view may be offered).
    `backup` is the newest good backup to offer (damaged); `holder` and `stale` name who holds
    the lock (locked), in which case a read-only view may be offered.
    """

    def __init__(self, kind: str, message: str | Phrase, *, backup: BackupInfo | None = None,
                 holder: LockInfo | None = None, stale: bool = False) -> None:
        super().__init__(str(message))
        self.phrase = message if isinstance(message, Phrase) else None  # None: a storage text
        self.kind = kind
        self.backup = backup
        self.holder = holder
        self.stale = stale


@dataclasses.dataclass
class FileState:
    """What a read-only look at a file found (nothing was written)."""

    path: Path
    new: bool
    pending_migrations: list[str]
    backup_dir: Path | None
    counts: dict[str, int]


@dataclasses.dataclass
class Opened:
    """An office opened for the window: the database, how, and what the clerk should know."""

    db: Database
    path: Path
    readonly: bool
    warnings: list[str]
    lock: Lock | None
    backup_folder: Path
    changes_at_open: int = 0
    backup_due: bool = False  # open_for_app(defer_backup=True) left the day's backup to later
    # False after open_for_app(defer_check=True): `db` reads only until quick_check() passed
    # and finish_open() opened the file for writing.
    checked: bool = True
    closed: bool = False  # close_for_app() ran: the connection is closed, the lock released

    def changed(self) -> bool:
        """Return whether anything was written since the file was opened."""
        return bool(self.db.conn.total_changes > self.changes_at_open)


def private_umask() -> None:
    """Make every file this process creates readable only by the user (POSIX)."""
    if os.name == "posix":
        os.umask(0o077)


def default_backup_folder() -> Path:
    return paths.backup_dir()


def network_warning(path: Path) -> str | None:
    """Return the warning to show when the file lives on a shared drive."""
    return NETWORK_WARNING if is_network_path(path) else None


def _header_problem(path: Path) -> OpenProblem | None:
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(100)
    if not (SQLITE_MAGIC.startswith(head) if len(head) < len(SQLITE_MAGIC)
            else head.startswith(SQLITE_MAGIC)):
        return OpenProblem("not_sqlite", Phrase.of("safety.err.not_sqlite", name=path.name))
    truncated = OpenProblem("truncated", Phrase.of("safety.err.truncated", name=path.name))
    if len(head) < 100:
        return truncated
    page_size = struct.unpack(">H", head[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return OpenProblem("damaged", Phrase.of("safety.err.bad_header", name=path.name))
    pages, counter, valid_for = (struct.unpack(">I", head[28:32])[0], head[24:28], head[92:96])
    if size % page_size or (counter == valid_for and size < pages * page_size):
        return truncated
    return None


def inspect(path: Path, folder: Path | None = None, *, quick_check: bool = True) -> FileState:
    """Look at a file without writing to it; raise OpenProblem if it must not be opened.

    `folder` is searched (with the default backup folder) for a backup to offer if damaged.
    Without `quick_check` the page check is left to quick_check() (the header, the schema
    and the migrations are still looked at).
    """
    if not path.exists():
        return FileState(path, True, [], None, {})
    if path.is_dir():
        raise OpenProblem("not_sqlite", Phrase.of("safety.err.folder", path=str(path)))
    if path.stat().st_size == 0:
        return FileState(path, True, [], None, {})
    problem = _header_problem(path)
    if problem:
        raise problem
    try:
        refuse_foreign(path)
    except ForeignFileError as exc:
        raise OpenProblem("foreign", str(exc)) from exc
    except (DatabaseError, ValueError) as exc:
        raise _damaged(path, str(exc), folder) from exc
    try:
        found = backups.examine(path, migrations.name, BACKUP_DIR_SETTING,
                                quick_check=quick_check)
    except (DatabaseError, ValueError) as exc:  # UnicodeDecodeError is a ValueError
        raise _damaged(path, str(exc), folder) from exc
    if found.quick_check not in ("ok", backups.UNCHECKED):
        raise _damaged(path, found.quick_check, folder)
    known = [m.name for m in migrations._migrations]
    if found.user_version > schema_version() or found.applied - set(known):
        raise OpenProblem("newer", Phrase.of("safety.err.newer", name=path.name))
    backup_dir = Path(found.setting_backup_dir) if found.setting_backup_dir else None
    return FileState(path, False, [n for n in known if n not in found.applied], backup_dir,
                     found.counts)


def good_backup(path: Path, folders: list[Path]) -> BackupInfo | None:
    """Return the newest backup of `path` that passes integrity_check, searching `folders`."""
    candidates: list[BackupInfo] = []
    for folder in dict.fromkeys(folders):
        candidates.extend(backups.list_backups(folder, path))
    candidates.sort(key=lambda b: b.taken_at, reverse=True)
    return next((b for b in candidates if backups.check(b.path) == "ok"), None)


def _damaged(path: Path, detail: str, folder: Path | None = None) -> OpenProblem:
    offer = good_backup(path, [f for f in (folder, default_backup_folder()) if f])
    if offer:
        what = Phrase.of("safety.err.backup_offered", taken=f"{offer.taken_at:%Y-%m-%d %H:%M}",
                         total=offer.total)
    else:
        what = Phrase.of("safety.err.no_backup")
    return OpenProblem("damaged", Phrase.of("safety.err.damaged", name=path.name, detail=detail,
                                            what=what), backup=offer)


def full_check(path: Path, folder: Path | None = None) -> OpenProblem | None:
    """Run the full integrity_check (a damaged index too, which quick_check on open misses);
    return the damage with the same recovery offer as on open, or None when the file is sound.

    Reads through the -wal of a file in use and writes nothing: the window runs it in the
    background right after opening.
    """
    try:
        found = backups.live_check(path)
    except DatabaseError as exc:
        return _damaged(path, str(exc), folder)
    if found == ["ok"]:
        return None
    return _damaged(path, found[0] if len(found) == 1 else f"{found[0]}…等{len(found)}處", folder)


def backup_folder(db: Database) -> Path:
    """Return the folder this office's backups go to (a setting; the data folder by default)."""
    value = get_setting(db, BACKUP_DIR_SETTING, "")
    return Path(value) if value else default_backup_folder()


def set_backup_folder(db: Database, folder: Path) -> None:
    """Send future backups to `folder` (a USB drive, say), after checking it can be written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".gmdesk-write-test"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        raise BackupError(f"無法寫入資料夾「{folder}」（{exc.strerror or exc}）。請選擇其他資料夾。") from exc
    with db.atomic():
        set_setting(db, BACKUP_DIR_SETTING, str(folder))


def open_for_app(path: Path, now: dt.datetime, *, readonly: bool = False,
                 folder: Path | None = None, defer_backup: bool = False,
                 defer_check: bool = False) -> Opened:
    """Open an office for the window: checked, locked, backed up, migrated; or OpenProblem.

    With `defer_backup` the day's automatic backup is left to auto_backup() (the window runs
    it in the background once it shows); the backup before a migration is always made first.

    With `defer_check` an existing file that needs no migration is opened locked but for
    reading only, its quick_check left to quick_check() (on any thread, in parallel with the
    window's first page): nothing is written to it, nor anything switched, until
    finish_open() after the check passed. `Opened.checked` says which way it was opened.
    """
    path = Path(path)
    state = inspect(path, folder, quick_check=not defer_check or readonly)
    if defer_check and not readonly and (state.new or state.pending_migrations):
        state = inspect(path, folder)  # a new file or a migration: checked and opened at once
        defer_check = False
    folder = folder or state.backup_dir or default_backup_folder()
    warnings: list[str] = []
    note = network_warning(path)
    if note:
        warnings.append(note)
    if readonly:
        if state.new:
            raise OpenProblem("missing", Phrase.of("safety.err.missing", path=str(path)))
        try:
            db = open_db(path, readonly=True)
        except (StorageError, DatabaseError, ValueError) as exc:
            raise OpenProblem("damaged", str(exc)) from exc
        warnings.append("以唯讀方式開啟：可以查看與列印，但不能修改。")
        return Opened(db, path, True, warnings, None, folder)
    try:
        lock = locks.acquire(path, now)
    except locks.LockedError as exc:
        raise OpenProblem("locked", str(exc), holder=exc.holder, stale=exc.stale) from exc
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise OpenProblem("disk_full", Phrase.of("safety.err.disk_full", name=path.name)) from exc
        raise OpenProblem("readonly_folder", Phrase.of("safety.err.no_lock_file", folder=str(path.parent),
                                                     why=str(exc.strerror or exc))) from exc
    backup_due = False
    try:
        if defer_check and not readonly:
            try:
                db = open_db(path, readonly=True)
            except (StorageError, DatabaseError, ValueError) as exc:
                raise OpenProblem("damaged", Phrase.of("safety.err.cannot_open", name=path.name,
                                                        why=str(exc))) from exc
            return Opened(db, path, False, warnings, lock, folder, checked=False)
        if state.pending_migrations and not state.new:
            try:
                backups.make_backup(path, folder, now, "migration")
            except backups.SourceDamagedError as exc:
                raise _damaged(path, "完整性檢查未通過", folder) from exc
            except BackupError as exc:
                raise OpenProblem("backup_failed", Phrase.of("safety.err.backup_failed",
                                                            why=str(exc))) from exc
        elif not state.new:
            backup_due = _backup_now_or_later(path, folder, now, warnings, defer_backup)
        db = _open_writable(path, now, warnings)
    except BaseException:
        lock.release()
        raise
    return Opened(db, path, False, warnings, lock, folder, db.conn.total_changes,
                  backup_due=backup_due)


def _backup_now_or_later(path: Path, folder: Path, now: dt.datetime, warnings: list[str],
                         later: bool) -> bool:
    """Make the day's backup if due (or, `later`, return that it is due)."""
    due = _backup_due(path, folder, now)
    if due and not later:
        failed = auto_backup(path, folder, now)
        if failed:
            warnings.append(failed)
    return due and later


def _open_writable(path: Path, now: dt.datetime, warnings: list[str]) -> Database:
    """Open a checked file for writing (WAL, migrations, audit triggers, actor) and empty
    the 資源回收筒 of what is past keeping."""
    try:
        db = open_db(path)
    except DiskFullError as exc:
        raise OpenProblem("disk_full", str(exc)) from exc
    except ReadOnlyFileError as exc:
        raise OpenProblem("readonly_folder", str(exc)) from exc
    except (StorageError, DatabaseError, ValueError) as exc:
        raise OpenProblem("damaged", Phrase.of("safety.err.cannot_open", name=path.name,
                                                why=str(exc))) from exc
    try:
        trash.purge(db, now)
    except DatabaseError as exc:
        warnings.append(f"資源回收筒清理失敗（{exc}），下次開啟時再試。")
    return db


def quick_check(opened: Opened) -> OpenProblem | None:
    """Run the quick_check open_for_app(defer_check=True) left; return the damage (with the
    backup to offer, as open_for_app raises it) or None when the file may be written.

    Reads on a connection of its own and writes nothing: any thread may run it.
    """
    if opened.checked:
        return None
    found = backups.check(opened.path, quick=True)
    return None if found == "ok" else _damaged(opened.path, found, opened.backup_folder)


def finish_open(opened: Opened, now: dt.datetime, *, defer_backup: bool = True) -> None:
    """After quick_check() passed: open the file for writing in place of the reading
    connection (closed), as open_for_app would have; on the thread that uses `opened.db`.

    Raises OpenProblem (the reading connection stays) when it cannot be opened for writing.
    """
    if opened.checked:
        return
    warnings: list[str] = []
    due = _backup_now_or_later(opened.path, opened.backup_folder, now, warnings, defer_backup)
    db = _open_writable(opened.path, now, warnings)
    opened.db.close()
    opened.db, opened.checked = db, True
    opened.changes_at_open = db.conn.total_changes
    opened.backup_due = due
    opened.warnings.extend(warnings)


def _backup_due(path: Path, folder: Path, now: dt.datetime) -> bool:
    last = backups.newest(folder, path)
    return last is None or now - last > AUTO_BACKUP_AFTER


def auto_backup(path: Path, folder: Path, now: dt.datetime) -> str | None:
    """Make the day's automatic backup; return a warning if it failed, raise OpenProblem
    (damaged, with the backup to offer) if the file itself fails its check."""
    try:
        backups.make_backup(path, folder, now, "auto")
    except backups.SourceDamagedError as exc:
        raise _damaged(path, "完整性檢查未通過", folder) from exc
    except BackupError as exc:
        return f"自動備份失敗：{exc}"
    return None


def recover(path: Path, backup: BackupInfo | Path, now: dt.datetime,
            folder: Path | None = None) -> Path:
    """Replace a damaged (or unwanted) file with a backup; the old bytes are kept aside."""
    chosen = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    folder = folder or default_backup_folder()
    if path.is_file() and path.stat().st_size and _header_problem(path) is None:
        try:
            refuse_foreign(path)  # never restore over another program's database
        except ForeignFileError as exc:
            raise OpenProblem("foreign", str(exc)) from exc
        except (DatabaseError, ValueError):
            pass  # a damaged gmdesk file is what recovering is for
    try:
        lock = locks.acquire(path, now)
    except locks.LockedError as exc:
        raise OpenProblem("locked", str(exc), holder=exc.holder, stale=exc.stale) from exc
    try:
        backups.restore(path, chosen, folder, now)
    finally:
        lock.release()
    return path


def clear_lock(path: Path, now: dt.datetime) -> bool:
    """Remove an abandoned lock after the clerk confirmed; a live holder's lock stays."""
    return locks.clear_stale(path, now)


def backup_now(opened: Opened, now: dt.datetime, reason: str = "manual") -> BackupInfo:
    """Back up the open office into its backup folder."""
    return backups.make_backup(opened.path, opened.backup_folder, now, reason,
                               source=opened.db.conn)


def before_import(opened: Opened, now: dt.datetime) -> BackupInfo:
    """Back up before an import, so a wrong file can be undone by a restore."""
    return backup_now(opened, now, "import")


def list_backups(opened: Opened) -> list[BackupInfo]:
    return backups.list_backups(opened.backup_folder, opened.path)


def restore_for_app(opened: Opened, backup: BackupInfo | Path, now: dt.datetime) -> Opened:
    """Restore a backup over the open office (keeping the lock) and return it reopened.

    The current file is backed up first; `opened.db` is closed and must not be used again.
    """
    if opened.readonly:
        raise OpenProblem("locked", Phrase.of("safety.err.readonly_restore"))
    chosen = backup.path if isinstance(backup, BackupInfo) else Path(backup)
    if backups.check(chosen) != "ok":
        raise BackupError(f"備份檔「{chosen.name}」檢查未通過，不能用來還原。請選擇另一份備份。")
    opened.db.close()
    try:
        backups.restore(opened.path, chosen, opened.backup_folder, now)
    finally:
        db = open_db(opened.path)
    return Opened(db, opened.path, False, [], opened.lock, opened.backup_folder,
                  db.conn.total_changes)


def close_for_app(opened: Opened, now: dt.datetime) -> list[str]:
    """Back up what changed, close the database and release the lock; return warnings.

    Closing again does nothing.
    """
    warnings: list[str] = []
    if opened.closed:
        return warnings
    opened.closed = True
    try:
        if not opened.readonly and opened.checked and opened.changed():
            try:
                backup_now(opened, now, "close")
            except BackupError as exc:
                warnings.append(f"關閉前的備份失敗：{exc}")
    finally:
        opened.db.close()
        if opened.lock is not None:
            opened.lock.release()
    return warnings


class Session:
    """The open office as the window keeps it: backup, restore and close in one place.

    After restore() the database is a new connection: read `session.db` again.
    """

    def __init__(self, opened: Opened,
                 clock: Callable[[], dt.datetime] = dt.datetime.now) -> None:
        self.opened = opened
        self.clock = clock

    @property
    def db(self) -> Database:
        return self.opened.db

    @property
    def path(self) -> Path:
        return self.opened.path

    @property
    def readonly(self) -> bool:
        return self.opened.readonly

    @property
    def checked(self) -> bool:
        """False until the quick_check open_for_app(defer_check=True) left has passed."""
        return self.opened.checked

    def folder(self) -> Path:
        return self.opened.backup_folder

    def quick_check(self) -> OpenProblem | None:
        return quick_check(self.opened)

    def finish_open(self) -> None:
        finish_open(self.opened, self.clock())

    def list_backups(self) -> list[BackupInfo]:
        return list_backups(self.opened)

    def backup_now(self) -> BackupInfo:
        return backup_now(self.opened, self.clock())

    def before_import(self) -> BackupInfo:
        return before_import(self.opened, self.clock())

    def restore(self, backup: BackupInfo) -> None:
        self.opened = restore_for_app(self.opened, backup, self.clock())

    def change_folder(self, folder: Path) -> None:
        set_backup_folder(self.opened.db, folder)
        self.opened.backup_folder = folder

    def refresh_lock(self) -> None:
        """Show other PCs this session is alive (call from a timer every few minutes)."""
        if self.opened.lock is not None:
            self.opened.lock.refresh(self.clock())

    def close(self) -> list[str]:
        return close_for_app(self.opened, self.clock())


# --- what the window needs from the storage layer, through here ------------------------------
BACKUP_COUNTED = backups.COUNTED  # table → label of the record counts a backup lists
TrashItem = trash.TrashItem


def open_worker_db(path: Path | None, *, readonly: bool = False) -> Database:
    """Open a connection of its own for work on a background thread (never share the window's)."""
    if path is None:
        raise InputError(Phrase.of("safety.err.no_path"))
    # The window's own connection migrated the file, checked its audit triggers and recorded
    # the actor when it opened it; a worker of the same window writes as that actor. Doing it
    # all again cost ~15 ms of Python (and a write) on every background read a page makes.
    return open_db(path, readonly=readonly, migrate=False, known=True)


def list_trash(db: Database) -> list[TrashItem]:
    """Return what waits in 資源回收筒, newest first."""
    return trash.list_trash(db)


def restore_from_trash(db: Database, trash_id: int, now: dt.datetime) -> int:
    """Put a deleted record (and what was deleted with it) back; return the record's id."""
    return trash.restore(db, trash_id, now)
