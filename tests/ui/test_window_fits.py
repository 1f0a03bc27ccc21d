"""The window fits a clerk's screen: 1366×768 at 100 %, 1920×1080 at 150 % (1280×720 logical).

Offscreen Qt does not hold a window to its screen, so the tests check what would not fit:
every page's minimumSizeHint, the window's, and whether visiting pages or showing a long title
makes the window grow. The important columns are checked in view without scrolling.
"""

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtWidgets import QScrollArea, QTableView, QTabWidget
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from gmdesk.services import events as event_service
from gmdesk.ui.context import AppContext
from gmdesk.ui.main_window import PAGES, MainWindow
from gmdesk.ui.runner import SyncRunner
from tests.conftest import THIS_YEAR, TODAY

SCREENS = {"1366x768": (1366, 768 - 40), "1280x720": (1280, 720 - 40)}  # less the taskbar


def make_window(qtbot: QtBot, db: Database, path: Path, size: tuple[int, int]) -> MainWindow:
    ctx = AppContext(db, path, THIS_YEAR, SyncRunner(), today=lambda: TODAY)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    return window


def column_in_view(view: QTableView, column: int) -> bool:
    header = view.horizontalHeader()
    return (not view.isColumnHidden(column)
            and header.sectionViewportPosition(column) >= 0
            and header.sectionViewportPosition(column) + header.sectionSize(column)
            <= view.viewport().width())


@pytest.mark.parametrize("screen", SCREENS)
def test_every_page_fits_and_the_window_never_grows(qtbot: QtBot, demo_db: Database,
                                                     demo_path: Path, tmp_path: Path,
                                                     screen: str) -> None:
    width, height = SCREENS[screen]
    window = make_window(qtbot, demo_db, demo_path, (width, height))
    for spec in PAGES:
        window.go_to(spec.key)
        page = window.page(spec.key)
        tabs = page.findChild(QTabWidget)
        for index in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
            qtbot.wait(1)
            hint = page.minimumSizeHint()
            # the room the window gives a page: less the navigation, header and status bar
            assert hint.width() <= width - window.nav.width() - 40, (spec.key, index, hint)
            assert hint.height() <= height - 140, (spec.key, index, hint)
            for area in page.findChildren(QScrollArea):  # forms scroll down, never sideways
                if area.isVisible():
                    assert area.horizontalScrollBar().maximum() == 0, (spec.key, index, area)
        assert window.grab().save(str(tmp_path / f"{screen}-{spec.key}.png"))
    minimum = window.minimumSizeHint()
    assert minimum.width() <= 1280 and minimum.height() <= 512  # 1366×768 at 150 % too
    assert window.size().toTuple() == (width, height)


def test_a_long_event_title_is_cut_with_a_tooltip_and_does_not_widen_anything(
        qtbot: QtBot, demo_db: Database, demo_path: Path) -> None:
    event = event_service.list_year(demo_db, THIS_YEAR)[0]
    long_title = "婦女節CEDAW闖關活動暨性別平等與多元文化宣導園遊會" * 4
    event_service.save_event(demo_db, dataclasses.replace(event, title=long_title),
                             year=THIS_YEAR)
    window = make_window(qtbot, demo_db, demo_path, SCREENS["1366x768"])
    window.go_to("events")
    page = window.page("events")
    assert page.hint.isVisible()  # nothing chosen: a hint, not a grey empty form
    before = page.minimumSizeHint().width()
    page.focus_record(str(event.id))
    assert not page.hint.isVisible() and page.form.isVisible()
    assert page.heading.toolTip().endswith(long_title)
    assert page.heading.width() < page.heading.fontMetrics().horizontalAdvance(long_title)
    assert page.minimumSizeHint().width() == before
    assert window.size().toTuple() == SCREENS["1366x768"]


def test_the_roster_and_the_attendance_show_what_matters_without_scrolling(
        qtbot: QtBot, demo_db: Database, demo_path: Path) -> None:
    window = make_window(qtbot, demo_db, demo_path, SCREENS["1366x768"])
    window.go_to("group")
    group = window.page("group")
    headers = [group.model.headerData(c, group.table.horizontalHeader().orientation())
               for c in range(group.model.columnCount())]
    for name in ("角色", "聘任日", "任期屆滿", "狀態"):
        assert column_in_view(group.table, headers.index(name)), name
    window.go_to("meetings")
    meetings = window.page("meetings")
    meetings.tabs.setCurrentIndex(1)
    view = meetings.attendance.attend_view
    assert column_in_view(view, 6)  # 出席費
    rows = meetings.attend_model.rowCount()
    assert rows == 9
    assert view.rowViewportPosition(rows - 1) + view.rowHeight(rows - 1) <= view.viewport().height()
