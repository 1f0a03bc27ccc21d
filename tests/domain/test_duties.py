"""The rules of 性別影響評估, 性別統計, 性別預算 and the committees' one-third rule."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from gmdesk import wording
from gmdesk.domain import budget, committees, impact, outreach, statistics
from gmdesk.domain.budget import BudgetCategory, BudgetItem, BudgetItemId, BudgetSheet
from gmdesk.domain.committees import Committee, CommitteeId, CommitteeKind, CommitteeMember
from gmdesk.domain.compliance import Status
from gmdesk.domain.errors import InputError
from gmdesk.domain.impact import (
    Adoption,
    ExpertSource,
    GiaCase,
    GiaCaseId,
    GiaKind,
    ParticipationWay,
)
from gmdesk.domain.model import Event, EventId, EventKind, Gender, MeetingId
from gmdesk.domain.presets import (
    KAOHSIUNG_DISTRICT,
    TAIPEI_BUREAU,
    TAIPEI_MEASURE_CATEGORIES,
    Preset,
)
from gmdesk.domain.statistics import (
    Analysis,
    AnalysisId,
    Indicator,
    IndicatorId,
    IndicatorReview,
    IndicatorValue,
    ReviewAction,
)

DAY = dt.date(2026, 5, 1)


def _case(**changes: object) -> GiaCase:
    complete = GiaCase(
        GiaCaseId(1), 115, "海濱區公園綠地改善工程", GiaKind.PUBLIC_WORKS, "經建課", dt.date(2026, 3, 2),
        expert_name="林雅婷", expert_source=ExpertSource.NATIONAL_DB, way=ParticipationWay.WRITTEN,
        participated_on=dt.date(2026, 3, 20), opinion="請增設哺集乳室及夜間照明。",
        adoption=Adoption.PARTLY, adoption_reason="夜間照明已納入，哺集乳室因用地不足改設於活動中心。")
    return replace(complete, **changes)  # type: ignore[arg-type]


# --- 性別影響評估 ---------------------------------------------------------------------------------

def test_a_complete_case_closes_and_an_incomplete_one_is_refused_naming_what_is_missing() -> None:
    closed = impact.validate_case(_case(closed_on=dt.date(2026, 4, 1)))
    assert closed.closed and impact.status_text(closed) == "已結案（115/04/01）"
    with pytest.raises(InputError, match=r"尚缺參採情形.*不能結案") as caught:
        impact.validate_case(_case(adoption=None, closed_on=dt.date(2026, 4, 1)))
    assert caught.value.field == "closed_on"
    with pytest.raises(InputError, match="未採納（部分採納）之理由"):
        impact.validate_case(_case(adoption_reason="", closed_on=dt.date(2026, 4, 1)))


def test_a_case_without_participation_required_needs_none() -> None:
    bare = GiaCase(GiaCaseId(2), 115, "里民活動中心維護", GiaKind.POLICY_PLAN, participation_required=False)
    assert impact.missing(bare) == []


def test_the_check_lists_open_cases_with_what_they_lack_and_fails_a_closed_incomplete_one() -> None:
    cases = [_case(), _case(id=GiaCaseId(2), title="自治條例修正案", adoption=None),
             _case(id=GiaCaseId(3), title="匯入之舊案", opinion="", closed_on=dt.date(2026, 4, 1))]
    findings = impact.check_impact(cases, 115)
    texts = [f.text for f in findings]
    assert findings[0].status is Status.WARN and "請登錄結案日期" in texts[0]
    assert findings[1].status is Status.WARN and "尚缺參採情形" in texts[1]
    assert findings[2].status is Status.FAIL and "已結案但缺少程序參與意見" in texts[2]
    assert findings[1].target == "impact:2"


def test_no_case_this_year_is_nothing_due() -> None:
    assert impact.check_impact([], 115) == []
    assert impact.summary([]).text == "本年度無應辦理案件"


# --- 性別統計 --------------------------------------------------------------------------------

def _indicator(number: int) -> Indicator:
    return Indicator(IndicatorId(number), f"指標{number}", "會計室", "戶政資料", breakdowns=("年齡",))


def test_indicators_not_reviewed_this_year_are_listed_and_fail_once_the_year_is_over() -> None:
    indicators = [_indicator(1), _indicator(2)]
    reviews = [IndicatorReview(1, IndicatorId(1), 115, ReviewAction.KEPT, DAY, MeetingId(3))]
    values = [IndicatorValue(1, IndicatorId(1), 114, 10, 12), IndicatorValue(2, IndicatorId(2), 114, 3, 4)]
    findings = statistics.check_statistics(indicators, reviews, values, [], [], KAOHSIUNG_DISTRICT, 115, False)
    assert [(f.status, f.text.split("：")[0]) for f in findings] == [
        (Status.WARN, "性別統計指標1項尚未辦理115年度檢討（指標2）")]
    over = statistics.check_statistics(indicators, reviews, values, [], [], KAOHSIUNG_DISTRICT, 115, True)
    assert over[0].status is Status.FAIL


def test_a_removed_indicator_is_no_longer_due_and_missing_values_are_flagged() -> None:
    indicators = [_indicator(1), _indicator(2)]
    reviews = [IndicatorReview(1, IndicatorId(1), 115, ReviewAction.KEPT, DAY),
               IndicatorReview(2, IndicatorId(2), 114, ReviewAction.REMOVED, DAY)]
    findings = statistics.check_statistics(indicators, reviews, [], [], [], KAOHSIUNG_DISTRICT, 115, False)
    assert [f.text.split("：")[0] for f in findings] == ["性別統計指標1項缺少114年之數值（指標1）"]


def test_a_taipei_bureau_needs_an_analysis_from_every_unit_presented_to_the_group() -> None:
    indicators = [_indicator(1)]
    reviews = [IndicatorReview(1, IndicatorId(1), 115, ReviewAction.KEPT, DAY)]
    values = [IndicatorValue(1, IndicatorId(1), 114, 1, 1)]
    analyses = [Analysis(AnalysisId(1), 115, "資訊服務使用者性別分析", "資訊服務組", DAY)]
    findings = statistics.check_statistics(indicators, reviews, values, analyses,
                                           ["資訊服務組", "綜合企劃組"], TAIPEI_BUREAU, 115, False)
    texts = [f.text for f in findings]
    assert texts[0].startswith("綜合企劃組本年度尚未撰擬性別統計分析專題")
    assert "尚未提報小組會議" in texts[1]
    assert statistics.check_statistics(indicators, reviews, values, analyses, ["資訊服務組"],
                                       KAOHSIUNG_DISTRICT, 115, False) == []


def test_values_must_not_be_negative() -> None:
    with pytest.raises(InputError, match="114年女性數值為負數"):
        statistics.validate_value(IndicatorValue(0, IndicatorId(1), 114, 1, -2))
    assert IndicatorValue(0, IndicatorId(1), 114, 30, 10).female_share == 0.25
    assert statistics.format_number(1234.0) == "1,234" and statistics.format_number(12.5) == "12.5"


# --- 性別預算 ---------------------------------------------------------------------------------

def _item(category: BudgetCategory, amount: int, year: int = 116, executed: int | None = None) -> BudgetItem:
    return BudgetItem(BudgetItemId(0), year, category, f"{category.label}計畫", "社會課", amount,
                      executed=executed)


def test_the_table_is_due_on_september_15_of_the_year_before() -> None:
    assert budget.deadline(KAOHSIUNG_DISTRICT, 116) == dt.date(2026, 9, 15)
    assert budget.deadline(replace(KAOHSIUNG_DISTRICT, budget_deadline=(8, 31)), 116) == dt.date(2026, 8, 31)
    items = [_item(BudgetCategory.PLAN, 120)]
    before = budget.check_budget([], items, KAOHSIUNG_DISTRICT, 115, dt.date(2026, 9, 1))
    assert {f.status for f in before} == {Status.WARN}
    after = budget.check_budget([], items, KAOHSIUNG_DISTRICT, 115, dt.date(2026, 9, 16))
    assert [f.text.split("：")[0] for f in after] == ["116年度性別預算編列情形表尚未經小組檢視",
                                                      "116年度性別預算編列情形表尚未報送（期限115/09/15）"]
    assert {f.status for f in after} == {Status.FAIL}
    filed = BudgetSheet(1, 116, dt.date(2026, 9, 1), None, dt.date(2026, 9, 10), "高市海區會字第1150001號")
    assert budget.check_budget([filed], items, KAOHSIUNG_DISTRICT, 115, dt.date(2026, 9, 16)) == []
    late = replace(filed, filed_on=dt.date(2026, 9, 20))
    assert "逾期限115/09/15" in budget.check_budget([late], items, KAOHSIUNG_DISTRICT, 115,
                                                   dt.date(2026, 9, 21))[0].text


def test_execution_is_due_once_the_budget_year_is_over() -> None:
    filed = BudgetSheet(1, 116, dt.date(2026, 9, 1), None, dt.date(2026, 9, 10))
    items = [_item(BudgetCategory.PLAN, 120), _item(BudgetCategory.TOOL, 30, year=114),
             _item(BudgetCategory.OTHER, 10, year=114, executed=10)]
    findings = budget.check_budget([filed], items, KAOHSIUNG_DISTRICT, 115, dt.date(2026, 10, 1))
    assert [(f.status, f.text.split("（")[0]) for f in findings] == [
        (Status.FAIL, "114年度性別預算1項尚未填寫執行數")]
    totals = budget.totals(items)
    assert totals[BudgetCategory.OTHER] == (10, 10) and BudgetCategory.LAW not in totals


def test_amounts_are_checked() -> None:
    with pytest.raises(InputError, match="千元"):
        budget.validate_item(_item(BudgetCategory.PLAN, -1))


# --- 委員會 ----------------------------------------------------------------------------------

def _members(committee: int, male: int, female: int) -> list[CommitteeMember]:
    return ([CommitteeMember(0, CommitteeId(committee), f"男{i}", Gender.MALE) for i in range(male)]
            + [CommitteeMember(0, CommitteeId(committee), f"女{i}", Gender.FEMALE) for i in range(female)])


def test_a_committee_short_of_one_third_fails_with_the_groups_wording_unless_filed() -> None:
    appraisal = Committee(CommitteeId(1), "考績委員會", CommitteeKind.APPRAISAL)
    selection = Committee(CommitteeId(2), "甄審委員會", CommitteeKind.SELECTION)
    members = _members(1, 5, 2) + _members(2, 3, 3)
    findings = committees.check_committees([appraisal, selection], members, DAY)
    assert len(findings) == 1 and findings[0].status is Status.FAIL
    assert findings[0].text.startswith("考績委員會委員中女性2人，未達三分之一（共7人，每一性別至少3人）")
    assert findings[0].target == "committee:1" and "報府備查" in findings[0].text
    filed = replace(appraisal, exception_reason="當然委員均為男性主管", filed_on=dt.date(2026, 2, 3),
                    doc_no="高市海區人字第1150000321號")
    warned = committees.check_committees([filed, selection], members, DAY)
    assert warned[0].status is Status.WARN and "因當然委員均為男性主管，已於115年2月3日報府備查" in warned[0].text


def test_members_who_left_do_not_count_and_a_filing_needs_its_reason() -> None:
    members = _members(1, 2, 1)
    members.append(replace(members[0], name="離任", end=dt.date(2026, 1, 1)))
    assert committees.composition(members, DAY).total == 3
    assert committees.meets(members, DAY)
    with pytest.raises(InputError, match="理由"):
        committees.validate_committee(Committee(CommitteeId(0), "甄審委員會", CommitteeKind.SELECTION,
                                                filed_on=DAY))


# --- Taipei measures ---------------------------------------------------------------------------

def _measure(category: str) -> Event:
    return Event(EventId(1), EventKind.MEASURE, "措施", dt.date(2026, 3, 1), category=category)


def test_taipei_measures_need_three_categories_and_one_item_kaohsiung_one_measure() -> None:
    assert (TAIPEI_BUREAU.measure_categories_min, TAIPEI_BUREAU.measures_per_year) == (3, 1)
    assert (KAOHSIUNG_DISTRICT.measure_categories_min, KAOHSIUNG_DISTRICT.measures_per_year) == (0, 1)
    one = [_measure(TAIPEI_MEASURE_CATEGORIES[0])]
    findings = outreach.check_measures(one, TAIPEI_BUREAU, True)
    assert [f.text.split("（")[0] for f in findings] == ["已辦理1類措施，每年應至少辦理3類：尚需辦理2類"]
    assert findings[0].text.endswith("（可辦理：（二）、（三）、（四）、（五）、（六））")
    # the categories still open are named by their number in English too
    assert wording.say(findings[0].phrase, "en").endswith("(open: (2), (3), (4), (5), (6))")
    assert outreach.check_measures(one, KAOHSIUNG_DISTRICT, True) == []
    extra = [TAIPEI_MEASURE_CATEGORIES[4], TAIPEI_MEASURE_CATEGORIES[5]]
    assert outreach.check_measures(one, TAIPEI_BUREAU, True, extra_categories=extra) == []
    assert outreach.check_measures([], TAIPEI_BUREAU, True, extra_categories=extra)[0].text.startswith(
        "其他性別平等措施0項，應至少1項")


def test_a_preset_saved_before_the_new_rules_takes_them_from_its_city() -> None:
    stored = TAIPEI_BUREAU.to_json().replace('"measure_categories_min": 3, ', "")
    assert '"measure_categories_min"' not in stored
    assert Preset.from_json(stored).measure_categories_min == 3
    again = Preset.from_json(replace(TAIPEI_BUREAU, duties_off=("impact",)).to_json())
    assert again.duties_off == ("impact",) and again.budget_deadline == (9, 15)


def test_values_from_a_sheet_are_read_by_header_and_refused_row_by_row() -> None:
    rows = [["115年度性別統計"], ["指標名稱", "年度", "男", "女"], ["里長人數", "114年", 17, "5"],
            ["", None, None, None], ["志工人數", 2025, "1,200", 980]]
    values = statistics.parse_value_rows(rows, {"里長人數": 1, "志工人數": 2})
    assert [(v.indicator_id, v.year, v.male, v.female) for v in values] == [(1, 114, 17, 5), (2, 114, 1200, 980)]
    with pytest.raises(InputError, match=r"2處不能匯入.*第2列指標「里長人數」尚未登錄.*第4列「男」的「1,2x」不是數字"):
        statistics.parse_value_rows([rows[1], rows[2], ["", "", "", ""], ["志工人數", 114, "1,2x", 1]],
                                    {"志工人數": 2})
    with pytest.raises(InputError, match="找不到標題列"):
        statistics.parse_value_rows([["a", "b"]], {})
