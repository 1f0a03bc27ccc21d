"""人員與培力 page on the demo office: roster, progress, completion and the import dialog."""

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from gmdesk.domain import training as rules
from gmdesk.domain.importing import ImportKind
from gmdesk.services import training as training_service
from gmdesk.ui.context import AppContext, Change
from gmdesk.ui.pages.staff import StaffPage
from gmdesk.ui.runner import SyncRunner
from tests.conftest import TODAY

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def make_page(qtbot: QtBot, demo_db: Database, demo_path: Path) -> StaffPage:
    ctx = AppContext(demo_db, demo_path, 115, SyncRunner(), today=lambda: TODAY)
    page = StaffPage(ctx)
    qtbot.addWidget(page)
    page.resize(1180, 760)
    page.show()
    return page


def test_roster_hides_people_who_left_until_asked(qtbot: QtBot, demo_db: Database,
                                                  demo_path: Path) -> None:
    page = make_page(qtbot, demo_db, demo_path)
    total = len(page.roster_tab.roster_model.all_records())
    shown = page.roster_tab.roster_model.rowCount()
    assert shown == total - 1  # the demo's one person who left
    page.roster_tab.show_left.setChecked(True)
    assert page.roster_tab.roster_model.rowCount() == total
    page.roster_tab.show_left.setChecked(False)
    page.roster_tab.roster_view.selectRow(0)
    assert page.roster_tab.records_model.rowCount() > 0
    assert "的培力紀錄" in page.roster_tab.records_title.text()
    page.grab().save("/tmp/staff_roster.png")
    unit = page.roster_tab.unit_filter.findText("民政課")
    page.roster_tab.unit_filter.setCurrentIndex(unit)
    assert all(r.unit == "民政課" for r in page.roster_tab.roster_model.records())


def test_progress_lists_who_is_short(qtbot: QtBot, demo_db: Database, demo_path: Path) -> None:
    page = make_page(qtbot, demo_db, demo_path)
    page.tabs.setCurrentIndex(1)
    short = page.progress_tab.progress_model.records()
    assert len(short) == 4 and all(r.short > 0 for r in short)
    assert "尚未達時數4人" in page.progress_tab.progress_summary.text()
    page.progress_tab.progress_view.sortByColumn(1, page.progress_tab.progress_view.horizontalHeader().sortIndicatorOrder())
    page.grab().save("/tmp/staff_progress.png")
    page.progress_tab.only_short.setChecked(False)
    assert page.progress_tab.progress_model.rowCount() > 4
    page.tabs.setCurrentIndex(2)
    labels = [line.label for line in page.completion_tab.completion_model.records()]
    assert labels[-1] == "合計" and "一般公務人員" in labels
    page.grab().save("/tmp/staff_completion.png")
    page.tabs.setCurrentIndex(3)
    assert page.courses_tab.course_model.rowCount() >= 6
    page.focus_record(str(short[0].person.id))
    assert page.tabs.currentIndex() == 0
    assert page.roster_tab.roster_model.record(page.roster_tab.roster_view.currentIndex().row()).person.id == \
        short[0].person.id


def test_import_dialog_maps_previews_dry_runs_and_imports(qtbot: QtBot, demo_db: Database,
                                                          demo_path: Path) -> None:
    page = make_page(qtbot, demo_db, demo_path)
    before = demo_db["training"].count
    dialog = page.start_import(ImportKind.TRAINING, FIXTURES / "training_messy.xls")
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.mapping() == {"staff_no": 0, "name": 1, "title": 2, "day": 3, "hours": 4,
                                "delivery": 5}
    assert dialog.preview_model.rowCount() == 5
    assert dialog.preview_model.data(dialog.preview_model.index(0, 0)) == "4"
    dialog.grab().save("/tmp/staff_import.png")
    dialog.run(dry_run=True)
    assert "將新增5筆培力紀錄，合計10小時" in dialog.result_text.toPlainText()
    assert demo_db["training"].count == before
    dialog.run(dry_run=False)
    assert dialog.applied
    assert demo_db["training"].count == before + 5
    assert not dialog.import_button.isEnabled()


def test_import_dialog_reports_a_bad_row(qtbot: QtBot, demo_db: Database, demo_path: Path,
                                         tmp_path: Path) -> None:
    page = make_page(qtbot, demo_db, demo_path)
    bad = tmp_path / "bad.csv"
    bad.write_text("員工編號,姓名,課程名稱,上課日期,時數\n00003,甲,CEDAW,115/13/5,2\n",
                   encoding="utf-8")
    dialog = page.start_import(ImportKind.TRAINING, bad)
    assert dialog is not None
    qtbot.addWidget(dialog)
    before = demo_db["training"].count
    dialog.run(dry_run=False)
    text = dialog.result_text.toPlainText()
    assert "第2列「上課日期」欄 「115/13/5」" in text and "全部未匯入" in text
    assert demo_db["training"].count == before


def test_a_tab_reads_its_data_only_when_shown_and_is_current_then(
        qtbot: QtBot, demo_db: Database, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = training_service.course_summary
    reads: list[int] = []

    def counting(db: Database, year: int) -> list[rules.CourseSummary]:
        reads.append(year)
        return real(db, year)

    monkeypatch.setattr(training_service, "course_summary", counting)
    page = make_page(qtbot, demo_db, demo_path)
    assert reads == []  # 課程統計 is not in view: not read on opening the page
    before = {c.title: c.participants for c in real(demo_db, 115)}
    # Someone's record of one of those courses is deleted: the page hears it on the roster tab.
    person_ids = [r.person.id for r in page.roster_tab.roster_model.all_records()]
    record = next(r for pid in person_ids for r in training_service.records_of_person(demo_db, pid)
                  if r.title in before and r.day.year - 1911 == 115)
    training_service.delete_record(demo_db, record.id)
    page.ctx.changed(Change.TRAINING)
    assert reads == []
    page.tabs.setCurrentIndex(3)
    assert reads == [115]
    shown = {c.title: c.participants for c in page.courses_tab.course_model.records()}
    assert shown[record.title] == before[record.title] - 1
    page.tabs.setCurrentIndex(0)
    page.tabs.setCurrentIndex(3)
    assert reads == [115]  # nothing changed since: not read again


def test_the_search_filters_the_roster_once_the_clerk_pauses(
        qtbot: QtBot, demo_db: Database, demo_path: Path) -> None:
    page = make_page(qtbot, demo_db, demo_path)
    model = page.roster_tab.roster_model
    everyone = model.rowCount()
    name = model.records()[0].person.name
    page.roster_tab.search.setText(name)
    assert model.rowCount() == everyone  # still typing: the table has not flickered yet
    qtbot.waitUntil(lambda: model.rowCount() < everyone, timeout=2000)
    assert name in [r.person.name for r in model.records()]
    assert page.roster_tab.count_label.text() == f"顯示 {model.rowCount()} / {everyone + 1} 人"
    page.tabs.setCurrentIndex(1)
    progress = page.progress_tab.progress_model
    short = progress.rowCount()
    page.progress_tab.progress_search.setText(progress.records()[0].person.name)
    qtbot.waitUntil(lambda: progress.rowCount() < short, timeout=2000)
    assert progress.rowCount() >= 1


def test_the_person_dialog_says_what_is_wrong_and_saves_nothing(
        qtbot: QtBot, demo_db: Database, demo_path: Path) -> None:
    from gmdesk.ui.pages.staff import PersonDialog

    page = make_page(qtbot, demo_db, demo_path)
    people = len(page.roster_tab.roster_model.all_records())
    dialog = PersonDialog(page.ctx, None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.error.isVisible()  # no empty error line above the buttons
    dialog.name.setText("")
    dialog.save()
    assert dialog.error.isVisible() and dialog.error.text()
    assert dialog.saved_id is None
    page.reload()
    assert len(page.roster_tab.roster_model.all_records()) == people


def test_the_person_dialog_reads_dates_units_and_categories_with_the_shared_fields(
        qtbot: QtBot, demo_db: Database, demo_path: Path) -> None:
    from gmdesk.domain.model import StaffCategory
    from gmdesk.services import settings as settings_service
    from gmdesk.services import staff as staff_service
    from gmdesk.ui.pages.staff import PersonDialog

    page = make_page(qtbot, demo_db, demo_path)
    dialog = PersonDialog(page.ctx, None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    unit_id, unit_name = next(iter(settings_service.unit_names(demo_db).items()))
    assert dialog.unit.itemText(0) == "（未指定）" and dialog.unit.itemText(1) == unit_name
    dialog.name.setText("新同仁")
    dialog.unit.set_value(unit_id)
    dialog.category.set_value(StaffCategory.SUPERVISOR)
    dialog.start.setText("115/2/30")
    dialog.save()
    assert "「到職日期」" in dialog.error.text() and "2月沒有30日" in dialog.error.text()
    assert dialog.focusWidget() is dialog.start and dialog.saved_id is None
    dialog.start.setText("115/2/3")
    dialog.save()
    assert dialog.saved_id is not None
    [row] = [r for r in staff_service.roster(demo_db, 115, TODAY) if r.person.name == "新同仁"]
    assert row.person.unit_id == unit_id and row.category is StaffCategory.SUPERVISOR
    assert row.start is not None and row.start.month == 2 and row.start.day == 3


def test_import_dialog_lists_twenty_bad_rows_then_says_how_many_more(
        qtbot: QtBot, demo_db: Database, demo_path: Path, tmp_path: Path) -> None:
    from gmdesk.domain.importing import MAX_ERROR_LINES

    page = make_page(qtbot, demo_db, demo_path)
    bad = tmp_path / "bad.csv"
    rows = "".join(f"00003,甲,CEDAW,115/13/{day},2\n" for day in range(1, MAX_ERROR_LINES + 6))
    bad.write_text("員工編號,姓名,課程名稱,上課日期,時數\n" + rows, encoding="utf-8")
    dialog = page.start_import(ImportKind.TRAINING, bad)
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.run(dry_run=True)
    text = dialog.result_text.toPlainText()
    assert text.count("「上課日期」欄") == MAX_ERROR_LINES
    assert text.rstrip().endswith("…另有 5 筆錯誤")
