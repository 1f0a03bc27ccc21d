"""The year's calendar of deadlines, from the rules in force and the office's records."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from gmdesk.domain import group as group_rules
from gmdesk.domain import meetings as meeting_rules
from gmdesk.domain import training as training_rules
from gmdesk.domain.calendar import Entry, TermEnd, upcoming
from gmdesk.domain.calendar import year_calendar as build_calendar
from gmdesk.domain.names import NameDisplay, display_name
from gmdesk.services import check
from gmdesk.storage import events, group, meetings, office, people


def year_calendar(db: Database, year: int, today: dt.date,
                 mode: NameDisplay = NameDisplay.FULL) -> list[Entry]:
    """Return the ROC year's dated duties with their state as of `today`, names shown as `mode`."""
    from gmdesk.services.meetings import quorums

    preset = office.preset_for(db, year)
    year_meetings = meetings.list_meetings(db, year)
    count = meeting_rules.count_meetings(year_meetings, today, quorums(db, year))
    persons = people.people_by_id(db)
    terms = [
        TermEnd(m.id, display_name(persons[m.person_id].name, mode), group_rules.role_text(m),
                m.term_end, m.end is not None and m.end <= m.term_end)
        for m in group.list_memberships(db)
        if m.term_end is not None and m.person_id in persons]
    rows = [r for r in check.training_progress(db, year) if not r.exempt]
    return build_calendar(
        year, preset, today,
        meetings=year_meetings,
        counted={m.id for m in count.counted},
        terms=terms,
        training_required=len(rows),
        training_short=len(training_rules.short_list(rows)),
        events=events.list_events(db, year),
    )


def next_days(db: Database, year: int, today: dt.date, days: int = 30) -> list[Entry]:
    """Return what falls due in the next `days` days (and what is overdue), for 總覽."""
    return upcoming(year_calendar(db, year, today), today, days)
