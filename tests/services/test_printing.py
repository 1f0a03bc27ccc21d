"""The print services the window and the CLI share: they read, never write."""

import subprocess
from pathlib import Path

import pytest
from sqlite_utils import Database

from gmdesk.domain.errors import InputError
from gmdesk.services import printing
from gmdesk.services.events import list_year
from gmdesk.services.meetings import list_rows
from tests.conftest import LAST_YEAR, TODAY


def _text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _counts(db: Database) -> tuple[int, int, int]:
    return tuple(db[t].count for t in ("meeting", "attendance", "event"))  # type: ignore[return-value]


WORDS = {"notice": "會議開會通知單", "signin": "會議簽到表", "minutes": "會議紀錄"}


def test_the_three_forms_of_a_saved_meeting(demo_db: Database, tmp_path: Path) -> None:
    before = _counts(demo_db)
    meeting = list_rows(demo_db, LAST_YEAR)[0].meeting
    for form in printing.MEETING_FORMS:
        name = printing.meeting_form_file(demo_db, meeting.id, form)
        assert name == f"{meeting.year}年第{meeting.seq}次{WORDS[form]}.pdf"
        out = printing.print_meeting_form(demo_db, meeting.id, form, tmp_path / name, TODAY)
        assert f"第{meeting.seq}次" in _text(out)
    assert _counts(demo_db) == before


def test_a_deleted_or_unsaved_meeting_is_said_not_created(demo_db: Database,
                                                           tmp_path: Path) -> None:
    before = _counts(demo_db)
    with pytest.raises(InputError, match="找不到會議"):
        printing.print_meeting_form(demo_db, 9999, "minutes", tmp_path / "x.pdf", TODAY)
    with pytest.raises(InputError, match="notice"):
        printing.print_meeting_form(demo_db, 1, "agenda", tmp_path / "x.pdf", TODAY)
    assert _counts(demo_db) == before
    assert not (tmp_path / "x.pdf").exists()


def test_event_report_and_year_collection(demo_db: Database, tmp_path: Path) -> None:
    event = list_year(demo_db, LAST_YEAR)[0]
    report = printing.print_event_report(demo_db, event.id, tmp_path / "one.pdf")
    assert event.title in _text(report).replace("\n", "")
    collection = printing.print_outreach_collection(demo_db, LAST_YEAR, tmp_path / "year.pdf",
                                                    TODAY)
    assert "宣導" in _text(collection)
