"""A city's own template, registered once and filled with the year, keeps its own look."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font, PatternFill
from sqlite_utils import Database

from gmdesk.domain.errors import InputError
from gmdesk.services import reports
from gmdesk.storage import events
from gmdesk.workbooks.template import TemplateMapping
from tests.conftest import THIS_YEAR, TODAY

MAPPING = {
    "name": "高雄市範本",
    "cells": {"總表!B2": "office.name", "總表!B3": "year", "總表!D3": "outreach.sessions"},
    "tables": [{"sheet": "宣導", "source": "outreach", "start_row": 4,
                "columns": {"A": "seq", "B": "date", "C": "title", "D": "male", "E": "female"}}],
}


def make_template(path: Path) -> Path:
    book = Workbook()
    ws = book.worksheets[0]
    ws.title = "總表"
    ws["A1"] = "高雄市各區公所性別主流化成果"
    ws["A1"].font = Font(name="標楷體", size=18, bold=True, color="FF0000")
    ws.merge_cells("A1:E1")
    ws["A2"], ws["A3"] = "機關", "年度"
    ws["B2"].fill = PatternFill("solid", fgColor="FFFF00")
    ws.column_dimensions["B"].width = 33
    sheet = book.create_sheet("宣導")
    sheet.merge_cells("A1:E2")
    sheet["A1"] = "CEDAW宣導"
    for col, head in zip("ABCDE", ["編號", "日期", "名稱", "男", "女"], strict=True):
        sheet[f"{col}3"] = head
    sheet["C4"].font = Font(name="新細明體", italic=True)
    sheet["C4"].fill = PatternFill("solid", fgColor="DDEEFF")
    sheet.column_dimensions["C"].width = 41
    book.save(path)
    return path


@pytest.fixture
def registered(demo_db: Database, tmp_path: Path) -> Path:
    template = make_template(tmp_path / "city.xlsx")
    reports.register_template(demo_db, template, TemplateMapping.from_json(json.dumps(MAPPING)),
                              TODAY)
    return template


def test_a_filled_template_keeps_its_own_formatting(demo_db: Database, registered: Path,
                                                    tmp_path: Path) -> None:
    out = reports.write_city_workbook(demo_db, THIS_YEAR, TODAY, tmp_path / "filled.xlsx")
    book = load_workbook(out)
    ws = book["總表"]
    assert ws["B2"].value == "高雄市海濱區公所" and ws["B3"].value == THIS_YEAR
    assert ws["A1"].font.bold and ws["A1"].font.size == 18 and ws["A1"].font.name == "標楷體"
    assert ws["A1"].font.color.rgb.endswith("FF0000")
    assert ws["B2"].fill.fgColor.rgb.endswith("FFFF00")
    assert "A1:E1" in {str(r) for r in ws.merged_cells.ranges}
    assert ws.column_dimensions["B"].width == 33
    sheet = book["宣導"]
    cedaw = [e for e in events.list_events(demo_db, THIS_YEAR) if e.kind.value == "cedaw"]
    assert [sheet[f"C{4 + i}"].value for i in range(len(cedaw))] == [e.title for e in cedaw]
    assert sheet["D4"].value == cedaw[0].male
    # Later rows take the first data row's look; merges and widths stay.
    assert sheet["C5"].font.italic and sheet["C5"].fill.fgColor.rgb.endswith("DDEEFF")
    assert "A1:E2" in {str(r) for r in sheet.merged_cells.ranges}
    assert sheet.column_dimensions["C"].width == 41
    # The registered template itself is untouched.
    assert load_workbook(registered)["總表"]["B2"].value is None


def test_the_mapping_round_trips_as_json(demo_db: Database, registered: Path,
                                         tmp_path: Path) -> None:
    out = reports.export_mapping(demo_db, tmp_path / "m.json")
    again = reports.read_mapping(out)
    assert again == reports.load_template(demo_db).mapping  # type: ignore[union-attr]
    reports.clear_template(demo_db)
    assert reports.load_template(demo_db) is None
    book = load_workbook(reports.write_city_workbook(demo_db, THIS_YEAR, TODAY,
                                                     tmp_path / "builtin.xlsx"))
    assert book.sheetnames[0] == "封面"


def test_a_bad_mapping_is_refused_with_what_and_where(demo_db: Database, tmp_path: Path) -> None:
    template = make_template(tmp_path / "city.xlsx")
    wrong_field = dict(MAPPING, cells={"總表!B2": "office.nmae"})
    with pytest.raises(InputError, match=r"office\.nmae"):
        TemplateMapping.from_json(json.dumps(wrong_field))
    wrong_sheet = dict(MAPPING, cells={"封面!B2": "office.name"})
    with pytest.raises(InputError, match="沒有工作表「封面」"):
        reports.register_template(demo_db, template,
                                  TemplateMapping.from_json(json.dumps(wrong_sheet)), TODAY)
    merged = dict(MAPPING, cells={"總表!B1": "office.name"})
    with pytest.raises(InputError, match="合併儲存格"):
        reports.register_template(demo_db, template,
                                  TemplateMapping.from_json(json.dumps(merged)), TODAY)
    assert reports.load_template(demo_db) is None


def test_the_mapping_dialog_reads_grids_guesses_columns_and_previews_without_writing(
        demo_db: Database, tmp_path: Path) -> None:
    template = make_template(tmp_path / "city.xlsx")
    data = template.read_bytes()
    grids = reports.template_grids(data)
    assert [g.name for g in grids] == ["總表", "宣導"]
    assert grids[1].text(3, 3) == "名稱" and "A1:E2" in grids[1].merged
    headers = {c: grids[1].text(3, i + 1) for i, c in enumerate("ABCDE")}
    assert reports.guess_columns("outreach", headers) == {
        "A": "seq", "B": "date", "C": "title", "D": "male", "E": "female"}
    mapping = TemplateMapping.from_json(json.dumps(MAPPING))
    filled = reports.preview_template(demo_db, THIS_YEAR, TODAY, data, mapping)
    assert filled[0].text(2, 2) == reports.year_report(demo_db, THIS_YEAR, TODAY).office.name
    assert filled[1].text(4, 1) == "1" and filled[1].text(3, 3) == "名稱"
    assert template.read_bytes() == data
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx"] == ["city.xlsx"]
    with pytest.raises(InputError, match="範本沒有工作表「封面」"):
        reports.check_mapping(TemplateMapping({"封面!A1": "year"}), data)
