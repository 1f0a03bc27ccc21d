import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from gmdesk.storage import lock
from gmdesk.storage.lock import LockedError

NOW = dt.datetime(2026, 11, 24, 9, 0)


def test_the_lock_names_user_pc_pid_and_time_and_is_private(db_path: Path) -> None:
    held = lock.acquire(db_path, NOW)
    data = json.loads(lock.lock_path(db_path).read_text(encoding="utf-8"))
    assert data["user"] and data["host"] == lock.host_name() and data["pid"] == os.getpid()
    assert data["since"] == "2026-11-24T09:00:00"
    if os.name == "posix":
        assert lock.lock_path(db_path).stat().st_mode & 0o777 == 0o600
    held.release()
    assert not lock.lock_path(db_path).exists()


def test_a_second_gmdesk_is_told_who_holds_the_file(db_path: Path) -> None:
    held = lock.acquire(db_path, NOW)
    with pytest.raises(LockedError) as caught:
        lock.acquire(db_path, NOW + dt.timedelta(minutes=5))
    assert caught.value.holder == held.info
    assert not caught.value.stale
    assert held.info.user in str(caught.value) and "唯讀" in str(caught.value)
    assert not lock.clear_stale(db_path, NOW)  # a live holder's lock is never cleared
    assert lock.lock_path(db_path).exists()
    held.release()


def test_a_dead_process_on_this_pc_leaves_a_stale_lock_that_can_be_cleared(db_path: Path) -> None:
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    dead = lock.LockInfo("clerk", lock.host_name(), int(child.stdout), NOW, NOW, "t")
    lock.lock_path(db_path).write_text(dead.to_json(), encoding="utf-8")
    with pytest.raises(LockedError) as caught:
        lock.acquire(db_path, NOW)
    assert caught.value.stale and "已失效" in str(caught.value)
    assert lock.clear_stale(db_path, NOW)
    lock.acquire(db_path, NOW).release()


def test_another_pc_is_trusted_until_its_lock_goes_quiet(db_path: Path) -> None:
    other = lock.LockInfo("amy", "OTHER-PC", 4242, NOW, NOW, "t")
    lock.lock_path(db_path).write_text(other.to_json(), encoding="utf-8")
    assert not other.is_stale(NOW + dt.timedelta(minutes=30))
    assert other.is_stale(NOW + lock.STALE_AFTER + dt.timedelta(minutes=1))
    assert not lock.clear_stale(db_path, NOW + dt.timedelta(minutes=30))
    assert lock.clear_stale(db_path, NOW + dt.timedelta(hours=3))


def test_refresh_keeps_a_long_session_from_looking_abandoned(db_path: Path) -> None:
    held = lock.acquire(db_path, NOW)
    later = NOW + dt.timedelta(hours=5)
    held.refresh(later)
    info = lock.read_lock(db_path)
    assert info is not None and info.touched == later and info.since == NOW
    assert not info.is_stale(later + dt.timedelta(minutes=10))
    held.release()


def test_a_garbled_lock_file_counts_as_stale(db_path: Path) -> None:
    lock.lock_path(db_path).write_bytes(b"\x00\x01garbage")
    with pytest.raises(LockedError) as caught:
        lock.acquire(db_path, dt.datetime.now() + dt.timedelta(hours=3))
    assert caught.value.stale


def test_release_never_removes_someone_elses_lock(db_path: Path) -> None:
    held = lock.acquire(db_path, NOW)
    lock.clear_stale(db_path, NOW, force=True)
    lock.acquire(db_path, NOW)  # someone else took it
    held.release()
    assert lock.lock_path(db_path).exists()


MOUNTS = """/dev/sda1 / ext4 rw 0 0
server:/export /mnt/nfs nfs4 rw 0 0
//srv/share /mnt/share\\040drive cifs rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(("path", "platform", "network"), [
    ("/mnt/nfs/office.gmdesk", "linux", True),
    ("/mnt/share drive/區公所/office.gmdesk", "linux", True),
    ("/home/clerk/office.gmdesk", "linux", False),
    ("/mnt/nfsother/office.gmdesk", "linux", False),
    ("\\\\server\\share\\office.gmdesk", "win32", True),
    ("//server/share/office.gmdesk", "win32", True),
])
def test_network_paths_are_recognised(path: str, platform: str, network: bool) -> None:
    assert lock.is_network_path(path, mounts=MOUNTS, platform=platform) is network
