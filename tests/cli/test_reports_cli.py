"""The reports from the command line: city workbook, annual report, pack, template."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from gmdesk.cli import main
from tests.workbooks.test_template import MAPPING, make_template


def run(*argv: str) -> int:
    return main([*argv, "--today", "2026-11-24"]) if argv[0] != "template" else main(list(argv))


def test_export_city_print_annual_export_pack(demo_path: Path, tmp_path: Path) -> None:
    db = str(demo_path)
    assert run("export", "city", "--db", db, "--year", "115", "--out", str(tmp_path / "c.xlsx")) == 0
    assert "CEDAW宣導" in load_workbook(tmp_path / "c.xlsx").sheetnames
    assert run("print", "annual", "--db", db, "--year", "2026", "--out",
               str(tmp_path / "a.pdf")) == 0
    assert (tmp_path / "a.pdf").read_bytes()[:5] == b"%PDF-"
    assert run("export", "pack", "--db", db, "--year", "114", "--out", str(tmp_path / "p.zip")) == 0
    assert any(n.startswith("01_執行小組/") for n in zipfile.ZipFile(tmp_path / "p.zip").namelist())


def test_bad_input_is_one_line_and_exit_1(demo_path: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert run("export", "city", "--db", str(tmp_path / "none.gmdesk"), "--year", "115",
               "--out", str(tmp_path / "c.xlsx")) == 1
    assert "找不到資料檔" in capsys.readouterr().err
    assert run("export", "city", "--db", str(demo_path), "--year", "abc",
               "--out", str(tmp_path / "c.xlsx")) == 1
    assert "不是年度" in capsys.readouterr().err


def test_template_register_show_export_clear(demo_path: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    db = str(demo_path)
    template = make_template(tmp_path / "t.xlsx")
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps(MAPPING, ensure_ascii=False), encoding="utf-8")
    assert main(["template", "register", str(template), "--mapping", str(mapping),
                 "--db", db]) == 0
    assert main(["template", "show", "--db", db]) == 0
    assert "t.xlsx" in capsys.readouterr().out
    assert run("export", "city", "--db", db, "--year", "115", "--out", str(tmp_path / "f.xlsx")) == 0
    assert load_workbook(tmp_path / "f.xlsx").sheetnames == ["總表", "宣導", "提交資訊"]
    assert main(["template", "export-mapping", "--db", db, "--out", str(tmp_path / "x.json")]) == 0
    assert json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))["cells"] == MAPPING["cells"]
    assert main(["template", "clear", "--db", db]) == 0
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["template", "register", str(template), "--mapping", str(bad), "--db", db]) == 1
    assert "不是有效的 JSON" in capsys.readouterr().err


LIBREOFFICE = __import__("shutil").which("libreoffice") or __import__("shutil").which("soffice")


@pytest.mark.slow
@pytest.mark.skipif(LIBREOFFICE is None, reason="LibreOffice is not installed")
def test_export_city_as_ods_opens_in_libreoffice_with_the_same_figures(
        demo_path: Path, tmp_path: Path) -> None:
    import subprocess

    db = str(demo_path)
    assert run("export", "city", "--db", db, "--year", "115", "--out", str(tmp_path / "c.xlsx")) == 0
    assert run("export", "city", "--db", db, "--year", "115", "--out", str(tmp_path / "c.ods")) == 0
    with zipfile.ZipFile(tmp_path / "c.ods") as book:
        assert book.read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet"
    out = tmp_path / "lo"
    subprocess.run(
        [str(LIBREOFFICE), f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
         "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(tmp_path / "c.ods")],
        check=True, capture_output=True, timeout=120)
    back = load_workbook(out / "c.xlsx", data_only=True)
    mine = load_workbook(tmp_path / "c.xlsx", data_only=True)
    assert back.sheetnames == mine.sheetnames
    for name in mine.sheetnames:  # every value (and every recomputed total) reads back the same
        ours = [[c for c in row] for row in mine[name].iter_rows(values_only=True)]
        theirs = [[c for c in row] for row in back[name].iter_rows(values_only=True)]
        for r, row in enumerate(ours):
            if name == "提交資訊" and row and row[0] in ("made_at", "checksum"):
                continue  # two exports a second apart: their time (and so checksum) may differ
            for c, value in enumerate(row):
                got = theirs[r][c] if r < len(theirs) and c < len(theirs[r]) else None
                if isinstance(value, float):
                    assert got == pytest.approx(value), (name, r + 1, c + 1)
                else:
                    assert (got or None) == (value or None), (name, r + 1, c + 1)
    formulas = load_workbook(out / "c.xlsx")["CEDAW宣導"]
    assert any(str(c.value).startswith("=SUM(") for row in formulas.iter_rows() for c in row)


def test_a_city_workbook_of_another_format_is_refused(demo_path: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert run("export", "city", "--db", str(demo_path), "--year", "115",
               "--out", str(tmp_path / "c.csv")) == 1
    assert ".xlsx 或 .ods" in capsys.readouterr().err and not (tmp_path / "c.csv").exists()
