"""People as the pickers show them: unit name and title joined, in the office's order."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from gmdesk.domain.model import Person
from gmdesk.storage import office, people
from gmdesk.storage.database import Database


@dataclass(frozen=True)
class PersonRow:
    """One person for a picker: the person, their unit's name ("" for none) and a label."""

    person: Person
    unit: str
    label: str  # 「王小明　民政課課長」, 「林教授　府外教授」


def person_rows(db: Database, chosen: Iterable[Person] | None = None,
                outside: str = "府外") -> list[PersonRow]:
    """Return `chosen` (default: everyone the office knows) for a picker.

    Sorted by unit in the office's unit order, then by name; people without a unit come
    after everyone with one (outside members last of all). `outside` is written in place
    of the unit for an outside member who has none.
    """
    units = office.unit_names(db)
    order = {unit_id: index for index, unit_id in enumerate(units)}
    pool = list(chosen) if chosen is not None else people.list_people(db)

    def key(person: Person) -> tuple[int, int, str]:
        if person.unit_id in order:
            return 0, order[person.unit_id], person.name
        return (2 if person.external else 1), 0, person.name

    rows = []
    for person in sorted(pool, key=key):
        unit = units.get(person.unit_id or 0, "")
        where = unit or (outside if person.external else "")
        rows.append(PersonRow(person, unit, f"{person.name}　{where}{person.title}"))
    return rows
