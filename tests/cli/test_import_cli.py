"""`gmdesk import staff|training` and `gmdesk print reminders` from the command line."""

import subprocess
from pathlib import Path

import pytest

from gmdesk.cli import main
from gmdesk.storage.db import open_db

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def count(path: Path) -> int:
    db = open_db(path, readonly=True)
    try:
        return int(db["training"].count)
    finally:
        db.close()


def test_dry_run_then_import(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = count(demo_path)
    args = ["import", "training", "--db", str(demo_path), str(FIXTURES / "training_messy.ods")]
    assert main([*args, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "將新增5筆培力紀錄，合計10小時" in out and "試算" in out
    assert count(demo_path) == before
    assert main(args) == 0
    assert "已新增5筆" in capsys.readouterr().out
    assert count(demo_path) == before + 5


def test_bad_row_exit_code_and_message(demo_path: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("員工編號,姓名,課程名稱,上課日期,時數\n00003,甲,CEDAW,115/3/5,2\n"
                   "00004,乙,CEDAW,115/3/5,二十\n", encoding="utf-8-sig")
    before = count(demo_path)
    assert main(["import", "training", "--db", str(demo_path), str(bad)]) == 1
    captured = capsys.readouterr()
    assert "第3列「時數」欄 「二十」" in captured.err
    assert count(demo_path) == before


def test_staff_import_and_unreadable_file(demo_path: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_bytes("姓名,性別,單位,人員類別,到職日期\n新同仁,女,民政課,一般公務人員,115/1/2\n"
                       .encode("cp950"))
    assert main(["import", "staff", "--db", str(demo_path), str(roster)]) == 0
    assert "已新增1人" in capsys.readouterr().out
    assert main(["import", "staff", "--db", str(demo_path), str(tmp_path / "none.xlsx")]) == 1
    assert "找不到檔案" in capsys.readouterr().err


def test_print_reminders(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "reminders.pdf"
    assert main(["print", "reminders", "--db", str(demo_path), "--year", "115", "--out", str(out),
                 "--today", "2026-11-24"]) == 0
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "115年度性別意識培力時數未達標準人員名單" in text
    assert "統計至115年11月24日，共4人" in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True,
                           check=True).stdout
    assert all(" yes " in line for line in fonts.splitlines()[2:])


def test_only_good_imports_the_correct_rows_and_names_the_file_to_fix(
        demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("員工編號,姓名,課程名稱,上課日期,時數\n00003,甲,CEDAW,115/3/5,2\n"
                   "00004,乙,CEDAW,115/3/5,二十\n", encoding="utf-8-sig")
    before = count(demo_path)
    assert main(["import", "training", "--db", str(demo_path), "--only-good", str(bad)]) == 0
    captured = capsys.readouterr()
    skipped = tmp_path / "bad（未匯入的列）.csv"
    assert f"未匯入的列：{skipped}" in captured.out and "略過有錯誤的1列" in captured.out
    assert "第3列「時數」欄 「二十」" in captured.err
    assert count(demo_path) == before + 1
    assert skipped.read_text(encoding="utf-8-sig").splitlines()[1].startswith("00004,乙,CEDAW")
