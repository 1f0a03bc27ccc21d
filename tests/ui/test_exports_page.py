"""報表匯出: exports run through the runner, readiness links navigate, templates register."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from openpyxl import load_workbook
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from gmdesk.services import reports
from gmdesk.ui.context import AppContext
from gmdesk.ui.pages.exports import ExportsPage
from gmdesk.ui.runner import SyncRunner
from gmdesk.workbooks.template import TemplateMapping
from tests.conftest import TODAY
from tests.workbooks.test_template import MAPPING, make_template


def make_page(qtbot: QtBot, demo_db: Database, demo_path: Path, year: int = 115) -> ExportsPage:
    ctx = AppContext(demo_db, demo_path, year, SyncRunner(), today=lambda: TODAY)
    page = ExportsPage(ctx)
    qtbot.addWidget(page)
    return page


def test_exports_write_files_and_the_readiness_list_links(
        qtbot: QtBot, qapp: object, demo_db: Database, demo_path: Path, tmp_path: Path) -> None:
    page = make_page(qtbot, demo_db, demo_path)
    page.resize(1180, 760)
    page.show()
    page.grab().save("/tmp/exports.png")
    assert "尚不能送出" in page.ready_label.text()
    assert "href='events'" in page.ready_label.text()
    targets: list[str] = []
    page.ctx.navigate.connect(targets.append)
    page.ready_label.linkActivated.emit("training")
    assert targets == ["training"]

    page.export_city(tmp_path / "c.xlsx")
    assert "已輸出" in page.result.text()
    assert "CEDAW宣導" in load_workbook(tmp_path / "c.xlsx").sheetnames
    page.export_annual(tmp_path / "a.pdf")
    assert (tmp_path / "a.pdf").read_bytes()[:5] == b"%PDF-"
    page.export_pack(tmp_path / "p.zip")
    assert any(n.startswith("01_執行小組/") for n in zipfile.ZipFile(tmp_path / "p.zip").namelist())
    assert page.city_button.isEnabled()


def test_name_display_and_template_registration(
        qtbot: QtBot, qapp: object, demo_db: Database, demo_path: Path, tmp_path: Path) -> None:
    page = make_page(qtbot, demo_db, demo_path)
    assert page.names.currentData() == "masked"
    page.names.setCurrentIndex(page.names.findData("full"))
    assert reports.get_name_display(demo_db).value == "full"

    template = make_template(tmp_path / "t.xlsx")
    bad = TemplateMapping.from_json(json.dumps(dict(MAPPING, cells={"封面!A1": "year"})))
    assert not page.register_template(template, bad)
    assert "封面" in page.template_error.text()
    assert page.register_template(template, TemplateMapping.from_json(json.dumps(MAPPING)))
    assert "t.xlsx" in page.template_label.text()
    assert page.edit_button.isEnabled()
    page.clear_template()
    assert "內建" in page.template_label.text()
