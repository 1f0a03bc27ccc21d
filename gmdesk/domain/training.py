"""Training-hour targets: who must train, how far each person is, completion by category."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from gmdesk.domain.compliance import Finding, Status
from gmdesk.domain.model import (
    Employment,
    Exemption,
    Gender,
    Level,
    Person,
    StaffCategory,
    TrainingRecord,
)
from gmdesk.domain.presets import Preset
from gmdesk.domain.rocdate import year_bounds


@dataclass(frozen=True)
class PersonProgress:
    person: Person
    category: StaffCategory
    required: float
    advanced_required: float
    done: float
    advanced_done: float
    exempt_reason: str = ""

    @property
    def exempt(self) -> bool:
        return bool(self.exempt_reason)

    @property
    def short(self) -> float:
        """Hours still missing, counting the advanced part the category requires."""
        if self.exempt:
            return 0.0
        return max(self.required - self.done, self.advanced_required - self.advanced_done, 0.0)

    @property
    def complete(self) -> bool:
        return not self.exempt and self.short == 0


def service_days(periods: Iterable[Employment], year: int) -> int:
    """Return the days of service inside an ROC year (overlapping periods counted once)."""
    first, last = year_bounds(year)
    days: set[int] = set()
    for period in periods:
        start = max(period.start, first)
        end = min(period.end or last, last)
        if start <= end:
            days.update(range(start.toordinal(), end.toordinal() + 1))
    return len(days)


def progress(
    people: dict[int, Person],
    employment: Sequence[Employment],
    exemptions: Sequence[Exemption],
    records: Sequence[TrainingRecord],
    preset: Preset,
    year: int,
) -> list[PersonProgress]:
    """Return each staff member's progress toward the year's hours.

    The category is the one held at year end (or when the person left). A person
    with fewer than the preset's days of service in the year is exempt.
    """
    by_person: dict[int, list[Employment]] = {}
    for period in employment:
        by_person.setdefault(period.person_id, []).append(period)
    exempt = {e.person_id: e.reason for e in exemptions if e.year == year}
    done: dict[int, float] = {}
    advanced: dict[int, float] = {}
    for record in records:
        done[record.person_id] = done.get(record.person_id, 0.0) + record.hours
        if record.level is Level.ADVANCED:
            advanced[record.person_id] = advanced.get(record.person_id, 0.0) + record.hours
    first, last = year_bounds(year)
    result = []
    for person_id, periods in by_person.items():
        active = [p for p in periods if p.start <= last and (p.end is None or p.end >= first)]
        if not active or person_id not in people:
            continue
        current = max(active, key=lambda p: p.start)
        reason = exempt.get(person_id, "")
        days = service_days(active, year)
        if not reason and days < preset.min_service_days:
            reason = f"本年度在職{days}日，未滿{preset.min_service_days}日"
        advanced_required = (preset.focal_advanced_hours
                             if current.category is StaffCategory.FOCAL else 0.0)
        result.append(PersonProgress(
            person=people[person_id],
            category=current.category,
            required=preset.hours_for(current.category),
            advanced_required=advanced_required,
            done=done.get(person_id, 0.0),
            advanced_done=advanced.get(person_id, 0.0),
            exempt_reason=reason,
        ))
    result.sort(key=lambda p: (p.category.value, p.person.id))
    return result


@dataclass(frozen=True)
class CategoryCompletion:
    category: StaffCategory
    gender: Gender | None  # None: all genders
    required: int
    exempt: int
    completed: int
    hours: float

    @property
    def rate(self) -> float:
        return self.completed / self.required if self.required else 1.0

    @property
    def average_hours(self) -> float:
        return self.hours / self.required if self.required else 0.0


def completion(rows: Sequence[PersonProgress]) -> list[CategoryCompletion]:
    """Return completion by category × gender, plus an all-genders row per category."""
    result = []
    for category in StaffCategory:
        in_category = [r for r in rows if r.category is category]
        if not in_category:
            continue
        for gender in (*Gender, None):
            group = [r for r in in_category if gender is None or r.person.gender is gender]
            counted = [r for r in group if not r.exempt]
            result.append(CategoryCompletion(
                category=category,
                gender=gender,
                required=len(counted),
                exempt=len(group) - len(counted),
                completed=sum(r.complete for r in counted),
                hours=sum(r.done for r in counted),
            ))
    return result


def check_training(rows: Sequence[PersonProgress], year: int, today: dt.date) -> list[Finding]:
    counted = [r for r in rows if not r.exempt]
    if not counted:
        return [Finding(Status.FAIL, "尚未登錄應受訓人員：請在「人員與培力」頁新增或匯入人員", "training")]
    short = [r for r in counted if not r.complete]
    if not short:
        return [Finding(Status.OK, f"應受訓{len(counted)}人全數完成", "training")]
    year_over = today > year_bounds(year)[1]
    status = Status.FAIL if year_over else Status.WARN
    names = "、".join(r.person.name for r in short[:5]) + ("等" if len(short) > 5 else "")
    done = len(counted) - len(short)
    return [Finding(
        status,
        f"完成{done}/{len(counted)}人（{done / len(counted):.0%}）；尚有{len(short)}人未達時數：{names}",
        "training",
    )]
