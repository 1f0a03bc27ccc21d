"""`gmdesk new`, a closed pipe and a missing print font: each ends cleanly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from gmdesk.cli import build_parser, main
from gmdesk.documents import fonts
from gmdesk.storage.db import open_db
from gmdesk.storage.office import get_office, list_units, preset_for


@pytest.mark.parametrize(("preset", "kind", "city"), [("kaohsiung-district", "district", "高雄市"),
                                                      ("taipei-bureau", "bureau", "臺北市")])
def test_new_makes_an_empty_office_ready_for_imports(tmp_path: Path, preset: str, kind: str,
                                                     city: str) -> None:
    path = tmp_path / "office.gmdesk"
    assert main(["new", "--db", str(path), "--preset", preset, "--name", "測試機關",
                 "--today", "2026-11-24"]) == 0
    db = open_db(path, readonly=True)
    office = get_office(db)
    assert office is not None and office.name == "測試機關" and office.kind.value == kind
    assert office.city == city and office.plan_start == 115
    assert preset_for(db, 115).code == preset.replace("-", "_")
    assert list_units(db) and db["person"].count == 0
    db.close()
    roster = tmp_path / "roster.csv"
    roster.write_text("姓名,性別,單位\n王小明,男,秘書室\n", encoding="utf-8-sig")
    assert main(["import", "staff", "--db", str(path), str(roster)]) == 0


def test_new_never_overwrites_and_lists_its_presets(demo_path: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    before = demo_path.read_bytes()
    assert main(["new", "--db", str(demo_path), "--preset", "taipei-bureau", "--name", "x"]) == 1
    assert "不會覆蓋" in capsys.readouterr().err and demo_path.read_bytes() == before
    blank = tmp_path / "blank.gmdesk"
    assert main(["new", "--db", str(blank), "--preset", "taipei-bureau", "--name", "  "]) == 1
    assert "請填寫機關名稱" in capsys.readouterr().err and not blank.exists()
    parser = build_parser()
    with pytest.raises(SystemExit):
        parser.parse_args(["new", "--help"])
    text = capsys.readouterr().out
    assert "kaohsiung-district (高雄市區公所)" in text and "taipei-bureau (臺北市一級機關)" in text


def test_a_closed_pipe_ends_quietly(demo_path: Path) -> None:
    env = {**os.environ, "PYTHONUTF8": "1"}
    gmdesk = subprocess.Popen([sys.executable, "-m", "gmdesk", "check", "--db", str(demo_path),
                               "--year", "115"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              env=env)
    assert gmdesk.stdout is not None and gmdesk.stderr is not None
    gmdesk.stdout.readline()
    gmdesk.stdout.close()  # what `| head -1` does
    err = gmdesk.stderr.read().decode()
    assert gmdesk.wait(timeout=60) == 0
    assert err == ""


def test_a_missing_print_font_is_one_line(demo_path: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(fonts, "_registered", None)
    monkeypatch.setattr(fonts, "_preferred", None)
    monkeypatch.setattr(fonts, "font_candidates", lambda *a, **k: [])  # a PC without any
    out = tmp_path / "r.pdf"
    assert main(["print", "reminders", "--db", str(demo_path), "--year", "115", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "找不到列印用的中文字型" in err and not out.exists()
