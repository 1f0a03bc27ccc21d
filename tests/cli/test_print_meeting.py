"""`gmdesk print notice|signin|minutes --meeting 114-1`."""

import subprocess
from pathlib import Path

import pytest

from gmdesk.cli import main


@pytest.mark.parametrize(("form", "words"), [
    ("notice", "開會通知單"), ("signin", "114年第1次會議簽到表"), ("minutes", "114年第1次會議紀錄"),
])
def test_print_each_form(demo_path: Path, tmp_path: Path, form: str, words: str,
                         capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / f"{form}.pdf"
    code = main(["print", form, "--db", str(demo_path), "--meeting", "114-1", "--out", str(out),
                 "--today", "2026-11-24"])
    assert code == 0
    assert str(out) in capsys.readouterr().out
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert words in text and "114年3月12日（星期三）" in text


@pytest.mark.parametrize(("code", "message"), [
    ("114-9", "找不到114年第9次會議（114年度已有：114-1、114-2）"),
    ("114", "不是會議編號"),
])
def test_unknown_meeting_is_one_clear_line(demo_path: Path, tmp_path: Path, code: str,
                                           message: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.pdf"
    assert main(["print", "minutes", "--db", str(demo_path), "--meeting", code,
                 "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert not out.exists()
