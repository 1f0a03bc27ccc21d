"""The import dialog marks bad rows, imports only the correct ones on request, keeps the rest."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from gmdesk.domain.importing import ImportKind
from gmdesk.services import training as training_service
from gmdesk.ui.context import AppContext, Change
from gmdesk.ui.pages.staff import ImportDialog, StaffPage
from gmdesk.ui.runner import Cancelled, SyncRunner
from tests.conftest import TODAY

HEADER = "員工編號,姓名,課程名稱,上課日期,時數\n"


def make_page(qtbot: QtBot, demo_db: Database, demo_path: Path) -> StaffPage:
    ctx = AppContext(demo_db, demo_path, 115, SyncRunner(), today=lambda: TODAY)
    page = StaffPage(ctx)
    qtbot.addWidget(page)
    page.resize(1180, 760)
    page.show()
    return page


def staff_numbers(demo_db: Database) -> list[str]:
    return [r["staff_no"] for r in demo_db.query(
        "SELECT staff_no FROM person WHERE staff_no != '' ORDER BY id LIMIT 3")]


def open_dialog(page: StaffPage, path: Path) -> ImportDialog:
    dialog = page.start_import(ImportKind.TRAINING, path)
    assert dialog is not None
    return dialog


def test_bad_rows_are_marked_and_only_the_correct_rows_are_imported(
        qtbot: QtBot, demo_db: Database, demo_path: Path, tmp_path: Path) -> None:
    page = make_page(qtbot, demo_db, demo_path)
    a, b, c = staff_numbers(demo_db)
    path = tmp_path / "研習時數.csv"
    path.write_text(HEADER + f"{a},甲,CEDAW 與我,115/3/5,2\n{b},乙,CEDAW 與我,115/13/5,2\n"
                    f"{c},丙,CEDAW 與我,115/3/5,2\n99999,丁,CEDAW 與我,115/3/5,2\n",
                    encoding="utf-8")
    changes: list[Change] = []
    page.ctx.data_changed.connect(changes.append)
    before = demo_db["training"].count
    dialog = open_dialog(page, path)
    model = dialog.preview_model
    # Checked at once: rows 3 and 5 are red, their reason in 檢查結果 and as a tooltip.
    assert sorted(dialog.bad) == [3, 5]
    last = model.columnCount() - 1  # 檢查結果
    marks = {model.data(model.index(r, 0)): model.data(model.index(r, last)) for r in range(4)}
    assert marks["2"] == "✔" and marks["4"] == "✔"
    assert marks["3"].startswith("✘ 「上課日期」欄 「115/13/5」")
    assert "查無員工編號 99999" in marks["5"]
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is None
    tip = model.data(model.index(1, 4), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("第 3 列無法匯入：「上課日期」欄")
    assert dialog.import_button.text() == "只匯入正確的 2 列(&I)"
    assert dialog.import_button.isEnabled() and dialog.close_button.text() == "全部取消"
    assert "可只匯入正確的2列" in dialog.result_text.toPlainText()
    dialog.only_bad.setChecked(True)
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == ["3", "5"]
    dialog.grab().save("/tmp/import_bad_rows.png")
    dialog.only_bad.setChecked(False)
    dialog.grab().save("/tmp/import_checked.png")
    assert demo_db["training"].count == before  # checking wrote nothing

    dialog.import_button.click()
    assert dialog.applied and demo_db["training"].count == before + 2
    assert Change.PEOPLE | Change.TRAINING in changes  # announced by the runner
    skipped = tmp_path / "研習時數（未匯入的列）.csv"
    assert skipped.is_file()
    lines = skipped.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == HEADER.strip() + ",錯誤原因"
    assert lines[1].startswith(f"{b},乙,CEDAW 與我,115/13/5,2,「上課日期」欄")
    assert lines[2].startswith("99999,丁") and len(lines) == 3
    text = dialog.result_text.toPlainText()
    assert text.startswith("共4列：已新增2筆培力紀錄")
    assert "略過有錯誤的2列" in text and skipped.name in text
    shown = [model.data(model.index(r, last)) for r in range(4)]
    assert shown[0] == "✔ 已匯入" and shown[1].startswith("✘ 未匯入（已另存）：「上課日期」欄")
    assert dialog.open_skipped_button.isVisibleTo(dialog)
    assert dialog.open_skipped_button.toolTip() == str(skipped)
    assert not dialog.import_button.isEnabled() and dialog.close_button.text() == "關閉"
    assert not dialog.mapping_box.isEnabled()  # imported: the mapping is history now
    dialog.grab().save("/tmp/import_done.png")
    # The clerk fixes the file and imports it again: only the fixed rows are new.
    skipped.write_text(HEADER.strip() + ",錯誤原因\n"
                       f"{b},乙,CEDAW 與我,115/12/5,2,已修正\n", encoding="utf-8-sig")
    again = open_dialog(page, skipped)
    assert again.bad == {} and again.import_button.text() == "匯入(&I)"
    again.import_button.click()
    assert again.applied and demo_db["training"].count == before + 3


def test_cancel_all_imports_nothing_and_a_changed_mapping_is_checked_again(
        qtbot: QtBot, demo_db: Database, demo_path: Path, tmp_path: Path) -> None:
    page = make_page(qtbot, demo_db, demo_path)
    a, _b, _c = staff_numbers(demo_db)
    path = tmp_path / "hours.csv"
    path.write_text(HEADER + f"{a},甲,CEDAW,115/13/5,2\n", encoding="utf-8")
    dialog = open_dialog(page, path)
    assert dialog.bad and not dialog.import_button.isEnabled()  # nothing correct to import
    assert dialog.import_button.text() == "只匯入正確的 0 列(&I)"
    before = demo_db["training"].count
    dialog.combos["day"].setCurrentIndex(0)  # 上課日期 not mapped: asked for, not checked
    qtbot.waitUntil(lambda: "請指定這些欄位" in dialog.result_text.toPlainText(), timeout=2000)
    assert dialog.bad == {} and not dialog.import_button.isEnabled()
    dialog.combos["day"].setCurrentIndex(dialog.combos["day"].findData(3))
    qtbot.waitUntil(lambda: bool(dialog.bad), timeout=2000)
    dialog.close_button.click()
    assert dialog.result() == 0 and not dialog.applied
    assert demo_db["training"].count == before
    assert [p.name for p in tmp_path.iterdir() if "未匯入" in p.name] == []


def test_the_already_imported_notice_shows_the_roc_date_and_a_cancel_is_said(
        qtbot: QtBot, demo_db: Database, demo_path: Path, tmp_path: Path) -> None:
    page = make_page(qtbot, demo_db, demo_path)
    a, _b, _c = staff_numbers(demo_db)
    path = tmp_path / "hours.csv"
    path.write_text(HEADER + f"{a},甲,CEDAW 回顧,115/3/5,2\n", encoding="utf-8")
    first = open_dialog(page, path)
    first.import_button.click()
    assert first.applied
    log = training_service.open_source(demo_db, path, ImportKind.TRAINING).seen_before
    assert log is not None and log.imported_day is not None
    day = log.imported_day
    dialog = open_dialog(page, path)
    notice = dialog.seen_label.text()
    assert f"已於 {day.year - 1911}年{day.month}月{day.day}日 以「hours.csv」匯入過" in notice
    assert day.isoformat() not in notice
    dialog._failed(Cancelled())
    assert dialog.result_text.toPlainText() == "已取消：資料未變更。"
    assert dialog.dry_button.isEnabled()
