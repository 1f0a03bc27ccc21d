"""Who can sit in a meeting: the members serving that day, the guests, the open follow-ups."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from gmdesk.domain import group as group_rules
from gmdesk.domain.model import AttendanceStatus, AttendeeKind, PersonId
from gmdesk.services import meetings as service
from gmdesk.services import people as people_service
from gmdesk.services import settings as settings_service
from gmdesk.services.safety import Database
from gmdesk.ui import wording
from gmdesk.ui.pages.meetings.rows import AttendRow, ProgressRow


def member_rows(db: Database, day: dt.date, known: Sequence[AttendRow],
                draft: service.MeetingInput | None, tr: Callable[[str], str]) -> list[AttendRow]:
    """The members serving on `day`: rows already in the editor are kept as edited; with a
    `draft`, its recorded attendance (members not recorded were absent)."""
    kept = {r.person_id: r for r in known} if draft is None else {}
    recorded = ({a.person_id: a for a in draft.attendance if a.kind is AttendeeKind.MEMBER}
                if draft is not None else {})
    units = settings_service.unit_names(db)
    rows = []
    for seat in service.member_seats(db, day):
        person = seat.person
        if person.id in kept:
            rows.append(kept[person.id])
            continue
        row = AttendRow(person.id, person.name,
                        units.get(person.unit_id or 0, "") + person.title,
                        wording.label(person.gender), wording.role_text(seat.membership),
                        external=group_rules.is_external(person, seat.membership))
        saved = recorded.get(person.id)
        if saved is not None:
            row.status, row.proxy_name, row.fee = saved.status, saved.proxy_name, saved.fee
        elif draft is not None and draft.attendance:
            row.status = AttendanceStatus.ABSENT
        rows.append(row)
    return rows


def guest_choices(db: Database, member_ids: set[PersonId]) -> list[tuple[str, Any]]:
    """Everyone who is not a member, as the pickers order them, as (label, person id)."""
    return [(row.label, row.person.id) for row in people_service.person_rows(db)
            if row.person.id not in member_ids]


def progress_rows(db: Database, draft: service.MeetingInput,
                  meeting_id: int | None) -> list[ProgressRow]:
    """The follow-ups open on the draft's day, with what the draft (or last time) said."""
    entered = {p.followup_id: p for p in draft.progress}
    rows = []
    for entry in service.open_followups(db, draft.day, meeting_id):
        saved = entered.get(entry.followup.id)
        last = entry.history[-1].text if entry.history else ""
        rows.append(ProgressRow(
            entry.followup.id, wording.followup_source(entry), entry.item.title,
            entry.followup.owner_unit, saved.text if saved else last,
            saved.proposal if saved else "continue", saved.decision if saved else ""))
    return rows
