import datetime as dt
import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from gmdesk.services import safety
from gmdesk.services.safety import OpenProblem
from gmdesk.storage import backup, lock
from gmdesk.storage.db import open_db
from gmdesk.storage.schema import schema_version

NOW = dt.datetime(2026, 11, 24, 9, 0)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "backups"


def test_opening_takes_the_lock_backs_up_and_closing_backs_up_changes(demo_path: Path, folder: Path) -> None:
    opened = safety.open_for_app(demo_path, NOW, folder=folder)
    assert not opened.readonly and opened.warnings == []
    assert lock.read_lock(demo_path) == opened.lock.info
    assert [b.reason for b in backup.list_backups(folder, demo_path)] == ["auto"]
    assert not opened.changed()
    opened.db.execute("UPDATE office SET address = '新地址'")
    assert safety.close_for_app(opened, NOW + dt.timedelta(hours=1)) == []
    assert not lock.lock_path(demo_path).exists()
    reasons = [b.reason for b in backup.list_backups(folder, demo_path)]
    assert reasons == ["close"]  # the newest copy of the day replaces the morning's
    newest = backup.list_backups(folder, demo_path)[0]
    conn = sqlite3.connect(newest.path)
    assert conn.execute("SELECT address FROM office").fetchone()[0] == "新地址"
    conn.close()


def test_no_automatic_backup_when_the_newest_is_under_a_day_old(demo_path: Path, folder: Path) -> None:
    safety.close_for_app(safety.open_for_app(demo_path, NOW, folder=folder), NOW)
    safety.close_for_app(safety.open_for_app(demo_path, NOW + dt.timedelta(hours=23), folder=folder), NOW)
    assert len(backup.list_backups(folder, demo_path)) == 1  # nothing changed, nothing new
    safety.close_for_app(safety.open_for_app(demo_path, NOW + dt.timedelta(hours=25), folder=folder), NOW)
    assert len(backup.list_backups(folder, demo_path)) == 2


def test_a_second_gmdesk_is_offered_read_only(demo_path: Path, folder: Path) -> None:
    first = safety.open_for_app(demo_path, NOW, folder=folder)
    with pytest.raises(OpenProblem) as caught:
        safety.open_for_app(demo_path, NOW, folder=folder)
    assert caught.value.kind == "locked" and caught.value.holder == first.lock.info
    view = safety.open_for_app(demo_path, NOW, readonly=True, folder=folder)
    assert view.readonly and any("唯讀" in w for w in view.warnings)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        view.db.execute("UPDATE office SET address = 'x'")
    safety.close_for_app(view, NOW)
    assert lock.read_lock(demo_path) == first.lock.info  # the view never touched the lock
    safety.close_for_app(first, NOW)


def test_an_abandoned_lock_is_cleared_only_by_asking(demo_path: Path, folder: Path) -> None:
    lock.lock_path(demo_path).write_text(
        lock.LockInfo("old", lock.host_name(), 2**22 + 12345, NOW, NOW, "t").to_json(), encoding="utf-8")
    with pytest.raises(OpenProblem) as caught:
        safety.open_for_app(demo_path, NOW, folder=folder)
    assert caught.value.stale
    assert safety.clear_lock(demo_path, NOW)
    safety.close_for_app(safety.open_for_app(demo_path, NOW, folder=folder), NOW)


@pytest.mark.parametrize(("content", "kind", "words"), [
    ("這是一份文字檔".encode(), "not_sqlite", "不是 SQLite"),
    (b"SQLite for", "truncated", "不完整"),
    (b"PK\x03\x04" + b"\0" * 200, "not_sqlite", "不是 gmdesk 的資料檔"),
])
def test_files_that_are_not_offices_are_refused_untouched(tmp_path: Path, content: bytes, kind: str,
                                                          words: str) -> None:
    path = tmp_path / "x.gmdesk"
    path.write_bytes(content)
    with pytest.raises(OpenProblem, match=words) as caught:
        safety.open_for_app(path, NOW, folder=tmp_path / "b")
    assert caught.value.kind == kind
    assert path.read_bytes() == content
    assert not lock.lock_path(path).exists()


def test_a_truncated_office_is_refused_untouched(demo_path: Path, folder: Path) -> None:
    data = demo_path.read_bytes()
    demo_path.write_bytes(data[: len(data) // 2])
    with pytest.raises(OpenProblem, match="不完整") as caught:
        safety.open_for_app(demo_path, NOW, folder=folder)
    assert caught.value.kind == "truncated"
    assert demo_path.read_bytes() == data[: len(data) // 2]


def test_a_file_from_a_newer_gmdesk_is_refused_untouched(demo_path: Path, folder: Path) -> None:
    conn = sqlite3.connect(demo_path)
    conn.execute(f"PRAGMA user_version = {schema_version() + 1}")
    conn.close()
    before = digest(demo_path)
    with pytest.raises(OpenProblem, match="較新版本") as caught:
        safety.open_for_app(demo_path, NOW, folder=folder)
    assert caught.value.kind == "newer" and digest(demo_path) == before


def _damage(path: Path) -> None:
    """Overwrite a page in the middle of the person table's b-tree."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'training'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * size)
        handle.write(b"\xff" * 64)


def test_a_damaged_file_is_never_written_and_the_newest_good_backup_is_offered(
        demo_path: Path, folder: Path) -> None:
    good = backup.make_backup(demo_path, folder, NOW - dt.timedelta(days=2), "auto")
    bad_copy = backup.make_backup(demo_path, folder, NOW - dt.timedelta(days=1), "auto")
    _damage(bad_copy.path)  # the newest backup is damaged too: it must be skipped
    _damage(demo_path)
    before = digest(demo_path)
    with pytest.raises(OpenProblem, match="已毀損") as caught:
        safety.open_for_app(demo_path, NOW, folder=folder)
    assert caught.value.kind == "damaged"
    assert caught.value.backup is not None and caught.value.backup.path == good.path
    assert digest(demo_path) == before
    assert not lock.lock_path(demo_path).exists()

    safety.recover(demo_path, caught.value.backup, NOW, folder)
    kept = list(folder.glob("demo_*_damaged.gmdesk.bak"))
    assert len(kept) == 1 and digest(kept[0]) == before  # the damaged bytes are kept aside
    opened = safety.open_for_app(demo_path, NOW, folder=folder)
    assert opened.db["training"].count == good.counts["training"]
    safety.close_for_app(opened, NOW)


def test_restore_in_the_window_keeps_the_lock_and_reopens(demo_path: Path, folder: Path) -> None:
    opened = safety.open_for_app(demo_path, NOW, folder=folder)
    first = safety.list_backups(opened)[0]
    opened.db.execute("DELETE FROM training")
    again = safety.restore_for_app(opened, first, NOW + dt.timedelta(minutes=1))
    assert again.db["training"].count == first.counts["training"]
    assert again.lock is opened.lock and lock.read_lock(demo_path) == opened.lock.info
    assert any(b.reason == "restore" and b.counts["training"] == 0 for b in safety.list_backups(again))
    safety.close_for_app(again, NOW)


def test_the_backup_folder_is_a_setting(demo_path: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb" / "備份"
    opened = safety.open_for_app(demo_path, NOW, folder=tmp_path / "default")
    safety.set_backup_folder(opened.db, usb)
    safety.close_for_app(opened, NOW)
    opened = safety.open_for_app(demo_path, NOW + dt.timedelta(days=2))
    assert opened.backup_folder == usb
    assert safety.backup_now(opened, NOW + dt.timedelta(days=2)).path.parent == usb
    safety.close_for_app(opened, NOW)


def test_a_network_file_uses_a_rollback_journal_and_one_exclusive_writer(tmp_path: Path) -> None:
    path = tmp_path / "share.gmdesk"
    db = open_db(path, network=True)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert db.execute("PRAGMA locking_mode").fetchone()[0] == "exclusive"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    db.execute("INSERT INTO unit (name) VALUES ('x')")
    assert not Path(str(path) + "-wal").exists()
    db.close()
    assert "本機磁碟" in safety.NETWORK_WARNING


def test_files_are_private(tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    path = tmp_path / "new.gmdesk"
    opened = safety.open_for_app(path, NOW, folder=tmp_path / "b")
    opened.db.execute("INSERT INTO unit (name) VALUES ('x')")
    safety.close_for_app(opened, NOW)
    assert path.stat().st_mode & 0o777 == 0o600
    for made in (tmp_path / "b").iterdir():
        assert made.stat().st_mode & 0o777 == 0o600
    shared = tmp_path / "shared.gmdesk"
    shutil.copyfile(path, shared)
    shared.chmod(0o644)
    open_db(shared).close()
    assert shared.stat().st_mode & 0o777 == 0o600


def test_private_umask_makes_exports_readable_only_by_the_user(tmp_path: Path) -> None:
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    import subprocess
    import sys

    code = ("from gmdesk.services.safety import private_umask; private_umask(); "
            f"open({str(tmp_path / 'export.json')!r}, 'w').write('{{}}')")
    subprocess.run([sys.executable, "-c", code], check=True)
    assert (tmp_path / "export.json").stat().st_mode & 0o777 == 0o600


def _damage_index(path: Path) -> None:
    """Make the training_day index disagree with its table, which only integrity_check sees."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX training_day ON training(title)' "
                 "WHERE name = 'training_day'")
    conn.commit()
    conn.close()


def test_the_full_check_after_open_finds_a_damaged_index_and_offers_the_backup(
        demo_path: Path, folder: Path) -> None:
    opened = safety.open_for_app(demo_path, NOW, folder=folder)
    assert safety.full_check(demo_path, folder) is None
    good = safety.list_backups(opened)[0]
    safety.close_for_app(opened, NOW)
    _damage_index(demo_path)
    assert backup.check(demo_path, quick=True) == "ok"  # what open looks at misses it
    opened = safety.open_for_app(demo_path, NOW + dt.timedelta(hours=1), folder=folder)
    problem = safety.full_check(demo_path, folder)
    assert problem is not None and problem.kind == "damaged"
    assert "missing from index training_day" in str(problem) and "已毀損" in str(problem)
    assert problem.backup is not None and problem.backup.path == good.path
    safety.close_for_app(opened, NOW + dt.timedelta(hours=1))


def test_no_backup_is_taken_of_a_file_with_a_damaged_index(demo_path: Path, folder: Path) -> None:
    _damage_index(demo_path)
    with pytest.raises(backup.SourceDamagedError, match="檢查未通過"):
        backup.make_backup(demo_path, folder, NOW, "manual")
    assert not list(folder.glob("*.gmdesk"))


def test_a_deferred_backup_is_left_for_after_the_window_shows(demo_path: Path, folder: Path) -> None:
    opened = safety.open_for_app(demo_path, NOW, folder=folder, defer_backup=True)
    assert opened.backup_due and backup.list_backups(folder, demo_path) == []
    assert safety.auto_backup(demo_path, folder, NOW) is None
    assert [b.reason for b in backup.list_backups(folder, demo_path)] == ["auto"]
    safety.close_for_app(opened, NOW)
    again = safety.open_for_app(demo_path, NOW + dt.timedelta(hours=1), folder=folder,
                                defer_backup=True)
    assert not again.backup_due  # the day's backup is there
    safety.close_for_app(again, NOW)


def test_a_background_connection_writes_audited_as_the_window_that_opened_the_file(
        demo_path: Path, folder: Path) -> None:
    from gmdesk.storage import audit

    opened = safety.open_for_app(demo_path, NOW, folder=folder)
    try:
        worker = safety.open_worker_db(demo_path)
        try:
            worker.execute("UPDATE person SET title = '專員' WHERE id = 3")
            worker.conn.commit()
        finally:
            worker.close()
        entry = audit.history(opened.db, "person", 3)[-1]
        assert entry.action == "update" and entry.new is not None
        assert entry.new["title"] == "專員"
        assert entry.os_user == audit.os_user() and entry.host == audit.host_name()
    finally:
        safety.close_for_app(opened, NOW)


def test_a_deferred_check_opens_for_reading_only_until_the_check_passed(
        demo_path: Path, folder: Path) -> None:
    from gmdesk.storage import audit

    connection = sqlite3.connect(demo_path)  # a file closed cleanly: no -wal beside it
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.execute("DELETE FROM audit_actor")
    connection.commit()
    connection.close()
    before = digest(demo_path)
    opened = safety.open_for_app(demo_path, NOW, folder=folder, defer_check=True)
    assert not opened.checked and not opened.readonly
    assert lock.read_lock(demo_path) == opened.lock.info
    assert opened.db.execute("SELECT COUNT(*) FROM training").fetchone()[0] > 0
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        opened.db.execute("UPDATE office SET address = '新地址'")
    assert digest(demo_path) == before and not Path(f"{demo_path}-wal").exists()
    assert backup.list_backups(folder, demo_path) == []

    assert safety.quick_check(opened) is None
    safety.finish_open(opened, NOW)
    assert opened.checked and opened.backup_due
    assert opened.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert opened.db.execute("SELECT os_user FROM audit_actor").fetchone()[0] == audit.os_user()
    opened.db.execute("UPDATE office SET address = '新地址'")
    assert opened.changed()
    safety.close_for_app(opened, NOW)
    assert not lock.lock_path(demo_path).exists()
    assert [b.reason for b in backup.list_backups(folder, demo_path)] == ["close"]


def test_a_damaged_file_opened_with_the_check_deferred_is_never_written(
        demo_path: Path, folder: Path) -> None:
    good = backup.make_backup(demo_path, folder, NOW - dt.timedelta(days=2), "auto")
    _damage(demo_path)
    before = digest(demo_path)
    opened = safety.open_for_app(demo_path, NOW, folder=folder, defer_check=True)
    problem = safety.quick_check(opened)
    assert problem is not None and problem.kind == "damaged" and "已毀損" in str(problem)
    assert problem.backup is not None and problem.backup.path == good.path
    assert safety.close_for_app(opened, NOW) == []
    assert safety.close_for_app(opened, NOW) == []  # closing twice does nothing
    assert digest(demo_path) == before and not lock.lock_path(demo_path).exists()
    assert [b.reason for b in backup.list_backups(folder, demo_path)] == ["auto"]


def test_a_file_that_needs_a_migration_is_checked_and_opened_at_once(
        demo_path: Path, folder: Path) -> None:
    connection = sqlite3.connect(demo_path)
    connection.execute("DELETE FROM _sqlite_migrations WHERE name = 'm006_exemption_period'")
    connection.execute("DROP TABLE exemption")
    connection.execute("CREATE TABLE exemption (id INTEGER PRIMARY KEY, person_id INTEGER, "
                       "year INTEGER, reason TEXT NOT NULL DEFAULT '')")
    connection.commit()
    connection.close()
    opened = safety.open_for_app(demo_path, NOW, folder=folder, defer_check=True)
    assert opened.checked
    assert [b.reason for b in backup.list_backups(folder, demo_path)] == ["migration"]
    safety.close_for_app(opened, NOW)
