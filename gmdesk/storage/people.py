"""People (staff and outsiders), their employment periods and exemptions."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from gmdesk.domain.model import Employment, Exemption, Person, PersonId
from gmdesk.storage import records


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
