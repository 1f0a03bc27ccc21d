"""行事曆: the year's dates with weekday and state, links to the page that resolves each, the .ics."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from gmdesk.ui.context import AppContext
from gmdesk.ui.main_window import MainWindow
from gmdesk.ui.pages.calendar import CalendarPage
from gmdesk.ui.pages.overview import OverviewPage
from gmdesk.ui.runner import SyncRunner
from tests.conftest import THIS_YEAR, TODAY

DECEMBER = dt.date(2026, 12, 10)  # 115/12/10: the year's last deadlines are near


def make_page(qtbot: QtBot, db: Database, path: Path, today: dt.date = TODAY) -> CalendarPage:
    ctx = AppContext(db, path, THIS_YEAR, SyncRunner(), today=lambda: today)
    page = CalendarPage(ctx)
    qtbot.addWidget(page)
    page.resize(1180, 700)
    return page


def texts(page: CalendarPage, column: int) -> list[str]:
    model = page.model
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_the_page_lists_the_years_dates_in_roc_with_their_state(
        qtbot: QtBot, demo_db: Database, demo_path: Path, tmp_path: Path) -> None:
    page = make_page(qtbot, demo_db, demo_path)
    page.show()
    qtbot.wait(20)
    page.grab().save(str(tmp_path / "calendar.png"))
    assert "115年度行事曆" in page.heading.text()
    days = texts(page, 0)
    assert "115年9月15日（星期二）" in days
    assert days[-1] == "116年1月31日（星期日）"  # the year's report to the city
    titles = texts(page, 2)
    for needed in ("116年度性別預算編列情形表經小組審議後報送", "性別意識培力時數年度截止",
                   "對外CEDAW宣導至少2場", "115年第1次會議開會通知發出期限"):
        assert needed in titles
    states = dict(zip(titles, texts(page, 3), strict=True))
    assert states["性別意識培力時數年度截止"] == "37天後到期"
    assert states["115年第1次會議"] == "已完成"
    assert page.minimumSizeHint().width() < 1180


def test_filters_and_links_to_the_page_that_resolves_it(
        qtbot: QtBot, demo_db: Database, demo_path: Path) -> None:
    page = make_page(qtbot, demo_db, demo_path)
    everything = page.model.rowCount()
    page.show_box.setCurrentIndex(page.show_box.findData("open"))
    assert 0 < page.model.rowCount() < everything
    assert "已完成" not in texts(page, 3)
    targets: list[str] = []
    page.ctx.navigate.connect(targets.append)
    row = texts(page, 2).index("性別意識培力時數年度截止")
    page.view.selectRow(row)
    assert page.go_button.isEnabled()
    page.go_button.click()
    page.view.activated.emit(page.model.index(row, 0))
    assert targets == ["training", "training"]


def test_export_writes_an_ics_a_calendar_reads_back(
        qtbot: QtBot, demo_db: Database, demo_path: Path, tmp_path: Path) -> None:
    page = make_page(qtbot, demo_db, demo_path)
    page.export_ics(tmp_path / "115.ics")
    assert "已輸出" in page.result.text()
    cal = Calendar.from_ical((tmp_path / "115.ics").read_bytes())
    assert len(cal.walk("VEVENT")) == page.model.rowCount()
    page.export_ics(tmp_path / "115.txt")
    assert ".ics" in page.result.text() and not (tmp_path / "115.txt").exists()


def test_the_overview_shows_the_next_30_days_on_top(
        qtbot: QtBot, demo_db: Database, demo_path: Path, tmp_path: Path) -> None:
    ctx = AppContext(demo_db, demo_path, THIS_YEAR, SyncRunner(), today=lambda: DECEMBER)
    overview = OverviewPage(ctx)
    qtbot.addWidget(overview)
    overview.resize(1180, 760)
    overview.show()
    qtbot.waitUntil(lambda: overview.upcoming.count > 0)
    qtbot.wait(20)  # let the layout take the new texts before the picture
    overview.grab().save(str(tmp_path / "overview.png"))
    text = overview.upcoming.text()
    assert "接下來30天" in text
    assert "115年12月31日（星期四）" in text and "href='training'" in text
    assert "21天後到期" in text
    targets: list[str] = []
    ctx.navigate.connect(targets.append)
    overview.upcoming.linkActivated.emit("calendar")
    assert targets == ["calendar"]


def test_the_window_opens_the_calendar_from_a_link(
        qtbot: QtBot, demo_db: Database, demo_path: Path) -> None:
    ctx = AppContext(demo_db, demo_path, THIS_YEAR, SyncRunner(), today=lambda: TODAY)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.go_to(f"calendar:budget:{THIS_YEAR}")
    assert window.current_key() == "calendar"
    page = window.page("calendar")
    assert isinstance(page, CalendarPage)
    selected = page.selected()
    assert selected is not None and selected.key == f"budget:{THIS_YEAR}"


def test_the_calendar_takes_the_overviews_training_count_until_a_write_changes_it(
        qtbot: QtBot, demo_db: Database, demo_path: Path) -> None:
    """The calendar reuses 總覽's answer for the year (not counting 5,000 records twice), and
    never shows a count older than the last write."""
    from gmdesk.domain.model import Level, PersonId, TrainingId, TrainingRecord
    from gmdesk.services import calendar as calendar_service
    from gmdesk.services import overview as overview_service
    from gmdesk.services import training as training_service
    from gmdesk.ui.context import Change

    ctx = AppContext(demo_db, demo_path, THIS_YEAR, SyncRunner(), today=lambda: TODAY)
    overview = OverviewPage(ctx)
    qtbot.addWidget(overview)
    overview.show()
    qtbot.waitUntil(lambda: overview_service.remembered(demo_db, THIS_YEAR, TODAY) is not None)

    def training_state(page: CalendarPage) -> str:
        kinds = [e.kind.value for e in page.entries]
        return page.entries[kinds.index("training")].detail

    def fresh() -> str:
        entries = calendar_service.year_calendar(demo_db, THIS_YEAR, TODAY)
        return next(e for e in entries if e.kind.value == "training").detail

    overview.hide()  # as when the clerk opens 行事曆: 總覽 checks again when next shown
    page = CalendarPage(ctx)
    qtbot.addWidget(page)
    before = training_state(page)
    assert before == fresh() and "尚有" in before
    short = next(r for r in training_service.progress(demo_db, THIS_YEAR)
                 if not r.exempt and not r.complete)
    for day in range(1, 6):  # a clerk enters the make-up sessions, 4 hours a day
        done = next(r for r in training_service.progress(demo_db, THIS_YEAR)
                    if r.person.id == short.person.id)
        if done.complete:
            break
        training_service.save_record(demo_db, TrainingRecord(
            TrainingId(0), PersonId(short.person.id), f"性別主流化補訓{day}",
            dt.date(2026, 9, day), 4, level=Level.ADVANCED))
    ctx.changed(Change.TRAINING)  # what every write of the window announces
    # 總覽 is hidden: nothing checked since, and its answer is not for these records
    assert overview_service.remembered(demo_db, THIS_YEAR, TODAY) is None
    page.refresh()
    after = training_state(page)
    assert after == fresh() and after != before
