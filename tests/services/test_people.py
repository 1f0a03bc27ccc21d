"""The one order of every people picker: by the office's units, people without a unit after."""

from sqlite_utils import Database

from gmdesk.domain.model import Gender, Person, PersonId
from gmdesk.services import settings as settings_service
from gmdesk.services.people import person_rows
from gmdesk.storage import people


def test_people_without_a_unit_come_after_everyone_with_one(demo_db: Database) -> None:
    units = list(settings_service.unit_names(demo_db).items())
    loose = people.add_person(demo_db, Person(PersonId(0), "丁無單位", Gender.FEMALE, "約僱"))
    outside = people.add_person(demo_db, Person(PersonId(0), "甲府外", Gender.MALE, "教授",
                                                external=True))
    rows = person_rows(demo_db)
    kinds = [0 if r.person.unit_id is not None else 2 if r.person.external else 1 for r in rows]
    # 「~」 sorted before Chinese unit names: the people without a unit used to come first
    assert kinds == sorted(kinds) and kinds[0] == 0
    by_id = {r.person.id: r for r in rows}
    assert by_id[outside].label == "甲府外　府外教授" and by_id[loose].label == "丁無單位　約僱"
    with_unit = [r for r in rows if r.person.unit_id is not None]
    unit_order = [r.person.unit_id for r in with_unit]
    assert unit_order == sorted(unit_order, key=[u for u, _ in units].index)
    assert with_unit[0].label.startswith(f"{with_unit[0].person.name}　{units[0][1]}")
    staff_only = person_rows(demo_db, [by_id[loose].person, with_unit[-1].person])
    assert [r.person.id for r in staff_only] == [with_unit[-1].person.id, loose]
