"""Without --out, the command line writes into the office's output folder under the names the
window uses (「115年第1次會議紀錄.pdf」, 「115年度城市報表.xlsx」), never overwriting a file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from gmdesk.cli import main
from gmdesk.services import output
from gmdesk.storage.db import open_db


def run(*argv: str) -> int:
    return main([*argv, "--today", "2026-11-24"])


@pytest.fixture
def folder(demo_path: Path, tmp_path: Path) -> Path:
    db = open_db(demo_path)
    output.set_output_dir(db, tmp_path / "公所輸出")
    db.close()
    return tmp_path / "公所輸出"


def test_default_names_in_the_output_folder(demo_path: Path, folder: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo_path)
    assert run("print", "minutes", "--db", db, "--meeting", "114-1") == 0
    assert run("print", "minutes", "--db", db, "--meeting", "114-1") == 0
    assert run("print", "notice", "--db", db, "--meeting", "114-2") == 0
    assert run("print", "outreach", "--db", db, "--year", "115") == 0
    assert run("print", "reminders", "--db", db, "--year", "115") == 0
    assert run("export", "city", "--db", db, "--year", "115") == 0
    assert run("print", "annual", "--db", db, "--year", "115") == 0
    assert run("export", "pack", "--db", db, "--year", "114") == 0
    assert run("export", "calendar", "--db", db, "--year", "115") == 0
    assert sorted(p.name for p in folder.iterdir()) == sorted([
        "114年第1次會議紀錄.pdf", "114年第1次會議紀錄 (2).pdf", "114年第2次會議開會通知單.pdf",
        "115年度CEDAW宣導成果.pdf", "115年度培力時數提醒名單.pdf", "115年度城市報表.xlsx",
        "115年度性別主流化成果報告.pdf", "114年度佐證資料.zip", "115年度行事曆.ics"])
    assert "CEDAW宣導" in load_workbook(folder / "115年度城市報表.xlsx").sheetnames
    assert str(folder / "114年第1次會議紀錄 (2).pdf") in capsys.readouterr().out
    with pytest.raises(SystemExit):  # a site is a folder that grows by year: --out needed
        run("export", "site", "--db", db, "--year", "115")
    assert "缺少必要的參數：--out" in capsys.readouterr().err


def test_one_event_report_is_named_by_its_title(demo_path: Path, folder: Path) -> None:
    db = open_db(demo_path)
    event_id, title = db.execute("SELECT id, title FROM event ORDER BY id LIMIT 1").fetchone()
    db.close()
    assert run("print", "outreach", "--db", str(demo_path), "--event", str(event_id)) == 0
    [made] = folder.iterdir()
    assert made.name.endswith(f"CEDAW宣導成果報告（{title}）.pdf")


def test_the_default_folder_is_documents(demo_path: Path) -> None:
    default = output.default_output_dir()
    assert run("export", "city", "--db", str(demo_path), "--year", "115") == 0
    assert (default / "115年度城市報表.xlsx").is_file()
    shutil.rmtree(default)
