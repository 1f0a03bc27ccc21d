"""Unsaved edits are never dropped silently: 儲存／放棄／取消 on year, page, record and print."""

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from gmdesk.storage import group as group_store
from gmdesk.storage import meetings as store
from gmdesk.ui.context import AppContext, Change
from gmdesk.ui.main_window import MainWindow
from gmdesk.ui.pages.meetings import MeetingsPage
from gmdesk.ui.runner import SyncRunner
from tests.conftest import LAST_YEAR, THIS_YEAR, TODAY

Button = QMessageBox.StandardButton


class Clerk:
    """Answers every question box with one button and remembers what was asked."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, answer: Button) -> None:
        self.asked: list[str] = []
        self.answer = answer

        def question(_parent: Any, _title: str, text: str, *_args: Any) -> Button:
            self.asked.append(text)
            return self.answer
        monkeypatch.setattr(QMessageBox, "question", question)


def window_on_meetings(qtbot: QtBot, db: Database, path: Path) -> tuple[MainWindow, MeetingsPage]:
    ctx = AppContext(db, path, THIS_YEAR, SyncRunner(), today=lambda: TODAY)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.go_to("meetings")
    page = window.page("meetings")
    assert isinstance(page, MeetingsPage)
    return window, page


def edit_place(page: MeetingsPage, place: str) -> None:
    page.basic.place.setText(place)
    page.basic.place.textEdited.emit(place)


def saved_places(db: Database) -> list[str]:
    return [m.place for m in store.list_meetings(db, THIS_YEAR)]


@pytest.mark.parametrize("answer", [Button.Cancel, Button.Discard, Button.Save])
def test_switching_the_year_asks_about_an_unsaved_meeting(
        qtbot: QtBot, demo_db: Database, demo_path: Path, monkeypatch: pytest.MonkeyPatch,
        answer: Button) -> None:
    window, page = window_on_meetings(qtbot, demo_db, demo_path)
    before = saved_places(demo_db)
    edit_place(page, "區民活動中心三樓")
    clerk = Clerk(monkeypatch, answer)
    window._step_year(-1)
    assert clerk.asked and "這次會議的修改尚未儲存" in clerk.asked[0]
    if answer is Button.Cancel:  # stays in the year with the edit in the form, nothing saved
        assert window.ctx.year == THIS_YEAR
        assert window.year_box.currentData() == THIS_YEAR
        assert page.basic.place.text() == "區民活動中心三樓" and page.dirty
        assert saved_places(demo_db) == before
    elif answer is Button.Discard:  # the edit is dropped, never saved
        assert window.ctx.year == LAST_YEAR
        assert saved_places(demo_db) == before
        assert not page.dirty
    else:  # saved in its own year, then the year switches
        assert window.ctx.year == LAST_YEAR
        assert saved_places(demo_db) == ["區民活動中心三樓"]


def test_switching_page_or_record_asks_and_cancel_keeps_the_edit(
        qtbot: QtBot, demo_db: Database, demo_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window, page = window_on_meetings(qtbot, demo_db, demo_path)
    edit_place(page, "第二會議室")
    clerk = Clerk(monkeypatch, Button.Cancel)
    window.go_to("group")
    assert window.current_key() == "meetings" and len(clerk.asked) == 1
    page.new_record()  # Ctrl+N
    assert len(clerk.asked) == 2 and page.record_id is not None
    assert page.basic.place.text() == "第二會議室"
    clerk.answer = Button.Discard
    window.go_to("group")
    assert window.current_key() == "group"
    assert "第二會議室" not in saved_places(demo_db)


def test_printing_a_new_meeting_asks_to_save_and_no_creates_nothing(
        qtbot: QtBot, demo_db: Database, demo_path: Path, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    _window, page = window_on_meetings(qtbot, demo_db, demo_path)
    page.new_record()
    page.basic.day.setText("115/06/10")
    page.basic.day.textEdited.emit("115/06/10")
    out = tmp_path / "forms"
    out.mkdir()
    clerk = Clerk(monkeypatch, Button.Cancel)
    assert page.write_form("notice", out) is None
    assert "列印前要先儲存" in clerk.asked[0]
    assert len(store.list_meetings(demo_db, THIS_YEAR)) == 1
    assert list(out.iterdir()) == []
    clerk.answer = Button.Save
    path = page.write_form("notice", out)
    assert path is not None and path.exists()
    assert len(store.list_meetings(demo_db, THIS_YEAR)) == 2


def test_read_only_meetings_cannot_be_edited(qtbot: QtBot, demo_db: Database,
                                            demo_path: Path) -> None:
    ctx = AppContext(demo_db, demo_path, THIS_YEAR, SyncRunner(), today=lambda: TODAY,
                     readonly=True)
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    status = page.attend_model.index(0, 4)
    assert not page.attend_model.setData(status, "leave")
    assert not page.save_button.isEnabled() and page.basic.place.isReadOnly()
    page.basic.place.textEdited.emit("x")
    assert not page.dirty and not page.save()


def test_a_group_member_edit_is_not_silently_replaced(
        qtbot: QtBot, demo_db: Database, demo_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from gmdesk.ui.pages.group import GroupPage

    ctx = AppContext(demo_db, demo_path, THIS_YEAR, SyncRunner(), today=lambda: TODAY)
    page = GroupPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.table.selectRow(0)
    first = page.record_id
    assert first is not None
    page.term_end.setText("117/12/31")
    assert page.dirty
    clerk = Clerk(monkeypatch, Button.Cancel)
    page.table.selectRow(1)  # another member: asked, 取消 keeps the edit and the selection
    assert clerk.asked and "這位成員的修改尚未儲存" in clerk.asked[0]
    assert page.record_id == first and page.term_end.text() == "117/12/31"
    ctx.changed(Change.PEOPLE)  # another page wrote: the roster reloads, the edit stays
    assert page.record_id == first and page.term_end.text() == "117/12/31"
    clerk.answer = Button.Save
    page.table.selectRow(1)
    saved = next(m for m in group_store.list_memberships(demo_db) if m.id == first)
    assert saved.term_end is not None and saved.term_end.year == 2028
    assert page.record_id != first and not page.dirty


def test_settings_edits_are_asked_about_and_kept_through_a_reload(
        qtbot: QtBot, demo_db: Database, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from gmdesk.services.settings import office_profile
    from gmdesk.ui.pages.settings import SettingsPage

    page = SettingsPage(AppContext(demo_db, demo_path, THIS_YEAR, SyncRunner(),
                                   today=lambda: TODAY))
    qtbot.addWidget(page)
    page.show()
    assert not page.dirty  # loading the saved values is not an edit
    page.contact_phone.setText("07-5550000#123")
    page.ctx.changed(Change.OFFICE)  # a write elsewhere does not wipe the edit
    assert page.contact_phone.text() == "07-5550000#123"
    answers = _Answers(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not page.confirm_leave()
    assert answers.asked and "設定" in answers.asked[-1]
    answers.reply = QMessageBox.StandardButton.Save
    assert page.confirm_leave()
    profile = office_profile(demo_db)
    assert profile is not None and profile.contact_phone == "07-5550000#123"
    page.contact_phone.setText("07-0000000")
    assert page.dirty
    answers.reply = QMessageBox.StandardButton.Discard
    assert page.confirm_leave()  # 放棄: the saved value is shown again, the page is clean
    assert page.contact_phone.text() == "07-5550000#123" and not page.dirty


class _Answers:
    """Answers QMessageBox.question with `reply` and records the questions."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, reply: QMessageBox.StandardButton) -> None:
        self.reply = reply
        self.asked: list[str] = []
        monkeypatch.setattr(QMessageBox, "question", self)

    def __call__(self, _parent: object, _title: str, text: str, *args: object) -> object:
        self.asked.append(text)
        return self.reply
