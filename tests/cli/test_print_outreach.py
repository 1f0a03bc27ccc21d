"""`gmdesk print outreach --event ID | --year Y`."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from gmdesk.cli import main
from gmdesk.services import events as svc
from gmdesk.storage.db import open_db


def text_of(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return "".join(out.split())


def test_prints_one_event_and_the_year(demo_path: Path, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    db = open_db(demo_path)
    event = next(e for e in svc.list_year(db, 115) if svc.list_photos(db, e.id))
    db.close()
    one = tmp_path / "one.pdf"
    assert main(["print", "outreach", "--db", str(demo_path), "--event", str(event.id),
                 "--out", str(one)]) == 0
    assert "已輸出" in capsys.readouterr().out
    assert "115年度CEDAW宣導活動成果報告" in text_of(one) and event.title in text_of(one)
    year = tmp_path / "year.pdf"
    assert main(["print", "outreach", "--db", str(demo_path), "--year", "2026",
                 "--out", str(year), "--today", "2026-11-24"]) == 0
    assert "115年度CEDAW宣導統計表" in text_of(year)


@pytest.mark.parametrize(("args", "message"), [
    (["--event", "999"], "找不到編號 999 的活動"),
    (["--event", "abc"], "不是活動編號"),
    (["--year", "90"], "90年度沒有CEDAW宣導"),
    (["--year", "去年"], "不是年度"),
])
def test_bad_selection_is_one_line_on_stderr(demo_path: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str],
                                             args: list[str], message: str) -> None:
    out = tmp_path / "x.pdf"
    assert main(["print", "outreach", "--db", str(demo_path), *args, "--out", str(out)]) == 1
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_event_and_year_are_exclusive(demo_path: Path) -> None:
    with pytest.raises(SystemExit):
        main(["print", "outreach", "--db", str(demo_path), "--event", "1", "--year", "115",
              "--out", "x.pdf"])
