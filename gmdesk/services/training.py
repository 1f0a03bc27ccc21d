"""Training records, in-house courses with attendance, progress, and imports of lists."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import operator
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast, overload

from gmdesk.domain import importing
from gmdesk.domain import training as rules
from gmdesk.domain.errors import InputError
from gmdesk.domain.importing import ImportKind, ImportLog, ParsedTable, RowError
from gmdesk.domain.model import (
    Course,
    CourseId,
    Delivery,
    Employment,
    Level,
    PersonId,
    TrainingId,
    TrainingRecord,
)
from gmdesk.domain.rocdate import format_long, format_short, year_bounds
from gmdesk.domain.texts import Label, Phrase, Short, define
from gmdesk.services import staff as staff_service
from gmdesk.services import steps
from gmdesk.services.bulk import gc_paused
from gmdesk.storage import office, people, training
from gmdesk.storage.database import Database

define({
    "training.err.outside_employment": "{day}{why}：培力紀錄須在任職期間內才計入時數，"
                                       "請確認上課日期，或先在人員資料補登任職期間",
    "training.err.duplicate": "已登錄過 {day}「{title}」：同一人同一課程同一天不重複計算",
    "training.err.no_attendance": "請勾選至少一位出席人員",
    "training.err.person_why": "{name}（{why}）",
    "training.err.attendees_outside": "{day}不在任職期間的人員：{people}；請取消勾選，"
                                      "或確認上課日期",
    "training.err.file": "「{file}」：{why}",
    "training.err.skipped_unwritable": "無法在「{folder}」寫入未匯入的列（{why}）：資料未變更。"
                                       "請把檔案複製到可寫入的資料夾（例如「文件」）後再匯入。",
    "training.err.unmapped": "請指定這些欄位對應到檔案的哪一欄：{fields}",
    "training.err.no_good_rows": "「{file}」沒有正確的列可匯入：每一列都有錯誤。請修正後再匯入。",
})

ProgressFn = Callable[[int, int, "str | Phrase"], None]


def _no_progress(done: int, total: int, text: str | Phrase = "") -> None:
    return None


define({
    "training.import.some_bad": "「{file}」有{bad}列無法匯入（{errors}處），其餘{good}列正確：可只匯入正確的{good}列（有錯誤的列另存成"
                                "檔案，修正後再匯入），或全部取消、修正檔案後再匯入。（試算：資料未變更）",
    "training.import.all_bad": "「{file}」有{errors}處無法讀取，全部未匯入（資料未變更）。請修正後再匯入。",
    "training.import.training_would": "共{rows}列：將新增{added}筆培力紀錄，合計{hours}小時；已登錄過而略過{duplicates}筆。",
    "training.import.training_did": "共{rows}列：已新增{added}筆培力紀錄，合計{hours}小時；已登錄過而略過{duplicates}筆。",
    "training.import.outside": "另有{n}筆的上課日期不在該員任職期間內，未匯入（不計入時數，各列原因如下）。",
    "training.import.staff_would": "共{rows}列：將新增{added}人、更新{updated}人、不變{unchanged}人。",
    "training.import.staff_did": "共{rows}列：已新增{added}人、更新{updated}人、不變{unchanged}人。",
    "training.import.skipped_saved": "略過有錯誤的{bad}列，已另存為「{file}」（含錯誤原因），修正後可再匯入。",
    "training.import.skipped": "略過有錯誤的{bad}列。",
    "training.import.dry_run": "（試算：資料未變更）",
    "training.import.seen_before": " 注意：這個檔案已於 {when}以「{file}」匯入過。",
    "training.import.then": "{first}{rest}",
})


def _then(parts: list[Phrase]) -> Phrase:
    """Sentences one after another (zh-TW without a space, English with one)."""
    if len(parts) == 1:
        return parts[0]
    return Phrase.of("training.import.then", first=parts[0], rest=_then(parts[1:]))

# --- records and courses ---------------------------------------------------------------

def save_record(db: Database, record: TrainingRecord) -> TrainingId:
    """Add or edit one training record; the same person, course and date is refused."""
    rules.validate_record(record)
    importing.check_fields(record, dt.date.today())
    record = dataclasses.replace(record, title=" ".join(record.title.split()))
    why = rules.outside_employment_phrase(people.employment_of(db, record.person_id), record.day)
    if why:
        raise InputError(Phrase.of("training.err.outside_employment", day=Short(record.day),
                                   why=why), "day")
    if training.training_exists(db, record.person_id, record.title, record.day.isoformat(),
                                exclude_id=record.id):
        raise InputError(Phrase.of("training.err.duplicate", day=Short(record.day),
                                    title=record.title), "title")
    with db.atomic():
        if record.id:
            training.update_training(db, record)
            return record.id
        return training.add_training(db, record)


def delete_record(db: Database, record_id: int, now: dt.datetime | None = None) -> int:
    """Move a training record to the 資源回收筒; return its trash id."""
    from gmdesk.storage import trash

    return trash.move_to_trash(db, "training", record_id, now or dt.datetime.now(), "培力紀錄")


@dataclass(frozen=True)
class CourseResult:
    course_id: CourseId
    added: int
    skipped: list[str]  # names already recorded for this course and day


def record_course(db: Database, course: Course, person_ids: Sequence[int],
                  satisfaction: dict[int, int] | None = None) -> CourseResult:
    """Enter an in-house course once with its attendance list: everyone gets its hours."""
    probe = TrainingRecord(TrainingId(0), PersonId(0), course.title, course.day, course.hours)
    rules.validate_record(probe)
    importing.check_fields(course, dt.date.today())
    if not person_ids:
        raise InputError(Phrase.of("training.err.no_attendance"), "attendance")
    title = " ".join(course.title.split())
    course = dataclasses.replace(course, title=title)
    existing = training.existing_keys(db, course.day, course.day)
    persons = people.people_by_id(db)
    periods = _employment_by_person(db)
    outside = tuple(
        Phrase.of("training.err.person_why",
                  name=persons[PersonId(pid)].name if PersonId(pid) in persons else str(pid),
                  why=why)
        for pid in dict.fromkeys(person_ids)
        if (why := rules.outside_employment_phrase(periods.get(PersonId(pid), []), course.day)))
    if outside:
        raise InputError(Phrase.of("training.err.attendees_outside", day=Short(course.day),
                                   people=outside), "attendance")
    answers = satisfaction or {}
    with db.atomic():
        course_id = course.id or training.add_course(db, course)
        if course.id:
            training.update_course(db, course)
        new, skipped = [], []
        for pid in dict.fromkeys(person_ids):
            if rules.record_key(pid, title, course.day) in existing:
                known = persons.get(PersonId(pid))
                skipped.append(known.name if known else str(pid))
                continue
            new.append(TrainingRecord(
                TrainingId(0), PersonId(pid), title, course.day, course.hours,
                course.level, course.cedaw, course.delivery, course.provider, course_id,
                satisfaction=answers.get(pid), source="course"))
        training.add_training_many(db, new, f"course:{course_id}")
    return CourseResult(CourseId(course_id), len(new), skipped)


def _employment_by_person(db: Database) -> dict[PersonId, list[Employment]]:
    periods: dict[PersonId, list[Employment]] = {}
    for period in people.list_employment(db):
        periods.setdefault(period.person_id, []).append(period)
    return periods


# --- progress --------------------------------------------------------------------------

def progress(db: Database, year: int) -> list[rules.PersonProgress]:
    """Return every staff member's progress toward the year's hours."""
    first, last = year_bounds(year)
    return rules.progress(
        people.people_by_id(db),
        people.employment_overlapping(db, first, last),
        people.list_exemptions(db, year),
        training.list_training(db, year),
        office.preset_for(db, year),
        year,
    )


def course_summary(db: Database, year: int) -> list[rules.CourseSummary]:
    return rules.course_summary(training.list_training(db, year), people.people_by_id(db))


@dataclass(frozen=True)
class ReminderLine:
    unit: str
    name: str
    category: str
    required: float
    done: float
    advanced_required: float
    advanced_done: float
    short: float


def reminder_lines(db: Database, year: int) -> list[ReminderLine]:
    """Return who is still short, as the reminder list prints them (by unit, then name)."""
    units = office.list_units(db)
    order: dict[int, tuple[int, int]] = {u.id: (u.sort_order, u.id) for u in units}
    names: dict[int, str] = {u.id: u.name for u in units}
    short = rules.short_list(progress(db, year))
    short.sort(key=lambda r: (order.get(r.person.unit_id or 0, (9999, 0)), r.person.name))
    return [ReminderLine(names.get(r.person.unit_id or 0, ""), r.person.name, r.category.label,
                         r.required, r.done, r.advanced_required, r.advanced_done, r.short)
            for r in short]


def print_reminders(db: Database, year: int, today: dt.date, out: Path) -> Path:
    """Write the reminder list of who is still short as an A4 PDF."""
    from gmdesk.documents.reminder import render_reminders

    current = office.get_office(db)
    return render_reminders(out, office_name=current.name if current else "", year=year,
                            as_of=min(today, year_bounds(year)[1]),
                            lines=reminder_lines(db, year))


# --- imports ---------------------------------------------------------------------------

def mapping_key(kind: ImportKind) -> str:
    return f"import_mapping:{kind.value}"


@dataclass
class ImportSource:
    """A file read and its columns guessed: what the mapping step shows."""

    kind: ImportKind
    path: Path
    sha256: str
    rows: list[list[object]]
    header_index: int
    headers: list[str]
    mapping: dict[str, int]
    seen_before: ImportLog | None = None

    def sample(self, count: int = 20) -> list[tuple[int, list[object]]]:
        """Return the first data rows with their spreadsheet row numbers."""
        out = []
        for index in range(self.header_index + 1, len(self.rows)):
            if any(not importing.is_blank(c) for c in self.rows[index]):
                out.append((index + 1, self.rows[index]))
                if len(out) >= count:
                    break
        return out

    @property
    def data_rows(self) -> int:
        return sum(1 for r in self.rows[self.header_index + 1:]
                   if any(not importing.is_blank(c) for c in r))


def open_source(db: Database, path: Path | str, kind: ImportKind) -> ImportSource:
    """Read a file, find its header row and guess the columns (remembered ones first)."""
    from gmdesk.workbooks.readers import read_sheet

    path = Path(path)
    with gc_paused():
        sheet = read_sheet(path)
        rows = cast(list[list[object]], sheet.rows)  # the reader's own new lists
    try:
        header_index, headers = importing.find_header(rows, kind)
    except ValueError as exc:
        raise InputError(Phrase.of("training.err.file", file=path.name,
                                   why=getattr(exc, "phrase", None) or str(exc))) from None
    remembered = office.get_setting(db, mapping_key(kind), {}) or {}
    mapping = importing.guess_mapping(headers, kind, remembered)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return ImportSource(kind, path, digest, rows, header_index, headers, mapping,
                        training.find_import(db, kind.value, digest))


@dataclass
class ImportResult:
    """What an import did, or would do (dry run), or why it did nothing."""

    kind: ImportKind
    file_name: str
    dry_run: bool
    applied: bool = False
    rows: int = 0
    added: int = 0
    updated: int = 0
    duplicates: int = 0
    unchanged: int = 0
    hours: float = 0.0
    changes: Sequence[str] = field(default_factory=list)  # one line per row (PlanLines)
    errors: list[RowError] = field(default_factory=list)
    seen_before: ImportLog | None = None
    good_rows: int = 0  # data rows without an error: what 只匯入正確的列 imports
    skipped_file: Path | None = None  # the rows left out, with their reasons, to fix

    @property
    def bad_rows(self) -> dict[int, str]:
        """Return row number -> reasons for every row that cannot be imported."""
        return importing.row_reasons(self.errors)
    # Rows dated outside the person's employment: not imported, each with its row and reason.
    outside: Sequence[str] = field(default_factory=list)

    def summary(self) -> str:
        """Return one zh-TW paragraph for the clerk."""
        return self.summary_phrase().text

    def summary_phrase(self) -> Phrase:
        """`summary` as a phrase (the window says it in its language)."""
        bad = len(self.bad_rows)
        if self.errors and not self.applied:
            if self.dry_run and self.good_rows:
                return Phrase.of("training.import.some_bad", file=self.file_name, bad=bad,
                                 errors=len(self.errors), good=self.good_rows)
            return Phrase.of("training.import.all_bad", file=self.file_name, errors=len(self.errors))
        rows = self.good_rows + bad if self.errors else self.rows
        parts: list[Phrase] = []
        if self.kind is ImportKind.TRAINING:
            parts.append(Phrase.of("training.import.training_would" if self.dry_run
                                   else "training.import.training_did", rows=rows,
                                   added=self.added, hours=f"{self.hours:g}",
                                   duplicates=self.duplicates))
            if self.outside:
                parts.append(Phrase.of("training.import.outside", n=len(self.outside)))
        else:
            parts.append(Phrase.of("training.import.staff_would" if self.dry_run
                                   else "training.import.staff_did", rows=rows, added=self.added,
                                   updated=self.updated, unchanged=self.unchanged))
        if self.errors:
            parts.append(Phrase.of("training.import.skipped_saved", bad=bad,
                                   file=self.skipped_file.name) if self.skipped_file is not None
                         else Phrase.of("training.import.skipped", bad=bad))
        if self.dry_run:
            parts.append(Phrase.of("training.import.dry_run"))
        if self.seen_before is not None:
            log = self.seen_before
            when: object = log.imported_day or log.imported_at
            parts.append(Phrase.of("training.import.seen_before", when=when, file=log.file_name))
        return _then(parts)


def seen_text(log: ImportLog) -> str:
    """Return when and as what a file was imported before: 115年12月2日以「名冊.xlsx」."""
    day = log.imported_day
    when = format_long(day, weekday=False) if day else log.imported_at
    return f"{when}以「{log.file_name}」"


def skipped_path(source: Path) -> Path:
    """Return where the skipped rows of `source` go: beside it, never over another file."""
    from gmdesk.workbooks.skipped import written_suffix

    suffix = written_suffix(source.suffix)
    target = source.with_name(f"{source.stem}（未匯入的列）{suffix}")
    number = 2
    while target.exists():
        target = source.with_name(f"{source.stem}（未匯入的列）({number}){suffix}")
        number += 1
    return target


def write_skipped(source: ImportSource, errors: Sequence[RowError],
                  out: Path | None = None) -> Path:
    """Write the rows that have errors, in the file's own format with a 錯誤原因 column."""
    from gmdesk.workbooks.skipped import write_skipped as write

    reasons = importing.row_reasons(errors)
    target = out or skipped_path(source.path)
    head = source.rows[:source.header_index + 1]
    rows = [(source.rows[number - 1], why) for number, why in sorted(reasons.items())
            if 0 < number <= len(source.rows)]
    try:
        return write(target, head, rows)
    except OSError as exc:
        raise InputError(Phrase.of("training.err.skipped_unwritable", folder=str(target.parent),
                                   why=str(exc.strerror or exc))) from None


def run_import(db: Database, source: ImportSource, mapping: dict[str, int], *, dry_run: bool,
               today: dt.date, progress_fn: ProgressFn | None = None,
               only_good: bool = False) -> ImportResult:
    """Read every row with the mapping and apply all of it in one transaction, or nothing.

    A row that cannot be read stops the whole import, unless `only_good`: then the rows
    without an error are imported (still one transaction) and the others are written, with
    their reasons, to a file beside the source (written first: if the import fails it is
    removed again). A dry run only reports. The progress function may raise to cancel; the
    transaction is then rolled back.
    """
    with gc_paused():
        return _run_import(db, source, mapping, dry_run=dry_run, today=today,
                           tick=progress_fn or _no_progress, only_good=only_good)


def _run_import(db: Database, source: ImportSource, mapping: dict[str, int], *, dry_run: bool,
                today: dt.date, tick: ProgressFn, only_good: bool) -> ImportResult:
    kind = source.kind
    missing = importing.missing_fields(mapping, kind)
    if missing:
        raise InputError(Phrase.of("training.err.unmapped",
                                   fields=tuple(Label(f"{kind.value}_field", s.code)
                                                for s in missing)))
    tick(0, 0, steps.say("reading_rows"))
    table, errors = importing.parse_table(source.rows, source.header_index, source.headers,
                                          mapping, kind, today)
    headers = {code: (source.headers[i] if i < len(source.headers) else "") or code
               for code, i in mapping.items()}
    result = ImportResult(kind, source.path.name, dry_run, rows=len(table),
                          seen_before=source.seen_before)
    result.errors.extend(errors)
    tick(0, 0, steps.say("matching_people"))
    if kind is ImportKind.TRAINING:
        plan = plan_training(db, table, headers, source.path.name)
        result.errors.extend(plan.errors)
        result.added, result.duplicates = plan.added, plan.duplicates
        result.outside = plan.outside
        result.hours = plan.hours
        result.changes = plan.changes
    else:
        staff_plan = staff_service.plan_staff(db, table.rows(), headers, today)
        result.errors.extend(staff_plan.errors)
        result.added, result.updated = len(staff_plan.new), len(staff_plan.updates)
        result.unchanged = staff_plan.unchanged
        result.changes = staff_plan.changes
    result.errors.sort(key=lambda e: (e.row, e.column))
    bad = {e.row for e in result.errors}
    result.good_rows = sum(1 for n in table.numbers if n not in bad) if bad else len(table)
    if dry_run or (result.errors and not only_good):
        return result
    if result.errors:
        if not result.good_rows:
            raise InputError(Phrase.of("training.err.no_good_rows", file=source.path.name))
        result.skipped_file = write_skipped(source, result.errors)
    try:
        _apply(db, source, mapping, result, plan if kind is ImportKind.TRAINING else staff_plan,
               tick)
    except BaseException:
        if result.skipped_file is not None:
            result.skipped_file.unlink(missing_ok=True)
            result.skipped_file = None
        raise
    result.applied = True
    return result


def _apply(db: Database, source: ImportSource, mapping: dict[str, int], result: ImportResult,
           plan: TrainingPlan | staff_service.StaffPlan, tick: ProgressFn) -> None:
    """Write a planned import in one transaction, with its log entry and remembered mapping."""
    kind = source.kind
    remembered = importing.mapping_headers(mapping, source.headers)
    with db.atomic():
        if isinstance(plan, TrainingPlan):
            total = plan.added
            with training.bulk_audit(db, f"import:{source.path.name}"):  # one audit row
                for start in range(0, total, 5000):
                    tick(start, total, steps.say("writing_records", done=start, total=total))
                    training.add_training_columns(db, {
                        name: values[start:start + 5000] for name, values in plan.records.items()})
            tick(total, total, steps.say("done"))
        else:
            tick(0, 1, steps.say("writing_roster"))
            staff_service.apply_staff(db, plan)
        training.log_import(db, kind.value, source.path.name, source.sha256, remembered,
                            result.added + result.updated)
        office.set_setting(db, mapping_key(kind), remembered)
        tick(1, 1, steps.say("done"))


def import_file(db: Database, path: Path | str, kind: ImportKind, *, dry_run: bool,
                today: dt.date, progress_fn: ProgressFn | None = None) -> ImportResult:
    """Import a file with the guessed (or remembered) column mapping."""
    with gc_paused():  # between reading and importing too: the sheet's cells are many objects
        source = open_source(db, path, kind)
        return run_import(db, source, source.mapping, dry_run=dry_run, today=today,
                          progress_fn=progress_fn)


class PlanLines(Sequence[str]):
    """What an import does row by row, each line worded only when it is read: a list of
    50,000 rows has 50,000 lines, and the window shows the first 500."""

    def __init__(self, items: list[str | tuple[object, ...]] | None = None) -> None:
        self._items = items if items is not None else []  # a line, or what _worded() words

    def __len__(self) -> int:
        return len(self._items)

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            return [_worded(item) for item in self._items[index]]
        return _worded(self._items[index])

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Sequence) and not isinstance(other, str):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable, like a list

    def __repr__(self) -> str:
        return f"PlanLines({list(self)!r})"


_NEW, _KNOWN, _TWICE, _OUTSIDE = "new", "known", "twice", "outside"


def _worded(item: str | tuple[object, ...]) -> str:
    """Return a line of an import's plan, from the parts plan_training keeps of it."""
    if isinstance(item, str):
        return item
    if item[0] == _TWICE:
        _, row, first = item
        return f"第{row}列 略過：與第{first}列重複"
    kind, row, name, day, title, *more = item
    shown = format_short(cast(dt.date, day))
    if kind == _KNOWN:
        return f"第{row}列 略過：{name} {shown}「{title}」已登錄過"
    if kind == _OUTSIDE:
        why = rules.outside_employment(cast(Sequence[Employment], more[0]), cast(dt.date, day))
        return f"第{row}列 未匯入：{name} {shown}「{title}」{why}，不計入時數"
    hours, hinted = more
    return (f"第{row}列 新增：{name} {shown}「{title}」{hours:g}小時"
            + ("（課程名稱有「進階」，以進階課程計：不是的話請在檔案加一欄課程等級）"
               if hinted else ""))


@dataclass
class TrainingPlan:
    # TrainingRecord field -> its value in each new record, in the order of the rows
    records: dict[str, list[object]] = field(default_factory=dict)
    added: int = 0
    hours: float = 0.0
    duplicates: int = 0
    changes: PlanLines = field(default_factory=PlanLines)
    errors: list[RowError] = field(default_factory=list)
    outside: PlanLines = field(default_factory=PlanLines)  # 第N列 未匯入：… (outside employment)


_NEEDED = ("name", "title", "day", "hours")


def plan_training(db: Database, table: ParsedTable, headers: dict[str, str],
                  file_name: str) -> TrainingPlan:
    """Match each row to a person and drop what is already recorded; write nothing."""
    if not all(code in table.columns for code in _NEEDED):
        return TrainingPlan()  # the rows' missing cells are already reported
    numbers = table.numbers
    names = table.column("name", "")
    found = staff_service.PersonIndex.build(db).find_all(
        names, table.column("staff_no"), table.column("id_no"), table.column("unit"))
    days = cast(list[dt.date], table.column("day"))
    shown = _Titles()
    titles = [shown[title] for title in table.column("title")]
    hours = [float(h) for h in cast(list[float], table.column("hours"))]
    existing = training.existing_keys(db, min(days), max(days)) if days else set()
    person_ids = [p.id if p is not None else PersonId(0) for p, _ in found]
    keys = rules.record_keys(person_ids, titles, days)
    hinted = table.column("level_from_title", False)
    name_column = headers.get("name", "姓名")
    periods = _employment_by_person(db)
    tests = _EmploymentTests(periods)
    employed = [tests[pid](day) for pid, day in zip(person_ids, days, strict=True)]
    in_file: dict[tuple[int, str, str], int] = {}
    kept: list[int] = []  # the rows that become records
    errors: list[RowError] = []
    lines: list[str | tuple[object, ...]] = []
    outside: list[str | tuple[object, ...]] = []
    duplicates = 0
    for i, number, (person, why), day, title, key, on_staff in zip(
            range(len(numbers)), numbers, found, days, titles, keys, employed, strict=True):
        if person is None:
            errors.append(RowError.said(number, name_column, str(names[i]), why))
            continue
        if not on_staff:
            line = (_OUTSIDE, number, person.name, day, title, periods.get(person.id, []))
            outside.append(line)
            lines.append(line)
            continue
        if existing and key in existing:
            duplicates += 1
            lines.append((_KNOWN, number, person.name, day, title))
            continue
        first = in_file.setdefault(key, number)
        if first != number:
            duplicates += 1
            lines.append((_TWICE, number, first))
            continue
        kept.append(i)
        lines.append((_NEW, number, person.name, day, title, hours[i], hinted[i]))
    records = _new_records(table, kept, person_ids, titles, hours, file_name)
    return TrainingPlan(records, len(kept), sum(cast(list[float], records["hours"])), duplicates,
                        PlanLines(lines), errors, PlanLines(outside))


class _EmploymentTests(dict[PersonId, Callable[[dt.date], bool]]):
    """Whether a person was on the staff on a day, each person's test made once."""

    def __init__(self, periods: dict[PersonId, list[Employment]]) -> None:
        super().__init__()
        self.periods = periods

    def __missing__(self, person_id: PersonId) -> Callable[[dt.date], bool]:
        test = self[person_id] = rules.employment_test(self.periods.get(person_id, []))
        return test


class _Titles(dict[object, str]):
    """Each course title of a list as records keep it, worked out once per title."""

    def __missing__(self, title: object) -> str:
        shown = self[title] = rules.course_title(str(title))
        return shown


def _new_records(table: ParsedTable, kept: list[int], person_ids: list[PersonId],
                 titles: list[str], hours: list[float], file_name: str
                 ) -> dict[str, list[object]]:
    """Return the new records' fields column by column (TrainingRecord's, without id)."""
    count = len(kept)

    def take(values: Sequence[object]) -> list[object]:
        if count == len(values):  # every row is kept
            return list(values)
        return [values[i] for i in kept] if count < 2 else list(
            operator.itemgetter(*kept)(values))

    def field_of(code: str, default: object, kind: type, convert: Callable[[object], object]
                 ) -> list[object]:
        if code not in table.columns:
            return [default] * count
        values = take(table.column(code, default))
        if all(isinstance(v, kind) for v in set(values)):
            return values
        return [convert(v) for v in values]

    def one_of(kind: type, default: object) -> Callable[[object], object]:
        return lambda v: v if isinstance(v, kind) else default

    source = f"import:{file_name}#"
    return {
        "person_id": take(person_ids),
        "title": take(titles),
        "day": take(table.column("day")),
        "hours": take(hours),
        "level": field_of("level", Level.BASIC, Level, one_of(Level, Level.BASIC)),
        "cedaw": field_of("cedaw", True, bool, bool),
        "delivery": field_of("delivery", Delivery.IN_PERSON, Delivery,
                             one_of(Delivery, Delivery.IN_PERSON)),
        "provider": field_of("provider", "", str, lambda v: str(v or "")),
        "course_id": [None] * count,
        "satisfaction": field_of("satisfaction", None, int | None,  # type: ignore[arg-type]
                                 one_of(int, None)),
        "source": list(map(source.__add__, map(str, take(table.numbers)))),
        "note": field_of("note", "", str, lambda v: str(v or "")),
    }


def records_of_person(db: Database, person_id: int) -> list[TrainingRecord]:
    """Return a person's training records, newest first."""
    return training.training_of_person(db, person_id)
