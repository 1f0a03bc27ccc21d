"""執行小組 page: roster as of a date, member form with live findings, save with validation."""

from pathlib import Path

from PySide6.QtGui import QInputMethodEvent
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from gmdesk.domain.model import Gender
from gmdesk.storage import group as group_store
from gmdesk.ui.context import AppContext
from gmdesk.ui.pages.group import GroupPage
from gmdesk.ui.runner import SyncRunner
from tests.conftest import TODAY


def type_text(qtbot: QtBot, widget: object, text: str) -> None:
    """Type Chinese text as an input method commits it (keyClicks crashes on CJK)."""
    widget.setFocus()  # type: ignore[attr-defined]
    event = QInputMethodEvent()
    event.setCommitString(text)
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(widget, event)  # type: ignore[arg-type]


def page_for(qtbot: QtBot, demo_db: Database, demo_path: Path) -> GroupPage:
    ctx = AppContext(demo_db, demo_path, 115, SyncRunner(), today=lambda: TODAY)
    page = GroupPage(ctx)
    qtbot.addWidget(page)
    page.resize(1180, 760)
    page.show()
    return page


def test_roster_history_and_as_of_date(qtbot: QtBot, demo_db: Database, demo_path: Path,
                                       qapp: object) -> None:
    page = page_for(qtbot, demo_db, demo_path)
    assert page.model.rowCount() == 9
    assert "在任成員 9 人（男 4、女 5" in page.summary.text()
    assert "任期將於115/12/31屆滿" in page.findings.text()
    page.history.setChecked(True)
    assert page.model.rowCount() == 10  # the former member is kept
    page.history.setChecked(False)
    page.as_of.setText("112/06/01")  # before the group was formed, only the former member
    page.as_of.editingFinished.emit()
    assert page.model.rowCount() == 1
    assert "少於7人" in page.findings.text()
    page.grab().save("/tmp/group_page.png")


def test_live_findings_and_save(qtbot: QtBot, demo_db: Database, demo_path: Path,
                                qapp: object) -> None:
    page = page_for(qtbot, demo_db, demo_path)
    page.new_member()
    type_text(qtbot, page.name, "林美華")
    page.gender.set_value(Gender.FEMALE)
    type_text(qtbot, page.title, "教授")
    page.term_end.setText("116/12/31")
    # 10 members with 6 women and 4 men: still lawful, only the expiring term remains.
    assert "✘" not in page.preview.text()
    page.start.setText("115/13/1")
    assert "聘任日" in page.preview.text()
    page.save_button.click()
    assert "「聘任日」" in page.error.text()
    assert len(group_store.list_memberships(demo_db)) == 10
    page.start.setText("115/11/1")
    page.save_button.click()
    assert page.error.text() == ""
    assert len(group_store.list_memberships(demo_db)) == 11
    assert "在任成員 10 人（男 4、女 6" in page.summary.text()


def test_term_warning_uses_the_presets_days(qtbot: QtBot, demo_db: Database, demo_path: Path,
                                            qapp: object) -> None:
    """The 狀態 column and its colour follow 設定's 任期屆滿提醒（日）, not a fixed 90 days."""
    import dataclasses

    from PySide6.QtCore import Qt

    from gmdesk.storage import office

    def states() -> dict[str, tuple[str, object]]:
        column = page.model.columnCount() - 1
        return {page.model.index(r, 0).data(): (page.model.index(r, column).data(),
                                                page.model.index(r, 0).data(
                                                    Qt.ItemDataRole.BackgroundRole))
                for r in range(page.model.rowCount())}

    page = page_for(qtbot, demo_db, demo_path)
    before = states()
    assert sorted(s for s, _ in before.values()).count("任期將屆滿") == 1  # ends 115/12/31
    assert [c for s, c in before.values() if s == "在任"] == [None] * 8
    preset = office.preset_for(demo_db, 115)
    office.save_preset(demo_db, 115, dataclasses.replace(preset, term_warning_days=500))
    page.refresh()
    after = states()
    assert {s for s, _ in after.values()} == {"任期將屆滿"}  # every term ends within 500 days
    assert all(c is not None for _, c in after.values())


def test_an_empty_date_shows_an_example_not_a_date(qtbot: QtBot, demo_db: Database,
                                                   demo_path: Path) -> None:
    page = page_for(qtbot, demo_db, demo_path)
    form = page.form
    assert form.term_end.text() == ""
    assert form.term_end.placeholderText() == "例：115/3/5"  # grey "115/3/5" read as a term end
    assert form.end.placeholderText() == "在任免填"


def test_the_first_visit_is_built_at_once_and_the_roster_arrives_from_the_runner(
        qtbot: QtBot, demo_db: Database, demo_path: Path, qapp: object) -> None:
    from tests.ui.deferred import DeferredRunner

    runner = DeferredRunner()
    page = GroupPage(AppContext(demo_db, demo_path, 115, runner, today=lambda: TODAY))
    qtbot.addWidget(page)
    former = next(m for m in group_store.list_memberships(demo_db) if m.end is not None)
    page.focus_record(str(former.id))  # 「group:N」 on the first visit, before the roster is here
    assert page.model.rowCount() == 0 and runner.pending  # nothing read on the UI thread
    runner.finish()
    assert "在任成員 9 人（男 4、女 5" in page.summary.text()
    assert page.model.rowCount() == 10  # with the former member, whom the link asked for
    assert page.record_id == former.id and page.form.start.date() == former.start
    assert not page.dirty  # rows arriving are not an edit: leaving asks nothing
    assert page.preview.text()  # the draft checked against the roster that came
