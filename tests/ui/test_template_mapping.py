"""登錄範本 maps the city's template visually: its cells, a field per cell or column, a preview."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from gmdesk.services import reports
from gmdesk.ui.context import AppContext
from gmdesk.ui.runner import SyncRunner
from gmdesk.ui.template_mapping import TemplateMappingDialog, mapping_dialog
from gmdesk.workbooks.template import TemplateMapping
from tests.conftest import THIS_YEAR, TODAY
from tests.workbooks.test_template import MAPPING, make_template


def make_dialog(qtbot: QtBot, demo_db: Database, demo_path: Path, template: Path,
                mapping: TemplateMapping | None = None) -> TemplateMappingDialog:
    ctx = AppContext(demo_db, demo_path, THIS_YEAR, SyncRunner(), today=lambda: TODAY)
    dialog = TemplateMappingDialog(ctx, template.read_bytes(), template.name, mapping)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def pick(dialog: TemplateMappingDialog, row: int, column: int) -> None:
    dialog.grid_view.setCurrentIndex(dialog.grid_model.index(row - 1, column - 1))


def choose(view: object, model: object, row: int, value: str) -> None:
    """Choose a field in the always-open drop-down of a row, as the clerk does."""
    combo = view.indexWidget(model.index(row, 2))  # type: ignore[attr-defined]
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(value))


def test_the_clerk_maps_a_cell_and_a_table_sees_the_year_filled_and_saves(
        qtbot: QtBot, qapp: object, demo_db: Database, demo_path: Path, tmp_path: Path) -> None:
    template = make_template(tmp_path / "city.xlsx")
    dialog = make_dialog(qtbot, demo_db, demo_path, template)
    assert dialog.sheet_names == ["總表", "宣導"]
    grid = dialog.grid_model
    assert grid.headerData(1, Qt.Orientation.Horizontal) == "B"
    assert grid.data(grid.index(1, 0)) == "機關"  # the template's own text, at A2

    pick(dialog, 2, 2)  # 總表!B2, right of 機關
    dialog.add_cell()
    assert dialog.cells_model.data(dialog.cells_model.index(0, 1)) == "機關"  # the label beside it
    choose(dialog.cells_view, dialog.cells_model, 0, "office.name")
    assert grid.data(grid.index(1, 1), Qt.ItemDataRole.ToolTipRole) == "填入「機關名稱」"  # B2 is blank
    assert grid.data(grid.index(1, 1), Qt.ItemDataRole.BackgroundRole) is not None

    dialog.sheet_combo.set_value("宣導")
    pick(dialog, 3, 1)  # the header row 編號 | 日期 | 名稱 | 男 | 女
    dialog.add_table()
    dialog.source_combo.set_value("outreach")
    columns = dialog.columns_model
    headers = [columns.data(columns.index(r, 1)) for r in range(columns.rowCount())]
    assert headers == ["編號", "日期", "名稱", "男", "女"]
    shown = [columns.data(columns.index(r, 2)) for r in range(columns.rowCount())]
    assert shown == ["編號", "辦理日期", "活動名稱", "男", "女"]  # guessed from the headers
    choose(dialog.columns_view, columns, 0, "")  # the clerk leaves 編號 to the city
    dialog.grab().save("/tmp/template_mapping.png")

    pick(dialog, 4, 3)
    dialog.preview_check.setChecked(True)
    assert dialog.selected_label.text() == "所選儲存格：宣導!C4"  # kept through the preview
    outreach = reports.year_report(demo_db, THIS_YEAR, TODAY).outreach
    assert grid.data(grid.index(3, 2)) == outreach[0].title  # row 4: the first session
    assert grid.data(grid.index(3, 0)) == ""  # 編號 no longer mapped
    assert "未寫入任何檔案" in dialog.preview_status.text()
    dialog.grab().save("/tmp/template_mapping_preview.png")
    dialog.sheet_combo.set_value("總表")
    assert grid.data(grid.index(1, 1)) == reports.year_report(demo_db, THIS_YEAR, TODAY).office.name

    dialog.name_edit.setText("高雄市範本")
    dialog.save()
    assert dialog.result() == 1 and dialog.mapping is not None
    assert dialog.mapping.cells == {"總表!B2": "office.name"}
    (table,) = dialog.mapping.tables
    assert (table.sheet, table.source, table.start_row) == ("宣導", "outreach", 4)
    assert table.columns == {"B": "date", "C": "title", "D": "male", "E": "female"}
    assert dialog.mapping.name == "高雄市範本"


def test_the_dialog_opens_on_the_registered_mapping_and_says_what_is_missing(
        qtbot: QtBot, qapp: object, demo_db: Database, demo_path: Path, tmp_path: Path) -> None:
    template = make_template(tmp_path / "city.xlsx")
    mapping = TemplateMapping.from_json(json.dumps(MAPPING))
    reports.register_template(demo_db, template, mapping, TODAY)
    ctx = AppContext(demo_db, demo_path, THIS_YEAR, SyncRunner(), today=lambda: TODAY)
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = mapping_dialog(ctx, parent)
    assert dialog is not None  # a child of the page: closed with it
    assert {r.where: r.field for r in dialog.cells} == MAPPING["cells"]
    assert dialog.table_combo.count() == 1 and "CEDAW宣導場次" in dialog.table_combo.currentText()
    mapped = {dialog.columns_model.rows[r].letter: dialog.columns_model.rows[r].field
              for r in range(dialog.columns_model.rowCount())}
    assert mapped == MAPPING["tables"][0]["columns"]  # type: ignore[index]
    for row in range(dialog.columns_model.rowCount()):
        choose(dialog.columns_view, dialog.columns_model, row, "")
    dialog.save()
    assert "工作表「宣導」的表格（CEDAW宣導場次）沒有任何一欄對應到欄位" in dialog.error.text()
    assert dialog.mapping is None
    dialog.remove_table()
    while dialog.cells:
        dialog.cells_view.setCurrentIndex(dialog.cells_model.index(0, 0))
        dialog.remove_cell()
    dialog.save()
    assert "還沒有任何對應" in dialog.error.text()
    dialog.preview_check.setChecked(True)
    assert dialog.preview_status.text().startswith("預覽")
    dialog.add_cell()  # nothing picked in the grid
    assert "請先在左邊的範本點選" in dialog.error.text()
