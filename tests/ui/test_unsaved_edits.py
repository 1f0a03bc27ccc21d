"""Nothing a clerk typed is dropped without the 儲存／放棄／取消 question, on every editor page."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from gmdesk.services.group import roster
from gmdesk.ui.context import AppContext, Change
from gmdesk.ui.main_window import MainWindow
from gmdesk.ui.pages.group import GroupPage
from gmdesk.ui.pages.meetings import MeetingsPage
from gmdesk.ui.runner import SyncRunner
from tests.conftest import LAST_YEAR, THIS_YEAR, TODAY

Button = QMessageBox.StandardButton


class Answers:
    """Stands in for the clerk at QMessageBox.question: records each question, gives `reply`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, reply: QMessageBox.StandardButton) -> None:
        self.reply = reply
        self.asked: list[str] = []
        monkeypatch.setattr(QMessageBox, "question", self)

    def __call__(self, _parent: QWidget, _title: str, text: str, *args: object) -> object:
        self.asked.append(text)
        return self.reply


def _window(qtbot: QtBot, db: Database, path: Path) -> MainWindow:
    window = MainWindow(AppContext(db, path, THIS_YEAR, SyncRunner(), today=lambda: TODAY))
    qtbot.addWidget(window)
    window.show()
    return window


def _edit_place(page: MeetingsPage, text: str) -> None:
    page.place.setText(text)
    page.place.textEdited.emit(text)


def test_switching_year_asks_and_cancel_keeps_year_and_edit(
        qtbot: QtBot, demo_db: Database, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, demo_db, demo_path)
    window.go_to("meetings")
    page = window.page("meetings")
    assert isinstance(page, MeetingsPage)
    _edit_place(page, "本所5樓大禮堂")
    answers = Answers(monkeypatch, Button.Cancel)
    window.year_box.setCurrentIndex(window.year_box.findData(LAST_YEAR))
    assert answers.asked and "這次會議" in answers.asked[-1]
    assert window.ctx.year == THIS_YEAR
    assert window.year_box.currentData() == THIS_YEAR
    assert page.place.text() == "本所5樓大禮堂"
    answers.reply = Button.Discard
    window.year_box.setCurrentIndex(window.year_box.findData(LAST_YEAR))
    assert window.ctx.year == LAST_YEAR
    assert page.place.text() != "本所5樓大禮堂"


def test_switching_page_asks_and_cancel_stays(
        qtbot: QtBot, demo_db: Database, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = _window(qtbot, demo_db, demo_path)
    window.go_to("meetings")
    page = window.page("meetings")
    assert isinstance(page, MeetingsPage)
    _edit_place(page, "本所5樓大禮堂")
    answers = Answers(monkeypatch, Button.Cancel)
    window.go_to("overview")
    assert answers.asked and window.current_key() == "meetings"
    assert window.stack.currentWidget() is page
    answers.reply = Button.Save
    window.go_to("overview")
    assert window.current_key() == "overview"
    assert not page.guard.dirty


def _group_page(qtbot: QtBot, db: Database, path: Path) -> GroupPage:
    page = GroupPage(AppContext(db, path, THIS_YEAR, SyncRunner(), today=lambda: TODAY))
    qtbot.addWidget(page)
    page.show()
    return page


def test_group_form_edit_is_not_replaced_silently(
        qtbot: QtBot, demo_db: Database, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = _group_page(qtbot, demo_db, demo_path)
    page.table.selectRow(0)
    first = page.model.record(0).membership.id
    page.term_end.setText("117/12/31")
    answers = Answers(monkeypatch, Button.Cancel)
    # Another page writes: the roster reloads, the edit stays.
    page.ctx.changed(Change.PEOPLE)
    assert page.term_end.text() == "117/12/31"
    # Choosing another member asks; 取消 keeps the edit and the member being edited.
    page.table.selectRow(1)
    assert answers.asked and "成員資料" in answers.asked[-1]
    assert page.term_end.text() == "117/12/31"
    assert page.model.record(page.table.currentIndex().row()).membership.id == first
    # 放棄 shows the other member as saved; nothing was written.
    answers.reply = Button.Discard
    page.table.selectRow(1)
    assert page.model.record(page.table.currentIndex().row()).membership.id != first
    saved = {r.membership.id: r.membership.term_end for r in roster(demo_db)}
    assert saved[first] is not None and saved[first].year != 2028


def test_group_form_save_from_the_question(
        qtbot: QtBot, demo_db: Database, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = _group_page(qtbot, demo_db, demo_path)
    page.table.selectRow(0)
    first = page.model.record(0).membership.id
    page.term_end.setText("117/12/31")
    Answers(monkeypatch, Button.Save)
    page.new_button.click()
    saved = {r.membership.id: r.membership.term_end for r in roster(demo_db)}
    assert saved[first] is not None and (saved[first].year, saved[first].month) == (2028, 12)
    assert page.person.currentData() is None  # the blank form for a new member


def test_settings_edits_are_asked_about_and_kept_through_a_reload(
        qtbot: QtBot, demo_db: Database, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from gmdesk.services.settings import office_profile
    from gmdesk.ui.pages.settings import SettingsPage

    page = SettingsPage(AppContext(demo_db, demo_path, THIS_YEAR, SyncRunner(),
                                   today=lambda: TODAY))
    qtbot.addWidget(page)
    page.show()
    assert not page.guard.dirty  # loading the saved values is not an edit
    page.contact_phone.setText("07-5550000#123")
    page.ctx.changed(Change.OFFICE)  # a write elsewhere does not wipe the edit
    assert page.contact_phone.text() == "07-5550000#123"
    answers = Answers(monkeypatch, Button.Cancel)
    assert not page.confirm_leave()
    assert answers.asked and "設定" in answers.asked[-1]
    answers.reply = Button.Save
    assert page.confirm_leave()
    profile = office_profile(demo_db)
    assert profile is not None and profile.contact_phone == "07-5550000#123"
