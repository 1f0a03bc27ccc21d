"""The group's composition rules: size, one-third, posts, external members, terms, filings."""

import dataclasses
import datetime as dt

import pytest

from gmdesk import wording
from gmdesk.domain.compliance import Status
from gmdesk.domain.group import (
    RULE_ONE_THIRD,
    MembershipState,
    Seat,
    check_composition,
    membership_state,
)
from gmdesk.domain.model import (
    Filing,
    Gender,
    Membership,
    MembershipId,
    Person,
    PersonId,
    Role,
)
from gmdesk.domain.presets import KAOHSIUNG_DISTRICT, TAIPEI_BUREAU
from gmdesk.domain.texts import Label, Short

DAY = dt.date(2026, 6, 1)
POSTS = ["personnel", "accounting", "mediation", "research", "women_liaison"]


def seat(n: int, gender: Gender, role: Role = Role.APPOINTED, post: str = "",
         term_end: dt.date | None = None, committee: bool = False) -> Seat:
    person = Person(PersonId(n), f"成員{n}", gender)
    return Seat(Membership(MembershipId(n), person.id, role, dt.date(2025, 1, 1), term_end,
                           post=post, committee=committee), person)


def kaohsiung(males: int, females: int) -> list[Seat]:
    """A Kaohsiung group shape: convener, five posts, the rest appointed; genders alternate."""
    genders: list[Gender] = []
    m, f = males, females
    while m or f:
        if m:
            genders.append(Gender.MALE)
            m -= 1
        if f:
            genders.append(Gender.FEMALE)
            f -= 1
    seats = [seat(1, genders[0], Role.CONVENER)]
    for i, post in enumerate(POSTS, start=2):
        seats.append(seat(i, genders[i - 1], Role.EX_OFFICIO, post))
    seats += [seat(i + 1, g) for i, g in enumerate(genders[6:], start=6)]
    return seats


def texts(findings: list) -> str:
    return "\n".join(f.text for f in findings)


@pytest.mark.parametrize(("n", "needed"), [(7, 3), (9, 3), (10, 4), (13, 5)])
def test_one_third_at_the_boundary(n: int, needed: int) -> None:
    ok = kaohsiung(n - needed, needed)
    assert check_composition(ok, KAOHSIUNG_DISTRICT, DAY) == []
    short = kaohsiung(n - needed + 1, needed - 1)
    findings = check_composition(short, KAOHSIUNG_DISTRICT, DAY)
    assert [f.status for f in findings] == [Status.FAIL]
    assert f"女性{needed - 1}人，未達三分之一（共{n}人，每一性別至少{needed}人）" in findings[0].text
    added = 1 if n in (7, 10, 13) else 2  # 9 + 1 = 10 members need 4 women
    assert f"需再增加女性委員{added}人，或將其他性別委員1人改由女性擔任" in findings[0].text


def test_shortfall_counts_the_added_member() -> None:
    # 7 members, 1 woman: adding 2 women makes 9 with 3 (3*3 >= 9).
    findings = check_composition(kaohsiung(6, 1), KAOHSIUNG_DISTRICT, DAY)
    assert "需再增加女性委員2人" in texts(findings)


def test_size_vacancies_and_convener() -> None:
    seats = kaohsiung(3, 3)
    seats = [s for s in seats if s.membership.post != "mediation"]
    text = texts(check_composition(seats, KAOHSIUNG_DISTRICT, DAY))
    assert "小組成員5人，少於7人：需再增加2人" in text
    assert "當然成員「調解」出缺" in text
    no_convener = [s for s in kaohsiung(4, 3) if s.membership.role is not Role.CONVENER]
    assert "召集人出缺" in texts(check_composition(no_convener, KAOHSIUNG_DISTRICT, DAY))
    too_many = kaohsiung(7, 7)
    assert "多於13人：需減少1人" in texts(check_composition(too_many, KAOHSIUNG_DISTRICT, DAY))


def test_expiring_and_expired_terms() -> None:
    seats = kaohsiung(4, 3)
    seats[-1] = seat(7, Gender.FEMALE, term_end=DAY + dt.timedelta(days=90))
    seats[-2] = seat(6, Gender.FEMALE, term_end=DAY - dt.timedelta(days=1))
    findings = check_composition(seats, KAOHSIUNG_DISTRICT, DAY)
    by_text = {f.text: f.status for f in findings}
    assert any("任期將於115/08/30屆滿（90天後）" in t and s is Status.WARN
               for t, s in by_text.items())
    assert any("任期已於115/05/31屆滿" in t and s is Status.FAIL for t, s in by_text.items())
    far = kaohsiung(4, 3)
    far[-1] = seat(7, Gender.FEMALE, term_end=DAY + dt.timedelta(days=91))
    assert check_composition(far, KAOHSIUNG_DISTRICT, DAY) == []


def taipei(external_committee: bool = True) -> list[Seat]:
    seats = [seat(1, Gender.MALE, Role.CONVENER), seat(2, Gender.FEMALE, Role.DEPUTY)]
    seats += [seat(3, Gender.FEMALE, Role.EXTERNAL, committee=external_committee),
              seat(4, Gender.MALE, Role.EXTERNAL), seat(5, Gender.FEMALE, Role.EXTERNAL)]
    seats += [seat(6, Gender.MALE, Role.FOCAL), seat(7, Gender.FEMALE, Role.FOCAL),
              seat(8, Gender.FEMALE, Role.FOCAL)]
    return seats


def test_taipei_preset() -> None:
    assert check_composition(taipei(), TAIPEI_BUREAU, DAY) == []
    text = texts(check_composition(taipei(external_committee=False), TAIPEI_BUREAU, DAY))
    assert "婦女權益促進委員會委員0人，少於1人：需再聘任1人" in text
    lopsided = [*taipei()[:5], *(seat(n, Gender.FEMALE, Role.FOCAL) for n in (6, 7, 8))]
    text = texts(check_composition(lopsided, TAIPEI_BUREAU, DAY))
    assert "性別議題聯絡人中男性0人" in text and "需再增加男性聯絡人2人" in text
    two = [s for s in taipei() if s.person.id not in (4, 5, 8)]
    text = texts(check_composition(two, TAIPEI_BUREAU, DAY))
    assert "府外委員1人，少於3人" in text and "性別議題聯絡人2人，少於3人" in text
    no_deputy = [s for s in taipei() if s.membership.role is not Role.DEPUTY]
    assert "副召集人出缺" in texts(check_composition(no_deputy, TAIPEI_BUREAU, DAY))


def test_filing_keeps_the_breach_visible_as_a_warning() -> None:
    # Convener and all five ex-officio posts are men: the rule cannot be met by appointments.
    seats = kaohsiung(7, 0)
    findings = check_composition(seats, KAOHSIUNG_DISTRICT, DAY)
    assert any(f.status is Status.FAIL and "女性0人" in f.text for f in findings)
    assert any("報市府備查" in f.text for f in findings)
    filing = Filing(1, 115, RULE_ONE_THIRD, dt.date(2026, 2, 3), "高市海區人字第1150000009號")
    filed = check_composition(seats, KAOHSIUNG_DISTRICT, DAY, [filing])
    assert [f.status for f in filed] == [Status.WARN]
    assert "已於115年2月3日報市府備查，文號高市海區人字第1150000009號" in filed[0].text
    assert "女性0人" in filed[0].text


@pytest.mark.parametrize(("start", "term_end", "end", "warning", "state"), [
    (-10, 200, None, 90, MembershipState.SERVING),
    (-10, 90, None, 90, MembershipState.TERM_ENDING),
    (-10, 91, None, 90, MembershipState.SERVING),
    (-10, 150, None, 180, MembershipState.TERM_ENDING),  # the preset's days, not a fixed 90
    (-10, 30, None, 0, MembershipState.SERVING),
    (-10, -1, None, 90, MembershipState.TERM_ENDED),
    (-400, 100, -1, 90, MembershipState.LEFT),
    (5, 400, None, 90, MembershipState.NOT_STARTED),
    (-10, None, None, 90, MembershipState.SERVING),
])
def test_membership_state_uses_the_warning_days(start: int, term_end: int | None,
                                                end: int | None, warning: int,
                                                state: MembershipState) -> None:
    def day(offset: int | None) -> dt.date | None:
        return None if offset is None else DAY + dt.timedelta(days=offset)

    membership = Membership(MembershipId(1), PersonId(1), Role.FOCAL, DAY + dt.timedelta(days=start),
                            term_end=day(term_end), end=day(end))
    assert membership_state(membership, DAY, warning) is state


def test_term_warning_follows_the_preset() -> None:
    seats = kaohsiung(4, 3)
    seats[-1] = seat(7, Gender.FEMALE, term_end=DAY + dt.timedelta(days=150))
    assert check_composition(seats, KAOHSIUNG_DISTRICT, DAY) == []
    longer = dataclasses.replace(KAOHSIUNG_DISTRICT, term_warning_days=180)
    assert [f.status for f in check_composition(seats, longer, DAY)] == [Status.WARN]


def test_external_member_is_one_rule_for_roster_and_quorum() -> None:
    """A person recorded as outside the office counts as external even when seated as an
    appointed member: the roster's count and the quorum's count agree."""
    from gmdesk.domain.group import external_count, is_external
    from gmdesk.domain.meetings import quorum
    from gmdesk.domain.model import Attendance, AttendanceStatus, AttendeeKind, MeetingId

    outsider = Person(PersonId(9), "盧瑞琪", Gender.FEMALE, "社區大學講師", external=True)
    seated = Seat(Membership(MembershipId(9), outsider.id, Role.APPOINTED, dt.date(2025, 1, 1)),
                  outsider)
    by_role = seat(10, Gender.MALE, Role.EXTERNAL)
    staff = seat(11, Gender.MALE)
    seats = [seated, by_role, staff]
    assert [is_external(s.person, s.membership) for s in seats] == [True, True, False]
    assert external_count(seats) == 2
    present = [(is_external(s.person, s.membership),
                Attendance(0, MeetingId(1), s.person.id, AttendeeKind.MEMBER,
                           AttendanceStatus.PRESENT)) for s in seats]
    result = quorum(present, TAIPEI_BUREAU)
    assert result.external_present == 2
    assert result.reached


def test_a_one_third_shortfall_is_a_code_with_its_figures() -> None:
    # 7 members, 1 woman: one third of 7 is 3 women; adding 2 makes 9 with 3, or swap 2 seats.
    findings = check_composition(kaohsiung(6, 1), KAOHSIUNG_DISTRICT, DAY)
    phrase = findings[0].phrase
    assert phrase.code == "group.one_third"
    assert phrase.param("gender") == Label("gender", "F")
    assert (phrase.param("have"), phrase.param("total"), phrase.param("minimum"),
            phrase.param("short"), phrase.param("swap")) == (1, 7, 3, 2, 2)
    assert findings[0].text == ("小組成員中女性1人，未達三分之一（共7人，每一性別至少3人）："
                                "需再增加女性委員2人，或將其他性別委員2人改由女性擔任")
    assert wording.say(phrase, "en") == (
        "Group members: 1 female, fewer than one third (7 in all, at least 3 of each "
        "gender): add 2 female member(s), or replace 2 member(s) of another gender with "
        "female ones")


def test_a_filed_breach_names_the_filing_in_each_language() -> None:
    filing = Filing(1, 115, RULE_ONE_THIRD, dt.date(2026, 2, 3), "高市海區人字第1150000009號")
    [finding] = check_composition(kaohsiung(7, 0), KAOHSIUNG_DISTRICT, DAY, [filing])
    assert finding.phrase.code == "group.filed"
    assert finding.phrase.param("day") == dt.date(2026, 2, 3)
    assert wording.say(finding.phrase, "en") == (
        "One gender among the group members is below one third; filed with the city "
        "government on 3 Feb 2026, document no. 高市海區人字第1150000009號 (Group members: "
        "0 female, fewer than one third (7 in all, at least 3 of each gender))")


def test_a_vacant_post_and_an_ending_term_name_their_labels() -> None:
    seats = [s for s in kaohsiung(4, 3) if s.membership.post != "mediation"]
    seats[-1] = seat(7, Gender.FEMALE, term_end=DAY + dt.timedelta(days=90))
    findings = {f.phrase.code: f.phrase for f in check_composition(seats, KAOHSIUNG_DISTRICT,
                                                                  DAY)}
    assert findings["group.post_vacant"].param("post") == Label("post", "mediation")
    assert findings["group.too_few"].params == (("minimum", 7), ("more", 1), ("n", 6))
    ending = findings["group.term_ending"]
    assert ending.param("end") == Short(dt.date(2026, 8, 30)) and ending.param("days") == 90
    assert wording.say(findings["group.post_vacant"], "en") == (
        "Ex officio post \"Mediation\" is vacant: add the ex officio member holding that post")
    assert wording.say(ending, "en") == (
        "成員7 (Appointed member): term ends on 30 Aug 2026 (in 90 days): reappoint or "
        "appoint a successor")
    assert ending.text == "成員7（指派成員）任期將於115/08/30屆滿（90天後）：請辦理續聘或改聘"
