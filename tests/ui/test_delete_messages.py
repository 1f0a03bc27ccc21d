"""A delete question tells the clerk where the record goes: the 資源回收筒, from which it comes back."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from gmdesk.services.meetings import list_rows
from gmdesk.ui.context import AppContext
from gmdesk.ui.pages.meetings import MeetingsPage
from gmdesk.ui.runner import SyncRunner
from tests.conftest import LAST_YEAR, TODAY


def test_deleting_a_meeting_says_it_goes_to_the_trash(
        qtbot: QtBot, demo_db: Database, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def question(_parent: QWidget, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    ctx = AppContext(demo_db, demo_path, LAST_YEAR, SyncRunner(), today=lambda: TODAY)
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    rows = list_rows(demo_db, LAST_YEAR)
    page.open_meeting(rows[0].meeting.id)
    page.delete_meeting()
    assert asked and "資源回收筒" in asked[-1]
    assert "無法復原" not in asked[-1]
    assert len(list_rows(demo_db, LAST_YEAR)) == len(rows)  # 否: nothing deleted
