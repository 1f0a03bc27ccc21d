from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from gmdesk.storage import office
from gmdesk.ui.context import AppContext, Change
from gmdesk.ui.main_window import PAGES, MainWindow
from gmdesk.ui.pages.overview import OverviewPage
from gmdesk.ui.pages.settings import SettingsPage
from gmdesk.ui.runner import SyncRunner
from tests.conftest import LAST_YEAR, THIS_YEAR, TODAY


def make_window(qtbot: QtBot, db: Database, path: Path) -> MainWindow:
    ctx = AppContext(db, path, THIS_YEAR, SyncRunner(), today=lambda: TODAY)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1180, 760)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_window_opens_on_the_overview_and_names_the_file(qtbot: QtBot, demo_db: Database,
                                                          demo_path: Path, tmp_path: Path) -> None:
    window = make_window(qtbot, demo_db, demo_path)
    assert window.nav.count() == len(PAGES) == 12
    assert window.current_key() == "overview"
    assert str(demo_path) in window.file_label.text()
    assert "高雄市海濱區公所" in window.windowTitle()
    overview = window.page("overview")
    assert isinstance(overview, OverviewPage)
    card = overview.cards
    texts = " ".join(c.findings.text() for c in card.values())
    assert "尚需辦理1場" in texts  # the demo's deliberate outreach gap
    shot = tmp_path / "main_window.png"
    assert window.grab().save(str(shot))
    assert shot.stat().st_size > 10_000


def test_keyboard_reaches_every_page_and_year(qtbot: QtBot, demo_db: Database,
                                              demo_path: Path) -> None:
    window = make_window(qtbot, demo_db, demo_path)
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "statistics"
    window.nav.setCurrentRow(len(PAGES) - 1)  # the pages after Ctrl+9: by the list
    assert window.current_key() == "settings"
    qtbot.keyClick(window.nav, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "overview"
    qtbot.keyClick(window.nav, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.ctx.year == LAST_YEAR
    overview = window.page("overview")
    assert isinstance(overview, OverviewPage)
    assert f"{LAST_YEAR}年度" in overview.heading.text()


def test_clicking_a_finding_opens_the_page_that_fixes_it(qtbot: QtBot, demo_db: Database,
                                                         demo_path: Path) -> None:
    window = make_window(qtbot, demo_db, demo_path)
    window.ctx.navigate.emit("events")
    assert window.current_key() == "events"
    window.ctx.navigate.emit("meeting:1")
    assert window.current_key() == "meetings"


def test_settings_save_validates_and_saves_everything_or_nothing(qtbot: QtBot, demo_db: Database,
                                                                 demo_path: Path) -> None:
    ctx = AppContext(demo_db, demo_path, THIS_YEAR, SyncRunner(), today=lambda: TODAY)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.name.setText("")
    page.outreach_per_year.setValue(3)
    assert not page.save()
    assert "機關名稱" in page.error.text()
    assert office.preset_for(demo_db, THIS_YEAR).outreach_per_year == 2  # nothing saved
    page.name.setText("高雄市海濱區公所")
    page.year_from.setValue(THIS_YEAR)
    assert page.save()
    assert office.preset_for(demo_db, THIS_YEAR).outreach_per_year == 3
    assert office.preset_for(demo_db, LAST_YEAR).outreach_per_year == 2  # as of the year checked


def test_the_postcode_is_a_setting_the_notice_prints(qtbot: QtBot, demo_db: Database,
                                                    demo_path: Path) -> None:
    from gmdesk.services import settings

    ctx = AppContext(demo_db, demo_path, THIS_YEAR, SyncRunner(), today=lambda: TODAY)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    assert page.postcode.text() == "80543"  # the demo office's
    page.postcode.setText("8054")
    assert not page.save()
    assert "郵遞區號「8054」" in page.error.text()
    assert settings.get_postcode(demo_db) == "80543"  # nothing saved
    page.postcode.setText("805-012")
    assert page.save()
    assert settings.get_postcode(demo_db) == "805012"


def test_no_text_in_the_window_is_cut_to_tofu(qtbot: QtBot, demo_db: Database,
                                              demo_path: Path) -> None:
    from PySide6.QtGui import QFontMetrics

    window = make_window(qtbot, demo_db, demo_path)
    for label in window.findChildren(QLabel):
        metrics = QFontMetrics(label.font())
        for char in set(label.text()) - set("<>/='\":;#- ."):
            if ord(char) > 0x2E80:
                assert metrics.inFontUcs4(ord(char)), f"{char!r} has no glyph in {label.font().family()}"


def test_a_hidden_page_catches_up_with_the_year_when_shown(qtbot: QtBot, demo_db: Database,
                                                           demo_path: Path) -> None:
    window = make_window(qtbot, demo_db, demo_path)
    window.go_to("meetings")
    meetings = window.page("meetings")
    assert f"{THIS_YEAR}年度會議" in meetings.year_label.text()  # type: ignore[attr-defined]
    window.go_to("budget")
    budget = window.page("budget")
    assert budget.budget_year == THIS_YEAR + 1  # type: ignore[attr-defined]
    window.go_to("overview")
    window.ctx.set_year(LAST_YEAR)
    # Hidden behind 總覽, the meetings and budget pages have not reloaded yet ...
    assert f"{THIS_YEAR}年度會議" in meetings.year_label.text()  # type: ignore[attr-defined]
    assert budget.budget_year == THIS_YEAR + 1  # type: ignore[attr-defined]
    window.go_to("meetings")
    # ... and show the year in view as soon as the clerk opens them.
    assert f"{LAST_YEAR}年度會議" in meetings.year_label.text()  # type: ignore[attr-defined]
    window.go_to("budget")
    assert budget.budget_year == LAST_YEAR + 1  # type: ignore[attr-defined]
    assert budget.year_spin.value() == LAST_YEAR + 1  # type: ignore[attr-defined]


def test_a_reopened_office_shows_its_remembered_overview_without_checking_again(
        qtbot: QtBot, demo_db: Database, demo_path: Path) -> None:
    from gmdesk.services import overview as overview_service

    checked = overview_service.year_overview(demo_db, THIS_YEAR, TODAY)  # the last start's

    class Counting(SyncRunner):
        def __init__(self) -> None:
            super().__init__()
            self.ops = 0

        def op(self, *args: object, **kwargs: object) -> None:
            self.ops += 1
            super().op(*args, **kwargs)  # type: ignore[arg-type]

    runner = Counting()
    ctx = AppContext(demo_db, demo_path, THIS_YEAR, runner, today=lambda: TODAY)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    page = window.page("overview")
    assert isinstance(page, OverviewPage)
    window.show()
    done = sum(r.status.value == "ok" for r in checked.results)
    assert f"{done} / {len(checked.results)}" in page.heading.text()
    assert "尚需辦理1場" in " ".join(c.findings.text() for c in page.cards.values())
    qtbot.wait(100)
    assert runner.ops == 0  # the remembered answer is what the check would say

    demo_db.execute("DELETE FROM training")  # changed: nothing remembered fits
    window.ctx.changed(Change.TRAINING)
    assert runner.ops == 1  # checked at once
    assert "尚需辦理1場" in " ".join(c.findings.text() for c in page.cards.values())


def test_a_remembered_answer_that_cannot_be_shown_is_checked_instead(
        qtbot: QtBot, demo_db: Database, demo_path: Path, monkeypatch: object) -> None:
    import dataclasses

    import pytest

    from gmdesk.domain.texts import Phrase
    from gmdesk.services import overview as overview_service

    checked = overview_service.year_overview(demo_db, THIS_YEAR, TODAY)
    first = checked.results[0]
    unsayable = dataclasses.replace(checked, results=[
        dataclasses.replace(first, summary_phrase=Phrase("no.such.phrase")),
        *checked.results[1:]])
    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setattr(overview_service, "remembered", lambda *a: unsayable)
    window = make_window(qtbot, demo_db, demo_path)
    page = window.page("overview")
    assert isinstance(page, OverviewPage)
    assert f"{THIS_YEAR}年度辦理情形" in page.heading.text()  # from the check it ran
    assert "尚需辦理1場" in " ".join(c.findings.text() for c in page.cards.values())


def test_a_start_shows_the_window_with_the_years_overview_and_never_larger_than_the_screen(
        qtbot: QtBot, demo_db: Database, demo_path: Path) -> None:
    ctx = AppContext(demo_db, demo_path, THIS_YEAR, SyncRunner(), today=lambda: TODAY)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    shown: list[bool] = []
    window.show_when_ready(lambda: shown.append(window.isVisible()))
    qtbot.waitUntil(lambda: bool(shown))
    overview = window.page("overview")
    assert isinstance(overview, OverviewPage)
    assert shown == [True] and overview.heading.text()  # shown once, with the year's check
    area = window.screen().availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()


def test_the_other_pages_code_loads_after_the_first_paint(
        qtbot: QtBot, demo_db: Database, demo_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    import gmdesk.ui.main_window as main_window

    (tmp_path / "gmdesk_probe_page.py").write_text("LOADED = True\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "gmdesk_probe_page", raising=False)
    ctx = AppContext(demo_db, demo_path, THIS_YEAR, SyncRunner(), today=lambda: TODAY)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    probe = main_window.PageSpec("probe", "probe", "gmdesk_probe_page", "Nothing")
    monkeypatch.setattr(main_window, "PAGES", (*main_window.PAGES, probe))
    at_show: list[bool] = []
    window.show_when_ready(lambda: at_show.append("gmdesk_probe_page" in sys.modules))
    qtbot.waitUntil(lambda: bool(at_show))
    assert at_show == [False]  # nothing loads before the window is painted
    qtbot.waitUntil(lambda: "gmdesk_probe_page" in sys.modules, timeout=5000)
    monkeypatch.delitem(sys.modules, "gmdesk_probe_page")
