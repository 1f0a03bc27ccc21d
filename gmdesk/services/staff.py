"""The staff roster: people with employment periods and exemptions; people who leave are kept."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from gmdesk.domain import training as rules
from gmdesk.domain.errors import InputError
from gmdesk.domain.importing import ParsedRow, RowError, check_fields, ids_match, staff_key
from gmdesk.domain.model import (
    CATEGORY_LABELS,
    Employment,
    Exemption,
    ExemptionKind,
    Gender,
    Person,
    PersonId,
    StaffCategory,
    UnitId,
)
from gmdesk.domain.rocdate import format_short, year_bounds
from gmdesk.domain.texts import Phrase, Short, define
from gmdesk.storage import office, people
from gmdesk.storage.database import Database

define({
    "staff.err.no_name": "請填寫姓名",
    "staff.err.end_before_start_fix": "離職日期 {end} 早於到職日期 {start}：請修正",
    "staff.err.end_before_start": "離職日期 {end} 早於到職日期 {start}",
    "staff.err.change_before_start": "類別變更日須晚於到職日期",
    "staff.err.no_employment": "此人沒有任職紀錄，無法登記離職",
})

define({
    "staff.err.same_name": "同名同姓有{n}人：請在檔案加上員工編號或身分證字號欄",
    "staff.err.no_staff_no": "查無員工編號 {staff_no} 的人員：請先匯入人員名冊或在「人員名冊」新增",
    "staff.err.not_on_roster": "人員名冊中查無此人：請先匯入人員名冊或在「人員名冊」新增",
    "staff.err.row_twice": "與第{row}列是同一人：請刪除重複的列",
})


@dataclass(frozen=True)
class StaffRow:
    """One line of the roster: the person, their latest period and this year's exemption."""

    person: Person
    unit: str
    category: StaffCategory | None
    start: dt.date | None
    end: dt.date | None
    exemption: str = ""
    left: bool = False  # the last period ended before today

    @property
    def category_label(self) -> str:
        return self.category.label if self.category else ""


def roster(db: Database, year: int, today: dt.date) -> list[StaffRow]:
    """Return every staff member (people who left too), with unit names and exemptions."""
    units = office.unit_names(db)
    latest: dict[int, Employment] = {}
    for employment in people.list_employment(db):  # ordered by person, start
        latest[employment.person_id] = employment
    exempt = {e.person_id: rules.exemption_text(e) for e in people.list_exemptions(db, year)}
    rows = []
    for person in people.staff_people(db):
        period = latest.get(person.id)
        rows.append(StaffRow(
            person=person,
            unit=units.get(person.unit_id or 0, ""),
            category=period.category if period else None,
            start=period.start if period else None,
            end=period.end if period else None,
            exemption=exempt.get(person.id, ""),
            left=bool(period and period.end and period.end < today),
        ))
    return rows


@dataclass(frozen=True)
class StaffForm:
    """What the roster form edits: the person and their current period."""

    person: Person
    category: StaffCategory
    start: dt.date
    end: dt.date | None = None
    # When the category changes, the new one applies from this day (a new period);
    # None: correct the current period in place.
    change_from: dt.date | None = None


def validate(form: StaffForm, today: dt.date | None = None) -> None:
    if not form.person.name.strip():
        raise InputError(Phrase.of("staff.err.no_name"), "name")
    check_fields(form.person, today or dt.date.today())
    check_fields(form, today or dt.date.today())
    if form.end is not None and form.end < form.start:
        raise InputError(Phrase.of("staff.err.end_before_start_fix", end=Short(form.end),
                                    start=Short(form.start)), "end")
    if form.change_from is not None and form.change_from <= form.start:
        raise InputError(Phrase.of("staff.err.change_before_start"), "change_from")


def save_staff(db: Database, form: StaffForm) -> PersonId:
    """Add a staff member or save edits, in one transaction; return the person's id."""
    validate(form)
    person = dataclasses.replace(form.person, name=form.person.name.strip(), external=False)
    with db.atomic():
        if not person.id:
            pid = people.add_person(db, person)
            people.add_employment(db, Employment(0, pid, form.category, form.start, form.end,
                                                 person.title, person.unit_id))
            return pid
        people.update_person(db, person)
        periods = people.employment_of(db, person.id)
        if not periods:
            people.add_employment(db, Employment(0, person.id, form.category, form.start,
                                                 form.end, person.title, person.unit_id))
            return person.id
        current = periods[-1]
        if form.change_from is not None and form.category is not current.category:
            people.update_employment(db, dataclasses.replace(
                current, end=form.change_from - dt.timedelta(days=1)))
            people.add_employment(db, Employment(0, person.id, form.category, form.change_from,
                                                 form.end, person.title, person.unit_id))
        else:
            start = form.start if len(periods) == 1 else current.start
            people.update_employment(db, dataclasses.replace(
                current, category=form.category, start=start, end=form.end,
                title=person.title, unit_id=person.unit_id))
    return person.id


def mark_left(db: Database, person_id: int, end: dt.date) -> None:
    """Record that a person left on `end`; the person and their records stay."""
    periods = people.employment_of(db, person_id)
    if not periods:
        raise InputError(Phrase.of("staff.err.no_employment"))
    current = periods[-1]
    if end < current.start:
        raise InputError(Phrase.of("staff.err.end_before_start", end=Short(end),
                                    start=Short(current.start)), "end")
    with db.atomic():
        people.update_employment(db, dataclasses.replace(current, end=end))


def set_exemption(db: Database, person_id: int, year: int, kind: ExemptionKind | None,
                  start: dt.date | None, end: dt.date | None, note: str = "") -> Exemption:
    """Exempt a person for a year: a listed reason, the period and a note (checked by the domain)."""
    exemption = rules.make_exemption(PersonId(person_id), year, kind, start, end, note)
    with db.atomic():
        people.set_exemption(db, exemption)
    return exemption


def exemption_of(db: Database, person_id: int, year: int) -> Exemption | None:
    """Return a person's exemption for the year, or None."""
    return people.exemption_of(db, person_id, year)


def clear_exemption(db: Database, person_id: int, year: int) -> None:
    with db.atomic():
        people.delete_exemption(db, person_id, year)


# --- imports -----------------------------------------------------------------------------

@dataclass
class PersonIndex:
    """Staff looked up by staff number, ID and name, built once per import."""

    by_key: dict[str, Person]
    by_name: dict[str, list[Person]]
    units: dict[int, str]
    # The answer for each (name, staff number, ID, unit) already looked up: a training list
    # names the same person on many rows.
    found: dict[tuple[str, str, str, str], tuple[Person | None, Phrase | str]] = dataclasses.field(
        default_factory=dict, repr=False)

    @classmethod
    def build(cls, db: Database) -> PersonIndex:
        staff = people.staff_people(db)
        by_key = {staff_key(p.staff_no): p for p in staff if p.staff_no}
        by_name: dict[str, list[Person]] = {}
        for p in staff:
            by_name.setdefault(p.name.replace(" ", ""), []).append(p)
        return cls(by_key, by_name, office.unit_names(db))

    def find(self, row: ParsedRow, column: str) -> tuple[Person | None, Phrase | str]:
        """Return the person a row names (and ""), or None and why."""
        values = row.values
        return self.find_all([values.get("name", "")], [values.get("staff_no")],
                             [values.get("id_no")], [values.get("unit")])[0]

    def find_all(self, names: Sequence[object], staff_nos: Sequence[object],
                 id_nos: Sequence[object], units: Sequence[object],
                 ) -> list[tuple[Person | None, Phrase | str]]:
        """Return `find` for each row, given its name, staff number, ID and unit (None: not
        filled): each different combination is looked up once."""
        answers = _Answers(self)
        return list(map(answers.__getitem__, zip(names, staff_nos, id_nos, units, strict=True)))

    def find_values(self, name: object, staff_no: object, id_no: object, unit: object
                    ) -> tuple[Person | None, Phrase | str]:
        """Return `find` of a row holding these values (None: not filled)."""
        key = (str(name if name is not None else "").replace(" ", ""), str(staff_no or ""),
               str(id_no or ""), str(unit or ""))
        if key not in self.found:
            self.found[key] = self._find(*key)
        return self.found[key]

    def _find(self, name: str, staff_no: str, id_no: str, unit: str
              ) -> tuple[Person | None, Phrase | str]:
        if staff_no:
            person = self.by_key.get(staff_key(staff_no))
            if person is not None:
                return person, ""
        same = self.by_name.get(name, [])
        if id_no:
            matches = [p for p in same if ids_match(p.id_masked, id_no)]
            if len(matches) == 1:
                return matches[0], ""
        if len(same) == 1 and not staff_no:
            return same[0], ""
        if len(same) > 1:
            matches = [p for p in same if unit and self.units.get(p.unit_id or 0) == unit]
            if len(matches) == 1:
                return matches[0], ""
            return None, Phrase.of("staff.err.same_name", n=len(same))
        if staff_no:
            return None, Phrase.of("staff.err.no_staff_no", staff_no=staff_no)
        return None, Phrase.of("staff.err.not_on_roster")


class _Answers(dict[tuple[object, object, object, object], tuple[Person | None, Phrase | str]]):
    """PersonIndex.find for each (name, staff number, ID, unit) as a row holds them."""

    def __init__(self, index: PersonIndex) -> None:
        super().__init__()
        self.index = index

    def __missing__(self, key: tuple[object, object, object, object]
                    ) -> tuple[Person | None, Phrase | str]:
        answer = self[key] = self.index.find_values(*key)
        return answer


@dataclass
class StaffPlan:
    """What a roster import would do."""

    new: list[tuple[int, Person, Employment, str]] = dataclasses.field(default_factory=list)
    updates: list[tuple[int, Person, Employment | None, Employment | None]] = dataclasses.field(
        default_factory=list)  # row, person, period to replace/close, new period
    unchanged: int = 0
    new_units: list[str] = dataclasses.field(default_factory=list)
    changes: list[str] = dataclasses.field(default_factory=list)
    errors: list[RowError] = dataclasses.field(default_factory=list)


def plan_staff(db: Database, rows: Sequence[ParsedRow], headers: dict[str, str],
               today: dt.date) -> StaffPlan:
    """Work out which people are new and what changes for the others; write nothing."""
    plan = StaffPlan()
    index = PersonIndex.build(db)
    unit_ids: dict[str, UnitId] = {name: UnitId(uid) for uid, name in index.units.items()}
    latest: dict[int, Employment] = {}
    for period in people.list_employment(db):
        latest[period.person_id] = period
    seen: dict[str, int] = {}
    default_start = year_bounds(today.year - 1911)[0]
    for row in rows:
        name = str(row.get("name", "")).strip()
        key = staff_key(str(row.get("staff_no") or "")) or f"name:{name}:{row.get('id_no', '')}"
        if key in seen:
            plan.errors.append(RowError.said(
                row.row, headers.get("staff_no") or headers.get("name", "姓名"),
                str(row.get("staff_no") or name), Phrase.of("staff.err.row_twice", row=seen[key])))
            continue
        seen[key] = row.row
        person, why = index.find(row, headers.get("name", "姓名"))
        if person is None and isinstance(why, Phrase) and why.code == "staff.err.same_name":
            plan.errors.append(RowError.said(row.row, headers.get("name", "姓名"), name, why))
            continue
        gender = row.get("gender")
        category = row.get("category")
        start = row.get("start")
        end = row.get("end")
        if person is None and not isinstance(gender, Gender):
            # parse_rows reports it; never guess a gender
            plan.errors.append(RowError.said(row.row, headers.get("gender", "性別"), "",
                                             Phrase.of("import.err.no_gender")))
            continue
        # Only a row that is imported makes its unit (a skipped row must not leave one behind).
        unit_name = str(row.get("unit") or "")
        if unit_name and unit_name not in unit_ids:
            unit_ids[unit_name] = UnitId(-(len(plan.new_units) + 1))  # made on apply
            plan.new_units.append(unit_name)
        if person is None:
            assert isinstance(gender, Gender)
            new_person = Person(
                PersonId(0), name, gender, str(row.get("title") or ""),
                unit_ids.get(unit_name) if unit_name else None,
                str(row.get("staff_no") or ""), str(row.get("id_no") or ""),
                note=str(row.get("note") or ""))
            cat = category if isinstance(category, StaffCategory) else StaffCategory.GENERAL
            first = start if isinstance(start, dt.date) else default_start
            period = Employment(0, PersonId(0), cat, first,
                                end if isinstance(end, dt.date) else None,
                                new_person.title, new_person.unit_id)
            plan.new.append((row.row, new_person, period, unit_name))
            extra = "" if isinstance(start, dt.date) else f"（未填到職日，以 {format_short(first)} 計）"
            plan.changes.append(f"第{row.row}列 新增：{name}（{unit_name or '未填單位'}，"
                                f"{CATEGORY_LABELS[cat]}）{extra}")
            continue
        changed = dataclasses.replace(
            person,
            gender=gender if isinstance(gender, Gender) else person.gender,
            title=str(row.get("title") or person.title),
            unit_id=unit_ids.get(unit_name, person.unit_id) if unit_name else person.unit_id,
            staff_no=str(row.get("staff_no") or person.staff_no),
            id_masked=str(row.get("id_no") or person.id_masked),
        )
        what = _differences(person, changed, index.units, plan.new_units)
        current = latest.get(person.id)
        replaced: Employment | None = None
        added: Employment | None = None
        if current is not None:
            new_end = end if isinstance(end, dt.date) else current.end
            if isinstance(category, StaffCategory) and category is not current.category:
                what.append(f"類別 {current.category.label}→{category.label}")
                change_day = start if isinstance(start, dt.date) and start > current.start \
                    else today
                if change_day <= current.start:
                    replaced = dataclasses.replace(current, category=category, end=new_end)
                else:
                    replaced = dataclasses.replace(current, end=change_day - dt.timedelta(days=1))
                    added = Employment(0, person.id, category, change_day, new_end,
                                       changed.title, changed.unit_id)
            elif new_end != current.end:
                replaced = dataclasses.replace(current, end=new_end)
            if new_end != current.end:
                what.append(f"離職日 {format_short(new_end) if new_end else '（無）'}")
        if not what:
            plan.unchanged += 1
            continue
        plan.updates.append((row.row, changed, replaced, added))
        plan.changes.append(f"第{row.row}列 更新：{person.name}：" + "；".join(what))
    for unit in plan.new_units:
        plan.changes.insert(0, f"新增單位：{unit}")
    return plan


def _differences(old: Person, new: Person, units: dict[int, str],
                 new_units: list[str]) -> list[str]:
    def unit_name(uid: int | None) -> str:
        if uid is None:
            return "（無）"
        if uid < 0:
            return new_units[-uid - 1]
        return units.get(uid, "")

    what = []
    if old.gender is not new.gender:
        what.append(f"性別 {old.gender.label}→{new.gender.label}")
    if old.unit_id != new.unit_id:
        what.append(f"單位 {unit_name(old.unit_id)}→{unit_name(new.unit_id)}")
    if old.title != new.title:
        what.append(f"職稱 {old.title or '（無）'}→{new.title}")
    if old.staff_no != new.staff_no:
        what.append(f"員工編號 {old.staff_no or '（無）'}→{new.staff_no}")
    if old.id_masked != new.id_masked:
        what.append("身分證字號")
    return what


def apply_staff(db: Database, plan: StaffPlan) -> int:
    """Write a roster plan; call inside db.atomic(). Return the rows written."""
    made: dict[int, UnitId] = {}
    for number, name in enumerate(plan.new_units, start=1):
        made[-number] = office.add_unit(db, name, 100 + number)

    def unit(uid: int | None) -> UnitId | None:
        return made[uid] if uid is not None and uid < 0 else (UnitId(uid) if uid else None)

    for _, person, period, _ in plan.new:
        pid = people.add_person(db, dataclasses.replace(person, unit_id=unit(person.unit_id)))
        people.add_employment(db, dataclasses.replace(period, person_id=pid,
                                                      unit_id=unit(period.unit_id)))
    for _, person, replaced, added in plan.updates:
        people.update_person(db, dataclasses.replace(person, unit_id=unit(person.unit_id)))
        if replaced is not None:
            people.update_employment(db, dataclasses.replace(replaced,
                                                             unit_id=unit(replaced.unit_id)))
        if added is not None:
            people.add_employment(db, dataclasses.replace(added, unit_id=unit(added.unit_id)))
    return len(plan.new) + len(plan.updates)


def list_people(db: Database) -> list[Person]:
    """Return everyone the office knows: staff and outside group members."""
    return people.list_people(db)


def people_by_id(db: Database) -> dict[PersonId, Person]:
    return people.people_by_id(db)


def get_person(db: Database, person_id: int) -> Person | None:
    return people.get_person(db, person_id)
