"""Meeting rules: quorum (half or more includes half), one-third among those present, the count."""

import datetime as dt

import pytest

from gmdesk.domain.compliance import Status
from gmdesk.domain.meetings import check_meetings, present_genders, present_one_third, quorum
from gmdesk.domain.model import (
    Attendance,
    AttendanceStatus,
    AttendeeKind,
    Gender,
    Meeting,
    MeetingId,
    PersonId,
)
from gmdesk.domain.presets import KAOHSIUNG_DISTRICT, TAIPEI_BUREAU


def row(status: AttendanceStatus, n: int = 1) -> Attendance:
    return Attendance(n, MeetingId(1), PersonId(n), AttendeeKind.MEMBER, status,
                      "代理人" if status is AttendanceStatus.PROXY else "")


P, L, X = AttendanceStatus.PRESENT, AttendanceStatus.LEAVE, AttendanceStatus.PROXY
EXT, INT = True, False  # an outside member (domain.group.is_external) or not


@pytest.mark.parametrize(("members", "present", "reached"),
                         [(10, 5, True), (10, 4, False), (9, 5, True), (9, 4, False),
                          (8, 4, True)])
def test_quorum_half_or_more_includes_exactly_half(members: int, present: int,
                                                   reached: bool) -> None:
    rows = [(INT, row(P if i < present else L, i)) for i in range(members)]
    result = quorum(rows, KAOHSIUNG_DISTRICT)
    assert result.reached is reached
    assert result.present == present
    if not reached:
        assert f"未達全體委員{members}人之半數（需{-(-members // 2)}人以上）" in result.reasons[0]


def test_proxy_counts_and_unrecorded_does_not() -> None:
    rows = [(INT, row(X, 1)), (INT, row(P, 2)), (INT, None),
            (INT, None)]
    assert quorum(rows, KAOHSIUNG_DISTRICT).reached


def test_taipei_needs_two_external_members() -> None:
    rows = [(EXT, row(P, 1)), (EXT, row(L, 2)), (EXT, row(L, 3)),
            (INT, row(P, 4)), (INT, row(P, 5)), (INT, row(P, 6))]
    result = quorum(rows, TAIPEI_BUREAU)
    assert not result.reached
    assert result.reasons == ("府外委員出席1人，少於2人",)
    rows[1] = (EXT, row(X, 2))
    assert quorum(rows, TAIPEI_BUREAU).reached
    assert quorum(rows, KAOHSIUNG_DISTRICT).reached


def test_one_third_among_present() -> None:
    people = [(Gender.MALE, row(P, 1)), (Gender.MALE, row(P, 2)), (Gender.MALE, row(P, 3)),
              (Gender.FEMALE, row(P, 4)), (Gender.FEMALE, row(L, 5)), (Gender.FEMALE, None)]
    count = present_genders(people)
    assert (count.male, count.female) == (3, 1)
    assert [p.text for p in present_one_third(count)] == ["出席委員中女性1人，未達三分之一（出席4人）"]
    people[4] = (Gender.FEMALE, row(P, 5))
    assert present_one_third(present_genders(people)) == []


def meeting(n: int, day: dt.date, notice: dt.date | None = None) -> Meeting:
    return Meeting(MeetingId(n), day.year - 1911, n, day, dt.time(14, 30), notice_date=notice)


def test_kaohsiung_count_and_notice_lead() -> None:
    today = dt.date(2026, 11, 24)
    assert check_meetings([meeting(1, dt.date(2026, 4, 15), dt.date(2026, 4, 12))],
                          KAOHSIUNG_DISTRICT, 115, today) == []
    late = check_meetings([meeting(1, dt.date(2026, 4, 15), dt.date(2026, 4, 13))],
                          KAOHSIUNG_DISTRICT, 115, today)
    assert [f.status for f in late] == [Status.WARN]
    assert "距開會僅2日，不足3日" in late[0].text and late[0].target == "meeting:1"
    # In the year: a warning; once the year is over: a failure.
    assert check_meetings([], KAOHSIUNG_DISTRICT, 115, today)[0].status is Status.WARN
    assert check_meetings([], KAOHSIUNG_DISTRICT, 114, today)[0].status is Status.FAIL


def test_taipei_three_meetings_and_off_window_months() -> None:
    today = dt.date(2026, 12, 31)
    days = [dt.date(2026, 2, 10), dt.date(2026, 6, 10), dt.date(2026, 10, 10)]
    assert check_meetings([meeting(i, d) for i, d in enumerate(days, 1)], TAIPEI_BUREAU, 115,
                          today) == []
    days[1] = dt.date(2026, 7, 1)
    findings = check_meetings([meeting(i, d) for i, d in enumerate(days, 1)], TAIPEI_BUREAU,
                              115, today)
    assert [(f.status, f.target) for f in findings] == [(Status.WARN, "meeting:2")]
    assert "7月召開，原則應在1-2月、5-6月、9-10月" in findings[0].text
    two = check_meetings([meeting(1, days[0]), meeting(2, days[2])], TAIPEI_BUREAU, 115, today)
    assert two[0].status is Status.WARN
    assert "本年度已開會2次，應至少3次：尚需召開1次" in two[0].text
    planned = check_meetings([meeting(1, days[0]), meeting(2, days[2])], TAIPEI_BUREAU, 115,
                             dt.date(2026, 3, 1))
    assert "（已排定1次）" in planned[0].text


def test_no_members_is_not_a_quorum_and_says_why() -> None:
    result = quorum([], KAOHSIUNG_DISTRICT)
    assert not result.reached
    assert result.reasons == ("小組尚無在任委員，無法達到法定人數（請先於「性平小組」登錄委員）",)
    assert not quorum([], TAIPEI_BUREAU).reached


def test_nobody_present_does_not_meet_the_one_third_rule() -> None:
    assert [p.text for p in present_one_third(present_genders([]))] == ["無委員出席，無法符合三分之一性別比例"]
    nobody = [(Gender.MALE, row(L, 1)), (Gender.FEMALE, row(L, 2))]
    assert [p.text for p in present_one_third(present_genders(nobody))] == [
        "無委員出席，無法符合三分之一性別比例"]


def test_an_inquorate_meeting_is_a_flop_that_does_not_count() -> None:
    from gmdesk.domain.meetings import Quorum, count_meetings
    from gmdesk.domain.texts import Phrase

    today = dt.date(2026, 12, 31)
    days = [dt.date(2026, 2, 10), dt.date(2026, 6, 10), dt.date(2026, 10, 10)]
    held = [meeting(i, d) for i, d in enumerate(days, 1)]
    flop = Quorum(9, 3, 0, False,
                  (Phrase.of("meetings.quorum_short", present=3, total=9, need=5),))
    quorums = {MeetingId(1): Quorum(9, 7, 0, True), MeetingId(2): flop}  # 3: not recorded yet
    count = count_meetings(held, today, quorums)
    assert [m.seq for m in count.counted] == [1, 3]
    findings = check_meetings(held, TAIPEI_BUREAU, 115, today, quorums)
    short = next(f for f in findings if f.target == "meetings")
    assert "本年度已開會2次，應至少3次：尚需召開1次" in short.text
    assert f"{held[1].title}流會（出席3人，未達全體委員9人之半數（需5人以上）），不計入開會次數" in short.text
    per_meeting = next(f for f in findings if f.target == "meeting:2")
    assert "流會不能作成決議" in per_meeting.text


def test_quorum_reasons_and_meeting_findings_are_codes_with_figures() -> None:
    from gmdesk import wording
    from gmdesk.domain.texts import Label

    rows = [(EXT, row(P, 1)), (EXT, row(L, 2)), (EXT, row(L, 3)),
            (INT, row(P, 4)), (INT, row(L, 5)), (INT, row(L, 6))]
    short, external = quorum(rows, TAIPEI_BUREAU).reason_phrases
    assert short.code == "meetings.quorum_short"
    assert (short.param("present"), short.param("total"), short.param("need")) == (2, 6, 3)
    assert external.param("external") == Label("preset_word", "府外委員")
    assert wording.say(external, "en") == "External members present: 1, fewer than 2"
    today = dt.date(2026, 12, 31)
    days = [dt.date(2026, 2, 10), dt.date(2026, 7, 1), dt.date(2026, 10, 10)]
    [off] = check_meetings([meeting(i, d) for i, d in enumerate(days, 1)], TAIPEI_BUREAU, 115,
                           today)
    assert off.phrase.code == "meetings.off_window" and off.phrase.param("month") == 7
    assert wording.say(off.phrase, "en").endswith(
        "meetings should be held in months 1-2, months 5-6, months 9-10")
