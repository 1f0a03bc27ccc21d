"""Form feedback: a message goes as soon as its field is right; required fields are marked."""

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from gmdesk.domain.model import EventKind
from gmdesk.ui.context import AppContext
from gmdesk.ui.runner import SyncRunner
from gmdesk.ui.widgets.forms import REQUIRED_MARK
from tests.conftest import THIS_YEAR, TODAY


def ctx_for(db: Database, path: Path) -> AppContext:
    return AppContext(db, path, THIS_YEAR, SyncRunner(), today=lambda: TODAY)


def label_of(form: QFormLayout, field: Any) -> str:
    label = form.labelForField(field)
    assert isinstance(label, QLabel)
    return label.text()


def test_the_person_dialog_clears_please_fill_in_the_name_once_it_is_filled(
        qtbot: QtBot, demo_db: Database, demo_path: Path) -> None:
    from gmdesk.ui.pages.staff import PersonDialog

    dialog = PersonDialog(ctx_for(demo_db, demo_path), None)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.findChild(QFormLayout)
    assert label_of(form, dialog.name).endswith(REQUIRED_MARK)
    assert label_of(form, dialog.start).endswith(REQUIRED_MARK)
    assert not label_of(form, dialog.end.parentWidget()).endswith(REQUIRED_MARK)
    dialog.save()
    assert dialog.error.isVisible() and "請填寫姓名" in dialog.error.text()
    dialog.title_edit.setText("科員")  # another field: the message stays
    assert dialog.error.isVisible()
    dialog.name.setText("林小華")
    assert not dialog.error.isVisible() and dialog.error.text() == ""


def test_an_unreadable_event_date_is_cleared_when_it_reads(qtbot: QtBot, demo_db: Database,
                                                           demo_path: Path) -> None:
    from gmdesk.ui.pages.events import EventsPage

    page = EventsPage(ctx_for(demo_db, demo_path))
    qtbot.addWidget(page)
    page.show()
    page.new_event(EventKind.CEDAW)
    page.form.title_edit.setText("性別平等講座")
    page.form.start_edit.setText("115/2/30")
    assert not page.save()
    assert "2月沒有30日" in page.error.text() and page.error.isVisible()
    page.form.start_edit.setText("115/2/3")
    assert not page.error.isVisible()


def test_settings_clears_the_office_name_message_once_a_name_is_typed(
        qtbot: QtBot, demo_db: Database, demo_path: Path) -> None:
    from gmdesk.ui.pages.settings import SettingsPage

    page = SettingsPage(ctx_for(demo_db, demo_path))
    qtbot.addWidget(page)
    page.name.setText("")
    assert not page.save()
    assert "機關名稱" in page.error.text()
    page.name.setText("高雄市海濱區公所")
    assert page.error.text() == ""


def test_in_the_english_window_a_missing_name_and_a_bad_date_are_said_in_english(
        qtbot: QtBot, demo_db: Database, demo_path: Path, monkeypatch: Any) -> None:
    from gmdesk.ui import runner
    from gmdesk.ui import wording as ui_wording
    from gmdesk.ui.pages.staff import PersonDialog

    assert runner.window_language() == "zh_TW"  # the test application has zh_TW translators
    monkeypatch.setattr(ui_wording, "_language", "en")  # what install_translators(app, "en") sets
    dialog = PersonDialog(ctx_for(demo_db, demo_path), None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.save()
    assert dialog.error.isVisible() and dialog.error.text() == "Fill in the name"
    dialog.name.setText("林小華")
    dialog.start.setText("115/2/30")
    dialog.save()
    assert "is not a valid date: month 2 of ROC year 115 has no day 30" in dialog.error.text()
