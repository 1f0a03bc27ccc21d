import datetime as dt

from sqlite_utils import Database

from gmdesk.domain.model import Event, EventId, EventKind, Gender, Person, PersonId
from gmdesk.storage import events, people


def test_dataclasses_round_trip_through_rows(db: Database) -> None:
    pid = people.add_person(db, Person(PersonId(0), "王小明", Gender.MALE, "課員",
                                       staff_no="00012"))
    assert people.get_person(db, pid) == Person(pid, "王小明", Gender.MALE, "課員",
                                                staff_no="00012")
    eid = events.add_event(db, Event(EventId(0), EventKind.CEDAW, "說明會", dt.date(2025, 3, 8),
                                     audiences=("村里長", "一般民眾"), male=3, female=4))
    stored = events.get_event(db, eid)
    assert stored is not None
    assert stored.audiences == ("村里長", "一般民眾")
    assert stored.start == dt.date(2025, 3, 8)
    assert stored.total == 7
