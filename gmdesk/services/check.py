"""The year's compliance on every duty, as 總覽 and `gmdesk check` show it."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from gmdesk.domain import group as group_rules
from gmdesk.domain import meetings as meeting_rules
from gmdesk.domain import outreach as outreach_rules
from gmdesk.domain import training as training_rules
from gmdesk.domain.compliance import Duty, DutyResult, Finding, Status
from gmdesk.domain.model import Person, PersonId, TrainingRecord
from gmdesk.domain.rocdate import year_bounds
from gmdesk.storage import events, group, meetings, office, people, training


def reference_day(year: int, today: dt.date) -> dt.date:
    """Return the day a year is judged on: today inside the year, else its last day."""
    first, last = year_bounds(year)
    return min(max(today, first), last)


def seats_on(db: Database, day: dt.date) -> list[group_rules.Seat]:
    persons = people.people_by_id(db)
    return [group_rules.Seat(m, persons[m.person_id]) for m in group.memberships_on(db, day)]


def check_group(db: Database, year: int, today: dt.date) -> DutyResult:
    preset = office.preset_for(db, year)
    day = reference_day(year, today)
    seats = seats_on(db, day)
    findings = group_rules.check_composition(seats, preset, day, group.list_filings(db, year))
    count = group_rules.composition(seats)
    summary = f"成員{count.total}人（男{count.male}、女{count.female}）"
    return DutyResult(Duty.GROUP, tuple(findings), summary,
                      {"members": count.total, "male": count.male, "female": count.female,
                       "other": count.other})


def check_meetings(db: Database, year: int, today: dt.date) -> DutyResult:
    preset = office.preset_for(db, year)
    from gmdesk.services.meetings import quorums

    held = meetings.list_meetings(db, year)
    results = quorums(db, year)
    findings = meeting_rules.check_meetings(held, preset, year, today, results)
    count = meeting_rules.count_meetings(held, today, results)
    done = len(count.counted)
    summary = f"已開會{done}次，應至少{preset.meetings_per_year}次"
    if count.inquorate:
        summary += f"（另有流會{len(count.inquorate)}次不計入）"
    return DutyResult(Duty.MEETINGS, tuple(findings), summary,
                      {"held": done, "required": preset.meetings_per_year,
                       "inquorate": len(count.inquorate)})


def training_progress(db: Database, year: int,
                      records: list[TrainingRecord] | None = None,
                      persons: dict[PersonId, Person] | None = None,
                      ) -> list[training_rules.PersonProgress]:
    """Return each person's progress of the year (`records`, `persons`: when already read)."""
    preset = office.preset_for(db, year)
    first, last = year_bounds(year)
    return training_rules.progress(
        persons if persons is not None else people.people_by_id(db),
        people.employment_overlapping(db, first, last),
        people.list_exemptions(db, year),
        records if records is not None else training.list_training(db, year),
        preset,
        year,
    )


def check_training(db: Database, year: int, today: dt.date) -> DutyResult:
    records = training.list_training(db, year)  # read once: a large office has 5,000 a year
    persons = people.people_by_id(db)
    rows = training_progress(db, year, records, persons)
    findings = training_rules.check_training(rows, year, today)
    repeats = training_rules.repeated_courses(records)
    findings += training_rules.repeat_findings(
        repeats, {p.id: p.name for p in persons.values()})
    counted = [r for r in rows if not r.exempt]
    completed = sum(r.complete for r in counted)
    by_category = {
        f"{c.category.value}:{c.gender.value if c.gender else 'all'}": {
            "required": c.required, "exempt": c.exempt, "completed": c.completed,
            "rate": round(c.rate, 4), "average_hours": round(c.average_hours, 2),
        }
        for c in training_rules.completion(rows)
    }
    summary = f"完成{completed}/{len(counted)}人"
    return DutyResult(Duty.TRAINING, tuple(findings), summary, {
        "required": len(counted), "completed": completed,
        "rate": round(completed / len(counted), 4) if counted else 0.0,
        "short": [{"name": r.person.name, "category": r.category.value, "short": r.short}
                  for r in counted if not r.complete],
        "by_category": by_category,
    })


def check_outreach(db: Database, year: int, today: dt.date) -> DutyResult:
    from gmdesk.domain.model import EventKind

    preset = office.preset_for(db, year)
    year_events = events.list_events(db, year)
    over = today > year_bounds(year)[1]
    findings = outreach_rules.check_outreach(year_events, preset, year, over, today)
    male, female, other = outreach_rules.people_reached(year_events, today)
    sessions = len(outreach_rules.counted_sessions(year_events, today))
    internal = sum(e.kind is EventKind.CEDAW and not e.external for e in year_events)
    summary = f"對外宣導{sessions}場，觸及{male + female + other}人（男{male}、女{female}、其他{other}）"
    return DutyResult(Duty.OUTREACH, tuple(findings), summary, {
        "sessions": sessions, "required": preset.outreach_per_year,
        "male": male, "female": female, "other": other, "internal_sessions": internal,
    })


def check_measures(db: Database, year: int, today: dt.date) -> DutyResult:
    preset = office.preset_for(db, year)
    year_events = events.list_events(db, year)
    over = today > year_bounds(year)[1]
    findings = outreach_rules.check_measures(year_events, preset, over, today)
    categories = outreach_rules.measures_by_category(year_events, today)
    total = sum(categories.values())
    summary = f"辦理{total}項" + (
        "（" + "、".join(f"{k}{v}項" for k, v in sorted(categories.items())) + "）"
        if categories else "")
    return DutyResult(Duty.MEASURES, tuple(findings), summary,
                      {"measures": total, "by_category": categories})


CHECKS = {
    Duty.GROUP: check_group,
    Duty.MEETINGS: check_meetings,
    Duty.TRAINING: check_training,
    Duty.OUTREACH: check_outreach,
    Duty.MEASURES: check_measures,
}


def check_year(db: Database, year: int, today: dt.date) -> list[DutyResult]:
    """Return every duty's result for an ROC year, judged as of `today`."""
    return [check(db, year, today) for check in CHECKS.values()]


def as_json(results: list[DutyResult], year: int) -> dict[str, object]:
    return {
        "year": year,
        "duties": [
            {"id": r.duty.value, "label": r.duty.label, "status": r.status.value,
             "summary": r.summary, "reasons": r.reasons, "figures": r.figures}
            for r in results
        ],
    }


__all__ = ["CHECKS", "Finding", "Status", "as_json", "check_year"]
