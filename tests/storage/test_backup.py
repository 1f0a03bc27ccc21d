import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from gmdesk.storage import backup
from gmdesk.storage.backup import BackupError
from gmdesk.storage.db import open_db

NOW = dt.datetime(2026, 11, 24, 9, 30)


def test_a_backup_is_a_verified_private_copy_with_the_records(demo_path: Path, tmp_path: Path) -> None:
    db = open_db(demo_path)
    db.execute("UPDATE person SET name = '備份測試' WHERE id = 1")  # still in the -wal
    folder = tmp_path / "backups"
    info = backup.make_backup(demo_path, folder, NOW, "manual", source=db.conn)
    db.close()
    assert info.path.name == "demo_20261124-093000_manual.gmdesk"
    assert info.counts["person"] > 0 and info.counts["meeting"] > 0
    assert backup.check(info.path) == "ok"
    copy = sqlite3.connect(info.path)
    assert copy.execute("SELECT name FROM person WHERE id = 1").fetchone()[0] == "備份測試"
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    copy.close()
    assert not list(folder.glob(".*tmp")), "no temporary file is left behind"
    if os.name == "posix":
        assert info.path.stat().st_mode & 0o777 == 0o600
        assert folder.stat().st_mode & 0o777 == 0o700


def test_listing_shows_date_reason_and_counts_newest_first(demo_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    backup.make_backup(demo_path, folder, NOW - dt.timedelta(days=1), "auto")
    backup.make_backup(demo_path, folder, NOW, "close")
    (folder / "unrelated.gmdesk").write_bytes(b"x")
    listed = backup.list_backups(folder, demo_path)
    assert [(b.taken_at, b.reason) for b in listed] == [(NOW, "close"), (NOW - dt.timedelta(days=1), "auto")]
    assert listed[0].total == sum(listed[0].counts.values()) > 100
    assert backup.newest(folder, demo_path) == NOW


def test_rotation_keeps_14_daily_8_weekly_12_monthly_and_safety_copies() -> None:
    start = dt.datetime(2024, 1, 1, 8, 0)
    taken = []
    for day in range(800):  # two backups a day for over two years
        for hour in (8, 17):
            when = start + dt.timedelta(days=day, hours=hour - 8)
            taken.append((Path(f"x_{when:%Y%m%d-%H%M%S}_auto.gmdesk"), when, "auto"))
    taken.append((Path("x_20240105-120000_restore.gmdesk"), dt.datetime(2024, 1, 5, 12), "restore"))
    keep = backup.to_keep(taken)
    kept = sorted(when for path, when, _ in taken if path in keep)
    newest = max(when for _, when, _ in taken)
    days = {w.date() for w in kept}
    assert newest in kept
    # The 14 newest days, each by its last copy of the day.
    for back in range(14):
        assert (newest - dt.timedelta(days=back)).replace(hour=17) in kept
    assert len({w.isocalendar()[:2] for w in kept}) >= 8
    assert len({(w.year, w.month) for w in kept}) == 12 + 1  # 12 months and the old safety copy
    assert dt.datetime(2024, 1, 5, 12) in kept
    assert len(kept) <= 14 + 8 + 12 + 5
    assert len(days) < 40


def test_rotate_deletes_files_outside_the_slots(demo_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    first = backup.make_backup(demo_path, folder, NOW, "auto")
    for n in range(1, 20):
        backup.make_backup(demo_path, folder, NOW + dt.timedelta(days=n), "auto")
    names = {p.name for p in folder.iterdir()}
    # 2026-11-30 .. 12-13 daily, plus 11-29: the newest of its ISO week and of November.
    assert len(names) == 15
    assert "demo_20261129-093000_auto.gmdesk" in names
    assert first.path.name not in names  # 11-24 is neither its week's nor its month's newest


def test_restore_backs_up_the_current_file_and_leaves_no_wal_or_shm(demo_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    old = backup.make_backup(demo_path, folder, NOW, "manual")
    db = open_db(demo_path)
    db.execute("DELETE FROM training")
    db.close()
    # A crashed writer leaves its -wal and -shm behind.
    db = open_db(demo_path)
    db.execute("UPDATE person SET name = '後來的修改' WHERE id = 2")
    wal = Path(str(demo_path) + "-wal")
    stale_wal = wal.read_bytes()
    db.close()
    wal.write_bytes(stale_wal)
    Path(str(demo_path) + "-shm").write_bytes(b"\0" * 32768)

    before = backup.restore(demo_path, old.path, folder, NOW + dt.timedelta(minutes=5))
    assert not wal.exists() and not Path(str(demo_path) + "-shm").exists()
    assert before is not None and before.reason == "restore"
    assert before.counts["training"] == 0
    db = open_db(demo_path)
    assert db["training"].count == old.counts["training"]
    assert db.execute("SELECT name FROM person WHERE id = 2").fetchone()[0] != "後來的修改"
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


def test_a_damaged_backup_is_refused_and_nothing_changes(demo_path: Path, tmp_path: Path) -> None:
    bad = tmp_path / "b" / "demo_20261120-100000_auto.gmdesk"
    bad.parent.mkdir()
    data = bytearray(demo_path.read_bytes())
    data[4096 * 3: 4096 * 3 + 200] = os.urandom(200)
    bad.write_bytes(bytes(data[: len(data) // 2]))
    before = demo_path.read_bytes()
    with pytest.raises(BackupError, match="檢查未通過"):
        backup.restore(demo_path, bad, tmp_path / "b", NOW)
    assert demo_path.read_bytes() == before


def test_a_failed_copy_leaves_no_file_that_looks_like_a_backup(demo_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    target = folder / "x.gmdesk"
    source = sqlite3.connect(demo_path)
    source.close()  # a closed connection makes the backup API fail mid-way
    with pytest.raises(BackupError):
        backup.copy_database(source, target)
    assert list(folder.iterdir()) == []
