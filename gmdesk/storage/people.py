"""People (staff and outsiders), their employment periods and exemptions."""

from __future__ import annotations

import datetime as dt

from gmdesk.domain.model import Employment, Exemption, Person, PersonId
from gmdesk.storage import records
from gmdesk.storage.database import Database


def add_person(db: Database, person: Person) -> PersonId:
    return PersonId(records.insert(db, "person", person))


def update_person(db: Database, person: Person) -> None:
    records.update(db, "person", person)


def get_person(db: Database, person_id: int) -> Person | None:
    return records.get(db, Person, "person", person_id)


def list_people(db: Database) -> list[Person]:
    return records.select(db, Person, "person")


def people_by_id(db: Database) -> dict[PersonId, Person]:
    return {p.id: p for p in list_people(db)}


def add_employment(db: Database, employment: Employment) -> int:
    return records.insert(db, "employment", employment)


def update_employment(db: Database, employment: Employment) -> None:
    records.update(db, "employment", employment)


def list_employment(db: Database) -> list[Employment]:
    return records.select(db, Employment, "employment", order_by="person_id, start")


def employment_overlapping(db: Database, first: dt.date, last: dt.date) -> list[Employment]:
    """Return employment periods that overlap [first, last]."""
    return records.select(
        db,
        Employment,
        "employment",
        'start <= ? AND ("end" IS NULL OR "end" >= ?)',
        [last.isoformat(), first.isoformat()],
        order_by="person_id, start",
    )


def add_exemption(db: Database, exemption: Exemption) -> int:
    return records.insert(db, "exemption", exemption)


def list_exemptions(db: Database, year: int | None = None) -> list[Exemption]:
    if year is None:
        return records.select(db, Exemption, "exemption")
    return records.select(db, Exemption, "exemption", "year = ?", [year])


def staff_people(db: Database) -> list[Person]:
    """Return everyone who is not an outsider (staff, current and former)."""
    return records.select(db, Person, "person", "external = 0", order_by="unit_id, id")


def employment_of(db: Database, person_id: int) -> list[Employment]:
    return records.select(db, Employment, "employment", "person_id = ?", [person_id],
                          order_by="start, id")


def delete_employment(db: Database, employment_id: int) -> None:
    records.delete(db, "employment", employment_id)


def set_exemption(db: Database, exemption: Exemption) -> None:
    """Record (or replace) a person's exemption for a year."""
    row = records.to_row(exemption)
    db.execute(
        'INSERT INTO exemption (person_id, year, reason, kind, start, "end", note) '
        "VALUES (:person_id, :year, :reason, :kind, :start, :end, :note) "
        "ON CONFLICT (person_id, year) DO UPDATE SET reason = excluded.reason, "
        'kind = excluded.kind, start = excluded.start, "end" = excluded."end", '
        "note = excluded.note",
        row,
    )


def exemption_of(db: Database, person_id: int, year: int) -> Exemption | None:
    """Return a person's exemption for a year, or None."""
    found = records.select(db, Exemption, "exemption", "person_id = ? AND year = ?",
                           [person_id, year])
    return found[0] if found else None


def delete_exemption(db: Database, person_id: int, year: int) -> None:
    db.execute("DELETE FROM exemption WHERE person_id = ? AND year = ?", [person_id, year])
