import json
import re
import string
import subprocess
import sys
from pathlib import Path

import pytest

from gmdesk.cli import main


def run(*args: str | Path) -> int:
    return main([str(a) for a in args])


def test_demo_then_check_json_lists_every_duty(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.gmdesk"
    assert run("demo", "--db", db, "--today", "2026-11-24") == 0
    capsys.readouterr()
    assert run("check", "--db", db, "--year", "115", "--json", "--today", "2026-11-24") == 0
    report = json.loads(capsys.readouterr().out)
    assert [d["id"] for d in report["duties"]] == ["group", "meetings", "training", "outreach",
                                                    "measures", "impact", "statistics", "budget",
                                                    "committees"]
    for duty in report["duties"]:
        assert duty["status"] in ("ok", "warn", "fail")
        assert duty["reasons"] and all(isinstance(r, str) for r in duty["reasons"])
        assert len(duty["reason_codes"]) == len(duty["reasons"])
        assert all(r["code"] for r in duty["reason_codes"])
    outreach = next(d for d in report["duties"] if d["id"] == "outreach")
    assert outreach["status"] != "ok"
    # Each reason carries its code and figures next to the official zh-TW text.
    index, short = next((i, r) for i, r in enumerate(outreach["reason_codes"])
                        if r["code"] == "outreach.few")
    assert short["params"] == {"n": 1, "minimum": 2, "more": 1}
    assert outreach["reasons"][index] == "對外CEDAW宣導1場，應至少2場：尚需辦理1場"
    budget = next(d for d in report["duties"] if d["id"] == "budget")
    assert budget["summary_phrase"]["params"]["filed"] == "2026-09-10"  # dates as ISO
    group = next(d for d in report["duties"] if d["id"] == "group")
    ending = next(r for r in group["reason_codes"] if r["code"] == "group.term_ending")
    assert ending["params"]["role"] == {"code": "group.role", "params": {"role": "appointed"}}


def test_check_speaks_the_language_given_by_lang(tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.gmdesk"
    assert run("demo", "--db", db, "--today", "2026-11-24") == 0
    capsys.readouterr()
    assert run("check", "--db", db, "--year", "115", "--today", "2026-11-24") == 0
    chinese = capsys.readouterr().out
    assert "! CEDAW宣導：需注意　對外宣導1場，觸及91人（男34、女57、其他0）" in chinese
    assert "    - 對外CEDAW宣導1場，應至少2場：尚需辦理1場" in chinese
    assert run("--lang", "en", "check", "--db", db, "--year", "115", "--today",
               "2026-11-24") == 0
    english = capsys.readouterr().out
    assert "! CEDAW outreach: Needs attention" in english
    assert "at least 2 required: 1 more to hold" in english
    assert "term ends on 31 Dec 2026 (in 37 days)" in english
    # What is left in Chinese is data (names, titles, a committee's reason as typed), never
    # a piece of the zh-TW wording.
    from gmdesk.domain import texts

    pieces = {piece for template in texts.ZH.values()
              for piece, *_ in string.Formatter().parse(template) if len(piece) > 3}
    assert [p for p in pieces if p in english] == []
    assert not {"需注意", "已完成", "未達成", "執行小組組成"} & set(re.split(r"[ :]+", english))


def test_gregorian_year_is_accepted(demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("check", "--db", demo_path, "--year", "2025", "--json") == 0
    assert json.loads(capsys.readouterr().out)["year"] == 114


def test_json_export_import_export_is_identical(demo_path: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    copy = tmp_path / "copy.gmdesk"
    assert run("export", "json", "--db", demo_path, "--out", first) == 0
    assert run("import", "json", "--db", copy, first) == 0
    assert run("export", "json", "--db", copy, "--out", second) == 0
    data = json.loads(first.read_text(encoding="utf-8"))
    again = json.loads(second.read_text(encoding="utf-8"))
    # Identical but for when each was made (the submission object records it).
    data_made, again_made = data["submission"].pop("made_at"), again["submission"].pop("made_at")
    assert data_made <= again_made
    assert data == again
    assert first.read_bytes().replace(data_made.encode(), b"") == \
        second.read_bytes().replace(again_made.encode(), b"")
    assert data["format"] == "gmdesk-office" and data["version"] == 2
    assert data["tables"]["photo"][0]["data"]["base64"]


def test_bad_input_is_one_line_exit_1_and_writes_nothing(tmp_path: Path, demo_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "gmdesk-office", "version": 1, "tables": {"person": [{"id": 1}]}}',
                      encoding="utf-8")
    target = tmp_path / "new.gmdesk"
    assert run("import", "json", "--db", target, broken) == 1
    err = capsys.readouterr().err
    assert "資料表「人員」（person）第 1 筆，欄位 name：值 null 缺少這個必填欄位" in err
    assert "Traceback" not in err
    assert not target.exists()

    assert run("check", "--db", tmp_path / "missing.gmdesk", "--year", "115") == 1
    assert "找不到資料檔" in capsys.readouterr().err
    assert run("--lang", "en", "check", "--db", tmp_path / "missing.gmdesk", "--year", "115") == 1
    assert capsys.readouterr().err.startswith("gmdesk: Data file \"")
    assert not (tmp_path / "missing.gmdesk").exists()

    assert run("check", "--db", demo_path, "--year", "明年") == 1
    assert capsys.readouterr().err == (
        "gmdesk: 「明年」不是年度：請寫民國年（如 114）或西元年（如 2025）\n")
    assert run("--lang", "en", "check", "--db", demo_path, "--year", "明年") == 1
    assert capsys.readouterr().err == ("gmdesk: \"明年\" is not a year: write the ROC year "
                                       "(e.g. 114) or the Gregorian year (e.g. 2025)\n")

    text_file = tmp_path / "notes.gmdesk"
    text_file.write_text("hello", encoding="utf-8")
    assert run("check", "--db", text_file, "--year", "115") == 1
    assert "不是 SQLite" in capsys.readouterr().err
    assert text_file.read_text(encoding="utf-8") == "hello"

    assert run("import", "json", "--db", demo_path, tmp_path / "a.json") == 1
    assert "找不到" in capsys.readouterr().err


def test_demo_refuses_a_file_with_an_office(demo_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    before = demo_path.read_bytes()
    assert run("demo", "--db", demo_path) == 1
    assert "已有機關資料" in capsys.readouterr().err
    assert demo_path.read_bytes() == before


def test_usage_errors_exit_2() -> None:
    result = subprocess.run([sys.executable, "-m", "gmdesk", "check"], capture_output=True,
                            text=True, stdin=subprocess.DEVNULL)
    assert result.returncode == 2
    assert "--year" in result.stderr


@pytest.mark.parametrize(("argv", "said"), [
    (["frobnicate"], "「frobnicate」不是 gmdesk 的指令"),
    (["print", "minutes"], "缺少必要的參數：--meeting\n"),  # --out has a default name
    (["check", "--year"], "參數 --year 後面要寫一個值"),
    (["check", "--year", "114", "--bogus", "1"], "無法辨識的參數：--bogus 1"),
])
def test_a_mistyped_command_is_answered_in_chinese(argv: list[str], said: str,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(argv)
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert said in err
    assert "error:" not in err and "usage:" not in err and err.startswith("用法：")
