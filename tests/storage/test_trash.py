import datetime as dt

import pytest
from sqlite_utils import Database

from gmdesk.domain.errors import InputError
from gmdesk.storage import trash
from gmdesk.storage.dump import dump

NOW = dt.datetime(2026, 11, 24, 10, 0)


def _meeting_with_children(db: Database) -> int:
    """Return the first meeting: its agenda items, follow-ups and progress go with it."""
    return int(db.execute("SELECT MIN(meeting_id) FROM agenda_item").fetchone()[0])


def test_deleting_a_meeting_moves_it_and_its_rows_to_the_trash_and_back(demo_db: Database) -> None:
    before = dump(demo_db)
    meeting = _meeting_with_children(demo_db)
    counts = {t: demo_db[t].count for t in ("meeting", "attendance", "agenda_item", "followup", "progress")}
    tid = trash.move_to_trash(demo_db, "meeting", meeting, NOW, "115年第1次會議")
    assert demo_db.execute("SELECT COUNT(*) FROM meeting WHERE id = ?", [meeting]).fetchone()[0] == 0
    assert demo_db["attendance"].count < counts["attendance"]
    assert demo_db["agenda_item"].count < counts["agenda_item"]
    item = trash.list_trash(demo_db)[0]
    assert (item.id, item.table_name, item.record_id, item.label) == (tid, "meeting", meeting, "115年第1次會議")
    assert item.row_count > 1 and item.expires() == dt.date(2027, 2, 22)

    assert trash.restore(demo_db, tid, NOW + dt.timedelta(days=30)) == meeting
    assert dump(demo_db) == before  # every row back, same ids, same values
    assert trash.list_trash(demo_db) == []


def test_photos_come_back_byte_for_byte(demo_db: Database) -> None:
    event = demo_db.execute("SELECT event_id FROM photo LIMIT 1").fetchone()[0]
    before = dump(demo_db)
    tid = trash.move_to_trash(demo_db, "event", event, NOW)
    assert demo_db.execute("SELECT COUNT(*) FROM photo WHERE event_id = ?", [event]).fetchone()[0] == 0
    trash.restore(demo_db, tid, NOW)
    assert dump(demo_db) == before


def test_a_reused_id_gets_a_new_one_and_children_follow(demo_db: Database) -> None:
    top = demo_db.execute("SELECT MAX(id) FROM event").fetchone()[0]
    photos = demo_db.execute("SELECT COUNT(*) FROM photo WHERE event_id = ?", [top]).fetchone()[0]
    tid = trash.move_to_trash(demo_db, "event", top, NOW)
    demo_db.execute("INSERT INTO event (kind, title, start) VALUES ('cedaw', '新活動', '2026-11-20')")
    assert demo_db.execute("SELECT MAX(id) FROM event").fetchone()[0] == top  # SQLite reused it
    new_id = trash.restore(demo_db, tid, NOW)
    assert new_id != top
    assert demo_db.execute("SELECT COUNT(*) FROM photo WHERE event_id = ?", [new_id]).fetchone()[0] == photos


def test_a_record_others_still_use_is_refused_and_nothing_moves(demo_db: Database) -> None:
    person = demo_db.execute("SELECT person_id FROM attendance LIMIT 1").fetchone()[0]
    with pytest.raises(InputError, match=r"還有 \d+ 筆(會議|出席)資料使用這筆人員"):
        trash.move_to_trash(demo_db, "person", person, NOW)
    assert demo_db.execute("SELECT COUNT(*) FROM person WHERE id = ?", [person]).fetchone()[0] == 1
    assert trash.list_trash(demo_db) == []


def test_a_clash_on_restore_is_explained_and_nothing_is_half_restored(demo_db: Database) -> None:
    meeting = _meeting_with_children(demo_db)
    year, seq = demo_db.execute("SELECT year, seq FROM meeting WHERE id = ?", [meeting]).fetchone()
    tid = trash.move_to_trash(demo_db, "meeting", meeting, NOW)
    demo_db.execute("INSERT INTO meeting (year, seq, day, start) VALUES (?, ?, '2026-01-01', '14:00')",
                    [year, seq])
    attendance = demo_db["attendance"].count
    with pytest.raises(InputError, match="無法還原"):
        trash.restore(demo_db, tid, NOW)
    assert demo_db["attendance"].count == attendance
    assert len(trash.list_trash(demo_db)) == 1


def test_after_90_days_restore_is_refused_and_purge_empties(demo_db: Database) -> None:
    unit = demo_db.execute("INSERT INTO unit (name) VALUES ('臨時單位')").lastrowid
    tid = trash.move_to_trash(demo_db, "unit", int(unit), NOW)
    late = NOW + dt.timedelta(days=91)
    with pytest.raises(InputError, match="90 天"):
        trash.restore(demo_db, tid, late)
    assert trash.purge(demo_db, NOW + dt.timedelta(days=89)) == 0
    assert trash.purge(demo_db, late) == 1
    assert trash.list_trash(demo_db) == []


def test_a_person_goes_with_their_own_periods_and_training(demo_db: Database) -> None:
    person = demo_db.execute(
        "SELECT p.id FROM person p WHERE EXISTS (SELECT 1 FROM training t WHERE t.person_id = p.id) "
        "AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.person_id = p.id) "
        "AND NOT EXISTS (SELECT 1 FROM meeting m WHERE m.chair_id = p.id) LIMIT 1").fetchone()[0]
    before = dump(demo_db)
    tid = trash.move_to_trash(demo_db, "person", person, NOW)
    assert demo_db.execute("SELECT COUNT(*) FROM training WHERE person_id = ?", [person]).fetchone()[0] == 0
    trash.restore(demo_db, tid, NOW)
    assert dump(demo_db) == before
