"""The office's committees (考績委員會, 甄審委員會, 任務編組 …) and their one-third rule."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import NewType

from gmdesk.domain import texts
from gmdesk.domain.compliance import Finding, Status
from gmdesk.domain.errors import InputError
from gmdesk.domain.group import one_third_findings
from gmdesk.domain.model import Gender
from gmdesk.domain.rules import GenderCount, meets_one_third
from gmdesk.domain.texts import Phrase, Short

CommitteeId = NewType("CommitteeId", int)


class CommitteeKind(StrEnum):
    APPRAISAL = "appraisal"
    SELECTION = "selection"
    TASK_FORCE = "task_force"
    OTHER = "other"

    @property
    def label(self) -> str:
        return texts.zh_name("committee_kind", self.value)


texts.define_labels("committee_kind", {
    "appraisal": "考績委員會",
    "selection": "甄審委員會",
    "task_force": "任務編組",
    "other": "其他委員會",
})


@dataclass(frozen=True)
class Committee:
    """A committee of the office; when the rule cannot be met, the reason and its filing."""

    id: CommitteeId
    name: str
    kind: CommitteeKind
    basis: str = ""  # 設置依據
    term_start: dt.date | None = None
    term_end: dt.date | None = None
    exception_reason: str = ""
    filed_on: dt.date | None = None
    doc_no: str = ""
    note: str = ""


@dataclass(frozen=True)
class CommitteeMember:
    id: int
    committee_id: CommitteeId
    name: str
    gender: Gender
    title: str = ""
    ex_officio: bool = False
    start: dt.date | None = None
    end: dt.date | None = None

    def active_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


def composition(members: Sequence[CommitteeMember], day: dt.date) -> GenderCount:
    return GenderCount.of(m.gender for m in members if m.active_on(day))


def meets(members: Sequence[CommitteeMember], day: dt.date) -> bool:
    count = composition(members, day)
    return count.total > 0 and meets_one_third(count)


def validate_committee(committee: Committee) -> Committee:
    name = " ".join(committee.name.split())
    if not name:
        raise InputError(Phrase.of("committees.err.no_name"), "name")
    if committee.term_start and committee.term_end and committee.term_end < committee.term_start:
        raise InputError(Phrase.of("committees.err.term_end_before_start",
                                    end=Short(committee.term_end),
                                    start=Short(committee.term_start)), "term_end")
    if committee.filed_on is not None and not committee.exception_reason.strip():
        raise InputError(Phrase.of("committees.err.no_exception_reason"), "exception_reason")
    return replace(committee, name=name, basis=committee.basis.strip(), doc_no=committee.doc_no.strip(),
                   exception_reason=committee.exception_reason.strip(), note=committee.note.strip())


def validate_member(member: CommitteeMember) -> CommitteeMember:
    name = " ".join(member.name.split())
    if not name:
        raise InputError(Phrase.of("committees.err.no_member_name"), "name")
    if member.start and member.end and member.end < member.start:
        raise InputError(Phrase.of("committees.err.member_end_before_start", end=Short(member.end),
                                    start=Short(member.start)), "end")
    return replace(member, name=name, title=member.title.strip())


texts.define({
    "committees.err.member_row_no_name": "委員第{number}列未填姓名：請填寫或移除該列",
})

texts.define({
    "committees.thing": "委員會",
    "committees.err.gone": "找不到這個委員會，可能已被刪除：請重新整理後再試",
    "committees.err.no_name": "請填寫委員會名稱",
    "committees.err.term_end_before_start": "任期迄日{end}早於起日{start}：請改正日期",
    "committees.err.no_exception_reason": "已填報府備查日期，請一併填寫無法符合三分之一原則之理由",
    "committees.err.no_member_name": "請填寫委員姓名",
    "committees.err.member_end_before_start": "離任日期{end}早於就任日期{start}：請改正日期",
})

texts.define({
    "committees.err.member_start": "委員第{number}列「就任日期」{error}",
    "committees.err.member_end": "委員第{number}列「離任日期」{error}",
    "committees.empty": "{name}尚未登錄委員：請新增委員名單",
    "committees.among_members": "{name}委員中",
    "committees.filed": "{name}任一性別未達三分之一（男{male}人、女{female}人），因{reason}，"
                        "已於{day}報府備查{number}",
    "committees.unfiled": "{breach}；無法符合時請敘明理由並報府備查",
    "committees.summary": "委員會{n}個，符合三分之一原則{met}個",
    "committees.none": "尚未登錄委員會（考績委員會、甄審委員會、任務編組等）",
})


def check_committees(committees: Sequence[Committee], members: Sequence[CommitteeMember],
                     day: dt.date) -> list[Finding]:
    """Return each committee's breach of the one-third rule on `day` (the group's rule)."""
    findings: list[Finding] = []
    for committee in committees:
        target = f"committee:{committee.id}"
        mine = [m for m in members if m.committee_id == committee.id]
        count = composition(mine, day)
        if count.total == 0:
            findings.append(Finding(
                Status.WARN, Phrase.of("committees.empty", name=committee.name), target))
            continue
        breach = one_third_findings(
            count, Phrase.of("committees.among_members", name=committee.name), "委員", target)
        if not breach:
            continue
        if committee.filed_on is not None:
            number = (Phrase.of("group.filed_doc_no", doc_no=committee.doc_no)
                      if committee.doc_no else "")
            findings.append(Finding(
                Status.WARN,
                Phrase.of("committees.filed", name=committee.name, male=count.male,
                          female=count.female, reason=committee.exception_reason,
                          day=committee.filed_on, number=number),
                target))
        else:
            findings += [Finding(f.status, Phrase.of("committees.unfiled", breach=f.phrase),
                                 f.target) for f in breach]
    return findings
