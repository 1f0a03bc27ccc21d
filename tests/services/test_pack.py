"""The year-end evidence pack: every document, numbered by duty; a cancel leaves nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from sqlite_utils import Database

from gmdesk.domain.errors import InputError
from gmdesk.services.pack import write_pack
from tests.conftest import LAST_YEAR, TODAY


def test_the_pack_holds_every_document_by_duty(demo_db: Database, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    out = write_pack(demo_db, LAST_YEAR, TODAY, tmp_path / "pack.zip",
                     lambda done, total, text: seen.append((done, total)))
    names = zipfile.ZipFile(out).namelist()
    assert "00_年度彙整/01_114年度報市府報表.xlsx" in names
    assert "00_年度彙整/02_114年度性別主流化成果報告.pdf" in names
    assert "01_執行小組/01_114年第1次會議_2簽到表.pdf" in names
    assert "01_執行小組/01_114年第1次會議_1開會通知單.pdf" in names
    assert "02_性別意識培力/01_114年度性別意識培力未達標準人員名單.pdf" in names
    assert "01_執行小組/02_114年第2次會議_3會議紀錄.pdf" in names
    assert sum(n.startswith("03_CEDAW宣導/") for n in names) == 3
    assert any(n.startswith("04_其他性別平等措施/01_") for n in names)
    assert "00_目錄.txt" in names
    assert seen[-1][0] == seen[-1][1]
    with zipfile.ZipFile(out) as archive:
        assert archive.read("01_執行小組/01_114年第1次會議_3會議紀錄.pdf")[:5] == b"%PDF-"


def test_a_cancelled_pack_leaves_nothing(demo_db: Database, tmp_path: Path) -> None:
    class Cancelled(Exception):
        pass

    def cancel_midway(done: int, total: int, text: str) -> None:
        if done >= 3:
            raise Cancelled()

    for target in (tmp_path / "pack.zip", tmp_path / "folder"):
        with pytest.raises(Cancelled):
            write_pack(demo_db, LAST_YEAR, TODAY, target, cancel_midway)
        assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".gmdesk-pack")]


def test_a_folder_pack_refuses_a_folder_with_files(demo_db: Database, tmp_path: Path) -> None:
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("x")
    with pytest.raises(InputError, match="不是空資料夾"):
        write_pack(demo_db, LAST_YEAR, TODAY, busy)
    out = write_pack(demo_db, LAST_YEAR, TODAY, tmp_path / "new")
    assert (out / "01_執行小組" / "01_114年第1次會議_2簽到表.pdf").is_file()
