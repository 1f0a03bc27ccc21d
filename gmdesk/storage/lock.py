"""One writer at a time: a lock file beside the database naming who holds it (as GnuCash does).

SQLite's own locks keep the file consistent but cannot say *who* has it open, and on a shared
drive they are not dependable; this file can, and a second gmdesk reads it to tell the clerk.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import secrets
import sys
from collections.abc import Callable, Mapping
from pathlib import Path, PureWindowsPath

from gmdesk.storage.audit import host_name, os_user

# A holder refreshes its lock now and then (refresh()); one untouched this long is abandoned.
STALE_AFTER = dt.timedelta(hours=2)
NETWORK_FS = {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "afs", "ncpfs",
              "9p", "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "glusterfs", "ceph"}


@dataclasses.dataclass(frozen=True)
class LockInfo:
    """Who holds a database: the OS user, the PC, the process, since when, last seen."""

    user: str
    host: str
    pid: int
    since: dt.datetime
    touched: dt.datetime
    token: str = ""

    def to_json(self) -> str:
        return json.dumps({
            "app": "gmdesk", "user": self.user, "host": self.host, "pid": self.pid,
            "since": self.since.isoformat(timespec="seconds"),
            "touched": self.touched.isoformat(timespec="seconds"), "token": self.token,
        }, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> LockInfo:
        data = json.loads(text)
        since = dt.datetime.fromisoformat(str(data["since"]))
        return cls(str(data.get("user", "")), str(data.get("host", "")), int(data.get("pid", 0)),
                   since, dt.datetime.fromisoformat(str(data.get("touched", data["since"]))),
                   str(data.get("token", "")))

    def is_stale(self, now: dt.datetime, host: str | None = None) -> bool:
        """Return whether the holder is gone: a dead process on this PC, or no sign of life."""
        if now - self.touched > STALE_AFTER:
            return True
        if self.host == (host_name() if host is None else host):
            return not pid_alive(self.pid)
        return False


class LockedError(Exception):
    """Another gmdesk holds the database; `holder` says who, `stale` whether it is abandoned."""

    def __init__(self, path: Path, holder: LockInfo | None, stale: bool) -> None:
        who = (f"{holder.user}（電腦 {holder.host}）自 {holder.since:%Y-%m-%d %H:%M} 起"
               if holder else "另一個 gmdesk")
        hint = ("這個鎖定看來已失效（程式已結束或很久沒有動靜），確認沒有人在使用後可清除。"
                if stale else "可以先以唯讀方式開啟，或請對方關閉 gmdesk 後再試。")
        super().__init__(f"資料檔「{path.name}」正由 {who}使用中。{hint}")
        self.path = path
        self.holder = holder
        self.stale = stale


def holder_identity(platform: str | None = None,
                    environ: Mapping[str, str] | None = None) -> tuple[str, str]:
    """Return (user, computer) a lock names: on Windows USERNAME and COMPUTERNAME.

    A clerk on a shared drive sees「王小明（電腦 KAO-PC07）」, the names Windows shows them.
    """
    platform = platform or sys.platform
    env = os.environ if environ is None else environ
    if platform == "win32":
        user = env.get("USERNAME", "").strip()
        host = env.get("COMPUTERNAME", "").strip()
        if environ is None:  # the real machine: fall back on what the OS says
            user, host = user or os_user(), host or host_name()
        return user, host
    if environ is None:
        return os_user(), host_name()
    return env.get("USER", env.get("LOGNAME", "")).strip(), env.get("HOSTNAME", "").strip()


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def pid_alive(pid: int) -> bool:
    """Return whether a process with this id runs on this PC."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive
    return True


def read_lock(db_path: Path) -> LockInfo | None:
    """Return who holds the database, or None when nobody does (an unreadable lock counts)."""
    path = lock_path(db_path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    try:
        return LockInfo.from_json(text)
    except (ValueError, KeyError, TypeError):
        # Half-written or foreign: nobody can be named, and it proves nothing is alive.
        mtime = dt.datetime.fromtimestamp(path.stat().st_mtime)
        return LockInfo("", "", 0, mtime, mtime)


@dataclasses.dataclass
class Lock:
    """A lock this process holds; refresh() it now and then, release() it on close."""

    db_path: Path
    info: LockInfo

    def refresh(self, now: dt.datetime | None = None) -> None:
        """Show that the holder is still alive (call every few minutes)."""
        self.info = dataclasses.replace(self.info, touched=now or dt.datetime.now())
        _write(lock_path(self.db_path), self.info, exclusive=False)

    def release(self) -> None:
        """Remove the lock file if it is still ours."""
        current = read_lock(self.db_path)
        if current is not None and current.token == self.info.token:
            lock_path(self.db_path).unlink(missing_ok=True)


def _write(path: Path, info: LockInfo, *, exclusive: bool) -> None:
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if exclusive else os.O_TRUNC)
    fd = os.open(path, flags, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(info.to_json())
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        if exclusive:  # an empty lock we made would look like someone else's
            path.unlink(missing_ok=True)
        raise


def acquire(db_path: Path, now: dt.datetime | None = None) -> Lock:
    """Take the lock beside `db_path`, or raise LockedError naming who holds it."""
    now = now or dt.datetime.now()
    user, host = holder_identity()
    info = LockInfo(user, host, os.getpid(), now, now, secrets.token_hex(8))
    path = lock_path(db_path)
    try:
        _write(path, info, exclusive=True)
    except FileExistsError:
        holder = read_lock(db_path)
        raise LockedError(db_path, holder, holder is None or holder.is_stale(now)) from None
    return Lock(db_path, info)


def clear_stale(db_path: Path, now: dt.datetime | None = None, *, force: bool = False) -> bool:
    """Remove an abandoned lock (callers ask the clerk first); refuse a live one unless forced."""
    holder = read_lock(db_path)
    if holder is None:
        return False
    if not force and not holder.is_stale(now or dt.datetime.now()):
        return False
    lock_path(db_path).unlink(missing_ok=True)
    return True


def _mount_fstype(path: Path, mounts: str) -> str:
    best, fstype = "", ""
    target = str(path)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, fstype = point, fields[2]
    return fstype


def windows_drive_is_remote(drive: str) -> bool:
    """Return whether a Windows drive such as "Z:" is a mapped network drive (DRIVE_REMOTE)."""
    if sys.platform != "win32":
        return False
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
    return bool(kernel32.GetDriveTypeW(drive.rstrip("\\/") + "\\") == 4)


def is_network_path(path: Path | str, *, mounts: str | None = None,
                    platform: str | None = None,
                    drive_is_remote: Callable[[str], bool] | None = None) -> bool:
    """Return whether a file lives on a shared drive (UNC, mapped drive, NFS/SMB mount).

    Windows: a UNC path (\\\\server\\share\\…, also \\\\?\\UNC\\…) is remote; a drive letter is
    remote when `drive_is_remote("Z:")` says so (by default GetDriveTypeW == DRIVE_REMOTE).
    """
    platform = platform or sys.platform
    text = str(path)
    if platform == "win32":
        if text.replace("/", "\\").upper().startswith("\\\\?\\UNC\\"):
            return True
        if text.startswith(("\\\\?\\", "\\\\.\\")):  # a local device path: \\?\\C:\\…
            text = text[4:]
        drive = PureWindowsPath(text).drive
        if drive.startswith(("\\\\", "//")):
            return True
        if len(drive) == 2 and drive[1] == ":":
            return (drive_is_remote or windows_drive_is_remote)(drive.upper())
        return False
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    try:
        resolved = Path(path).resolve()
    except OSError:
        resolved = Path(path)
    return _mount_fstype(resolved, mounts).lower() in NETWORK_FS
