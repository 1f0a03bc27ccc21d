import dataclasses
import datetime as dt
from pathlib import Path

from sqlite_utils import Database

from gmdesk.domain.model import Event, EventId, EventKind, Gender, Person, PersonId
from gmdesk.storage import events, people
from gmdesk.storage.database import Database as Office


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


def test_insert_many_stores_each_column_as_a_single_insert_would(db: Database) -> None:
    from gmdesk.storage.records import insert_many

    made = [Event(EventId(0), EventKind.CEDAW, "說明會", dt.date(2025, 3, 8),
                  end=dt.date(2025, 3, 9), audiences=("村里長",), male=3),
            Event(EventId(0), EventKind.MEASURE, "措施", dt.date(2025, 4, 1), female=2)]
    with db.atomic():
        assert insert_many(db, "event", made) == 2
    single = events.get_event(db, events.add_event(db, made[1]))
    stored = events.list_events(db)
    assert [(e.kind, e.start, e.end, e.audiences, e.total) for e in stored[:2]] == [
        (EventKind.CEDAW, dt.date(2025, 3, 8), dt.date(2025, 3, 9), ("村里長",), 3),
        (EventKind.MEASURE, dt.date(2025, 4, 1), None, (), 2)]
    assert single is not None and stored[1] == dataclasses.replace(single, id=stored[1].id)


def test_a_reading_reads_a_table_once_and_sees_one_state_of_the_file(db: Office,
                                                                      db_path: Path) -> None:
    from gmdesk.storage.db import open_db

    people.add_person(db, Person(PersonId(0), "王小明", Gender.MALE, "課員"))
    other = open_db(db_path)  # another window's writes, meanwhile
    asked: list[str] = []
    db.conn.set_trace_callback(asked.append)
    try:
        with db.reading():
            first = people.list_people(db)
            people.add_person(other, Person(PersonId(0), "林美華", Gender.FEMALE, "課長"))
            again = people.list_people(db)
            assert again == first and again is not first  # the caller's own list
            assert [p.name for p in again] == ["王小明"]  # one state of the file throughout
            first.clear()
            assert len(people.list_people(db)) == 1
        assert sum("FROM [person]" in sql for sql in asked) == 1
    finally:
        db.conn.set_trace_callback(None)
        other.close()
    assert [p.name for p in people.list_people(db)] == ["王小明", "林美華"]  # read anew after
