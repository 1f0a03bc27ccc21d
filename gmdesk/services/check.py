"""The year's compliance on every duty, as 總覽 and `gmdesk check` show it."""

from __future__ import annotations

import datetime as dt

from gmdesk.domain import budget as budget_rules
from gmdesk.domain import committees as committee_rules
from gmdesk.domain import group as group_rules
from gmdesk.domain import impact as impact_rules
from gmdesk.domain import meetings as meeting_rules
from gmdesk.domain import outreach as outreach_rules
from gmdesk.domain import statistics as statistics_rules
from gmdesk.domain import training as training_rules
from gmdesk.domain.compliance import NOTHING_DUE, Duty, DutyResult, Finding, Status
from gmdesk.domain.model import Person, PersonId, TrainingRecord
from gmdesk.domain.rocdate import year_bounds
from gmdesk.domain.texts import Label, Phrase, Short, to_json
from gmdesk.storage import duties, events, group, meetings, office, people, training
from gmdesk.storage.database import Database


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
    summary = Phrase.of("group.summary", total=count.total, male=count.male, female=count.female)
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
    summary = (Phrase.of("meetings.summary_inquorate", held=done,
                         minimum=preset.meetings_per_year, inquorate=len(count.inquorate))
               if count.inquorate else
               Phrase.of("meetings.summary", held=done, minimum=preset.meetings_per_year))
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
    summary = Phrase.of("training.summary", done=completed, required=len(counted))
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
    summary = Phrase.of("outreach.summary", sessions=sessions, people=male + female + other,
                        male=male, female=female, other=other)
    return DutyResult(Duty.OUTREACH, tuple(findings), summary, {
        "sessions": sessions, "required": preset.outreach_per_year,
        "male": male, "female": female, "other": other, "internal_sessions": internal,
    })


def _extra_categories(db: Database, year: int, today: dt.date) -> list[str]:
    """Return the Taipei categories other duties fill: （五） by outreach, （六） by committees."""
    preset = office.preset_for(db, year)
    extra = []
    by_code = {c[:3]: c for c in preset.measure_categories}
    if "（五）" in by_code and outreach_rules.counted_sessions(events.list_events(db, year), today):
        extra.append(by_code["（五）"])
    committees = duties.list_committees(db)
    members = duties.list_members(db)
    day = reference_day(year, today)
    if "（六）" in by_code and committees and all(
            committee_rules.meets([m for m in members if m.committee_id == c.id], day)
            for c in committees):
        extra.append(by_code["（六）"])
    return extra


def check_measures(db: Database, year: int, today: dt.date) -> DutyResult:
    preset = office.preset_for(db, year)
    year_events = events.list_events(db, year)
    over = today > year_bounds(year)[1]
    extra = _extra_categories(db, year, today) if preset.measure_categories_min else []
    findings = outreach_rules.check_measures(year_events, preset, over, today, extra)
    categories = outreach_rules.measures_by_category(year_events, today)
    total = sum(categories.values())
    summary = (Phrase.of("measures.summary_by_category", n=total, categories=tuple(
        Phrase.of("measures.category_count", category=Label("measure_category", k), n=v)
        for k, v in sorted(categories.items())))
        if categories else Phrase.of("measures.summary", n=total))
    figures: dict[str, object] = {"measures": total, "by_category": categories}
    if preset.measure_categories_min:
        done = outreach_rules.categories_done(year_events, preset, today, extra)
        summary = Phrase.of("measures.summary_categories", summary=summary, done=len(done),
                            minimum=preset.measure_categories_min)
        figures.update(categories_done=len(done), categories_required=preset.measure_categories_min)
    return DutyResult(Duty.MEASURES, tuple(findings), summary, figures)


def check_impact(db: Database, year: int, today: dt.date) -> DutyResult:
    cases = duties.list_cases(db, year)
    findings = impact_rules.check_impact(cases, year)
    closed = sum(c.closed for c in cases)
    return DutyResult(Duty.IMPACT, tuple(findings), impact_rules.summary(cases), {
        "cases": len(cases), "closed": closed, "open": len(cases) - closed,
        "missing": sum(bool(impact_rules.missing(c)) for c in cases),
    })


def check_statistics(db: Database, year: int, today: dt.date) -> DutyResult:
    preset = office.preset_for(db, year)
    indicators = duties.list_indicators(db)
    reviews = duties.list_reviews(db)
    analyses = duties.list_analyses(db)
    units = [u.name for u in office.list_units(db)] if preset.analyses_per_unit else []
    over = today > year_bounds(year)[1]
    findings = statistics_rules.check_statistics(
        indicators, reviews, duties.list_values(db), analyses, units, preset, year, over)
    kept = [i for i in indicators if statistics_rules.active(i.id, reviews, year)]
    reviewed = sum(statistics_rules.latest_review(i.id, reviews, year) is not None for i in kept)
    written = sum(a.year == year for a in analyses)
    summary = Phrase.of("statistics.summary", indicators=len(kept), reviewed=reviewed,
                        analyses=written)
    return DutyResult(Duty.STATISTICS, tuple(findings), summary, {
        "indicators": len(kept), "reviewed": reviewed, "analyses": written})


def check_budget(db: Database, year: int, today: dt.date) -> DutyResult:
    preset = office.preset_for(db, year)
    sheets = duties.list_sheets(db)
    items = duties.list_items(db)
    findings = budget_rules.check_budget(sheets, items, preset, year, today)
    upcoming = [i for i in items if i.year == year + 1]
    sheet = next((s for s in sheets if s.year == year + 1), None)
    amount = sum(i.amount for i in upcoming)
    figures = {"year": year + 1, "n": len(upcoming), "amount": f"{amount:,}"}
    summary = (Phrase.of("budget.summary_filed", filed=Short(sheet.filed_on), **figures)
               if sheet is not None and sheet.filed_on is not None
               else Phrase.of("budget.summary", **figures))
    return DutyResult(Duty.BUDGET, tuple(findings), summary, {
        "budget_year": year + 1, "items": len(upcoming), "amount": amount,
        "filed": sheet is not None and sheet.filed_on is not None,
        "deadline": budget_rules.deadline(preset, year + 1).isoformat(),
        "categories": len({i.category for i in upcoming}),
    })


def check_committees(db: Database, year: int, today: dt.date) -> DutyResult:
    committees = duties.list_committees(db)
    members = duties.list_members(db)
    day = reference_day(year, today)
    findings = committee_rules.check_committees(committees, members, day)
    met = sum(committee_rules.meets([m for m in members if m.committee_id == c.id], day)
              for c in committees)
    summary = (Phrase.of("committees.summary", n=len(committees), met=met) if committees
               else Phrase.of("committees.none"))
    return DutyResult(Duty.COMMITTEES, tuple(findings), summary,
                      {"committees": len(committees), "meeting_rule": met})


CHECKS = {
    Duty.GROUP: check_group,
    Duty.MEETINGS: check_meetings,
    Duty.TRAINING: check_training,
    Duty.OUTREACH: check_outreach,
    Duty.MEASURES: check_measures,
    Duty.IMPACT: check_impact,
    Duty.STATISTICS: check_statistics,
    Duty.BUDGET: check_budget,
    Duty.COMMITTEES: check_committees,
}


def check_duty(db: Database, duty: Duty, year: int, today: dt.date) -> DutyResult:
    """Return one duty's result; a duty the preset switches off is 'ok', with nothing to do."""
    if duty.value in office.preset_for(db, year).duties_off:
        return DutyResult(duty, (), NOTHING_DUE, {"applicable": False})
    return CHECKS[duty](db, year, today)


def check_year(db: Database, year: int, today: dt.date) -> list[DutyResult]:
    """Return every duty's result for an ROC year, judged as of `today`."""
    return [check_duty(db, duty, year, today) for duty in CHECKS]


def as_json(results: list[DutyResult], year: int) -> dict[str, object]:
    return {
        "year": year,
        "duties": [
            {"id": r.duty.value, "label": r.duty.label, "status": r.status.value,
             "summary": r.summary,
             "summary_phrase": to_json(r.summary_phrase) if r.summary_phrase else None,
             # reasons stay the zh-TW sentences scripts already read; the codes and figures beside them
             "reasons": [p.text for p in r.reason_phrases],
             "reason_codes": [to_json(p) for p in r.reason_phrases],
             "figures": r.figures}
            for r in results
        ],
    }


__all__ = ["CHECKS", "Finding", "Status", "as_json", "check_year"]
