"""The execution group's composition rules: size, one-third, ex-officio posts, external members."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass

from gmdesk.domain.compliance import Finding, Status
from gmdesk.domain.model import POST_LABELS, Filing, Gender, Membership, Person, Role
from gmdesk.domain.presets import Preset
from gmdesk.domain.rocdate import format_long, format_short
from gmdesk.domain.rules import GenderCount, one_third_shortfall

# Filing.rule codes: which rule the filing with the city covers.
RULE_ONE_THIRD = "one_third"
RULE_FOCAL_ONE_THIRD = "focal_one_third"
RULE_LABELS: dict[str, str] = {
    RULE_ONE_THIRD: "小組成員任一性別不少於三分之一",
    RULE_FOCAL_ONE_THIRD: "性別議題聯絡人任一性別不少於三分之一",
}


@dataclass(frozen=True)
class Seat:
    """A membership together with the person holding it."""

    membership: Membership
    person: Person


def is_external(person: Person, membership: Membership) -> bool:
    """Return whether a seat is an outside member (府外委員／外聘委員).

    One rule for the roster, the quorum, the forms and the workbook: the person is from outside
    the office, or the seat is the external members' role.
    """
    return person.external or membership.role is Role.EXTERNAL


def external_count(seats: Sequence[Seat]) -> int:
    """Return how many of the seats are held by external members."""
    return sum(is_external(s.person, s.membership) for s in seats)


class MembershipState(enum.Enum):
    """Where a membership stands on a day (the roster's 狀態 column and its colour)."""

    NOT_STARTED = "not_started"  # 尚未就任
    SERVING = "serving"  # 在任
    TERM_ENDING = "term_ending"  # 任期將屆滿: within the preset's term_warning_days
    TERM_ENDED = "term_ended"  # 任期已屆滿 but still listed as serving
    LEFT = "left"  # 已離任


def membership_state(membership: Membership, day: dt.date, warning_days: int) -> MembershipState:
    """Return the membership's state on `day`; `warning_days` is the preset's term_warning_days."""
    if membership.end is not None and membership.end < day:
        return MembershipState.LEFT
    if membership.start > day:
        return MembershipState.NOT_STARTED
    end = membership.term_end
    if end is not None and end < day:
        return MembershipState.TERM_ENDED
    if end is not None and (end - day).days <= warning_days:
        return MembershipState.TERM_ENDING
    return MembershipState.SERVING


def composition(seats: Sequence[Seat]) -> GenderCount:
    """Return the gender count of a list of seats."""
    return GenderCount.of(s.person.gender for s in seats)


def role_text(membership: Membership) -> str:
    """Return the role as a roster prints it: 當然成員（人事）, 府外委員（婦權會委員）."""
    label = membership.role.label
    if membership.role is Role.EX_OFFICIO and membership.post:
        return f"{label}（{POST_LABELS.get(membership.post, membership.post)}）"
    if membership.role is Role.EXTERNAL and membership.committee:
        return f"{label}（婦權會委員）"
    return label


def _gender_word(gender: Gender) -> str:
    return "女性" if gender is Gender.FEMALE else "男性"


def one_third_findings(count: GenderCount, who: str, noun: str,
                       target: str = "group") -> list[Finding]:
    """Return a failure per gender short of one third, saying how many seats would fix it."""
    findings = []
    for gender, short in one_third_shortfall(count).items():
        if short:
            label = _gender_word(gender)
            have = count.female if gender is Gender.FEMALE else count.male
            # Swapping a seat keeps the size, so it needs fewer people than adding.
            swap = -(-count.total // 3) - have
            findings.append(Finding(
                Status.FAIL,
                f"{who}{label}{have}人，未達三分之一（共{count.total}人，每一性別至少"
                f"{-(-count.total // 3)}人）：需再增加{label}{noun}{short}人，"
                f"或將其他性別{noun}{swap}人改由{label}擔任",
                target,
            ))
    return findings


def _filing_for(filings: Sequence[Filing], rule: str) -> Filing | None:
    # A filing naming no known rule (typed by hand) covers the whole group.
    matching = [f for f in filings
                if f.rule == rule or (rule == RULE_ONE_THIRD and f.rule not in RULE_LABELS)]
    return max(matching, key=lambda f: f.filed_on) if matching else None


def _with_filing(breach: list[Finding], filing: Filing | None, what: str) -> list[Finding]:
    """Keep a breach visible when filed with the city, as a warning that names the filing."""
    if not breach or filing is None:
        return breach
    number = f"，文號{filing.doc_no}" if filing.doc_no else ""
    return [Finding(
        Status.WARN,
        f"{what}未達三分之一，已於{format_long(filing.filed_on, weekday=False)}報市府備查"
        f"{number}（{'；'.join(f.text.split('：')[0] for f in breach)}）",
        "group",
    )]


def check_composition(
    seats: Sequence[Seat], preset: Preset, day: dt.date, filings: Sequence[Filing] = ()
) -> list[Finding]:
    """Return what is wrong with the group on `day`, each with what would fix it."""
    findings: list[Finding] = []
    n = len(seats)
    if n == 0:
        return [Finding(Status.FAIL, "尚未登錄執行小組成員：請在「執行小組」頁新增成員", "group")]
    if preset.group_min and n < preset.group_min:
        findings.append(Finding(
            Status.FAIL,
            f"小組成員{n}人，少於{preset.group_min}人：需再增加{preset.group_min - n}人",
            "group"))
    if preset.group_max and n > preset.group_max:
        findings.append(Finding(
            Status.FAIL,
            f"小組成員{n}人，多於{preset.group_max}人：需減少{n - preset.group_max}人",
            "group"))
    breach = one_third_findings(composition(seats), "小組成員中", "委員")
    filing = _filing_for(filings, RULE_ONE_THIRD)
    findings += _with_filing(breach, filing, "小組成員任一性別")
    if breach and filing is None and not one_third_possible(seats):
        findings.append(Finding(
            Status.WARN,
            "當然成員之性別組成使三分之一原則無法達成：請將名單報市府備查，並在本頁登錄備查日期及文號",
            "group"))

    roles = [s.membership.role for s in seats]
    conveners = roles.count(Role.CONVENER)
    if conveners == 0:
        findings.append(Finding(Status.FAIL, "召集人出缺：請指定召集人", "group"))
    elif conveners > 1:
        findings.append(Finding(
            Status.FAIL, f"同時有{conveners}位召集人：請將前任召集人登錄離任", "group"))
    if preset.deputy_required and Role.DEPUTY not in roles:
        findings.append(Finding(Status.FAIL, "副召集人出缺：請指定副召集人（機關主任秘書）",
                                "group"))
    filled = [s.membership.post for s in seats if s.membership.role is Role.EX_OFFICIO]
    for post in preset.ex_officio_posts:
        if post not in filled:
            findings.append(Finding(
                Status.FAIL,
                f"當然成員「{POST_LABELS.get(post, post)}」出缺：請新增該職務之當然成員",
                "group"))
        elif filled.count(post) > 1:
            findings.append(Finding(
                Status.WARN,
                f"當然成員「{POST_LABELS.get(post, post)}」登錄{filled.count(post)}人："
                "每一職務應為1人，請將前任者登錄離任", "group"))

    external = [s for s in seats if is_external(s.person, s.membership)]
    if len(external) < preset.external_min:
        findings.append(Finding(
            Status.FAIL,
            f"{preset.external_word}{len(external)}人，少於{preset.external_min}人："
            f"需再增加{preset.external_word}{preset.external_min - len(external)}人", "group"))
    committee = sum(s.membership.committee for s in external)
    if committee < preset.external_committee_min:
        findings.append(Finding(
            Status.FAIL,
            f"{preset.external_word}中現任或曾任市府婦女權益促進委員會委員{committee}人，少於"
            f"{preset.external_committee_min}人：需再聘任"
            f"{preset.external_committee_min - committee}人", "group"))

    focal = [s for s in seats if s.membership.role is Role.FOCAL]
    if len(focal) < preset.focal_min:
        findings.append(Finding(
            Status.FAIL,
            f"性別議題聯絡人{len(focal)}人，少於{preset.focal_min}人："
            f"需再增加聯絡人{preset.focal_min - len(focal)}人", "group"))
    if preset.focal_one_third and focal:
        findings += _with_filing(
            one_third_findings(composition(focal), "性別議題聯絡人中", "聯絡人"),
            _filing_for(filings, RULE_FOCAL_ONE_THIRD), "性別議題聯絡人任一性別")

    for seat in sorted(seats, key=lambda s: s.membership.term_end or dt.date.max):
        end = seat.membership.term_end
        state = membership_state(seat.membership, day, preset.term_warning_days)
        if end is None:
            continue
        days = (end - day).days
        if state is MembershipState.TERM_ENDED:
            findings.append(Finding(
                Status.FAIL,
                f"{seat.person.name}（{role_text(seat.membership)}）任期已於{format_short(end)}"
                "屆滿：請辦理續聘、改聘或登錄離任", "group"))
        elif state is MembershipState.TERM_ENDING:
            findings.append(Finding(
                Status.WARN,
                f"{seat.person.name}（{role_text(seat.membership)}）任期將於{format_short(end)}"
                f"屆滿（{days}天後）：請辦理續聘或改聘", "group"))
    return findings


def one_third_possible(seats: Sequence[Seat]) -> bool:
    """Return whether the rule could be met by changing appointed seats only.

    Ex-officio posts (and the convener) follow the office's staffing; when they alone
    make a gender fall short even with every other seat given to it, the office files
    the list with the city instead.
    """
    fixed = [s for s in seats if s.membership.role in (Role.EX_OFFICIO, Role.CONVENER,
                                                       Role.DEPUTY)]
    free = len(seats) - len(fixed)
    count = composition(fixed)
    n = len(seats)
    return all((have + free) * 3 >= n for have in (count.male, count.female))


def overlapping(a: Membership, start: dt.date, end: dt.date | None) -> bool:
    """Return whether a membership's service overlaps the period [start, end]."""
    a_end = a.end or dt.date.max
    return a.start <= (end or dt.date.max) and start <= a_end
