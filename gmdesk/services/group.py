"""Execution-group use cases: the roster, memberships with validation, filings, composition."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from gmdesk.domain import group as rules
from gmdesk.domain.compliance import Finding
from gmdesk.domain.errors import InputError
from gmdesk.domain.model import (
    POST_LABELS,
    Filing,
    Gender,
    Membership,
    MembershipId,
    Person,
    PersonId,
    Role,
    UnitId,
)
from gmdesk.domain.texts import Phrase, Short, define
from gmdesk.storage import group as store
from gmdesk.storage import office, people, records
from gmdesk.storage.database import Database

define({
    "group.err.no_name": "「姓名」未填：請填寫成員姓名，或從名單選擇現有人員",
    "group.err.no_gender": "「性別」未選：請選擇男、女或其他",
    "group.err.person_gone": "所選的人員已不存在：請重新選擇",
    "group.err.term_end_before_start": "「任期屆滿日」{term_end}早於「聘任日」{start}：請更正",
    "group.err.end_before_start": "「離任日」{end}早於「聘任日」{start}：請更正",
    "group.err.no_post": "當然成員須選擇「職務」（人事、會計…）：請在「職務」欄選擇",
    "group.err.committee_external_only": "「婦權會委員」只適用於府外委員：請改選角色或取消勾選",
    "group.err.already_member": "此人員於{start}起已是小組成員（{role}）：同一期間只能有一個角色，"
                                "請編輯原紀錄或先登錄其離任",
    "group.err.convener_exists": "同一期間已有召集人{name}（{start}起）："
                                 "請先登錄前任召集人之離任日",
    "group.err.membership_gone": "要修改的成員紀錄已不存在：請重新整理",
    "group.err.leaving_gone": "要登錄離任的成員紀錄已不存在：請重新整理",
    "group.err.leave_before_start": "「離任日」{end}早於聘任日{start}：請更正",
    "group.err.no_rule": "請選擇報備的規定（小組成員或性別議題聯絡人之三分之一原則）",
    "group.err.filed_far": "「備查日期」{filed_on}與{year}年度相差過遠：請確認日期",
})


@dataclass(frozen=True)
class RosterRow:
    """A membership as the roster shows it: who, in which role, from when to when."""

    membership: Membership
    person: Person
    unit: str

    @property
    def role_text(self) -> str:
        return rules.role_text(self.membership)

    def serving_on(self, day: dt.date) -> bool:
        return self.membership.active_on(day)


@dataclass(frozen=True)
class MemberInput:
    """What the member form holds; person_id None means a new person (name, gender, ...)."""

    person_id: PersonId | None
    role: Role
    start: dt.date
    term_end: dt.date | None = None
    end: dt.date | None = None
    post: str = ""
    committee: bool = False
    name: str = ""
    gender: Gender | None = None
    title: str = ""
    unit_id: UnitId | None = None
    external: bool = False


def roster(db: Database) -> list[RosterRow]:
    """Return every membership ever recorded, current and past, with its person."""
    persons = people.people_by_id(db)
    units = office.unit_names(db)
    rows = []
    for m in store.list_memberships(db):
        person = persons[m.person_id]
        rows.append(RosterRow(m, person, units.get(person.unit_id or 0, "")))
    return rows


def seats_on(db: Database, day: dt.date) -> list[rules.Seat]:
    """Return the seats in force on a day (composition at any date)."""
    persons = people.people_by_id(db)
    return [rules.Seat(m, persons[m.person_id]) for m in store.memberships_on(db, day)]


def composition_findings(db: Database, day: dt.date) -> list[Finding]:
    """Return the composition findings on a day, under the preset of that day's year."""
    year = day.year - 1911
    return rules.check_composition(seats_on(db, day), office.preset_for(db, year), day,
                                   store.list_filings(db, year))


@dataclass(frozen=True)
class GroupView:
    """Everything the 執行小組 page shows for an as-of day, read in one go (off the UI thread)."""

    day: dt.date
    roster: list[RosterRow]
    seats: list[rules.Seat]
    findings: list[Finding]
    filings: list[Filing]
    warning_days: int
    units: dict[int, str]
    people: list[Person]  # everyone the office knows, for the member picker


def group_view(db: Database, day: dt.date) -> GroupView:
    """Return the roster, the seats and findings on `day` and that year's filings."""
    persons = people.people_by_id(db)
    units = office.unit_names(db)
    year = day.year - 1911
    preset = office.preset_for(db, year)
    filings = store.list_filings(db, year)
    rows = [RosterRow(m, persons[m.person_id], units.get(persons[m.person_id].unit_id or 0, ""))
            for m in store.list_memberships(db)]
    seats = [rules.Seat(m, persons[m.person_id]) for m in store.memberships_on(db, day)]
    return GroupView(day, rows, seats, rules.check_composition(seats, preset, day, filings),
                     filings, preset.term_warning_days, units, list(persons.values()))


def preview_findings(db: Database, draft: MemberInput, membership_id: int | None,
                     day: dt.date) -> list[Finding]:
    """Return the findings on `day` as they would be with the form's draft saved."""
    persons = people.people_by_id(db)
    seats = [s for s in seats_on(db, day) if s.membership.id != membership_id]
    person = persons.get(draft.person_id) if draft.person_id is not None else None
    if person is None:
        person = Person(PersonId(0), draft.name.strip() or "（新成員）",
                        draft.gender or Gender.OTHER, draft.title, draft.unit_id,
                        external=draft.external)
    membership = Membership(MembershipId(membership_id or 0), person.id, draft.role,
                            draft.start, draft.term_end, draft.end, draft.post, draft.committee)
    if membership.active_on(day):
        seats.append(rules.Seat(membership, person))
    year = day.year - 1911
    return rules.check_composition(seats, office.preset_for(db, year), day,
                                   store.list_filings(db, year))


def _validate(db: Database, draft: MemberInput, membership_id: int | None) -> None:
    if draft.person_id is None:
        if not draft.name.strip():
            raise InputError(Phrase.of("group.err.no_name"), "name")
        if draft.gender is None:
            raise InputError(Phrase.of("group.err.no_gender"), "gender")
    elif people.get_person(db, draft.person_id) is None:
        raise InputError(Phrase.of("group.err.person_gone"), "person")
    if draft.term_end is not None and draft.term_end < draft.start:
        raise InputError(Phrase.of("group.err.term_end_before_start", term_end=Short(draft.term_end),
                                    start=Short(draft.start)), "term_end")
    if draft.end is not None and draft.end < draft.start:
        raise InputError(Phrase.of("group.err.end_before_start", end=Short(draft.end),
                                    start=Short(draft.start)), "end")
    if draft.role is Role.EX_OFFICIO and draft.post not in POST_LABELS:
        raise InputError(Phrase.of("group.err.no_post"), "post")
    if draft.committee and draft.role is not Role.EXTERNAL:
        raise InputError(Phrase.of("group.err.committee_external_only"), "committee")
    others = [m for m in store.list_memberships(db) if m.id != membership_id]
    if draft.person_id is not None:
        for m in others:
            if m.person_id == draft.person_id and rules.overlapping(m, draft.start, draft.end):
                raise InputError(Phrase.of("group.err.already_member", start=Short(m.start),
                                            role=rules.role_phrase(m)), "person")
    if draft.role is Role.CONVENER:
        for m in others:
            if m.role is Role.CONVENER and rules.overlapping(m, draft.start, draft.end):
                person = people.get_person(db, m.person_id)
                name = person.name if person else ""
                raise InputError(Phrase.of("group.err.convener_exists", name=name,
                                            start=Short(m.start)), "role")


def save_member(db: Database, draft: MemberInput,
                membership_id: int | None = None) -> MembershipId:
    """Add or edit a membership (creating the person when new); all or nothing."""
    _validate(db, draft, membership_id)
    with db.atomic():
        person_id = draft.person_id
        if person_id is None:
            assert draft.gender is not None
            person_id = people.add_person(db, Person(
                PersonId(0), draft.name.strip(), draft.gender, draft.title.strip(),
                draft.unit_id, external=draft.external or draft.role is Role.EXTERNAL))
        membership = Membership(
            MembershipId(membership_id or 0), person_id, draft.role, draft.start,
            draft.term_end, draft.end,
            draft.post if draft.role is Role.EX_OFFICIO else "",
            draft.committee and draft.role is Role.EXTERNAL)
        if membership_id is None:
            return store.add_membership(db, membership)
        if records.get(db, Membership, "membership", membership_id) is None:
            raise InputError(Phrase.of("group.err.membership_gone"), "membership")
        store.update_membership(db, membership)
        return MembershipId(membership_id)


def end_membership(db: Database, membership_id: int, day: dt.date) -> None:
    """Record that a member left on `day`; their past meetings keep them."""
    current = records.get(db, Membership, "membership", membership_id)
    if current is None:
        raise InputError(Phrase.of("group.err.leaving_gone"), "membership")
    if day < current.start:
        raise InputError(Phrase.of("group.err.leave_before_start", end=Short(day),
                                    start=Short(current.start)), "end")
    with db.atomic():
        store.update_membership(db, dataclasses.replace(current, end=day))


def record_filing(db: Database, year: int, rule: str, filed_on: dt.date, doc_no: str = "",
                  note: str = "") -> int:
    """Record that the group's list was filed with the city because a rule cannot be met."""
    if rule not in rules.RULE_LABELS:
        raise InputError(Phrase.of("group.err.no_rule"), "rule")
    if filed_on.year - 1911 > year + 1 or filed_on.year - 1911 < year - 1:
        raise InputError(Phrase.of("group.err.filed_far", filed_on=Short(filed_on), year=year),
                         "filed_on")
    with db.atomic():
        return store.add_filing(db, Filing(0, year, rule, filed_on, doc_no.strip(), note.strip()))


def list_filings(db: Database, year: int | None = None) -> list[Filing]:
    """Return the group's filings with the city (all years, or ROC `year`)."""
    return store.list_filings(db, year)
