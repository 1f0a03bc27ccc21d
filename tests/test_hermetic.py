"""The suite runs in its own folders: a user's per-user folder never changes a result."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from gmdesk import paths
from gmdesk.services import safety
from gmdesk.services.safety import OpenProblem
from gmdesk.storage import backup
from gmdesk.storage.db import open_db
from tests.conftest import HERMETIC_DIRS, HERMETIC_ROOT

NOW = dt.datetime(2026, 11, 24, 9, 0)
_WATCHED = {"sqlite3.connect", "os.listdir", "os.scandir", "os.remove", "os.rename", "os.mkdir",
            "shutil.copyfile", "os.chmod", "os.truncate"}
_recording: list[tuple[str, str]] | None = None


def _hook(event: str, args: tuple[object, ...]) -> None:
    if _recording is None or not args:
        return
    if event == "open":
        path, mode, flags = [*args, None, None][:3]
        writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
            isinstance(flags, int) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT))
        if isinstance(path, int):
            return  # a descriptor already opened, and recorded, by path
        if writes or str(path).endswith((".gmdesk", ".db", "-wal", "-shm")):
            _recording.append((event, str(path)))
    elif event in _WATCHED:
        where = str(args[0])
        if where.startswith("file:"):  # a SQLite URI
            from urllib.parse import unquote, urlparse

            where = unquote(urlparse(where).path)
        _recording.append((event, where))


sys.addaudithook(_hook)


@pytest.fixture
def touched() -> Iterator[list[tuple[str, str]]]:
    global _recording
    _recording = []
    try:
        yield _recording
    finally:
        _recording = None


def _other_office_backup(folder: Path, tmp_path: Path) -> Path:
    """Another office's file also called demo.gmdesk, backed up where gmdesk looks by default."""
    other = tmp_path / "elsewhere" / "demo.gmdesk"
    other.parent.mkdir()
    db = open_db(other)
    db["office"].insert({"id": 1, "name": "別的區公所"})
    db.close()
    return backup.make_backup(other, folder, NOW - dt.timedelta(hours=1), "restore").path


def test_every_per_user_folder_is_the_suites_own() -> None:
    for name in HERMETIC_DIRS:
        assert Path(os.environ[name]).is_relative_to(HERMETIC_ROOT), name
    assert Path.home().is_relative_to(HERMETIC_ROOT)
    assert paths.data_dir().is_relative_to(HERMETIC_ROOT)
    assert paths.backup_dir().is_relative_to(HERMETIC_ROOT)
    import tempfile

    assert Path(tempfile.gettempdir()).is_relative_to(HERMETIC_ROOT)


def test_a_foreign_backup_in_the_home_folder_is_neither_offered_nor_anything_outside_touched(
        demo_path: Path, tmp_path: Path, touched: list[tuple[str, str]]) -> None:
    home_backups = paths.backup_dir()
    planted = _other_office_backup(home_backups, tmp_path)
    assert planted.name.startswith("demo_")  # same file name as the office being opened
    conn = sqlite3.connect(demo_path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'training'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with demo_path.open("r+b") as handle:
        handle.seek((root - 1) * size)
        handle.write(b"\xff" * 64)
    touched.clear()

    with pytest.raises(OpenProblem) as caught:
        safety.open_for_app(demo_path, NOW, folder=tmp_path / "backups")
    assert caught.value.kind == "damaged"
    assert caught.value.backup is None  # another office's backup is never offered
    with pytest.raises(backup.BackupError, match="另一個機關"):
        safety.recover(demo_path, planted, NOW, tmp_path / "backups")

    assert touched, "the audit hook saw the file being opened"
    outside = [(event, path) for event, path in touched
               if not (Path(path).resolve().is_relative_to(tmp_path.resolve())
                       or Path(path).resolve().is_relative_to(HERMETIC_ROOT.resolve()))]
    assert outside == []
    assert planted.exists() and len(list(home_backups.iterdir())) == 1


def test_backups_of_two_offices_with_the_same_file_name_stay_apart(
        demo_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    planted = _other_office_backup(folder, tmp_path)
    own = backup.make_backup(demo_path, folder, NOW, "manual")
    assert [b.path for b in backup.list_backups(folder, demo_path)] == [own.path]
    # Twenty daily copies of this office rotate only this office's copies.
    for n in range(1, 20):
        backup.make_backup(demo_path, folder, NOW + dt.timedelta(days=n), "auto")
    assert planted.exists()
    copy = tmp_path / "copy" / "demo.gmdesk"
    copy.parent.mkdir()
    shutil.copyfile(demo_path, copy)  # a copy of a file is the same office
    assert len(backup.list_backups(folder, copy)) == len(backup.list_backups(folder, demo_path))
