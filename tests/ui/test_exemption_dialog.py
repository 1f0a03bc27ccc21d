"""本年度免訓 from the roster: a reason from the list, from/to, a note; errors say where."""

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from gmdesk.domain.model import ExemptionKind
from gmdesk.services import staff as staff_service
from gmdesk.services import training as training_service
from gmdesk.ui.context import AppContext
from gmdesk.ui.pages.staff import StaffPage
from gmdesk.ui.pages.staff.exemption import ExemptionDialog
from gmdesk.ui.runner import SyncRunner
from tests.conftest import TODAY


def make_page(qtbot: QtBot, demo_db: Database, demo_path: Path) -> StaffPage:
    ctx = AppContext(demo_db, demo_path, 115, SyncRunner(), today=lambda: TODAY)
    page = StaffPage(ctx)
    qtbot.addWidget(page)
    page.resize(1180, 760)
    page.show()
    return page


def open_for_first(page: StaffPage) -> tuple[ExemptionDialog, int]:
    tab = page.roster_tab
    tab.roster_view.selectRow(0)
    person = tab.roster_model.record(tab.roster_view.currentIndex().row()).person
    dialog = tab.set_exemption()
    assert dialog is not None
    return dialog, person.id


def test_the_roster_exempts_a_person_with_a_listed_reason_and_period(
        qtbot: QtBot, demo_db: Database, demo_path: Path) -> None:
    page = make_page(qtbot, demo_db, demo_path)
    dialog, person_id = open_for_first(page)
    qtbot.addWidget(dialog)
    labels = [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    assert labels[0] == "（請選擇原因）"
    assert labels[1:] == [k.label for k in ExemptionKind]  # the domain's list, one home
    assert dialog.start.text() == "115/01/01" and not dialog.clear_button.isVisible()
    dialog.grab().save("/tmp/exemption_dialog.png")
    dialog.save()  # no reason chosen
    assert dialog.error.isVisible() and "請選擇免訓原因" in dialog.error.text()
    assert dialog.result() == 0 and staff_service.exemption_of(demo_db, person_id, 115) is None
    dialog.kind.set_value(ExemptionKind.PARENTAL_LEAVE)
    assert not dialog.error.isVisible()  # the message goes once its field is right
    assert dialog.kind.accessibleDescription() == "必填"  # marked required (the * in its label)
    dialog.start.setText("115/3/1")
    dialog.end.setText("115/2/1")
    dialog.save()
    assert "迄日 115/02/01 早於起日 115/03/01" in dialog.error.text()
    assert dialog.focusWidget() is dialog.end
    dialog.end.setText("115/13/1")
    dialog.save()
    assert "「免訓迄日」" in dialog.error.text()
    dialog.end.setText("115/13/2")
    assert "「免訓迄日」" in dialog.error.text()  # still no date
    dialog.end.setText("115/8/31")
    assert not dialog.error.isVisible()  # a date now: the message goes before the next save
    dialog.note.setText("府人字第1150001號")
    dialog.grab().save("/tmp/exemption_dialog_filled.png")
    dialog.save()
    assert dialog.result() == 1
    saved = staff_service.exemption_of(demo_db, person_id, 115)
    assert saved is not None and saved.kind is ExemptionKind.PARENTAL_LEAVE
    assert saved.note == "府人字第1150001號"
    row = next(r for r in page.roster_tab.roster_model.all_records() if r.person.id == person_id)
    assert row.exemption == "育嬰留職停薪（115/03/01–115/08/31）"
    progress = {p.person.id: p for p in training_service.progress(demo_db, 115)}
    assert progress[person_id].exempt_reason == "育嬰留職停薪"


def test_the_dialog_shows_a_saved_exemption_and_can_clear_it(
        qtbot: QtBot, demo_db: Database, demo_path: Path) -> None:
    page = make_page(qtbot, demo_db, demo_path)
    page.roster_tab.roster_view.selectRow(0)
    person = page.roster_tab.roster_model.record(0).person
    staff_service.set_exemption(demo_db, person.id, 115, ExemptionKind.OTHER,
                                dt.date(2026, 2, 1), None, "外派受訓")
    dialog, person_id = open_for_first(page)
    qtbot.addWidget(dialog)
    assert person_id == person.id
    assert dialog.kind.value() is ExemptionKind.OTHER
    assert (dialog.start.text(), dialog.end.text(), dialog.note.text()) == ("115/02/01", "", "外派受訓")
    assert dialog.clear_button.isVisible()
    dialog.note.setText("")
    dialog.save()
    assert "請在備註寫明原因" in dialog.error.text() and dialog.focusWidget() is dialog.note
    dialog.clear()
    assert staff_service.exemption_of(demo_db, person.id, 115) is None
    row = next(r for r in page.roster_tab.roster_model.all_records() if r.person.id == person.id)
    assert row.exemption == ""


def test_every_listed_reason_is_offered_for_translation() -> None:
    from gmdesk.domain.model import EXEMPTION_LABELS
    from gmdesk.ui.pages.staff.exemption import TERMS

    assert set(TERMS) == set(EXEMPTION_LABELS.values())
