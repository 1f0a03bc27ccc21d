"""An empty table says how to fill it (or why nothing is shown), never a blank white box."""

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from gmdesk.services.settings import create_office
from gmdesk.ui.context import AppContext
from gmdesk.ui.runner import SyncRunner
from gmdesk.ui.widgets.tables import EmptyHint
from tests.conftest import THIS_YEAR, TODAY


def ctx_for(db: Database, path: Path) -> AppContext:
    return AppContext(db, path, THIS_YEAR, SyncRunner(), today=lambda: TODAY)


def shown(qtbot: QtBot, page: object) -> list[str]:
    qtbot.addWidget(page)
    page.resize(1180, 700)  # type: ignore[attr-defined]
    page.show()  # type: ignore[attr-defined]
    return [h.text() for h in page.findChildren(EmptyHint)  # type: ignore[attr-defined]
            if h.isVisible()]


def test_a_new_office_says_how_to_begin(qtbot: QtBot, db: Database, db_path: Path) -> None:
    from gmdesk.ui.pages.group import GroupPage
    from gmdesk.ui.pages.meetings import MeetingsPage
    from gmdesk.ui.pages.staff import StaffPage

    create_office(db, "高雄市海濱區公所", "高雄市", "kaohsiung_district", THIS_YEAR)
    ctx = ctx_for(db, db_path)
    assert shown(qtbot, GroupPage(ctx)) == ["尚無小組成員：在右側「成員資料」填寫後按「儲存」。"]
    assert shown(qtbot, MeetingsPage(ctx)) == [
        "本年度尚無會議：右側已備好第一次會議，填寫後按「儲存」。"]
    staff = StaffPage(ctx)
    assert "尚無人員：按「新增人員」逐筆登錄，或按「匯入名冊」從 Excel 匯入。" in shown(qtbot, staff)


def test_a_filter_that_hides_everyone_says_so(qtbot: QtBot, demo_db: Database,
                                              demo_path: Path) -> None:
    from gmdesk.ui.pages.staff import StaffPage

    page = StaffPage(ctx_for(demo_db, demo_path))
    assert shown(qtbot, page) == []  # the demo roster has people
    roster = page.roster_tab
    roster.search.setText("zzzz")
    qtbot.waitUntil(lambda: roster.roster_hint.isVisible())
    assert roster.roster_hint.text() == "沒有符合搜尋或篩選條件的人員。"
    roster.search.clear()
    qtbot.waitUntil(lambda: not roster.roster_hint.isVisible())


def test_progress_says_everyone_is_done_rather_than_showing_nothing(
        qtbot: QtBot, demo_db: Database, demo_path: Path) -> None:
    from gmdesk.ui.pages.staff import StaffPage

    page = StaffPage(ctx_for(demo_db, demo_path))
    shown(qtbot, page)
    page.tabs.setCurrentIndex(1)
    tab = page.progress_tab
    assert tab.only_short.isChecked() and tab.progress_model.rowCount() == 4
    done = [r for r in tab.progress_model.all_records() if r.complete or r.exempt]
    tab.progress_model.set_records(done)  # as if the four short had finished their hours
    tab._filter_progress()
    assert tab.progress_model.rowCount() == 0
    assert tab.progress_hint.isVisible()
    assert tab.progress_hint.text().startswith("✔ 全部人員皆已達成本年度時數")
    tab.only_short.setChecked(False)
    assert not tab.progress_hint.isVisible()
