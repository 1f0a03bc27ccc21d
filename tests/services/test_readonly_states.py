"""A read-only file or folder is said as read-only (with a read-only view), never as damaged.

As root, permissions do not stop a write: the immutable attribute (chattr +i) does, so these
tests use it and are skipped where it cannot be set.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from gmdesk.cli import main
from gmdesk.services import safety
from gmdesk.services.safety import OpenProblem

NOW = dt.datetime(2026, 11, 24, 9, 0)


@pytest.fixture
def immutable() -> Iterator[Callable[[Path], None]]:
    marked: list[Path] = []

    def mark(path: Path) -> None:
        if shutil.which("chattr") is None:
            pytest.skip("chattr is not available")
        if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
            pytest.skip("this file system does not allow chattr +i")
        marked.append(path)

    yield mark
    for path in reversed(marked):
        subprocess.run(["chattr", "-i", str(path)], check=False)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_check_reads_a_file_in_a_read_only_folder(
        demo_path: Path, tmp_path: Path, immutable: Callable[[Path], None],
        capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "demo.gmdesk"
    shutil.move(demo_path, path)
    immutable(folder)
    assert main(["check", "--db", str(path), "--year", "115", "--today", "2026-11-24"]) == 0
    assert "115年度 性別主流化辦理情形" in capsys.readouterr().out
    roster = tmp_path / "r.csv"
    roster.write_text("姓名,性別\n王小明,男\n", encoding="utf-8-sig")
    assert main(["import", "staff", "--db", str(path), str(roster)]) == 1
    err = capsys.readouterr().err
    assert "唯讀" in err and "沒有損壞" in err and "毀損" not in err.replace("沒有損壞", "")


def test_a_read_only_file_is_said_as_read_only_and_offered_read_only(
        demo_path: Path, tmp_path: Path, immutable: Callable[[Path], None],
        capsys: pytest.CaptureFixture[str]) -> None:
    before = digest(demo_path)
    immutable(demo_path)
    roster = tmp_path / "r.csv"
    roster.write_text("姓名,性別\n王小明,男\n", encoding="utf-8-sig")
    assert main(["import", "staff", "--db", str(demo_path), str(roster)]) == 1
    err = capsys.readouterr().err
    assert "是唯讀檔案（檔案本身沒有損壞）" in err and "請從備份還原" not in err
    with pytest.raises(OpenProblem) as caught:
        safety.open_for_app(demo_path, NOW, folder=tmp_path / "backups")
    assert caught.value.kind == "readonly_folder"
    opened = safety.open_for_app(demo_path, NOW, readonly=True, folder=tmp_path / "backups")
    assert opened.readonly and opened.db["person"].count > 0
    safety.close_for_app(opened, NOW)
    assert digest(demo_path) == before
