"""Meetings, attendance, agenda items and the follow-up of resolutions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from gmdesk.domain.model import (
    AgendaItem,
    AgendaItemId,
    Attendance,
    FollowUp,
    FollowUpId,
    Meeting,
    MeetingId,
    Progress,
)
from gmdesk.storage import records
from gmdesk.storage.database import Database


def add_meeting(db: Database, meeting: Meeting) -> MeetingId:
    return MeetingId(records.insert(db, "meeting", meeting))


def update_meeting(db: Database, meeting: Meeting) -> None:
    records.update(db, "meeting", meeting)


def get_meeting(db: Database, meeting_id: int) -> Meeting | None:
    return records.get(db, Meeting, "meeting", meeting_id)


def find_meeting(db: Database, year: int, seq: int) -> Meeting | None:
    rows = records.select(db, Meeting, "meeting", "year = ? AND seq = ?", [year, seq])
    return rows[0] if rows else None


def list_meetings(db: Database, year: int | None = None) -> list[Meeting]:
    if year is None:
        return records.select(db, Meeting, "meeting", order_by="day, start")
    return records.select(db, Meeting, "meeting", "year = ?", [year], order_by="seq")


def next_seq(db: Database, year: int) -> int:
    row = db.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM meeting WHERE year = ?", [year])
    return int(row.fetchone()[0])


def add_attendance(db: Database, attendance: Attendance) -> int:
    return records.insert(db, "attendance", attendance)


def list_attendance(db: Database, meeting_id: int) -> list[Attendance]:
    return records.select(db, Attendance, "attendance", "meeting_id = ?", [meeting_id])


def attendance_of_year(db: Database, year: int) -> dict[int, list[Attendance]]:
    """The attendance of each of the year's meetings, by meeting id (one read, not one a
    meeting)."""
    rows: dict[int, list[Attendance]] = {}
    for row in records.select(db, Attendance, "attendance",
                              "meeting_id IN (SELECT id FROM meeting WHERE year = ?)", [year]):
        rows.setdefault(row.meeting_id, []).append(row)
    return rows


def replace_attendance(db: Database, meeting_id: int, rows: list[Attendance]) -> None:
    db.execute("DELETE FROM attendance WHERE meeting_id = ?", [meeting_id])
    for row in rows:
        records.insert(db, "attendance", row)


def add_item(db: Database, item: AgendaItem) -> AgendaItemId:
    return AgendaItemId(records.insert(db, "agenda_item", item))


def update_item(db: Database, item: AgendaItem) -> None:
    records.update(db, "agenda_item", item)


def list_items(db: Database, meeting_id: int) -> list[AgendaItem]:
    return records.select(
        db, AgendaItem, "agenda_item", "meeting_id = ?", [meeting_id], order_by="kind, seq"
    )


def add_followup(db: Database, followup: FollowUp) -> FollowUpId:
    return FollowUpId(records.insert(db, "followup", followup))


def update_followup(db: Database, followup: FollowUp) -> None:
    records.update(db, "followup", followup)


def list_followups(db: Database) -> list[FollowUp]:
    return records.select(db, FollowUp, "followup")


def followups_open_on(db: Database, day: dt.date,
                      meeting_id: int | None = None) -> list[FollowUp]:
    """The resolutions of meetings held on or before `day` (not `meeting_id` itself) that no
    meeting held on or before `day` closed (a closing at `meeting_id` does not count): what
    a meeting on `day` reports on. Read in SQL: a long-kept office has hundreds of closed ones."""
    return records.select(
        db, FollowUp, "followup",
        "item_id IN (SELECT i.id FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id"
        " WHERE m.day <= ? AND m.id IS NOT ?)"
        " AND (closed_meeting_id IS NULL OR closed_meeting_id IS ?"
        " OR closed_meeting_id NOT IN (SELECT id FROM meeting WHERE day <= ?))",
        [day.isoformat(), meeting_id, meeting_id, day.isoformat()])


def items_by_id(db: Database, ids: Sequence[int]) -> dict[int, AgendaItem]:
    """The agenda items with these ids."""
    marks = ", ".join("?" * len(ids))
    return {i.id: i for i in records.select(db, AgendaItem, "agenda_item",
                                             f"id IN ({marks})", list(ids))} if ids else {}


def progress_of(db: Database, followup_ids: Sequence[int]) -> list[Progress]:
    """The progress recorded on these resolutions, at any meeting."""
    marks = ", ".join("?" * len(followup_ids))
    return records.select(db, Progress, "progress", f"followup_id IN ({marks})",
                          list(followup_ids)) if followup_ids else []


def add_progress(db: Database, progress: Progress) -> int:
    return records.insert(db, "progress", progress)


def list_progress(db: Database, followup_id: int | None = None) -> list[Progress]:
    if followup_id is None:
        return records.select(db, Progress, "progress")
    return records.select(db, Progress, "progress", "followup_id = ?", [followup_id])
