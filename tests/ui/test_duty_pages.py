"""The pages of 性別影響評估, 性別統計, 性別預算 and the committees, on the demo office."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from gmdesk.domain.compliance import Duty, Status
from gmdesk.domain.impact import Adoption
from gmdesk.domain.model import Gender
from gmdesk.services import check
from gmdesk.storage import duties
from tests.conftest import TODAY


def _page(qtbot: Any, demo_db: Database, demo_path: Path, monkeypatch: pytest.MonkeyPatch,
          module_name: str, cls: str) -> Any:
    import importlib

    from gmdesk.ui.context import AppContext
    from gmdesk.ui.pages.duties import base
    from gmdesk.ui.runner import SyncRunner

    shown: list[Path] = []
    monkeypatch.setattr(base, "show_pdf", lambda parent, path, *_: shown.append(path))
    ctx = AppContext(demo_db, demo_path, 115, SyncRunner(), today=lambda: TODAY)
    page = getattr(importlib.import_module(f"gmdesk.ui.pages.duties.{module_name}"), cls)(ctx)
    page._confirm = lambda title, text: True
    page.shown = shown
    qtbot.addWidget(page)
    page.resize(1180, 760)
    page.show()
    return page


def _status(db: Database, duty: Duty) -> check.DutyResult:
    return check.check_duty(db, duty, 115, TODAY)


def test_the_impact_page_closes_a_case_only_when_complete(qtbot: Any, demo_db: Database, demo_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(qtbot, demo_db, demo_path, monkeypatch, "impact", "ImpactPage")
    assert next(c.title for c in page.model.records()) == "海濱區公園綠地及兒童遊戲場改善工程"
    assert "尚缺參採情形" in page.findings.text()
    open_case = next(c for c in page.model.records() if not c.closed)
    page.focus_record(str(open_case.id))
    assert page.title_edit.text() == open_case.title and page.save_button.isEnabled()
    page.closed_edit.setText("115/10/30")
    assert page.dirty and not page.save()
    assert "尚缺參採情形" in page.error.text()
    assert duties.get_case(demo_db, open_case.id).closed_on is None  # nothing half-written
    page.adoption_combo.set_value(Adoption.ADOPTED)
    assert page.save()
    assert duties.get_case(demo_db, open_case.id).closed_on == dt.date(2026, 10, 30)
    assert _status(demo_db, Duty.IMPACT).status is Status.OK
    assert page.findings.text().count("✔") == 1
    page.print_current()
    assert page.shown and page.shown[-1].read_bytes()[:5] == b"%PDF-"
    page.preview_year()
    assert len(page.shown) == 2


def test_a_new_case_starts_blank_and_is_saved_for_the_year(qtbot: Any, demo_db: Database, demo_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(qtbot, demo_db, demo_path, monkeypatch, "impact", "ImpactPage")
    page.new_record()
    assert page.title_edit.text() == "" and page.heading.text() == "新增"
    assert not page.save() and "請填寫計畫或法案名稱" in page.error.text()
    page.title_edit.setText("海濱區道路照明改善計畫")
    assert page.save()
    assert "海濱區道路照明改善計畫" in [c.title for c in duties.list_cases(demo_db, 115)]
    assert len(page.model.records()) == 3


def test_the_committees_page_edits_members_and_shows_the_rule(qtbot: Any, demo_db: Database, demo_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(qtbot, demo_db, demo_path, monkeypatch, "committees", "CommitteesPage")
    selection = next(c for c in page.model.records() if c.name == "甄審委員會")
    page.focus_record(str(selection.id))
    assert "委員7人（男6、女1），任一性別至少3人" in page.count_label.text()
    page._add_member()
    row = page.members_model.rows[-1]
    row.name, row.gender = "林美玲", Gender.FEMALE.value
    page._add_member()
    page.members_model.rows[-1].name = "陳淑芬"
    page._members_edited()
    assert "女3" in page.count_label.text() and "✔" in page.count_label.text()
    assert page.save()
    names = [m.name for m in duties.list_members(demo_db, selection.id)]
    assert names[-2:] == ["林美玲", "陳淑芬"]
    assert _status(demo_db, Duty.COMMITTEES).status is Status.OK
    page.members_model.rows[0].start = "115/13/01"
    page._members_edited()
    assert not page.save() and "委員第1列「就任日期」" in page.error.text()


def test_the_budget_page_shows_next_years_table_and_its_filing(qtbot: Any, demo_db: Database, demo_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(qtbot, demo_db, demo_path, monkeypatch, "budget", "BudgetPage")
    assert page.year_spin.value() == 116 and len(page.model.records()) == 4
    assert "計535千元" in page.total_label.text()
    assert page.filed_edit.text() == "115/09/10"
    page.new_record()
    page.title_edit.setText("性平法令宣導")
    page.amount_spin.setValue(20)
    from gmdesk.domain.budget import BudgetCategory

    page.category_combo.set_value(BudgetCategory.LAW)
    assert page.save()
    assert "計555千元" in page.total_label.text()
    page.reviewed_edit.setText("115/09/20")
    assert not page.save_sheet() and "報送日期早於小組檢視日期" in page.sheet_error.text()
    page.year_spin.setValue(115)
    assert page.model.records() == [] and page.filed_edit.text() == ""
    page.preview_year()
    assert page.shown[-1].read_bytes()[:5] == b"%PDF-"


def test_the_statistics_page_saves_values_review_and_an_analysis(qtbot: Any, demo_db: Database, demo_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(qtbot, demo_db, demo_path, monkeypatch, "statistics", "StatisticsPage")
    assert len(page.model.records()) == 8
    first = page.model.records()[0].indicator
    page.focus_record(str(first.id))
    page._add_year()
    row = page.values_model.rows[-1]
    assert row.year == "115"
    row.male, row.female = "40", "x"
    assert not page.save() and "「x」不是數字" in page.error.text()
    row.female = "30"
    assert page.save()
    values = {v.year: (v.male, v.female) for v in duties.list_values(demo_db, first.id)}
    assert values[115] == (40, 30)
    assert page.analyses_model.rowCount() == 1
    from gmdesk.ui.pages.duties.statistics import AnalysisDialog

    dialog = AnalysisDialog(page, page.analyses_model.record(0), [], [], [])
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("")
    dialog.save()
    assert "請填寫分析專題題目" in dialog.error.text()


def test_every_new_page_opens_in_the_window_and_fits(qtbot: Any, demo_db: Database, demo_path: Path,
                                                      tmp_path: Path) -> None:
    from tests.ui.test_main_window import make_window

    window = make_window(qtbot, demo_db, demo_path)
    for key in ("impact", "statistics", "budget", "committees"):
        window.go_to(key)
        assert window.current_key() == key
        page = window.page(key)
        hint = page.minimumSizeHint()
        assert hint.width() <= 1000 and hint.height() <= 700
        assert page.grab().save(str(tmp_path / f"{key}.png"))
    window.go_to("committee:1")
    assert window.current_key() == "committees"


def test_values_come_in_from_a_sheet_all_or_nothing(qtbot: Any, demo_db: Database, demo_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog

    page = _page(qtbot, demo_db, demo_path, monkeypatch, "statistics", "StatisticsPage")
    warnings: list[str] = []
    page._warn = lambda title, text: warnings.append(text)
    bad = tmp_path / "bad.csv"
    bad.write_text("指標名稱,年度,男,女\n里長人數,115,18,6\n不存在的指標,115,1,1\n", encoding="utf-8")
    good = tmp_path / "good.csv"
    good.write_text("指標名稱,年度,男,女,其他\n里長人數,115,18,6,0\n本所員工人數,2026,39,28,\n", encoding="utf-8")
    for chosen in (bad, good):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, chosen=chosen, **_k: (str(chosen), ""))
        page.import_values()
    assert len(warnings) == 1 and "第3列指標「不存在的指標」尚未登錄" in warnings[0]
    by_name = {i.name: i.id for i in duties.list_indicators(demo_db)}
    values = {(v.indicator_id, v.year): (v.male, v.female) for v in duties.list_values(demo_db)}
    assert values[(by_name["里長人數"], 115)] == (18, 6) and values[(by_name["本所員工人數"], 115)] == (39, 28)


def test_settings_switch_a_duty_off_and_set_the_budget_deadline(qtbot: Any, demo_db: Database,
                                                                demo_path: Path) -> None:
    from gmdesk.storage import office
    from gmdesk.ui.context import AppContext
    from gmdesk.ui.pages.settings import SettingsPage
    from gmdesk.ui.runner import SyncRunner

    page = SettingsPage(AppContext(demo_db, demo_path, 115, SyncRunner(), today=lambda: TODAY))
    qtbot.addWidget(page)
    assert (page.budget_month.value(), page.budget_day.value()) == (9, 15)
    page.duties_off["impact"].setChecked(True)
    page.budget_month.setValue(8)
    page.budget_day.setValue(31)
    assert page.dirty and page.save()
    preset = office.preset_for(demo_db, 115)
    assert preset.duties_off == ("impact",) and preset.budget_deadline == (8, 31)
    result = _status(demo_db, Duty.IMPACT)
    assert result.status is Status.OK and result.summary == "本年度無應辦理案件"
    page.budget_month.setValue(2)
    page.budget_day.setValue(30)
    assert not page.save() and "「2月30日」不是存在的日期" in page.error.text()


def test_a_taipei_bureau_picks_measures_from_its_six_categories(qtbot: Any, demo_db: Database,
                                                                demo_path: Path) -> None:
    from gmdesk.domain.presets import TAIPEI_BUREAU, TAIPEI_MEASURE_CATEGORIES
    from gmdesk.storage import office
    from gmdesk.ui.context import AppContext
    from gmdesk.ui.pages.events.page import EventsPage
    from gmdesk.ui.runner import SyncRunner

    office.save_preset(demo_db, 115, TAIPEI_BUREAU)
    page = EventsPage(AppContext(demo_db, demo_path, 115, SyncRunner(), today=lambda: TODAY))
    qtbot.addWidget(page)
    from gmdesk.domain.model import EventKind

    page.new_event(EventKind.MEASURE)
    combo = page.form.category_combo
    assert [combo.itemText(i) for i in range(combo.count())] == list(TAIPEI_MEASURE_CATEGORIES)


@pytest.mark.parametrize(("module_name", "cls"), [("impact", "ImpactPage"), ("statistics", "StatisticsPage"),
                                                  ("budget", "BudgetPage"), ("committees", "CommitteesPage")])
def test_a_page_shows_its_form_only_for_a_chosen_or_new_record(qtbot: Any, db: Database, db_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch,
                                                               module_name: str, cls: str) -> None:
    """Nothing chosen: a sentence in the form's place (and across an empty list), no grey form."""
    from gmdesk.services.settings import create_office

    create_office(db, "高雄市測試區公所", "高雄市", "kaohsiung_district", 115)
    page = _page(qtbot, db, db_path, monkeypatch, module_name, cls)
    assert page.model.rowCount() == 0
    assert page.empty_hint.isVisible() and "按「新增」" in page.empty_hint.text()
    assert page.editor_stack.currentWidget() is page.hint and page.hint.isVisible()
    assert "新增" in page.hint.text() and page.heading.text() == ""
    assert not page.save_button.isEnabled() and not page.form_widget.isVisible()
    page.new_record()
    assert page.form_widget.isVisible() and page.form_widget.isEnabled() and page.heading.text() == "新增"
    assert not page.hint.isVisible()


def test_choosing_and_deleting_a_record_swaps_form_and_hint(qtbot: Any, demo_db: Database, demo_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    page = _page(qtbot, demo_db, demo_path, monkeypatch, "committees", "CommitteesPage")
    assert page.hint.isVisible() and not page.empty_hint.isVisible()
    page.table.selectRow(0)
    assert page.form_widget.isVisible() and page.name_edit.text() == "考績委員會"
    assert "任一性別至少3人" in page.count_label.text()
    page.delete_current()
    assert page.hint.isVisible() and not page.form_widget.isVisible()
    assert [c.name for c in page.model.records()] == ["甄審委員會"]
    page.table.selectRow(0)  # the row now under the cursor opens again
    assert page.form_widget.isVisible() and page.name_edit.text() == "甄審委員會"
