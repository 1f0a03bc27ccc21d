"""報表匯出: exports run through the runner, readiness links navigate, templates register."""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from gmdesk.services import output, reports
from gmdesk.ui.context import AppContext
from gmdesk.ui.pages.exports import ExportsPage
from gmdesk.ui.runner import Cancelled, Runner, SyncRunner, error_text
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


def _answer(page: ExportsPage, role: QMessageBox.ButtonRole) -> list[str]:
    """Answer the not-ready warning with `role`; return what it said."""
    said: list[str] = []

    def ask(box: QMessageBox) -> QMessageBox.ButtonRole:
        said.append(box.text() + "\n" + box.informativeText())
        said.extend(b.text() for b in box.buttons())
        return role

    page.ask = ask  # type: ignore[method-assign]
    return said


def _save_as(monkeypatch: pytest.MonkeyPatch, answer: Path | None = None) -> list[str]:
    started: list[str] = []

    def save(_parent: object, _title: str, start: str, _filters: str) -> tuple[str, str]:
        started.append(start)
        return (str(answer) if answer else start), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    return started


def test_a_year_not_ready_warns_with_what_is_missing_and_cancel_writes_nothing(
        qtbot: QtBot, qapp: object, demo_db: Database, demo_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    output.set_output_dir(demo_db, tmp_path / "輸出")
    page = make_page(qtbot, demo_db, demo_path)
    said = _answer(page, QMessageBox.ButtonRole.RejectRole)
    started = _save_as(monkeypatch)
    page.city_button.click()
    assert "115年度尚有 2 項未完成" in said[0]
    assert "對外CEDAW宣導1場，應至少2場" in said[0] and "尚有4人未達時數" in said[0]
    assert said[1:] == ["仍要匯出", "取消"]
    assert started == [] and not (tmp_path / "輸出").exists()  # 取消: nothing asked, written

    _answer(page, QMessageBox.ButtonRole.AcceptRole)  # 仍要匯出
    page.city_button.click()
    assert started == [str(tmp_path / "輸出" / "115年度城市報表.xlsx")]
    assert "CEDAW宣導" in load_workbook(tmp_path / "輸出" / "115年度城市報表.xlsx").sheetnames
    page.city_button.click()  # the first file stays: the second is 「(2)」
    assert started[-1] == str(tmp_path / "輸出" / "115年度城市報表 (2).xlsx")
    assert (tmp_path / "輸出" / "115年度城市報表 (2).xlsx").is_file()


def test_a_ready_year_exports_without_a_warning_and_offers_file_and_folder(
        qtbot: QtBot, qapp: object, demo_db: Database, demo_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    page = make_page(qtbot, demo_db, demo_path)
    page.not_ready_box = lambda: None  # type: ignore[method-assign]  # a ready year
    asked = _answer(page, QMessageBox.ButtonRole.RejectRole)
    started = _save_as(monkeypatch)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    page.annual_button.click()
    assert asked == []
    made = output.default_output_dir() / "115年度性別主流化成果報告.pdf"
    assert started == [str(made)] and made.read_bytes()[:5] == b"%PDF-"
    box = page.done_box
    assert box is not None and box.isVisible()
    assert "115年度性別主流化成果報告.pdf" in box.text()
    buttons = {b.text(): b for b in box.buttons()}
    assert set(buttons) == {"開啟檔案(&O)", "開啟資料夾(&F)", "關閉"}
    buttons["開啟資料夾(&F)"].click()
    buttons["開啟檔案(&O)"].click()
    assert opened == [str(made.parent), str(made)]
    shutil.rmtree(made.parent)


def test_the_three_exports_on_a_real_runner_with_progress_and_cancel(
        qtbot: QtBot, qapp: object, demo_db: Database, demo_path: Path, tmp_path: Path) -> None:
    ctx = AppContext(demo_db, demo_path, 115, Runner(), today=lambda: TODAY)
    page = ExportsPage(ctx)
    qtbot.addWidget(page)
    page.export_pack(tmp_path / "p.zip")
    assert not page.city_button.isEnabled()  # busy while the worker writes
    qtbot.waitUntil(lambda: page.city_button.isEnabled(), timeout=60_000)
    assert "已輸出" in page.result.text()
    assert zipfile.ZipFile(tmp_path / "p.zip").namelist()

    page._failed(Cancelled())
    assert page.result.text() == "已取消，沒有留下未完成的檔案。"
    page._failed(error_text(Cancelled()))  # the runner's text for the same
    assert page.result.text() == "已取消，沒有留下未完成的檔案。"
    page._failed(OSError(28, "No space left on device"))
    assert "作業未完成" in page.result.text() and page.city_button.isEnabled()


def test_the_annual_report_is_previewed_in_the_window(
        qtbot: QtBot, qapp: object, demo_db: Database, demo_path: Path) -> None:
    from gmdesk.ui.pdf_preview import PdfPreview

    page = make_page(qtbot, demo_db, demo_path)
    page.preview_button.click()
    dialog = page.findChild(PdfPreview)
    assert dialog is not None
    assert dialog.windowTitle() == "115年度性別主流化成果報告"
    with qtbot.waitSignal(dialog.view.first_page_shown, timeout=20_000):
        pass
    assert dialog.view.page_label.text().startswith("第 1／")
    assert dialog.suggested_path() == output.default_output_dir() / "115年度性別主流化成果報告.pdf"
    scratch = dialog.path
    dialog.reject()
    assert not scratch.exists()


def test_the_readiness_check_runs_in_the_background_and_an_early_export_waits_for_it(
        qtbot: QtBot, qapp: object, demo_db: Database, demo_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.ui.deferred import DeferredRunner

    runner = DeferredRunner()
    ctx = AppContext(demo_db, demo_path, 115, runner, today=lambda: TODAY)
    page = ExportsPage(ctx)  # the first visit: built, the year's check not yet answered
    qtbot.addWidget(page)
    assert "正在檢查" in page.ready_label.text() and runner.pending
    said = _answer(page, QMessageBox.ButtonRole.RejectRole)
    started = _save_as(monkeypatch)
    page.city_button.click()  # pressed before the check answers: it waits for it
    assert said == [] and started == []
    runner.finish()
    assert "尚不能送出" in page.ready_label.text()
    assert "115年度尚有 2 項未完成" in said[0]  # then asked, from the page's own check
    assert started == []  # 取消
