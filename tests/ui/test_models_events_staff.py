"""Qt's own model checks (pytest-qt's qtmodeltester) over the table models the pages show."""

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from gmdesk.ui.context import AppContext
from gmdesk.ui.runner import SyncRunner
from tests.conftest import TODAY


def _ctx(demo_db: Database, demo_path: Path) -> AppContext:
    return AppContext(demo_db, demo_path, 115, SyncRunner(), today=lambda: TODAY)


def test_the_events_list_model_passes_qts_checks_filtered_and_sorted(
        qtbot: QtBot, qtmodeltester: Any, demo_db: Database, demo_path: Path) -> None:
    from gmdesk.ui.pages.events import EventsPage

    page = EventsPage(_ctx(demo_db, demo_path))
    qtbot.addWidget(page)
    assert page.model.rowCount() == 3
    qtmodeltester.check(page.model)
    page.kind_filter.setCurrentIndex(2)
    page.model.sort(2)
    qtmodeltester.check(page.model)


def test_every_staff_table_model_passes_qts_checks(
        qtbot: QtBot, qtmodeltester: Any, demo_db: Database, demo_path: Path) -> None:
    from gmdesk.ui.pages.staff import StaffPage

    page = StaffPage(_ctx(demo_db, demo_path))
    qtbot.addWidget(page)
    page.roster_tab.roster_view.selectRow(0)
    models = [page.roster_tab.roster_model, page.roster_tab.records_model]
    for index, model in ((1, page.progress_tab.progress_model),
                         (2, page.completion_tab.completion_model),
                         (3, page.courses_tab.course_model)):
        page.tabs.setCurrentIndex(index)
        models.append(model)
    for model in models:
        assert model.rowCount() > 0
        qtmodeltester.check(model)
