"""The execution group's composition rules: size, one-third, ex-officio posts, external members."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence
from dataclasses import dataclass

from gmdesk.domain import texts
from gmdesk.domain.compliance import Finding, Status, semicolons
from gmdesk.domain.model import Filing, Gender, Membership, Person, Role
from gmdesk.domain.presets import Preset
from gmdesk.domain.rules import GenderCount, one_third_shortfall
from gmdesk.domain.texts import Label, Phrase, Short

# Filing.rule codes: which rule the filing with the city covers.
RULE_ONE_THIRD = "one_third"
RULE_FOCAL_ONE_THIRD = "focal_one_third"
RULE_LABELS: dict[str, str] = {
    RULE_ONE_THIRD: "小組成員任一性別不少於三分之一",
    RULE_FOCAL_ONE_THIRD: "性別議題聯絡人任一性別不少於三分之一",
}
texts.define_labels("filing_rule", RULE_LABELS)
# The preset's words for the group's people (external_word, member_word, internal_word).
texts.define_labels("preset_word", {
    "外聘委員": "外聘委員", "府外委員": "府外委員", "組員": "組員", "委員": "委員",
    "內聘": "內聘", "府內": "府內", "聯絡人": "聯絡人",
})

texts.define({
    "group.role": "{role}",
    "group.role_post": "{role}（{post}）",
    "group.role_committee": "{role}（婦權會委員）",
    "group.among_members": "小組成員中",
    "group.among_focal": "性別議題聯絡人中",
    "group.any_gender_members": "小組成員任一性別",
    "group.any_gender_focal": "性別議題聯絡人任一性別",
    "group.one_third_short": "{who}{gender}性{have}人，未達三分之一（共{total}人，每一性別至少{minimum}人）",
    "group.one_third": "{who}{gender}性{have}人，未達三分之一（共{total}人，每一性別至少{minimum}人）："
                       "需再增加{gender}性{noun}{short}人，或將其他性別{noun}{swap}人改由{gender}性擔任",
    "group.filed": "{what}未達三分之一，已於{day}報市府備查{number}（{breaches}）",
    "group.filed_doc_no": "，文號{doc_no}",
    "group.empty": "尚未登錄執行小組成員：請在「執行小組」頁新增成員",
    "group.too_few": "小組成員{n}人，少於{minimum}人：需再增加{more}人",
    "group.too_many": "小組成員{n}人，多於{maximum}人：需減少{fewer}人",
    "group.one_third_impossible": "當然成員之性別組成使三分之一原則無法達成：請將名單報市府備查，"
                                  "並在本頁登錄備查日期及文號",
    "group.no_convener": "召集人出缺：請指定召集人",
    "group.many_conveners": "同時有{n}位召集人：請將前任召集人登錄離任",
    "group.no_deputy": "副召集人出缺：請指定副召集人（機關主任秘書）",
    "group.post_vacant": "當然成員「{post}」出缺：請新增該職務之當然成員",
    "group.post_doubled": "當然成員「{post}」登錄{n}人：每一職務應為1人，請將前任者登錄離任",
    "group.external_few": "{external}{n}人，少於{minimum}人：需再增加{external}{more}人",
    "group.committee_few": "{external}中現任或曾任市府婦女權益促進委員會委員{n}人，少於{minimum}人："
                           "需再聘任{more}人",
    "group.focal_few": "性別議題聯絡人{n}人，少於{minimum}人：需再增加聯絡人{more}人",
    "group.term_ended": "{name}（{role}）任期已於{end}屆滿：請辦理續聘、改聘或登錄離任",
    "group.term_ending": "{name}（{role}）任期將於{end}屆滿（{days}天後）：請辦理續聘或改聘",
    "group.summary": "成員{total}人（男{male}、女{female}）",
})


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


def role_phrase(membership: Membership) -> Phrase:
    """Return the role as a roster prints it: 當然成員（人事）, 府外委員（婦權會委員）."""
    role = Label("role", membership.role.value)
    if membership.role is Role.EX_OFFICIO and membership.post:
        return Phrase.of("group.role_post", role=role, post=Label("post", membership.post))
    if membership.role is Role.EXTERNAL and membership.committee:
        return Phrase.of("group.role_committee", role=role)
    return Phrase.of("group.role", role=role)


def role_text(membership: Membership) -> str:
    """Return the role in zh-TW as a roster prints it."""
    return role_phrase(membership).text


def preset_word(word: str) -> Label:
    """A preset's word for the group's people (外聘委員, 府外委員 …), named in each language."""
    return Label("preset_word", word)


def one_third_findings(count: GenderCount, who: Phrase, noun: str,
                       target: str = "group") -> list[Finding]:
    """Return a failure per gender short of one third, saying how many seats would fix it.

    `who` says whose count it is (「小組成員中」); `noun` is their preset word (委員, 聯絡人).
    """
    findings = []
    minimum = -(-count.total // 3)
    for gender, short in one_third_shortfall(count).items():
        if short:
            have = count.female if gender is Gender.FEMALE else count.male
            # Swapping a seat keeps the size, so it needs fewer people than adding.
            swap = minimum - have
            findings.append(Finding(
                Status.FAIL,
                Phrase.of("group.one_third", who=who, gender=Label("gender", gender.value),
                          have=have, total=count.total, minimum=minimum,
                          noun=preset_word(noun), short=short, swap=swap),
                target,
            ))
    return findings


def _shortfall_only(finding: Finding) -> Phrase:
    """The part of a one-third finding that says what is short (without the fix)."""
    keep = ("who", "gender", "have", "total", "minimum")
    return Phrase.of("group.one_third_short",
                     **{name: finding.phrase.param(name) for name in keep})


def _filing_for(filings: Sequence[Filing], rule: str) -> Filing | None:
    # A filing naming no known rule (typed by hand) covers the whole group.
    matching = [f for f in filings
                if f.rule == rule or (rule == RULE_ONE_THIRD and f.rule not in RULE_LABELS)]
    return max(matching, key=lambda f: f.filed_on) if matching else None


def _with_filing(breach: list[Finding], filing: Filing | None, what: Phrase) -> list[Finding]:
    """Keep a breach visible when filed with the city, as a warning that names the filing."""
    if not breach or filing is None:
        return breach
    number = Phrase.of("group.filed_doc_no", doc_no=filing.doc_no) if filing.doc_no else ""
    return [Finding(
        Status.WARN,
        Phrase.of("group.filed", what=what, day=filing.filed_on, number=number,
                  breaches=semicolons(tuple(_shortfall_only(f) for f in breach))),
        "group",
    )]


def check_composition(
    seats: Sequence[Seat], preset: Preset, day: dt.date, filings: Sequence[Filing] = ()
) -> list[Finding]:
    """Return what is wrong with the group on `day`, each with what would fix it."""
    findings: list[Finding] = []
    n = len(seats)
    if n == 0:
        return [Finding(Status.FAIL, Phrase.of("group.empty"), "group")]
    if preset.group_min and n < preset.group_min:
        findings.append(Finding(
            Status.FAIL,
            Phrase.of("group.too_few", n=n, minimum=preset.group_min, more=preset.group_min - n),
            "group"))
    if preset.group_max and n > preset.group_max:
        findings.append(Finding(
            Status.FAIL,
            Phrase.of("group.too_many", n=n, maximum=preset.group_max,
                      fewer=n - preset.group_max),
            "group"))
    breach = one_third_findings(composition(seats), Phrase.of("group.among_members"), "委員")
    filing = _filing_for(filings, RULE_ONE_THIRD)
    findings += _with_filing(breach, filing, Phrase.of("group.any_gender_members"))
    if breach and filing is None and not one_third_possible(seats):
        findings.append(Finding(Status.WARN, Phrase.of("group.one_third_impossible"), "group"))

    roles = [s.membership.role for s in seats]
    conveners = roles.count(Role.CONVENER)
    if conveners == 0:
        findings.append(Finding(Status.FAIL, Phrase.of("group.no_convener"), "group"))
    elif conveners > 1:
        findings.append(Finding(
            Status.FAIL, Phrase.of("group.many_conveners", n=conveners), "group"))
    if preset.deputy_required and Role.DEPUTY not in roles:
        findings.append(Finding(Status.FAIL, Phrase.of("group.no_deputy"), "group"))
    filled = [s.membership.post for s in seats if s.membership.role is Role.EX_OFFICIO]
    for post in preset.ex_officio_posts:
        if post not in filled:
            findings.append(Finding(
                Status.FAIL, Phrase.of("group.post_vacant", post=Label("post", post)), "group"))
        elif filled.count(post) > 1:
            findings.append(Finding(
                Status.WARN,
                Phrase.of("group.post_doubled", post=Label("post", post), n=filled.count(post)),
                "group"))

    external = [s for s in seats if is_external(s.person, s.membership)]
    word = preset_word(preset.external_word)
    if len(external) < preset.external_min:
        findings.append(Finding(
            Status.FAIL,
            Phrase.of("group.external_few", external=word, n=len(external),
                      minimum=preset.external_min, more=preset.external_min - len(external)),
            "group"))
    committee = sum(s.membership.committee for s in external)
    if committee < preset.external_committee_min:
        findings.append(Finding(
            Status.FAIL,
            Phrase.of("group.committee_few", external=word, n=committee,
                      minimum=preset.external_committee_min,
                      more=preset.external_committee_min - committee),
            "group"))

    focal = [s for s in seats if s.membership.role is Role.FOCAL]
    if len(focal) < preset.focal_min:
        findings.append(Finding(
            Status.FAIL,
            Phrase.of("group.focal_few", n=len(focal), minimum=preset.focal_min,
                      more=preset.focal_min - len(focal)),
            "group"))
    if preset.focal_one_third and focal:
        findings += _with_filing(
            one_third_findings(composition(focal), Phrase.of("group.among_focal"), "聯絡人"),
            _filing_for(filings, RULE_FOCAL_ONE_THIRD), Phrase.of("group.any_gender_focal"))

    for seat in sorted(seats, key=lambda s: s.membership.term_end or dt.date.max):
        end = seat.membership.term_end
        state = membership_state(seat.membership, day, preset.term_warning_days)
        if end is None:
            continue
        days = (end - day).days
        if state is MembershipState.TERM_ENDED:
            findings.append(Finding(
                Status.FAIL,
                Phrase.of("group.term_ended", name=seat.person.name,
                          role=role_phrase(seat.membership), end=Short(end)),
                "group"))
        elif state is MembershipState.TERM_ENDING:
            findings.append(Finding(
                Status.WARN,
                Phrase.of("group.term_ending", name=seat.person.name,
                          role=role_phrase(seat.membership), end=Short(end), days=days),
                "group"))
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
