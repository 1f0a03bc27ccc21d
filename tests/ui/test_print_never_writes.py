"""Printing reads only: a print button never creates or changes a meeting without the clerk's 儲存."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from gmdesk.services.meetings import list_rows
from gmdesk.services.settings import create_office
from gmdesk.ui import pdf_preview
from gmdesk.ui.context import AppContext
from gmdesk.ui.pages.meetings import MeetingsPage
from gmdesk.ui.runner import SyncRunner
from tests.conftest import TODAY

YEAR = TODAY.year - 1911


def _page(qtbot: QtBot, db: Database, path: Path) -> MeetingsPage:
    page = MeetingsPage(AppContext(db, path, YEAR, SyncRunner(), today=lambda: TODAY))
    qtbot.addWidget(page)
    page.show()
    return page


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: QWidget, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def _shown(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    shown: list[Path] = []
    monkeypatch.setattr(pdf_preview, "show_pdf", lambda _p, path, *_: shown.append(path))
    return shown


def test_minutes_on_a_new_office_ask_first_and_cancel_saves_nothing(
        qtbot: QtBot, db: Database, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    create_office(db, "高雄市測試區公所", "高雄市", "kaohsiung_district", YEAR)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    shown = _shown(monkeypatch)
    page = _page(qtbot, db, db_path)
    page.form_buttons["minutes"].click()
    assert asked and "尚未儲存" in asked[-1]
    assert list_rows(db, YEAR) == []  # no 「第1次會議」 appeared
    assert shown == []


def test_printing_an_edited_meeting_saves_only_when_the_clerk_says_so(
        qtbot: QtBot, demo_db: Database, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _shown(monkeypatch)
    page = _page(qtbot, demo_db, demo_path)
    before = [(r.meeting.code, r.meeting.day) for r in list_rows(demo_db, YEAR)]
    page.new_button.click()
    page.day.setText(f"{YEAR}/06/10")
    page.day.textEdited.emit(f"{YEAR}/06/10")
    _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    page.form_buttons["notice"].click()
    assert [(r.meeting.code, r.meeting.day) for r in list_rows(demo_db, YEAR)] == before
    assert shown == []
    _answer(monkeypatch, QMessageBox.StandardButton.Save)
    page.form_buttons["notice"].click()
    seqs = [r.meeting.seq for r in list_rows(demo_db, YEAR)]
    assert len(seqs) == len(before) + 1
    assert len(shown) == 1 and shown[0].name == f"{YEAR}年第{seqs[-1]}次會議開會通知單.pdf"
    assert shown[0].stat().st_size > 1000
