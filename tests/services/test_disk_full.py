"""A full disk: clear messages, no traceback, the office file exactly as it was."""

import datetime as dt
import hashlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from gmdesk.services import safety
from gmdesk.services.safety import OpenProblem
from gmdesk.storage import backup
from gmdesk.storage.backup import BackupError

NOW = dt.datetime(2026, 11, 24, 9, 0)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB tmpfs, mounted for the test (root only)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root on Linux")
    point = tmp_path / "small"
    point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m,mode=0700", "tmpfs", str(point)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def _fill(folder: Path, leave: int) -> Path:
    """Fill the disk, leaving about `leave` bytes free."""
    filler = folder / "filler.bin"
    free = shutil.disk_usage(folder).free
    with filler.open("wb") as handle:
        handle.write(b"\0" * max(0, free - leave))
    return filler


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_write_on_a_full_disk_fails_cleanly_and_the_file_is_intact(small_disk: Path,
                                                                      demo_template: Path) -> None:
    path = small_disk / "office.gmdesk"
    shutil.copyfile(demo_template, path)
    opened = safety.open_for_app(path, NOW, folder=small_disk / "backups")
    persons = opened.db["person"].count
    _fill(small_disk, 16 * 1024)
    # An import of many rows: the disk fills mid-way; the transaction leaves nothing behind.
    with pytest.raises(sqlite3.OperationalError, match="full"), opened.db.atomic():
        for n in range(20000):
            opened.db.execute("INSERT INTO person (name, gender, note) VALUES (?, 'F', ?)",
                              [f"匯入{n}", "很長的備註" * 40])
    assert opened.db["person"].count == persons
    assert opened.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # The backup on close cannot be written either: a warning, no half file.
    warnings = safety.close_for_app(opened, NOW)
    assert all("磁碟空間不足" in w for w in warnings)
    assert not list((small_disk / "backups").glob(".*tmp"))
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT COUNT(*) FROM person").fetchone()[0] == persons
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_a_backup_to_a_full_disk_says_so_and_leaves_nothing(small_disk: Path, demo_path: Path) -> None:
    folder = small_disk / "backups"
    folder.mkdir()
    _fill(small_disk, 64 * 1024)
    before = _digest(demo_path)
    with pytest.raises(BackupError, match="磁碟空間不足"):
        backup.make_backup(demo_path, folder, NOW, "manual")
    assert list(folder.iterdir()) == []
    assert _digest(demo_path) == before


def test_opening_on_a_full_disk_gives_a_clear_message(small_disk: Path, demo_template: Path) -> None:
    path = small_disk / "office.gmdesk"
    shutil.copyfile(demo_template, path)
    _fill(small_disk, 0)
    before = _digest(path)
    try:
        opened = safety.open_for_app(path, NOW, folder=small_disk / "backups")
    except OpenProblem as problem:
        assert problem.kind == "disk_full" and "磁碟空間不足" in str(problem)
        assert _digest(path) == before
        assert not Path(str(path) + ".lock").exists()
    else:
        assert any("磁碟空間不足" in w for w in opened.warnings)
        safety.close_for_app(opened, NOW)
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
