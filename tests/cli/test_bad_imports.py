"""Malformed rosters and training lists: one clear zh-TW answer, exit 1, nothing written."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from gmdesk.cli import main

ROSTER = "員工編號,姓名,性別,職稱,單位,到職日期,離職日期\n"
TRAINING = "員工編號,姓名,課程名稱,上課日期,時數\n"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


CASES = [
    ("gender 未知", "staff", ROSTER + "90001,王小明,未知,科員,民政課,115/01/05,\n", r"第2列「性別」欄 「未知」：不是性別"),
    ("leaves first", "staff", ROSTER + "90001,王小明,男,科員,民政課,115/03/01,115/02/01\n",
     r"第2列「離職日期」欄 「115/02/01」：結束日 2026-02-01 早於開始日 2026-03-01"),
    ("NUL", "staff", ROSTER + "90001,王\x00小明,男,科員,民政課,115/01/05,\n", r"第2列「姓名」欄.*控制字元（U\+0000）"),
    ("huge field", "staff", ROSTER + "90001,王小明,男," + "長" * 50_000 + ",民政課,115/01/05,\n",
     r"第2列「職稱」欄.*50,000 字，超過上限 20,000 字"),
    ("1900", "training", TRAINING + "00003,甲,CEDAW,1900/01/01,2\n", r"第2列「上課日期」欄 「1900/01/01」：早於民國1年"),
    ("2099", "training", TRAINING + "00003,甲,CEDAW,2099/01/01,2\n", r"第2列「上課日期」欄 「2099/01/01」：日期須在民國1年到民國116年之間"),
    ("NaN", "training", TRAINING + "00003,甲,CEDAW,115/3/5,NaN\n", r"第2列「時數」欄 「NaN」：不是時數"),
]


@pytest.mark.parametrize(("case", "kind", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_bad_cell_is_one_clear_line_and_nothing_changes(
        demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        case: str, kind: str, text: str, expected: str) -> None:
    source = tmp_path / f"{kind}.csv"
    source.write_text(text, encoding="utf-8-sig")
    before = _counts(demo_path)
    assert main(["import", kind, "--db", str(demo_path), "--today", "2026-11-24", str(source)]) == 1
    err = capsys.readouterr().err
    assert re.search(expected, err), err
    assert "Traceback" not in err and "Error" not in err
    assert _counts(demo_path) == before


def _counts(path: Path) -> tuple[int, int, int]:
    from gmdesk.storage.db import open_db

    db = open_db(path, readonly=True)
    try:
        return db["person"].count, db["employment"].count, db["training"].count
    finally:
        db.close()


def test_a_hundred_thousand_unknown_people_print_twenty_lines(
        demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "many.csv"
    lines = [f"8{n:05d},路人{n},CEDAW,115/3/5,2" for n in range(100_000)]
    source.write_text(TRAINING + "\n".join(lines) + "\n", encoding="utf-8-sig")
    assert main(["import", "training", "--db", str(demo_path), "--today", "2026-11-24", str(source)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 21 and err[-1].strip() == "✘ …另有 99,980 筆錯誤"


@pytest.mark.parametrize("year", ["99999", "0", "1911", "12345678901234567890"])
def test_an_impossible_year_is_refused_in_chinese(demo_path: Path, year: str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--db", str(demo_path), "--year", year]) == 1
    err = capsys.readouterr().err
    assert "不是年度" in err and "Traceback" not in err
