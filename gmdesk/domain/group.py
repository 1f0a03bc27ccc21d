"""The execution group's composition rules: size, one-third, ex-officio posts, external members."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from gmdesk.domain.compliance import Finding, Status
from gmdesk.domain.model import POST_LABELS, Filing, Gender, Membership, Person, Role
from gmdesk.domain.presets import Preset
from gmdesk.domain.rules import GenderCount, one_third_shortfall


@dataclass(frozen=True)
class Seat:
    """A membership together with the person holding it."""

    membership: Membership
    person: Person


def composition(seats: Sequence[Seat]) -> GenderCount:
    return GenderCount.of(s.person.gender for s in seats)


def _one_third_findings(count: GenderCount, who: str, noun: str) -> list[Finding]:
    findings = []
    for gender, short in one_third_shortfall(count).items():
        if short:
            label = "女性" if gender is Gender.FEMALE else "男性"
            have = count.female if gender is Gender.FEMALE else count.male
            findings.append(Finding(
                Status.FAIL,
                f"{who}{label}{have}人，未達三分之一（共{count.total}人）：需再增加{label}{noun}{short}人",
                "group",
            ))
    return findings


def check_composition(
    seats: Sequence[Seat], preset: Preset, day: dt.date, filings: Sequence[Filing] = ()
) -> list[Finding]:
    """Return what is wrong with the group on `day`, each with what would fix it."""
    findings: list[Finding] = []
    n = len(seats)
    if n == 0:
        return [Finding(Status.FAIL, "尚未登錄執行小組成員：請在「執行小組」頁新增成員", "group")]
    if preset.group_min and n < preset.group_min:
        findings.append(Finding(Status.FAIL, f"小組成員{n}人，少於{preset.group_min}人：需再增加{preset.group_min - n}人", "group"))
    if preset.group_max and n > preset.group_max:
        findings.append(Finding(Status.FAIL, f"小組成員{n}人，多於{preset.group_max}人：需減少{n - preset.group_max}人", "group"))
    rule_findings = _one_third_findings(composition(seats), "小組成員", "委員")
    if rule_findings and filings:
        filed = filings[0]
        findings.append(Finding(Status.WARN, f"任一性別未達三分之一，已於{filed.filed_on.year - 1911}年{filed.filed_on.month}月{filed.filed_on.day}日報市府備查（{filed.doc_no}）", "group"))
    else:
        findings.extend(rule_findings)
    roles = [s.membership.role for s in seats]
    if Role.CONVENER not in roles:
        findings.append(Finding(Status.FAIL, "未設召集人：請指定召集人", "group"))
    if preset.deputy_required and Role.DEPUTY not in roles:
        findings.append(Finding(Status.FAIL, "未設副召集人：請指定副召集人", "group"))
    filled = {s.membership.post for s in seats if s.membership.role is Role.EX_OFFICIO}
    for post in preset.ex_officio_posts:
        if post not in filled:
            findings.append(Finding(Status.FAIL, f"當然成員「{POST_LABELS.get(post, post)}」出缺：請補登", "group"))
    external = [s for s in seats if s.membership.role is Role.EXTERNAL]
    if len(external) < preset.external_min:
        findings.append(Finding(Status.FAIL, f"府外委員{len(external)}人，少於{preset.external_min}人：需再增加{preset.external_min - len(external)}人", "group"))
    committee = sum(s.membership.committee for s in external)
    if committee < preset.external_committee_min:
        findings.append(Finding(Status.FAIL, "府外委員中無現任或曾任市府婦女權益促進委員會委員：需聘任1人", "group"))
    focal = [s for s in seats if s.membership.role is Role.FOCAL]
    if len(focal) < preset.focal_min:
        findings.append(Finding(Status.FAIL, f"性別議題聯絡人{len(focal)}人，少於{preset.focal_min}人：需再增加{preset.focal_min - len(focal)}人", "group"))
    if preset.focal_one_third and focal:
        findings.extend(_one_third_findings(composition(focal), "性別議題聯絡人中", "聯絡人"))
    for seat in seats:
        end = seat.membership.term_end
        if end is None:
            continue
        days = (end - day).days
        if days < 0:
            findings.append(Finding(Status.FAIL, f"{seat.person.name}任期已於{end.year - 1911}/{end.month:02d}/{end.day:02d}屆滿：請續聘或改聘", "group"))
        elif days <= preset.term_warning_days:
            findings.append(Finding(Status.WARN, f"{seat.person.name}任期將於{end.year - 1911}/{end.month:02d}/{end.day:02d}屆滿（{days}天後）：請辦理續聘", "group"))
    return findings
