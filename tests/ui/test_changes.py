"""Change notices: every write says what it changed, and every view that shows it is current."""

import ast
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

import gmdesk.ui
from gmdesk.services.meetings import delete_meeting, list_rows
from gmdesk.ui.context import AppContext, Change
from gmdesk.ui.pages import staff as staff_page
from gmdesk.ui.pages.group import GroupPage
from gmdesk.ui.pages.meetings import MeetingsPage
from gmdesk.ui.pages.staff import StaffPage
from gmdesk.ui.runner import SyncRunner
from gmdesk.ui.trash_dialog import TrashDialog
from tests.conftest import LAST_YEAR, THIS_YEAR, TODAY

UI = Path(gmdesk.ui.__file__).parent


def _flags(node: ast.expr) -> set[str]:
    """The Change members named in an expression such as `Change.GROUP | Change.PEOPLE`."""
    return {n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)
            and isinstance(n.value, ast.Name) and n.value.id == "Change"}


def _calls(method: str) -> set[str]:
    found: set[str] = set()
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == method and node.args):
                if method == "changed" and ast.unparse(node.args[0]) == "self.writes":
                    continue  # the editor base announces its page's `writes`
                names = _flags(node.args[0])
                assert names or method != "changed", f"{path.name}: changed() without a Change"
                found |= names
            if (method == "changed" and isinstance(node, ast.Assign)
                    and any(isinstance(t, ast.Name) and t.id == "writes" for t in node.targets)):
                found |= _flags(node.value)  # an editor page's `writes = Change.X`
    return found


def test_every_emitted_change_has_a_listener_and_every_listened_one_is_emitted() -> None:
    emitted, listened = _calls("changed"), _calls("listen")
    assert emitted and listened
    every = {m.name for m in Change if m.name} - {"ALL"}
    heard = every if "ALL" in listened else listened - {"ALL"}
    assert emitted - {"ALL"} <= heard, f"nobody listens to {emitted - heard - {'ALL'}}"
    assert listened - {"ALL"} <= emitted, f"nothing emits {listened - emitted - {'ALL'}}"
    assert "ALL" in emitted  # F5, restore from 資源回收筒, backup restore


def test_a_bare_string_notice_is_refused(demo_db: Database, demo_path: Path) -> None:
    ctx = AppContext(demo_db, demo_path, THIS_YEAR, SyncRunner(), today=lambda: TODAY)
    with pytest.raises(TypeError):
        ctx.changed("meetings")  # type: ignore[arg-type]


def test_restoring_a_meeting_from_the_trash_shows_it_in_the_meetings_list(
        qtbot: QtBot, demo_db: Database, demo_path: Path) -> None:
    before = len(list_rows(demo_db, LAST_YEAR))
    delete_meeting(demo_db, list_rows(demo_db, LAST_YEAR)[0].meeting.id,
                   dt.datetime(2026, 11, 24, 10, 0))
    ctx = AppContext(demo_db, demo_path, LAST_YEAR, SyncRunner(), today=lambda: TODAY)
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    assert page.list_model.rowCount() == before - 1
    dialog = TrashDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.restore_selected()
    assert page.list_model.rowCount() == before


def test_f5_reloads_the_meetings_list(qtbot: QtBot, demo_db: Database, demo_path: Path) -> None:
    meeting = list_rows(demo_db, LAST_YEAR)[0]
    ctx = AppContext(demo_db, demo_path, LAST_YEAR, SyncRunner(), today=lambda: TODAY)
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    before = page.list_model.rowCount()
    delete_meeting(demo_db, meeting.meeting.id, dt.datetime(2026, 11, 24, 10, 0))  # e.g. elsewhere
    ctx.changed(Change.ALL)
    assert page.list_model.rowCount() == before - 1


def test_a_person_added_on_the_staff_page_can_be_chosen_on_the_group_page(
        qtbot: QtBot, demo_db: Database, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = AppContext(demo_db, demo_path, THIS_YEAR, SyncRunner(), today=lambda: TODAY)
    group, staff = GroupPage(ctx), StaffPage(ctx)
    qtbot.addWidget(group)
    qtbot.addWidget(staff)
    names = [group.person.itemText(i) for i in range(group.person.count())]
    assert not any("林新人" in n for n in names)

    def clerk_fills_in(dialog: staff_page.PersonDialog) -> int:
        dialog.name.setText("林新人")
        dialog.save()
        return int(QDialog.DialogCode.Accepted if dialog.saved_id else 0)

    monkeypatch.setattr(staff_page.PersonDialog, "exec", clerk_fills_in)
    staff.new_person()
    names = [group.person.itemText(i) for i in range(group.person.count())]
    assert any("林新人" in n for n in names)
