"""Training-hour targets: who must train, how far each person is, completion by category."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from gmdesk.domain import texts
from gmdesk.domain.compliance import Finding, Status, first_few, semicolons
from gmdesk.domain.errors import InputError
from gmdesk.domain.memo import Memo
from gmdesk.domain.model import (
    Employment,
    Exemption,
    ExemptionKind,
    Gender,
    Level,
    Person,
    PersonId,
    StaffCategory,
    TrainingRecord,
)
from gmdesk.domain.presets import Preset
from gmdesk.domain.rocdate import format_short, year_bounds
from gmdesk.domain.texts import Phrase, Short

MAX_HOURS_PER_DAY = 12.0


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

    @property
    def status(self) -> str:
        """Return 免訓, 已完成 or 未完成, as the progress list shows it."""
        if self.exempt:
            return "免訓"
        return "已完成" if self.complete else "未完成"


def record_key(person_id: int, title: str, day: dt.date) -> tuple[int, str, str]:
    """Return what makes a training record unique: person, course title and date."""
    return person_id, course_title(title), day.isoformat()


def course_title(title: str) -> str:
    """Return a course title as records keep it: runs of spaces made one, none at the ends."""
    return " ".join(title.split())


def record_keys(person_ids: Iterable[int], titles: Iterable[str], days: Iterable[dt.date]
                ) -> list[tuple[int, str, str]]:
    """Return record_key of many records (an import's): each title and day worded once."""
    shown_title, shown_day = Memo(course_title), Memo(dt.date.isoformat)
    return list(zip(person_ids, map(shown_title.__getitem__, titles),
                    map(shown_day.__getitem__, days), strict=True))


def count_once(records: Iterable[TrainingRecord]) -> list[TrainingRecord]:
    """Return records with the same person, course and date kept once (the first one)."""
    seen: set[tuple[int, str, dt.date]] = set()
    kept = []
    title = Memo(course_title)  # record_key's, each title worked out once
    for record in records:
        key = (record.person_id, title[record.title], record.day)
        if key not in seen:
            seen.add(key)
            kept.append(record)
    return kept


def validate_record(record: TrainingRecord) -> None:
    """Refuse a training record a clerk cannot have meant; say which field and why."""
    if not record.title.strip():
        raise InputError(Phrase.of("training.err.no_title"), "title")
    if not 0 < record.hours <= MAX_HOURS_PER_DAY:
        raise InputError(Phrase.of("training.err.hours_range", hours=f"{record.hours:g}",
                                    maximum=f"{MAX_HOURS_PER_DAY:g}"), "hours")
    if abs(record.hours * 2 - round(record.hours * 2)) > 1e-9:
        raise InputError(Phrase.of("training.err.half_hours", hours=f"{record.hours:g}"), "hours")
    if record.satisfaction is not None and not 1 <= record.satisfaction <= 5:
        raise InputError(Phrase.of("training.err.satisfaction"), "satisfaction")


MAX_EXEMPTION_NOTE = 200


def make_exemption(person_id: PersonId, year: int, kind: ExemptionKind | None,
                   start: dt.date | None, end: dt.date | None, note: str = "") -> Exemption:
    """Return a checked exemption for a year; InputError names the field and what to do.

    A reason from the list is required (其他 needs a note saying what it is); the period
    starts on a day of the year or before, ends on or after its start, and touches the year.
    """
    note = " ".join(note.split())
    if kind is None:
        raise InputError(Phrase.of("training.err.no_exemption_kind"), "kind")
    if kind is ExemptionKind.OTHER and not note:
        raise InputError(Phrase.of("training.err.other_needs_note"), "note")
    if len(note) > MAX_EXEMPTION_NOTE:
        raise InputError(Phrase.of("training.err.note_long", n=len(note), maximum=MAX_EXEMPTION_NOTE),
                         "note")
    if start is None:
        raise InputError(Phrase.of("training.err.no_start"), "start")
    first, last = year_bounds(year)
    if end is not None and end < start:
        raise InputError(Phrase.of("training.err.end_before_start", end=Short(end),
                                    start=Short(start)), "end")
    if start > last or (end is not None and end < first):
        raise InputError(Phrase.of("training.err.outside_year", period=_period_phrase(start, end),
                                    year=year, first=Short(first), last=Short(last)),
                         "end" if start <= last else "start")
    reason = note if kind is ExemptionKind.OTHER else kind.label
    return Exemption(0, person_id, year, reason, kind, start, end, note)


def exemption_period(exemption: Exemption) -> str:
    """Return the period as lists show it: 115/03/01–115/08/31, or 115/03/01 起."""
    return _period_text(exemption.start, exemption.end) if exemption.start else ""


def exemption_text(exemption: Exemption) -> str:
    """Return the reason with its period, as the roster shows it: 留職停薪（115/03/01 起）."""
    period = exemption_period(exemption)
    return f"{exemption.reason}（{period}）" if period else exemption.reason


def _period_text(start: dt.date, end: dt.date | None) -> str:
    return _period_phrase(start, end).text


def _period_phrase(start: dt.date, end: dt.date | None) -> Phrase:
    if end is None:
        return Phrase.of("training.period_open", start=Short(start))
    return Phrase.of("training.period", start=Short(start), end=Short(end))


def employed_on(periods: Iterable[Employment], day: dt.date) -> bool:
    """Return whether a person was on the staff on `day` (a training record outside every
    period of employment belongs to no year's hours)."""
    return employment_test(periods)(day)


def employment_test(periods: Iterable[Employment]) -> Callable[[dt.date], bool]:
    """Return employed_on of one person's periods as a test of a day (quick to ask again)."""
    spans = [(p.start, p.end or dt.date.max) for p in periods]
    if len(spans) == 1:
        start, end = spans[0]
        return lambda day: start <= day <= end
    return lambda day: any(start <= day <= end for start, end in spans)


def outside_employment(periods: Sequence[Employment], day: dt.date) -> str:
    """Return why a training record dated `day` lies outside the person's employment
    (「在到職日 114/05/01 之前」), or "" when the person was on the staff that day."""
    phrase = outside_employment_phrase(periods, day)
    return phrase.text if phrase else ""


def outside_employment_phrase(periods: Sequence[Employment], day: dt.date) -> Phrase | None:
    """`outside_employment` as a phrase (None when the person was on the staff that day)."""
    if employed_on(periods, day):
        return None
    if not periods:
        return Phrase.of("training.not_employed")
    starts = sorted(p.start for p in periods)
    if day < starts[0]:
        return Phrase.of("training.before_start", start=Short(starts[0]))
    ends = [p.end for p in periods]
    if all(end is not None for end in ends):
        last = max(end for end in ends if end is not None)
        if day > last:
            return Phrase.of("training.after_end", end=Short(last))
    spans = tuple(_period_phrase(p.start, p.end) for p in sorted(periods, key=lambda p: p.start))
    return Phrase.of("training.outside_periods", spans=spans)


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
    people: Mapping[PersonId, Person],
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
    exempt: dict[int, str] = {e.person_id: e.reason or "免訓" for e in exemptions if e.year == year}
    first, last = year_bounds(year)
    done: dict[int, float] = {}
    advanced: dict[int, float] = {}
    per_day: dict[tuple[int, dt.date], float] = {}
    for record in count_once(r for r in records if first <= r.day <= last):
        # A day holds at most 12 hours of training, whatever the lists say.
        day_key = (record.person_id, record.day)
        room = max(MAX_HOURS_PER_DAY - per_day.get(day_key, 0.0), 0.0)
        hours = min(record.hours, room)
        per_day[day_key] = per_day.get(day_key, 0.0) + hours
        done[record.person_id] = done.get(record.person_id, 0.0) + hours
        if record.level is Level.ADVANCED:
            advanced[record.person_id] = advanced.get(record.person_id, 0.0) + hours
    result = []
    for person_id, periods in by_person.items():
        active = [p for p in periods if p.start <= last and (p.end is None or p.end >= first)]
        if not active or PersonId(person_id) not in people:
            continue
        current = max(active, key=lambda p: p.start)
        reason = exempt.get(person_id, "")
        days = service_days(active, year)
        if not reason and days < preset.min_service_days:
            reason = f"本年度在職{days}日，未滿{preset.min_service_days}日"
        advanced_required = (preset.focal_advanced_hours
                             if current.category is StaffCategory.FOCAL else 0.0)
        result.append(PersonProgress(
            person=people[PersonId(person_id)],
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


@dataclass(frozen=True)
class CompletionLine:
    """One category (or the total) as the by-category sheet prints it: 男/女/計 side by side."""

    label: str
    required: tuple[int, int, int]  # male, female, all (other genders count in all)
    completed: tuple[int, int, int]
    exempt: int
    hours: float

    def rate(self, which: int) -> float | None:
        return self.completed[which] / self.required[which] if self.required[which] else None

    @property
    def average_hours(self) -> float:
        return self.hours / self.required[2] if self.required[2] else 0.0


def completion_lines(rows: Sequence[PersonProgress]) -> list[CompletionLine]:
    """Return one line per category present, then a 合計 line."""
    by = {(c.category, c.gender): c for c in completion(rows)}
    lines = []
    for category in StaffCategory:
        if (category, None) not in by:
            continue
        cells = [by[(category, g)] for g in (Gender.MALE, Gender.FEMALE, None)]
        lines.append(CompletionLine(
            category.label,
            (cells[0].required, cells[1].required, cells[2].required),
            (cells[0].completed, cells[1].completed, cells[2].completed),
            cells[2].exempt, cells[2].hours))
    if lines:
        lines.append(CompletionLine(
            "合計",
            tuple(sum(line.required[i] for line in lines) for i in range(3)),  # type: ignore[arg-type]
            tuple(sum(line.completed[i] for line in lines) for i in range(3)),  # type: ignore[arg-type]
            sum(line.exempt for line in lines), sum(line.hours for line in lines)))
    return lines


def short_list(rows: Sequence[PersonProgress]) -> list[PersonProgress]:
    """Return who is still short, the largest gap first."""
    short = [r for r in rows if not r.exempt and not r.complete]
    short.sort(key=lambda r: (-r.short, r.person.unit_id or 0, r.person.name))
    return short


@dataclass(frozen=True)
class CourseSummary:
    """One course as the satisfaction/assessment summary shows it."""

    title: str
    day: dt.date
    provider: str
    level: Level
    hours: float  # the course's hours (the largest recorded for it)
    male: int
    female: int
    other: int
    person_hours: float  # hours summed over participants
    satisfaction: float | None  # the average of the answers given, 1-5

    @property
    def participants(self) -> int:
        return self.male + self.female + self.other

    @property
    def label(self) -> str:
        return f"{format_short(self.day)} {self.title}"


def course_summary(records: Iterable[TrainingRecord],
                   people: Mapping[PersonId, Person]) -> list[CourseSummary]:
    """Return participants by gender, hours and average satisfaction per course and date."""
    groups: dict[tuple[str, str], list[TrainingRecord]] = {}
    for record in count_once(records):
        groups.setdefault((" ".join(record.title.split()), record.day.isoformat()), []).append(record)
    result = []
    for (title, _), group in groups.items():
        genders = [people[r.person_id].gender for r in group if r.person_id in people]
        answers = [r.satisfaction for r in group if r.satisfaction is not None]
        result.append(CourseSummary(
            title=title,
            day=group[0].day,
            provider=group[0].provider,
            level=group[0].level,
            hours=max(r.hours for r in group),
            male=sum(g is Gender.MALE for g in genders),
            female=sum(g is Gender.FEMALE for g in genders),
            other=sum(g is Gender.OTHER for g in genders),
            person_hours=sum(r.hours for r in group),
            satisfaction=round(sum(answers) / len(answers), 2) if answers else None,
        ))
    result.sort(key=lambda c: (c.day, c.title))
    return result


texts.define({
    "training.err.no_title": "請填寫課程名稱",
    "training.err.hours_range": "時數 {hours} 不在範圍內：一天須大於 0、最多 {maximum} 小時",
    "training.err.half_hours": "時數 {hours} 須以半小時為單位（如 1、1.5、2）",
    "training.err.satisfaction": "滿意度請填 1 到 5",
    "training.err.no_exemption_kind": "請選擇免訓原因（例如：留職停薪、育嬰留職停薪）",
    "training.err.other_needs_note": "免訓原因選「其他」時，請在備註寫明原因",
    "training.err.note_long": "備註有 {n} 字，最多 {maximum} 字：請縮短",
    "training.err.no_start": "請填寫免訓期間的起日，例如 115/3/1",
    "training.err.end_before_start": "免訓期間的迄日 {end} 早於起日 {start}：請檢查兩個日期",
    "training.err.outside_year": "免訓期間 {period} 不在 {year} 年度（{first}–{last}）內："
                                 "請檢查年份",
    "training.period_open": "{start} 起",
    "training.period": "{start}–{end}",
    "training.not_employed": "此人尚未登錄任職期間",
    "training.before_start": "在到職日 {start} 之前",
    "training.after_end": "在離職日 {end} 之後",
    "training.outside_periods": "不在任職期間（{spans}）內",
})

texts.define({
    "training.nobody": "尚未登錄應受訓人員：請在「人員與培力」頁新增或匯入人員",
    "training.all_done": "應受訓{n}人全數完成",
    "training.short": "完成{done}/{required}人（{percent}%）；尚有{short}人未達時數：{names}",
    "training.repeat": "{name}「{title}」（{days}）",
    "training.repeats_more": "等{n}筆",
    "training.repeated": "同一人重複參訓雷同課程：{repeats}{more}。派訓時應避免重複參訓，"
                         "請確認重複的時數是否只計一次（必要時刪除重複的紀錄）",
    "training.summary": "完成{done}/{required}人",
})


def check_training(rows: Sequence[PersonProgress], year: int, today: dt.date) -> list[Finding]:
    """Return the training duty's findings: everyone done, or who is short and how many."""
    counted = [r for r in rows if not r.exempt]
    if not counted:
        return [Finding(Status.FAIL, Phrase.of("training.nobody"), "training")]
    short = short_list(counted)
    if not short:
        return [Finding(Status.OK, Phrase.of("training.all_done", n=len(counted)), "training")]
    year_over = today > year_bounds(year)[1]
    status = Status.FAIL if year_over else Status.WARN
    done = len(counted) - len(short)
    return [Finding(
        status,
        Phrase.of("training.short", done=done, required=len(counted),
                  percent=f"{done / len(counted):.0%}".rstrip("%"), short=len(short),
                  names=first_few([r.person.name for r in short], 5)),
        "training",
    )]


# --- the same course twice (「派訓時應避免受訓人員重複參訓雷同課程」) ---------------------------

@dataclass(frozen=True)
class RepeatedCourse:
    """One person's records of the same course on different days of a year."""

    person_id: int
    title: str
    days: tuple[dt.date, ...]
    hours: float  # the hours of the repeats, beyond the first time


def course_key(title: str) -> str:
    """Return a course title as compared for repeats: width, spaces and punctuation ignored."""
    text = unicodedata.normalize("NFKC", title).lower()
    return "".join(c for c in text if c.isalnum())


def repeated_courses(records: Iterable[TrainingRecord]) -> list[RepeatedCourse]:
    """Return every course one person took more than once, on different days, among `records`."""
    groups: dict[tuple[int, str], list[TrainingRecord]] = {}
    keys: dict[str, str] = {}  # course_key of each title met (many people take one course)
    for record in count_once(records):
        key = keys.get(record.title)
        if key is None:
            key = keys[record.title] = course_key(record.title)
        if key:
            groups.setdefault((record.person_id, key), []).append(record)
    repeats = []
    for (person_id, _), taken in groups.items():
        days = sorted({r.day for r in taken})
        if len(days) > 1:
            taken.sort(key=lambda r: r.day)
            repeats.append(RepeatedCourse(person_id, taken[0].title, tuple(days),
                                          sum(r.hours for r in taken[1:])))
    repeats.sort(key=lambda r: (r.days[0], r.person_id))
    return repeats


def repeat_findings(repeats: Sequence[RepeatedCourse], names: Mapping[int, str]) -> list[Finding]:
    """Return one finding for the clerk listing who took the same course twice (to decide
    whether it counts once), or none."""
    if not repeats:
        return []
    shown = tuple(Phrase.of("training.repeat", name=names.get(r.person_id, "?"), title=r.title,
                            days=tuple(Short(d) for d in r.days)) for r in repeats[:5])
    more = Phrase.of("training.repeats_more", n=len(repeats)) if len(repeats) > 5 else ""
    return [Finding(
        Status.WARN,
        Phrase.of("training.repeated", repeats=semicolons(shown), more=more),
        "training",
    )]
