"""Targets and progress: who must train, how far each is, completion by category × gender."""

import datetime as dt

import pytest

from gmdesk.domain import training as rules
from gmdesk.domain.compliance import Status
from gmdesk.domain.errors import InputError
from gmdesk.domain.model import (
    Employment,
    Exemption,
    Gender,
    Level,
    Person,
    PersonId,
    StaffCategory,
    TrainingId,
    TrainingRecord,
)
from gmdesk.domain.presets import TAIPEI_BUREAU

Y = 115


def person(pid: int, gender: Gender = Gender.FEMALE) -> Person:
    return Person(PersonId(pid), f"人{pid}", gender)


def job(pid: int, category: StaffCategory, start: dt.date = dt.date(2020, 1, 1),
        end: dt.date | None = None) -> Employment:
    return Employment(pid, PersonId(pid), category, start, end)


def rec(pid: int, hours: float, day: dt.date = dt.date(2026, 3, 5), title: str = "CEDAW",
        level: Level = Level.BASIC) -> TrainingRecord:
    return TrainingRecord(TrainingId(0), PersonId(pid), title, day, hours, level)


def test_focal_points_need_the_advanced_part() -> None:
    people = {PersonId(1): person(1)}
    rows = rules.progress(people, [job(1, StaffCategory.FOCAL)], [],
                          [rec(1, 12), rec(1, 6, dt.date(2026, 4, 1), "進階", Level.ADVANCED)],
                          TAIPEI_BUREAU, Y)
    assert rows[0].done == 18 and rows[0].complete
    rows = rules.progress(people, [job(1, StaffCategory.FOCAL)], [],
                          [rec(1, 12), rec(1, 6, dt.date(2026, 4, 1), "二")], TAIPEI_BUREAU, Y)
    assert rows[0].done == 18 and rows[0].short == 6 and rows[0].status == "未完成"


def test_the_same_course_and_day_counts_once_and_a_day_holds_twelve_hours() -> None:
    people = {PersonId(1): person(1)}
    records = [rec(1, 2), rec(1, 2, title=" CEDAW "), rec(1, 8, title="B"), rec(1, 8, title="C")]
    rows = rules.progress(people, [job(1, StaffCategory.GENERAL)], [], records, TAIPEI_BUREAU, Y)
    assert rows[0].done == 12


def test_short_service_and_recorded_exemptions_are_exempt() -> None:
    people = {PersonId(i): person(i) for i in (1, 2, 3)}
    employment = [job(1, StaffCategory.GENERAL, dt.date(2026, 11, 3)),
                  job(2, StaffCategory.GENERAL),
                  job(3, StaffCategory.GENERAL, end=dt.date(2026, 3, 31))]
    rows = {r.person.id: r for r in rules.progress(
        people, employment, [Exemption(1, PersonId(2), Y, "育嬰留職停薪")], [], TAIPEI_BUREAU, Y)}
    assert "未滿90日" in rows[1].exempt_reason
    assert rows[2].exempt_reason == "育嬰留職停薪"
    assert not rows[3].exempt  # 90 days: Jan 1 to Mar 31 is exactly 90 (以上 includes it)


def test_people_who_left_before_the_year_are_not_counted() -> None:
    rows = rules.progress({PersonId(1): person(1)},
                          [job(1, StaffCategory.GENERAL, end=dt.date(2025, 12, 31))], [], [],
                          TAIPEI_BUREAU, Y)
    assert rows == []


def test_completion_by_category_and_gender() -> None:
    people = {PersonId(i): person(i, Gender.MALE if i % 2 else Gender.FEMALE) for i in range(1, 6)}
    employment = [job(i, StaffCategory.GENERAL) for i in range(1, 5)] + [
        job(5, StaffCategory.SUPERVISOR)]
    records = [rec(1, 3), rec(2, 3), rec(3, 1)]
    rows = rules.progress(people, employment, [], records, TAIPEI_BUREAU, Y)
    lines = {line.label: line for line in rules.completion_lines(rows)}
    general = lines["一般公務人員"]
    assert general.required == (2, 2, 4) and general.completed == (1, 1, 2)
    assert general.rate(2) == 0.5 and general.average_hours == 7 / 4
    assert lines["合計"].required == (3, 2, 5) and lines["合計"].completed == (1, 1, 2)
    assert [r.person.id for r in rules.short_list(rows)] == [4, 5, 3]


def test_check_warns_during_the_year_and_fails_after() -> None:
    rows = rules.progress({PersonId(1): person(1)}, [job(1, StaffCategory.GENERAL)], [],
                          [rec(1, 1)], TAIPEI_BUREAU, Y)
    assert rules.check_training(rows, Y, dt.date(2026, 6, 1))[0].status is Status.WARN
    finding = rules.check_training(rows, Y, dt.date(2027, 1, 2))[0]
    assert finding.status is Status.FAIL and "人1" in finding.text


@pytest.mark.parametrize(("hours", "field"), [(0, "hours"), (12.5, "hours"), (1.25, "hours")])
def test_validate_record(hours: float, field: str) -> None:
    with pytest.raises(InputError) as info:
        rules.validate_record(rec(1, hours))
    assert info.value.field == field


def test_course_summary_by_gender_and_satisfaction() -> None:
    people = {PersonId(1): person(1, Gender.MALE), PersonId(2): person(2)}
    records = [rec(1, 2), rec(2, 2)]
    records = [r.__class__(**{**r.__dict__, "satisfaction": s}) for r, s in zip(records, (4, 5),
                                                                               strict=True)]
    summary = rules.course_summary(records, people)
    assert len(summary) == 1
    assert (summary[0].male, summary[0].female, summary[0].person_hours) == (1, 1, 4)
    assert summary[0].satisfaction == 4.5


def test_the_same_course_twice_on_different_days_is_flagged_for_the_clerk() -> None:
    records = [
        rec(1, 2.0, dt.date(2026, 3, 5), "CEDAW 基礎課程"),
        rec(1, 2.0, dt.date(2026, 9, 1), "ＣＥＤＡＷ基礎課程"),  # full-width, no space: the same
        rec(1, 2.0, dt.date(2026, 3, 5), "CEDAW 基礎課程"),  # same day: a duplicate, not a repeat
        rec(2, 2.0, dt.date(2026, 3, 5), "CEDAW 基礎課程"),
        rec(2, 3.0, dt.date(2026, 4, 1), "性別影響評估"),
    ]
    repeats = rules.repeated_courses(records)
    assert [(r.person_id, r.days, r.hours) for r in repeats] == [
        (1, (dt.date(2026, 3, 5), dt.date(2026, 9, 1)), 2.0)]
    findings = rules.repeat_findings(repeats, {1: "王小明", 2: "李小華"})
    assert [f.status for f in findings] == [Status.WARN]
    assert "王小明「CEDAW 基礎課程」（115/03/05、115/09/01）" in findings[0].text
    assert "是否只計一次" in findings[0].text and "李小華" not in findings[0].text
    assert rules.repeat_findings([], {}) == []


def test_an_exemption_needs_a_listed_reason_a_start_and_a_period_in_the_year() -> None:
    from gmdesk.domain.model import ExemptionKind

    pid = PersonId(7)
    made = rules.make_exemption(pid, Y, ExemptionKind.PARENTAL_LEAVE, dt.date(2026, 3, 1),
                                dt.date(2026, 8, 31), "  府人字第1150001號 ")
    assert (made.reason, made.note) == ("育嬰留職停薪", "府人字第1150001號")
    assert rules.exemption_text(made) == "育嬰留職停薪（115/03/01–115/08/31）"
    ongoing = rules.make_exemption(pid, Y, ExemptionKind.UNPAID_LEAVE, dt.date(2025, 7, 1), None)
    assert rules.exemption_period(ongoing) == "114/07/01 起"  # began last year, still on leave
    other = rules.make_exemption(pid, Y, ExemptionKind.OTHER, dt.date(2026, 1, 1), None, "外派")
    assert other.reason == "外派"
    cases = [
        ((None, dt.date(2026, 1, 1), None, ""), "kind", "請選擇免訓原因"),
        ((ExemptionKind.OTHER, dt.date(2026, 1, 1), None, " "), "note", "請在備註寫明原因"),
        ((ExemptionKind.SICK_LEAVE, None, None, ""), "start", "起日"),
        ((ExemptionKind.SICK_LEAVE, dt.date(2026, 5, 1), dt.date(2026, 4, 1), ""), "end",
         "迄日 115/04/01 早於起日 115/05/01"),
        ((ExemptionKind.SICK_LEAVE, dt.date(2027, 1, 5), None, ""), "start", "不在 115 年度"),
        ((ExemptionKind.SICK_LEAVE, dt.date(2024, 1, 5), dt.date(2025, 2, 1), ""), "end",
         "不在 115 年度"),
        ((ExemptionKind.APPROVED, dt.date(2026, 1, 5), None, "字" * 201), "note", "最多 200 字"),
    ]
    for (kind, start, end, note), field, words in cases:
        with pytest.raises(InputError) as caught:
            rules.make_exemption(pid, Y, kind, start, end, note)
        assert caught.value.field == field and words in str(caught.value), (kind, str(caught.value))


def test_outside_employment_says_why() -> None:
    periods = [Employment(1, PersonId(1), StaffCategory.GENERAL, dt.date(2025, 5, 1),
                          dt.date(2025, 8, 31)),
               Employment(2, PersonId(1), StaffCategory.GENERAL, dt.date(2026, 1, 1),
                          dt.date(2026, 6, 30))]
    assert rules.outside_employment(periods, dt.date(2025, 6, 1)) == ""
    assert rules.outside_employment(periods, dt.date(2025, 4, 30)) == "在到職日 114/05/01 之前"
    assert rules.outside_employment(periods, dt.date(2026, 7, 1)) == "在離職日 115/06/30 之後"
    assert rules.outside_employment(periods, dt.date(2025, 10, 1)) == (
        "不在任職期間（114/05/01–114/08/31、115/01/01–115/06/30）內")
    assert rules.outside_employment([], dt.date(2025, 10, 1)) == "此人尚未登錄任職期間"


def test_the_training_shortfall_is_a_code_with_its_figures() -> None:
    from gmdesk import wording

    rows = rules.progress({PersonId(1): person(1), PersonId(2): person(2)},
                          [job(1, StaffCategory.GENERAL), job(2, StaffCategory.GENERAL)], [],
                          [rec(1, 1), rec(2, 3)], TAIPEI_BUREAU, Y)
    [finding] = rules.check_training(rows, Y, dt.date(2027, 1, 2))
    assert finding.phrase.code == "training.short"
    assert finding.phrase.param("done") == 1 and finding.phrase.param("required") == 2
    assert finding.phrase.param("percent") == "50" and finding.phrase.param("short") == 1
    assert finding.text == "完成1/2人（50%）；尚有1人未達時數：人1"
    assert wording.say(finding.phrase, "en") == (
        "1/2 completed (50%); 1 still short of hours: 人1")
