"""The year's calendar as an iCalendar file (RFC 5545) that Outlook and other calendars import."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from gmdesk.domain.calendar import Entry, EntryKind, EntryStatus
from gmdesk.domain.rocdate import format_long, format_short

PRODID = "-//gmdesk//性別主流化行事曆//ZH-TW"


def uid(entry: Entry, office_id: str) -> str:
    """Return the event's UID: the same duty of the same office keeps it in every export."""
    return f"{entry.key.replace(':', '-')}.{office_id}@gmdesk"


def calendar_ics(entries: Sequence[Entry], calendar_name: str, office_id: str,
                 today: dt.date, stamp: dt.datetime) -> bytes:
    """Return the entries as all-day events, each open one with a reminder days ahead."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", calendar_name)
    cal.add("x-wr-timezone", "Asia/Taipei")
    stamp_utc = stamp.astimezone(dt.UTC)
    # A later export must win over an earlier import of the same UID: minutes since 2020.
    sequence = max(0, int((stamp_utc - dt.datetime(2020, 1, 1, tzinfo=dt.UTC)).total_seconds()
                          // 60))
    for entry in entries:
        status = entry.status(today)
        event = Event()
        event.add("uid", uid(entry, office_id))
        event.add("dtstamp", stamp_utc)
        event.add("last-modified", stamp_utc)
        event.add("sequence", sequence)
        # An event's title already says what it is (CEDAW宣導：…).
        event.add("summary", entry.title if entry.kind is EntryKind.EVENT
                  else f"{entry.kind.label}：{entry.title}")
        lines = [format_long(entry.day), f"{entry.status_text(today)}（{format_short(today)}匯出時）"]
        if entry.first is not None:
            lines.insert(0, f"期間：{format_long(entry.first)}至{format_long(entry.day)}")
        if entry.detail:
            lines.append(entry.detail)
        event.add("description", "\n".join(lines))
        event.add("dtstart", entry.day)
        event.add("dtend", entry.day + dt.timedelta(days=1))
        event.add("transp", "TRANSPARENT")  # a deadline does not make the clerk busy
        event.add("categories", [entry.kind.label])
        if status is not EntryStatus.DONE and status is not EntryStatus.PASSED:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", f"{entry.title}（{format_long(entry.day)}）")
            alarm.add("trigger", -dt.timedelta(days=entry.remind_days))
            event.add_component(alarm)
        cal.add_component(event)
    return cal.to_ical()


def write_ics(data: bytes, out: Path) -> Path:
    """Write the file under a temporary name first, so no half file remains."""
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    tmp.write_bytes(data)
    tmp.replace(out)
    return out
