"""會議 page: list, editor, quorum shown live, validation next to the form, forms rendered."""

import subprocess
from pathlib import Path

from PySide6.QtGui import QShortcut
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from gmdesk.domain.model import AttendanceStatus
from gmdesk.storage import meetings as store
from gmdesk.ui.context import AppContext
from gmdesk.ui.pages.meetings import MeetingsPage
from gmdesk.ui.runner import SyncRunner
from tests.conftest import TODAY


def page_for(qtbot: QtBot, demo_db: Database, demo_path: Path, year: int = 115) -> MeetingsPage:
    ctx = AppContext(demo_db, demo_path, year, SyncRunner(), today=lambda: TODAY)
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1180, 760)
    page.show()
    return page


def test_opens_latest_meeting_with_quorum(qtbot: QtBot, demo_db: Database, demo_path: Path,
                                          qapp: object) -> None:
    page = page_for(qtbot, demo_db, demo_path)
    assert page.list_model.rowCount() == 1
    assert page.day.text() == "115/04/15"
    assert "法定人數：達到" in page.quorum_label.text()
    assert page.progress_model.rowCount() == 2
    # Mark members absent one by one through the model: the status turns red below half.
    index = page.attend_model.index
    for row in range(5):
        page.attend_model.setData(index(row, 4), AttendanceStatus.LEAVE.value)
    assert "法定人數：未達" in page.quorum_label.text()
    assert page._dirty


def test_new_meeting_validation_then_save_and_print(qtbot: QtBot, demo_db: Database,
                                                    demo_path: Path, qapp: object,
                                                    tmp_path: Path) -> None:
    page = page_for(qtbot, demo_db, demo_path)
    keys = {s.key().toString() for s in page.findChildren(QShortcut)}
    assert {"Ctrl+N", "Ctrl+S", "Ctrl+P"} <= keys
    page.new_button.click()
    assert page._meeting_id is None and page.seq.value() == 2
    assert page.attend_model.rowCount() == 9
    page.day.setText("116/01/05")
    page.save_button.click()
    assert "不在115年度內" in page.error.text()
    assert len(store.list_meetings(demo_db, 115)) == 1
    page.day.setText("115/06/10")
    page.day.textEdited.emit("115/06/10")
    page.attend_model.setData(page.attend_model.index(1, 5), "林代理")
    page.save_button.click()
    assert "不能同時填寫代理人" in page.error.text()
    assert page.tabs.currentIndex() == 1
    page.attend_model.setData(page.attend_model.index(1, 4), AttendanceStatus.PROXY.value)
    assert page.save()
    assert [m.code for m in store.list_meetings(demo_db, 115)] == ["115-1", "115-2"]
    path = page.write_form("minutes", tmp_path)
    assert path is not None
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "115年第2次會議紀錄" in text and "115年6月10日（星期三）" in text
    assert "代理1人" in text.replace("\n", "")


def test_follow_ups_fit_without_sideways_scrolling(qtbot: QtBot, demo_db: Database,
                                                   demo_path: Path) -> None:
    page = page_for(qtbot, demo_db, demo_path)
    page.resize(1100, 640)  # what the page gets in a 1280×720 window, beside the page list
    page.tabs.setCurrentIndex(3)
    view = page.progress.progress_view
    qtbot.waitUntil(lambda: view.isVisible())
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() <= view.viewport().width())
    assert view.horizontalScrollBar().maximum() == 0  # 決定 in view at once
    assert header.sectionSize(5) >= 80


def test_the_first_visit_is_built_at_once_and_the_year_arrives_from_the_runner(
        qtbot: QtBot, demo_db: Database, demo_path: Path, qapp: object) -> None:
    from tests.ui.deferred import DeferredRunner

    runner = DeferredRunner()
    page = MeetingsPage(AppContext(demo_db, demo_path, 115, runner, today=lambda: TODAY))
    qtbot.addWidget(page)
    assert page.list_model.rowCount() == 0 and runner.pending  # nothing read on the UI thread
    assert runner.finish() == 1
    assert page.list_model.rowCount() == 1 and page.day.text() == "115/04/15"
    assert "法定人數：達到" in page.quorum_label.text() and not page.dirty

    earlier = store.list_meetings(demo_db, 114)[0]
    page.ctx.set_year(114)  # a 「meeting:N」 link right after the year changed
    assert len(store.list_meetings(demo_db, 114)) > 1  # not the latest, which opens by itself
    page.focus_record(str(earlier.id))
    runner.finish()
    assert page.record_id == earlier.id and not page.dirty
    assert page.day.text().startswith("114/")
