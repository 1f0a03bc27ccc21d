"""Meeting use cases: record a meeting in one transaction, follow resolutions up, print data."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from gmdesk.domain import group as group_rules
from gmdesk.domain import meetings as rules
from gmdesk.domain.errors import InputError
from gmdesk.domain.model import (
    AgendaItem,
    AgendaItemId,
    Attendance,
    AttendanceStatus,
    AttendeeKind,
    FollowUp,
    FollowUpId,
    ItemKind,
    Meeting,
    MeetingId,
    Person,
    PersonId,
    Progress,
    Role,
)
from gmdesk.domain.rocdate import year_bounds
from gmdesk.domain.rules import GenderCount
from gmdesk.domain.texts import Label, Phrase, Short, define
from gmdesk.services import settings
from gmdesk.storage import group as group_store
from gmdesk.storage import meetings as store
from gmdesk.storage import office, people, records
from gmdesk.storage.database import Database

define({
    "meetings.err.day_outside_year": "「開會日期」{day}不在{year}年度內（{first}至{last}）："
                                     "請改為{year}年的日期，或切換到{other}年度再新增此會議",
    "meetings.err.seq": "「次別」須為 1 以上的整數",
    "meetings.err.seq_taken": "{year}年第{seq}次會議已存在（{day}）：請改用次別{next}",
    "meetings.err.end_not_after_start": "「散會時間」須晚於開會時間：請更正",
    "meetings.err.notice_after_day": "「發文日期」{notice}晚於開會日期：請更正",
    "meetings.err.chair_gone": "所選的主席已不存在：請重新選擇",
    "meetings.err.chair_not_member": "主席{name}於{day}不是小組成員："
                                     "主席應為召集人或召集人指定之成員，請重新選擇",
    "meetings.err.attendee_gone": "出席名單中的人員 #{id} 不存在：請重新選擇",
    "meetings.err.attendee_twice": "出席名單中{who}重複出現：每人只能登錄一次",
    "meetings.err.not_member": "{who}於{day}不是小組成員，不能列為委員出席：請改列為列席人員，"
                               "或先在「執行小組」頁登錄其任期",
    "meetings.err.member_as_guest": "{who}是小組成員，請在委員出席欄登錄，不要列為列席人員",
    "meetings.err.proxy_name": "{who}標記為「代理」，請填寫代理人姓名",
    "meetings.err.proxy_not_proxy": "{who}標記為「{status}」，不能同時填寫代理人「{proxy}」："
                                    "請將狀態改為「代理」，或清除代理人",
    "meetings.err.fee_negative": "{who}的出席費不能為負數",
    "meetings.err.chair_away": "主席{who}標記為「{status}」：請改選主持會議的成員，或更正出席狀態",
    "meetings.err.item_no_title": "第{number}個議程項目（{kind}）未填「案由」：請填寫或刪除該項",
    "meetings.err.item_elsewhere": "議程項目不屬於這次會議：請重新整理後再編輯",
    "meetings.err.followup_not_open": "列管事項於本次會議前已解除列管或尚未列管：請重新整理",
    "meetings.err.proposal": "列管建議須為「繼續列管」或「解除列管」",
    "meetings.err.item_has_progress": "「{title}」已在後續會議登錄執行情形，不能刪除：請保留該項",
    "meetings.err.followup_has_progress": "「{title}」已在後續會議登錄執行情形，不能取消列管："
                                          "請以「解除列管」結案",
    "meetings.err.meeting_gone": "要修改的會議已不存在：請重新整理",
    "meetings.err.no_meeting": "找不到會議 #{id}",
    "meetings.err.no_saved_meeting": "找不到會議 #{id}：它可能已刪除（請查看資源回收筒）或尚未儲存",
    "meetings.err.no_code": "找不到{year}年第{seq}次會議（{year}年度已有：{have}）",
    "meetings.err.no_code_none": "找不到{year}年第{seq}次會議（{year}年度已有：無）",
})

CHINESE_NUMBERS = "一二三四五六七八九十"


def chinese_number(n: int) -> str:
    """Return 1..99 in Chinese numerals, as section numbering writes them (十一, 二十)."""
    if n <= 10:
        return CHINESE_NUMBERS[n - 1]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else CHINESE_NUMBERS[tens - 1]
    return head + "十" + (CHINESE_NUMBERS[ones - 1] if ones else "")


@dataclass(frozen=True)
class AttendanceInput:
    person_id: PersonId
    kind: AttendeeKind = AttendeeKind.MEMBER
    status: AttendanceStatus = AttendanceStatus.PRESENT
    proxy_name: str = ""
    fee: int | None = None


@dataclass(frozen=True)
class ItemInput:
    """An agenda item; followup_unit non-empty puts its resolution under follow-up (列管)."""

    kind: ItemKind
    title: str
    unit: str = ""
    explanation: str = ""
    decision: str = ""
    followup_unit: str = ""
    item_id: AgendaItemId | None = None


@dataclass(frozen=True)
class ProgressInput:
    """Progress on an open resolution at this meeting; proposal "close" closes it (解除列管)."""

    followup_id: FollowUpId
    text: str = ""
    proposal: str = "continue"
    decision: str = ""


@dataclass(frozen=True)
class MeetingInput:
    year: int
    seq: int
    day: dt.date
    start: dt.time
    end: dt.time | None = None
    place: str = ""
    chair_id: PersonId | None = None
    recorder: str = ""
    notice_date: dt.date | None = None
    notice_no: str = ""
    chair_remarks: str = ""
    previous_minutes: str = "確定。"
    note: str = ""
    attendance: tuple[AttendanceInput, ...] = ()
    items: tuple[ItemInput, ...] = ()
    progress: tuple[ProgressInput, ...] = ()


@dataclass(frozen=True)
class OpenFollowUp:
    """A tracked resolution as a later meeting sees it."""

    followup: FollowUp
    item: AgendaItem
    source: Meeting
    history: tuple[Progress, ...]  # progress recorded at meetings before this one
    current: Progress | None  # progress recorded at this meeting

    @property
    def source_text(self) -> str:
        number = chinese_number(self.item.seq)
        kind = "臨時動議" if self.item.kind is ItemKind.MOTION else self.item.kind.label
        return f"{self.source.title}{kind}第{number}案"


@dataclass(frozen=True)
class MeetingRow:
    """A meeting as the year's list shows it."""

    meeting: Meeting
    chair: str
    members: int
    present: int
    quorum: rules.Quorum


def member_seats(db: Database, day: dt.date) -> list[group_rules.Seat]:
    persons = people.people_by_id(db)
    seats = [group_rules.Seat(m, persons[m.person_id]) for m in group_store.memberships_on(db, day)]
    order = list(Role)
    return sorted(seats, key=lambda s: (order.index(s.membership.role), s.membership.post,
                                        s.membership.start, s.person.id))


def _ordered(db: Database) -> list[Meeting]:
    return sorted(store.list_meetings(db), key=lambda m: (m.day, m.start, m.year, m.seq))


def _before(a: Meeting, day: dt.date, meeting_id: int | None) -> bool:
    return a.id != meeting_id and a.day <= day


def previous_meeting(db: Database, day: dt.date, meeting_id: int | None = None) -> Meeting | None:
    """Return the meeting held last before a meeting on `day`."""
    earlier = [m for m in _ordered(db) if _before(m, day, meeting_id)
               and (m.day < day or meeting_id is None or m.id < meeting_id)]
    return earlier[-1] if earlier else None


def open_followups(db: Database, day: dt.date,
                   meeting_id: int | None = None) -> list[OpenFollowUp]:
    """Return the resolutions a meeting on `day` must report on (carried until closed)."""
    meetings = {m.id: m for m in store.list_meetings(db)}
    followups = store.followups_open_on(db, day, meeting_id)
    items = store.items_by_id(db, sorted({f.item_id for f in followups}))
    progress: dict[FollowUpId, list[Progress]] = {}
    for entry in store.progress_of(db, [f.id for f in followups]):
        progress.setdefault(entry.followup_id, []).append(entry)
    result = []
    for followup in followups:
        item = items[followup.item_id]
        source = meetings[item.meeting_id]
        rows = progress.get(followup.id, [])
        history = tuple(sorted((p for p in rows if p.meeting_id != meeting_id
                                and meetings[p.meeting_id].day <= day),
                               key=lambda p: meetings[p.meeting_id].day))
        current = next((p for p in rows if p.meeting_id == meeting_id), None)
        result.append(OpenFollowUp(followup, item, source, history, current))
    return sorted(result, key=lambda o: (o.source.day, o.item.kind.value, o.item.seq))


def next_notice_no(db: Database, year: int) -> str:
    """Return the next notice number: the office's prefix, the year and a running number."""
    current = office.get_office(db)
    prefix = current.doc_prefix if current else ""
    pattern = re.compile(re.escape(prefix) + rf"{year}(\d+)號?$")
    used = [int(match.group(1)) for m in store.list_meetings(db)
            if (match := pattern.match(m.notice_no))]
    return f"{prefix}{year}{(max(used, default=0) + 1):07d}號"


def _name(persons: dict[PersonId, Person], person_id: PersonId) -> str:
    person = persons.get(person_id)
    return person.name if person else f"#{person_id}"


def _validate(db: Database, draft: MeetingInput, meeting_id: int | None) -> None:
    first, last = year_bounds(draft.year)
    if not first <= draft.day <= last:
        raise InputError(Phrase.of("meetings.err.day_outside_year", day=Short(draft.day),
                                    year=draft.year, first=Short(first), last=Short(last),
                                    other=draft.day.year - 1911), "day")
    if draft.seq < 1:
        raise InputError(Phrase.of("meetings.err.seq"), "seq")
    same = store.find_meeting(db, draft.year, draft.seq)
    if same is not None and same.id != meeting_id:
        raise InputError(Phrase.of("meetings.err.seq_taken", year=draft.year, seq=draft.seq,
                                    day=Short(same.day), next=store.next_seq(db, draft.year)),
                         "seq")
    if draft.end is not None and draft.end <= draft.start:
        raise InputError(Phrase.of("meetings.err.end_not_after_start"), "end")
    if draft.notice_date is not None and draft.notice_date > draft.day:
        raise InputError(Phrase.of("meetings.err.notice_after_day",
                                    notice=Short(draft.notice_date)), "notice_date")
    persons = people.people_by_id(db)
    members = {s.person.id: s for s in member_seats(db, draft.day)}
    if draft.chair_id is not None:
        if draft.chair_id not in persons:
            raise InputError(Phrase.of("meetings.err.chair_gone"), "chair")
        if draft.chair_id not in members:
            raise InputError(Phrase.of("meetings.err.chair_not_member",
                                        name=_name(persons, draft.chair_id),
                                        day=Short(draft.day)), "chair")
    seen: set[PersonId] = set()
    for row in draft.attendance:
        who = _name(persons, row.person_id)
        if row.person_id not in persons:
            raise InputError(Phrase.of("meetings.err.attendee_gone", id=row.person_id), "attendance")
        if row.person_id in seen:
            raise InputError(Phrase.of("meetings.err.attendee_twice", who=who), "attendance")
        seen.add(row.person_id)
        if row.kind is AttendeeKind.MEMBER and row.person_id not in members:
            raise InputError(Phrase.of("meetings.err.not_member", who=who, day=Short(draft.day)),
                             "attendance")
        if row.kind is AttendeeKind.GUEST and row.person_id in members:
            raise InputError(Phrase.of("meetings.err.member_as_guest", who=who), "attendance")
        if row.status is AttendanceStatus.PROXY and not row.proxy_name.strip():
            raise InputError(Phrase.of("meetings.err.proxy_name", who=who), "proxy")
        if row.status is not AttendanceStatus.PROXY and row.proxy_name.strip():
            raise InputError(Phrase.of("meetings.err.proxy_not_proxy", who=who,
                                        status=Label("attendance_status", row.status.value),
                                        proxy=row.proxy_name), "proxy")
        if row.fee is not None and row.fee < 0:
            raise InputError(Phrase.of("meetings.err.fee_negative", who=who), "fee")
        if row.person_id == draft.chair_id and row.status in (AttendanceStatus.LEAVE,
                                                              AttendanceStatus.ABSENT):
            raise InputError(Phrase.of("meetings.err.chair_away", who=who,
                                        status=Label("attendance_status", row.status.value)),
                             "chair")
    for number, item in enumerate(draft.items, start=1):
        if not item.title.strip():
            raise InputError(Phrase.of("meetings.err.item_no_title", number=number,
                                        kind=Label("item_kind", item.kind.value)), "items")
    if draft.items and meeting_id is not None:
        own = {i.id for i in store.list_items(db, meeting_id)}
        for item in draft.items:
            if item.item_id is not None and item.item_id not in own:
                raise InputError(Phrase.of("meetings.err.item_elsewhere"), "items")
    opened = {o.followup.id for o in open_followups(db, draft.day, meeting_id)}
    for entry in draft.progress:
        if entry.followup_id not in opened:
            raise InputError(Phrase.of("meetings.err.followup_not_open"), "progress")
        if entry.proposal not in ("continue", "close"):
            raise InputError(Phrase.of("meetings.err.proposal"), "progress")


def _write_items(db: Database, meeting_id: MeetingId, items: Sequence[ItemInput]) -> None:
    existing = {i.id: i for i in store.list_items(db, meeting_id)}
    followups = {f.item_id: f for f in store.list_followups(db)}
    progress = store.list_progress(db)
    kept = {i.item_id for i in items if i.item_id is not None}
    for item_id in set(existing) - kept:
        followup = followups.get(item_id)
        if followup is not None and any(p.followup_id == followup.id and p.meeting_id != meeting_id
                                        for p in progress):
            raise InputError(Phrase.of("meetings.err.item_has_progress",
                                    title=existing[item_id].title), "items")
        records.delete(db, "agenda_item", item_id)
    counters: dict[ItemKind, int] = {}
    for item in items:
        counters[item.kind] = counters.get(item.kind, 0) + 1
        row = AgendaItem(AgendaItemId(item.item_id or 0), meeting_id, item.kind,
                         counters[item.kind], item.title.strip(), item.unit.strip(),
                         item.explanation.strip(), item.decision.strip())
        if item.item_id is None:
            item_id = store.add_item(db, row)
        else:
            store.update_item(db, row)
            item_id = item.item_id
        followup = followups.get(item_id)
        unit = item.followup_unit.strip()
        if unit and followup is None:
            store.add_followup(db, FollowUp(FollowUpId(0), item_id, unit))
        elif unit and followup is not None:
            store.update_followup(db, dataclasses.replace(followup, owner_unit=unit))
        elif followup is not None:
            if any(p.followup_id == followup.id for p in progress):
                raise InputError(Phrase.of("meetings.err.followup_has_progress", title=item.title),
                                 "items")
            records.delete(db, "followup", followup.id)


def _write_progress(db: Database, meeting_id: MeetingId, rows: Sequence[ProgressInput]) -> None:
    for old in store.list_progress(db):
        if old.meeting_id == meeting_id:
            records.delete(db, "progress", old.id)
    for followup in store.list_followups(db):
        if followup.closed_meeting_id == meeting_id:
            store.update_followup(db, dataclasses.replace(followup, closed_meeting_id=None))
    by_id = {f.id: f for f in store.list_followups(db)}
    for row in rows:
        decision = row.decision.strip() or ("解除列管" if row.proposal == "close" else "繼續列管")
        store.add_progress(db, Progress(0, row.followup_id, meeting_id, row.text.strip(),
                                        row.proposal, decision))
        if row.proposal == "close":
            store.update_followup(db, dataclasses.replace(by_id[row.followup_id],
                                                          closed_meeting_id=meeting_id))


def save_meeting(db: Database, draft: MeetingInput, meeting_id: int | None = None) -> MeetingId:
    """Create or edit a meeting with its attendance, items and follow-up, all or nothing."""
    _validate(db, draft, meeting_id)
    if meeting_id is not None and store.get_meeting(db, meeting_id) is None:
        raise InputError(Phrase.of("meetings.err.meeting_gone"), "meeting")
    meeting = Meeting(
        MeetingId(meeting_id or 0), draft.year, draft.seq, draft.day, draft.start,
        draft.place.strip(), draft.chair_id, draft.end, draft.recorder.strip(),
        draft.notice_date, draft.notice_no.strip(), draft.chair_remarks.strip(),
        draft.previous_minutes.strip() or "確定。", draft.note.strip())
    with db.atomic():
        if meeting_id is None:
            mid = store.add_meeting(db, meeting)
        else:
            mid = MeetingId(meeting_id)
            store.update_meeting(db, meeting)
        store.replace_attendance(db, mid, [
            Attendance(0, mid, a.person_id, a.kind, a.status, a.proxy_name.strip(), a.fee)
            for a in draft.attendance])
        _write_items(db, mid, draft.items)
        _write_progress(db, mid, draft.progress)
    return mid


def delete_meeting(db: Database, meeting_id: int, now: dt.datetime | None = None) -> int:
    """Move a meeting with its attendance, items and progress to the 資源回收筒; return its trash id."""
    from gmdesk.storage import trash

    meeting = store.get_meeting(db, meeting_id)
    label = f"會議：{meeting.title}" if meeting else "會議"
    with db.atomic():
        for followup in store.list_followups(db):
            if followup.closed_meeting_id == meeting_id:
                store.update_followup(db, dataclasses.replace(followup, closed_meeting_id=None))
        return trash.move_to_trash(db, "meeting", meeting_id, now or dt.datetime.now(), label)


def draft_of(db: Database, meeting_id: int) -> MeetingInput:
    """Return a saved meeting as the editor holds it."""
    meeting = store.get_meeting(db, meeting_id)
    if meeting is None:
        raise InputError(Phrase.of("meetings.err.no_meeting", id=meeting_id), "meeting")
    followups = {f.item_id: f for f in store.list_followups(db)}
    items = sorted(store.list_items(db, meeting_id),
                   key=lambda i: (list(ItemKind).index(i.kind), i.seq))
    return MeetingInput(
        meeting.year, meeting.seq, meeting.day, meeting.start, meeting.end, meeting.place,
        meeting.chair_id, meeting.recorder, meeting.notice_date, meeting.notice_no,
        meeting.chair_remarks, meeting.previous_minutes, meeting.note,
        tuple(AttendanceInput(a.person_id, a.kind, a.status, a.proxy_name, a.fee)
              for a in store.list_attendance(db, meeting_id)),
        tuple(ItemInput(i.kind, i.title, i.unit, i.explanation, i.decision,
                        followups[i.id].owner_unit if i.id in followups else "", i.id)
              for i in items),
        tuple(ProgressInput(p.followup_id, p.text, p.proposal, p.decision)
              for p in store.list_progress(db) if p.meeting_id == meeting_id),
    )


def new_draft(db: Database, year: int, today: dt.date) -> MeetingInput:
    """Return a new meeting for the year: next number, the convener chairing, every member."""
    first, last = year_bounds(year)
    day = min(max(today, first), last)
    seats = member_seats(db, day)
    convener = next((s.person.id for s in seats if s.membership.role is Role.CONVENER), None)
    previous = [m for m in store.list_meetings(db, year)]
    place = previous[-1].place if previous else ""
    current = office.get_office(db)
    return MeetingInput(
        year, store.next_seq(db, year), day, dt.time(14, 30), None, place, convener,
        current.clerk_name if current else "",
        attendance=tuple(AttendanceInput(s.person.id) for s in seats),
        progress=tuple(ProgressInput(o.followup.id)
                       for o in open_followups(db, day, None)),
    )


def attendance_status(db: Database, draft: MeetingInput
                      ) -> tuple[rules.Quorum, GenderCount, list[Phrase]]:
    """Return the quorum, the genders present and the one-third shortfalls for a draft."""
    preset = office.preset_for(db, draft.year)
    rows = {a.person_id: Attendance(0, MeetingId(0), a.person_id, a.kind, a.status,
                                    a.proxy_name, a.fee)
            for a in draft.attendance if a.kind is AttendeeKind.MEMBER}
    seats = member_seats(db, draft.day)
    result = rules.quorum([(group_rules.is_external(s.person, s.membership), rows.get(s.person.id))
                           for s in seats], preset)
    genders = rules.present_genders([(s.person.gender, rows.get(s.person.id)) for s in seats])
    return result, genders, rules.present_one_third(genders)


def list_rows(db: Database, year: int) -> list[MeetingRow]:
    """Return the year's meetings with chair and attendance, for the meetings list."""
    return [row for row, _ in _rows_with_attendance(db, year)]


def _rows_with_attendance(db: Database, year: int) -> list[tuple[MeetingRow, bool]]:
    # People, memberships and the preset are read once for the year, not once per meeting.
    persons = people.people_by_id(db)
    memberships = group_store.list_memberships(db)
    preset = office.preset_for(db, year)
    order = list(Role)
    attended = store.attendance_of_year(db, year)
    result = []
    for meeting in store.list_meetings(db, year):
        attendance = attended.get(meeting.id, [])
        rows = {a.person_id: a for a in attendance if a.kind is AttendeeKind.MEMBER}
        seats = sorted((m for m in memberships if m.active_on(meeting.day)),
                       key=lambda m: (order.index(m.role), m.post, m.start, m.person_id))
        quorum = rules.quorum([(group_rules.is_external(persons[m.person_id], m),
                                rows.get(m.person_id)) for m in seats], preset)
        chair = _name(persons, meeting.chair_id) if meeting.chair_id else ""
        row = MeetingRow(meeting, chair, quorum.members, quorum.present, quorum)
        result.append((row, bool(attendance)))
    return result


def quorums(db: Database, year: int) -> dict[MeetingId, rules.Quorum]:
    """Return each of the year's meetings' quorum, for the yearly check."""
    return {row.meeting.id: row.quorum for row, attended in _rows_with_attendance(db, year)
            if attended}


def paper(db: Database, meeting_id: int, today: dt.date) -> rules.MeetingPaper:
    """Return everything the three forms print for a meeting."""
    meeting = store.get_meeting(db, meeting_id)
    if meeting is None:
        raise InputError(Phrase.of("meetings.err.no_meeting", id=meeting_id), "meeting")
    current = office.get_office(db)
    group_name = current.group_name if current else "性別平等執行小組"
    persons = people.people_by_id(db)
    seats = member_seats(db, meeting.day)
    attendance = {a.person_id: a for a in store.list_attendance(db, meeting_id)}
    recorded = meeting.day <= today and bool(attendance)
    units = office.unit_names(db)

    def line(person: Person, role: str, external: bool) -> rules.PaperPerson:
        row = attendance.get(person.id)
        return rules.PaperPerson(
            person.name, person.title, person.gender, units.get(person.unit_id or 0, ""), role,
            row.status if row and recorded else None,
            row.proxy_name if row and recorded else "", external,
            row.fee if row else None)

    members = [line(s.person, group_rules.role_text(s.membership),
                    group_rules.is_external(s.person, s.membership)) for s in seats]
    member_ids = {s.person.id for s in seats}
    # Former members recorded as attending (edited after they left) still print.
    for person_id, row in attendance.items():
        if row.kind is AttendeeKind.MEMBER and person_id not in member_ids:
            members.append(line(persons[person_id], "委員", persons[person_id].external))
    guests = [line(persons[a.person_id], "", persons[a.person_id].external)
              for a in attendance.values() if a.kind is AttendeeKind.GUEST]
    chair = persons.get(meeting.chair_id) if meeting.chair_id else None
    chair_title = ""
    if chair is not None:
        seat = next((s for s in seats if s.person.id == chair.id), None)
        chair_title = "召集人" if seat and seat.membership.role is Role.CONVENER else (
            chair.title or "委員")
    followups = {f.item_id: f for f in store.list_followups(db)}
    items = sorted(store.list_items(db, meeting_id),
                   key=lambda i: (list(ItemKind).index(i.kind), i.seq))
    carried = []
    for entry in open_followups(db, meeting.day, meeting_id):
        now = entry.current
        carried.append(rules.PaperFollowUp(
            entry.source_text, entry.item.title, entry.item.decision, entry.followup.owner_unit,
            now.text if now else "", now.proposal if now else "continue",
            now.decision if now else ""))
    previous = previous_meeting(db, meeting.day, meeting_id)
    draft = draft_of(db, meeting_id)
    result, _, _ = attendance_status(db, draft)
    return rules.MeetingPaper(
        meeting, group_name, chair.name if chair else "", chair_title,
        tuple(members), tuple(guests),
        tuple(rules.PaperItem(i.kind, i.seq, i.title, i.unit, i.explanation, i.decision,
                              followups[i.id].owner_unit if i.id in followups else "")
              for i in items),
        tuple(carried), recorded, previous.title if previous else "",
        quorum=result, postcode=settings.get_postcode(db))


def get_meeting(db: Database, meeting_id: int) -> Meeting:
    """Return a saved meeting, or say it is not there (deleted, or never saved)."""
    meeting = store.get_meeting(db, meeting_id)
    if meeting is None:
        raise InputError(Phrase.of("meetings.err.no_saved_meeting", id=meeting_id), "meeting")
    return meeting


def find_by_code(db: Database, year: int, seq: int) -> Meeting:
    """Return the meeting 114-1, or say which meetings the year has."""
    meeting = store.find_meeting(db, year, seq)
    if meeting is None:
        have = tuple(m.code for m in store.list_meetings(db, year))
        raise InputError(Phrase.of("meetings.err.no_code", year=year, seq=seq, have=have)
                         if have else Phrase.of("meetings.err.no_code_none", year=year, seq=seq))
    return meeting
