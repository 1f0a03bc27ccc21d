import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from gmdesk.services.meetings import delete_meeting
from gmdesk.storage import meetings
from gmdesk.ui.context import AppContext
from gmdesk.ui.runner import SyncRunner
from gmdesk.ui.trash_dialog import TrashDialog
from tests.conftest import LAST_YEAR, THIS_YEAR, TODAY


def test_a_deleted_meeting_comes_back_whole(qtbot: QtBot, demo_db: Database, demo_path: Path,
                                            tmp_path: Path) -> None:
    meeting = meetings.find_meeting(demo_db, LAST_YEAR, 1)
    assert meeting is not None
    attendance = len(meetings.list_attendance(demo_db, meeting.id))
    items = len(meetings.list_items(demo_db, meeting.id))
    delete_meeting(demo_db, meeting.id, dt.datetime(2026, 11, 24, 10, 0))
    assert meetings.find_meeting(demo_db, LAST_YEAR, 1) is None

    ctx = AppContext(demo_db, demo_path, THIS_YEAR, SyncRunner(), today=lambda: TODAY)
    dialog = TrashDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    assert "114年第1次會議" in dialog.model.record(0).label
    dialog.grab().save(str(tmp_path / "trash.png"))
    assert dialog.restore_selected()
    back = meetings.find_meeting(demo_db, LAST_YEAR, 1)
    assert back is not None
    assert len(meetings.list_attendance(demo_db, back.id)) == attendance
    assert len(meetings.list_items(demo_db, back.id)) == items
    assert dialog.model.rowCount() == 0
