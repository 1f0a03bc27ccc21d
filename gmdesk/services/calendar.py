"""The year's calendar of deadlines, from the rules in force and the office's records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from gmdesk.domain import group as group_rules
from gmdesk.domain import meetings as meeting_rules
from gmdesk.domain import training as training_rules
from gmdesk.domain.calendar import Entry, TermEnd, upcoming
from gmdesk.domain.calendar import year_calendar as build_calendar
from gmdesk.domain.compliance import Duty, DutyResult
from gmdesk.domain.errors import InputError
from gmdesk.domain.names import NameDisplay, display_name
from gmdesk.domain.texts import Phrase, define
from gmdesk.services import budget, check
from gmdesk.storage import events, group, meetings, office, people
from gmdesk.storage.database import Database

define({
    "calendar.err.suffix": "行事曆只能存成 .ics（iCalendar）檔，「{name}」的副檔名不是 .ics："
                           "請改用 .ics 檔名。",
    "calendar.err.folder": "「{path}」是資料夾：請寫檔名，例如 {example}",
})


def training_counts(results: Sequence[DutyResult]) -> tuple[int, int] | None:
    """Return (required, still short) from a year's check, when it judged training."""
    training = next((r for r in results if r.duty is Duty.TRAINING), None)
    if training is None or "required" not in training.figures:
        return None
    short = training.figures.get("short", [])
    return int(str(training.figures["required"])), len(short) if isinstance(short, list) else 0


def year_calendar(db: Database, year: int, today: dt.date,
                  mode: NameDisplay = NameDisplay.FULL,
                  training: tuple[int, int] | None = None) -> list[Entry]:
    """Return the ROC year's dated duties with their state as of `today`, names shown as `mode`.

    `training`: (required, still short), when the caller checked the year already
    (training_counts): the year's records are then not read and counted a second time."""
    from gmdesk.services.meetings import quorums

    preset = office.preset_for(db, year)
    year_meetings = meetings.list_meetings(db, year)
    count = meeting_rules.count_meetings(year_meetings, today, quorums(db, year))
    persons = people.people_by_id(db)
    terms = [
        TermEnd(m.id, display_name(persons[m.person_id].name, mode), group_rules.role_phrase(m),
                m.term_end, m.end is not None)
        for m in group.list_memberships(db)
        if m.term_end is not None and m.person_id in persons]
    if training is None:
        rows = [r for r in check.training_progress(db, year) if not r.exempt]
        training = len(rows), len(training_rules.short_list(rows))
    return build_calendar(
        year, preset, today,
        meetings=year_meetings,
        counted={m.id for m in count.counted},
        terms=terms,
        training_required=training[0],
        training_short=training[1],
        events=events.list_events(db, year),
        budget_filed=budget.sheet_of(db, year + 1).filed_on is not None,
    )


def next_days(db: Database, year: int, today: dt.date, days: int = 30,
              training: tuple[int, int] | None = None) -> list[Entry]:
    """Return what falls due in the next `days` days (and what is overdue), for 總覽."""
    return upcoming(year_calendar(db, year, today, training=training), today, days)


def write_calendar(db: Database, year: int, today: dt.date, out: Path | str,
                   now: dt.datetime | None = None) -> Path:
    """Write the year's calendar as .ics, names shown as the export setting says."""
    from gmdesk.documents.ics import calendar_ics, write_ics
    from gmdesk.services.reports import get_name_display
    from gmdesk.storage.db import office_id

    target = Path(out)
    if target.suffix.lower() != ".ics":
        raise InputError(Phrase.of("calendar.err.suffix", name=target.name))
    if target.is_dir():
        raise InputError(Phrase.of("calendar.err.folder", path=str(target),
                                   example=str(target / f"{year}年度行事曆.ics")))
    current = office.get_office(db)
    name = current.name if current else "gmdesk"
    entries = year_calendar(db, year, today, get_name_display(db))
    data = calendar_ics(entries, f"{name} {year}年度性別主流化行事曆", office_id(db), today,
                        now or dt.datetime.now().astimezone())
    return write_ics(data, target)
