"""The four new duties through their services: saved checked, judged by `check`, carried by the
JSON format (version 2, with version-1 files still importable)."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from dataclasses import replace
from pathlib import Path

import pytest
from sqlite_utils import Database

from gmdesk.domain.budget import BudgetCategory, BudgetItem, BudgetItemId, BudgetSheet
from gmdesk.domain.committees import Committee, CommitteeId, CommitteeKind, CommitteeMember
from gmdesk.domain.compliance import Duty, Status
from gmdesk.domain.errors import InputError
from gmdesk.domain.impact import Adoption, ExpertSource, GiaKind, ParticipationWay
from gmdesk.domain.model import Gender, Office, OfficeKind
from gmdesk.domain.presets import KAOHSIUNG_DISTRICT, TAIPEI_BUREAU
from gmdesk.domain.statistics import Indicator, IndicatorId, ReviewAction
from gmdesk.services import budget, check, committees, impact, statistics
from gmdesk.services.office_data import export_json, import_json
from gmdesk.storage import office
from gmdesk.storage.db import open_db
from gmdesk.storage.schema import TABLES

TODAY = dt.date(2026, 11, 24)
FIXTURES = Path(__file__).parent.parent / "fixtures"
NEW_TABLES = ("gia_case", "indicator", "indicator_review", "indicator_value", "analysis",
              "budget_sheet", "budget_item", "committee", "committee_member")


def _office(db: Database, preset: object = KAOHSIUNG_DISTRICT) -> None:
    office.save_office(db, Office(name="高雄市小港灣區公所", city="高雄市", kind=OfficeKind.DISTRICT))
    office.save_preset(db, 113, preset)  # type: ignore[arg-type]


def _results(db: Database, today: dt.date = TODAY) -> dict[Duty, check.DutyResult]:
    return {r.duty: r for r in check.check_year(db, 115, today)}


def test_an_empty_office_has_nothing_due_for_impact_and_is_told_what_to_record(db: Database) -> None:
    _office(db)
    results = _results(db)
    assert results[Duty.IMPACT].status is Status.OK
    assert results[Duty.IMPACT].reasons == ["本年度無應辦理案件"]
    assert results[Duty.STATISTICS].status is Status.WARN
    assert results[Duty.STATISTICS].reasons[0].startswith("尚未登錄性別統計指標")
    assert results[Duty.BUDGET].status is Status.FAIL  # 115/09/15 has passed
    assert results[Duty.COMMITTEES].status is Status.OK


def test_a_preset_can_switch_a_duty_off(db: Database) -> None:
    _office(db, replace(KAOHSIUNG_DISTRICT, duties_off=("budget", "statistics")))
    results = _results(db)
    for duty in (Duty.BUDGET, Duty.STATISTICS):
        assert results[duty].status is Status.OK
        assert results[duty].reasons == ["本年度無應辦理案件"]
        assert results[duty].figures == {"applicable": False}


def test_a_case_is_closed_only_once_its_participation_and_adoption_are_recorded(db: Database) -> None:
    _office(db)
    case = replace(impact.blank_case(115, dt.date(2026, 3, 1)), title="里民活動中心整建工程",
                   kind=GiaKind.PUBLIC_WORKS, unit="經建課")
    case_id = impact.save_case(db, case)
    assert _results(db)[Duty.IMPACT].status is Status.WARN
    with pytest.raises(InputError, match="程序參與之專家學者"):
        impact.save_case(db, replace(case, id=case_id, closed_on=dt.date(2026, 5, 1)))
    assert impact.get_case(db, case_id).closed_on is None  # nothing half-written
    impact.save_case(db, replace(
        case, id=case_id, expert_name="李佩珊", expert_source=ExpertSource.CITY_DB,
        way=ParticipationWay.MEETING, participated_on=dt.date(2026, 4, 1), opinion="增設無障礙坡道。",
        adoption=Adoption.ADOPTED, closed_on=dt.date(2026, 5, 1)))
    result = _results(db)[Duty.IMPACT]
    assert result.status is Status.OK and result.summary == "辦理1案（已結案1案、辦理中0案）"


def test_statistics_budget_and_committees_through_their_services(db: Database) -> None:
    _office(db)
    iid = statistics.save_indicator(db, Indicator(IndicatorId(0), " 里長人數 ", "民政課", breakdowns=("年齡", "年齡")))
    statistics.review_indicator(db, iid, 115, ReviewAction.ADDED, dt.date(2026, 4, 1))
    statistics.set_values(db, iid, {114: (17, 5, 0), 113: (18, 4, 0)})
    statistics.set_values(db, iid, {114: (16, 6, 0)})
    rows = statistics.indicator_rows(db, 115)
    assert rows[0].indicator.name == "里長人數" and rows[0].indicator.breakdowns == ("年齡",)
    assert (rows[0].values[114].male, rows[0].values[114].female) == (16, 6)
    assert _results(db)[Duty.STATISTICS].status is Status.OK

    budget.save_item(db, BudgetItem(BudgetItemId(0), 116, BudgetCategory.PLAN, "婦女培力計畫", "社會課", 120))
    budget.save_sheet(db, BudgetSheet(0, 116, dt.date(2026, 9, 1), None, dt.date(2026, 9, 12), "第1號"))
    assert _results(db)[Duty.BUDGET].status is Status.OK
    with pytest.raises(InputError, match="報送日期早於小組檢視日期"):
        budget.save_sheet(db, BudgetSheet(0, 116, dt.date(2026, 9, 13), None, dt.date(2026, 9, 12)))
    assert budget.sheet_of(db, 116).filed_on == dt.date(2026, 9, 12)

    cid = committees.save_committee(db, Committee(CommitteeId(0), "考績委員會", CommitteeKind.APPRAISAL))
    for number in range(4):
        committees.save_member(db, CommitteeMember(0, cid, f"委員{number}", Gender.MALE))
    result = _results(db)[Duty.COMMITTEES]
    assert result.status is Status.FAIL and "女性0人，未達三分之一" in result.reasons[0]
    committees.save_member(db, CommitteeMember(0, cid, "王淑芬", Gender.FEMALE))
    committees.save_member(db, CommitteeMember(0, cid, "林美玲", Gender.FEMALE))
    assert _results(db)[Duty.COMMITTEES].status is Status.OK


def test_the_demo_office_has_every_new_duty(demo_db: Database) -> None:
    results = _results(demo_db)
    assert results[Duty.IMPACT].figures == {"cases": 2, "closed": 1, "open": 1, "missing": 1}
    assert results[Duty.STATISTICS].figures == {"indicators": 8, "reviewed": 8, "analyses": 1}
    assert results[Duty.BUDGET].figures["categories"] == 4 and results[Duty.BUDGET].status is Status.OK
    assert results[Duty.COMMITTEES].status is Status.WARN
    assert "已於115年2月5日報府備查" in results[Duty.COMMITTEES].reasons[0]
    values = [r.values for r in statistics.indicator_rows(demo_db, 115)]
    assert all(sorted(v) == [112, 113, 114] for v in values)


def test_a_taipei_bureau_counts_outreach_and_committees_as_measure_categories(demo_db: Database) -> None:
    office.save_preset(demo_db, 115, TAIPEI_BUREAU)
    measures = _results(demo_db)[Duty.MEASURES]
    # 照顧支持 is not one of Taipei's categories; （五） comes from the outreach session, （六）
    # not: the 甄審委員會 breaches the rule.
    assert measures.figures["categories_done"] == 1 and measures.figures["categories_required"] == 3
    assert measures.status is Status.WARN and "尚需辦理2類" in measures.reasons[0]


def test_a_version_1_export_imports_and_exports_again_as_version_2_with_nothing_lost(tmp_path: Path) -> None:
    old = tmp_path / "v1.json"
    old.write_bytes(gzip.decompress((FIXTURES / "export_v1.json.gz").read_bytes()))
    before = json.loads(old.read_text(encoding="utf-8"))
    assert before["version"] == 1 and not set(NEW_TABLES) & set(before["tables"])
    db = open_db(tmp_path / "office.gmdesk")
    import_json(db, old, TODAY)
    out = export_json(db, tmp_path / "v2.json")
    db.close()
    after = json.loads(out.read_text(encoding="utf-8"))
    assert after["version"] == 2 and set(after["tables"]) == set(TABLES)
    for table, rows in before["tables"].items():
        assert after["tables"][table] == rows, table
    assert all(after["tables"][t] == [] for t in NEW_TABLES)


def test_the_demo_office_round_trips_through_version_2(demo_db: Database, tmp_path: Path) -> None:
    first = export_json(demo_db, tmp_path / "first.json")
    data = json.loads(first.read_text(encoding="utf-8"))
    assert all(data["tables"][t] for t in NEW_TABLES)
    copy = open_db(tmp_path / "copy.gmdesk")
    import_json(copy, first, TODAY)
    second = export_json(copy, tmp_path / "second.json")
    assert json.loads(second.read_text(encoding="utf-8"))["tables"] == data["tables"]
    assert {r.duty: r.status for r in check.check_year(copy, 115, TODAY)} == \
        {r.duty: r.status for r in check.check_year(demo_db, 115, TODAY)}


def test_a_bad_value_in_a_new_table_is_refused_naming_it(demo_db: Database, tmp_path: Path) -> None:
    first = export_json(demo_db, tmp_path / "first.json")
    data = json.loads(first.read_text(encoding="utf-8"))
    data["tables"]["budget_item"][0]["amount"] = -5
    data["tables"]["gia_case"][0]["adoption"] = "maybe"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    copy = open_db(tmp_path / "copy.gmdesk")
    with pytest.raises(Exception, match=r"(?s)性別影響評估案.*adoption.*maybe.*性別預算項目.*amount.*不可為負數"):
        import_json(copy, bad, TODAY)
    assert copy.execute("SELECT COUNT(*) FROM office").fetchone()[0] == 0


def test_a_failing_new_duty_blocks_sending_and_a_warning_does_not(demo_db: Database) -> None:
    from gmdesk.services.reports import readiness

    before = [f.text for f in readiness(demo_db, 115, TODAY)]
    assert not any("性別預算" in t or "性別影響評估" in t for t in before)  # the demo's open case warns only
    sheet = budget.sheet_of(demo_db, 116)
    budget.save_sheet(demo_db, replace(sheet, filed_on=None))
    after = [f for f in readiness(demo_db, 115, TODAY) if f.text not in before]
    assert [f.text.split("（")[0] for f in after] == ["116年度性別預算編列情形表尚未報送"]
    assert after[0].target == "budget"
