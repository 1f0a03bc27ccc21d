"""The city workbook's sheets of 性別影響評估, 性別統計, 性別預算 and the committees."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from sqlite_utils import Database

from gmdesk.domain.model import Office, OfficeKind
from gmdesk.domain.presets import KAOHSIUNG_DISTRICT
from gmdesk.services import reports
from gmdesk.storage import duties, office
from tests.conftest import THIS_YEAR, TODAY

SHEETS = ["性別影響評估", "性別統計", "性別分析專題", "性別預算", "委員會性別比例"]


def _rows(ws: Any) -> list[list[Any]]:
    return [[c for c in row if c not in (None, "")] for row in ws.iter_rows(values_only=True)]


def test_the_demo_office_sheets_list_every_record_with_names_masked(demo_db: Database, tmp_path: Path) -> None:
    book = load_workbook(reports.write_city_workbook(demo_db, THIS_YEAR, TODAY, tmp_path / "c.xlsx"))
    assert set(SHEETS) <= set(book.sheetnames)
    impact = _rows(book["性別影響評估"])
    assert impact[0] == ["高雄市海濱區公所115年度性別影響評估辦理情形一覽表"]
    assert impact[2][2] == "海濱區公園綠地及兒童遊戲場改善工程" and impact[2][-1] == "已結案（115/04/15）"
    assert impact[3][-1] == "辦理中，尚缺參採情形"
    assert "陳○玲" in impact[2][7]  # the expert's name masked as everywhere else
    statistics = book["性別統計"]
    assert [statistics.cell(2, c).value for c in (8, 9, 10, 11)] == ["112年男", "112年女", "112年計", "112年女性比例"]
    assert statistics.cell(3, 10).value == "=SUM(H3:I3)"
    assert len([r for r in _rows(statistics)[2:] if r and isinstance(r[0], int)]) == 8
    assert _rows(book["性別分析專題"])[2][-1] == "115年第1次會議"
    budget = _rows(book["性別預算"])
    assert budget[0] == ["高雄市海濱區公所116年度性別預算編列情形表"]
    assert "報送期限115/09/15，已於115/09/10報送" in budget[1][0]
    assert [r[1] for r in budget[3:7]] == ["計畫類", "綱領類", "工具類", "其他類"]
    total = next(r for r in budget if r[0] == "合計")
    assert total[1] == "=SUM(E4:E7)"
    committees = _rows(book["委員會性別比例"])
    names = {item.name for item in duties.list_members(demo_db)}
    assert committees[3][1] == "甄審委員會" and committees[3][7] == "否" and "報府備查" in committees[3][-1]
    assert not any(name in str(cell) for name in names for row in committees for cell in row)


def test_an_empty_office_says_there_is_nothing_yet(db: Database, tmp_path: Path) -> None:
    office.save_office(db, Office(name="高雄市小港灣區公所", city="高雄市", kind=OfficeKind.DISTRICT,
                                  contact_name="林小姐", contact_phone="07-1234567"))
    office.save_preset(db, 113, KAOHSIUNG_DISTRICT)
    book = load_workbook(reports.write_city_workbook(db, THIS_YEAR, TODAY, tmp_path / "c.xlsx"))
    assert _rows(book["性別影響評估"])[2] == ["本年度無應辦理案件"]
    assert _rows(book["性別統計"])[2] == ["尚未登錄性別統計指標"]
    assert _rows(book["委員會性別比例"])[2] == ["尚未登錄委員會"]
    assert next(r for r in _rows(book["性別預算"]) if r and r[0] == "合計")[1] == 0
