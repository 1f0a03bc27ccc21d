import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from gmdesk.storage import audit
from gmdesk.storage.db import open_db
from gmdesk.storage.office import set_setting
from gmdesk.storage.schema import TABLES

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schema_v1.gmdesk"


def test_every_change_is_one_row_naming_who_what_and_the_values(demo_db: Database) -> None:
    set_setting(demo_db, "clerk_name", "林承辦")
    demo_db.execute("UPDATE person SET title = '課員' WHERE id = 3")
    demo_db.execute("UPDATE person SET title = '課員' WHERE id = 3")  # no change, no row
    rows = audit.history(demo_db, "person", 3)
    assert [r.action for r in rows] == ["insert", "update"]  # created by the demo, then changed
    entry = rows[1]
    assert entry.action == "update" and entry.clerk == "林承辦"
    assert entry.os_user == audit.os_user() and entry.host == audit.host_name()
    assert entry.new is not None and entry.new["title"] == "課員"
    assert entry.changed_fields() == ["title"]
    assert entry.at[:4].isdigit()


def test_inserts_and_cascaded_deletes_are_recorded(demo_db: Database) -> None:
    meeting = demo_db.execute("SELECT id FROM meeting ORDER BY id LIMIT 1").fetchone()[0]
    items = demo_db.execute("SELECT COUNT(*) FROM agenda_item WHERE meeting_id = ?", [meeting]).fetchone()[0]
    before = demo_db.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
    demo_db.execute("DELETE FROM meeting WHERE id = ?", [meeting])
    deleted = demo_db.execute(
        "SELECT table_name, COUNT(*) FROM audit WHERE id > ? AND action = 'delete' GROUP BY table_name",
        [before]).fetchall()
    assert dict(deleted)["agenda_item"] == items and dict(deleted)["meeting"] == 1
    demo_db.execute("INSERT INTO unit (name) VALUES ('新單位')")
    last = audit.entries(demo_db, limit=1)[0]
    assert last.action == "insert" and last.old is None and last.new["name"] == "新單位"


def test_the_office_clerk_name_is_used_when_no_setting_names_one(demo_db: Database) -> None:
    demo_db.execute("DELETE FROM setting WHERE key = 'clerk_name'")
    demo_db.execute("UPDATE office SET clerk_name = '王組員'")
    assert audit.entries(demo_db, limit=1)[0].clerk == "王組員"


def test_the_trail_is_append_only(demo_db: Database) -> None:
    demo_db.execute("UPDATE unit SET sort_order = 9 WHERE id = 1")
    with pytest.raises(sqlite3.DatabaseError, match="不能修改"):
        demo_db.execute("UPDATE audit SET clerk = 'x'")
    with pytest.raises(sqlite3.DatabaseError, match="不能刪除"):
        demo_db.execute("DELETE FROM audit")
    assert demo_db.execute("SELECT COUNT(*) FROM audit").fetchone()[0] >= 1


def test_photos_are_audited_without_their_bytes(demo_db: Database) -> None:
    demo_db.execute("UPDATE photo SET caption = '新說明' WHERE id = 1")
    entry = audit.history(demo_db, "photo", 1)[-1]
    assert entry.new is not None and entry.new["caption"] == "新說明" and "data" not in entry.new


def test_triggers_survive_a_transform_in_a_later_migration(tmp_path: Path) -> None:
    path = tmp_path / "v1.gmdesk"
    shutil.copyfile(FIXTURE, path)
    db = open_db(path)
    assert audit.ensure_audit_triggers(db) == 0  # already complete after the migrations
    # What a future migration may do: sqlite-utils rebuilds the table and drops its triggers.
    db["person"].transform(types={"note": str}, column_order=("id", "name"))
    assert not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'gmdesk_audit_person_update'").fetchone()
    db.close()
    db = open_db(path)  # open_db puts them back after migrating
    db.execute("UPDATE person SET note = '轉換後' WHERE id = 1")
    assert audit.history(db, "person", 1)[-1].new["note"] == "轉換後"
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {f"gmdesk_audit_{t}_{a}" for t in TABLES for a in ("insert", "update", "delete")} <= names
    db.close()


def test_export_writes_one_records_history_as_private_csv(demo_db: Database, tmp_path: Path) -> None:
    demo_db.execute("UPDATE person SET title = 'A' WHERE id = 5")
    demo_db.execute("UPDATE person SET title = 'B' WHERE id = 5")
    out = tmp_path / "audit.csv"
    assert audit.export_csv(demo_db, out, "person", 5) == 3  # the insert and two updates
    text = out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("編號,時間,作業系統帳號") and "修改" in text
    assert out.stat().st_mode & 0o777 == 0o600


def _record(person_id: int, title: str, day: str = "2026-03-02") -> tuple[object, ...]:
    return (person_id, title, day, 2.0)


def test_a_bulk_insert_is_one_batch_row_and_single_writes_stay_audited(demo_db: Database) -> None:
    from gmdesk.storage import training

    people = [r[0] for r in demo_db.execute("SELECT id FROM person ORDER BY id LIMIT 3")]
    before = demo_db.execute("SELECT MAX(id) FROM audit").fetchone()[0]
    with demo_db.atomic(), audit.bulk_insert(demo_db, "training", "import:名冊.xlsx"):
        for pid in people:
            demo_db.execute("INSERT INTO training (person_id, title, day, hours) VALUES (?, ?, ?, ?)",
                            _record(pid, "批次課程"))
        # inside the block, another table and an update are still audited one by one
        demo_db.execute("INSERT INTO unit (name) VALUES ('批次中新增')")
        demo_db.execute("UPDATE training SET hours = 3 WHERE title = '批次課程' AND person_id = ?",
                        [people[0]])
    new = demo_db.execute("SELECT table_name, action, record_id, new FROM audit WHERE id > ?",
                          [before]).fetchall()
    ids = [r[0] for r in demo_db.execute("SELECT id FROM training WHERE title = '批次課程' ORDER BY id")]
    batches = [r for r in new if r[0] == "training" and r[1] == "insert"]
    assert len(batches) == 1 and batches[0][2] == f"batch:{ids[0]}-{ids[-1]}"
    assert '"rows": 3' in batches[0][3] and "名冊.xlsx" in batches[0][3]
    assert ("unit", "insert") in {(r[0], r[1]) for r in new}
    assert ("training", "update") in {(r[0], r[1]) for r in new}
    # each record's history names the batch that brought it in
    first = audit.history(demo_db, "training", ids[1])
    assert first[0].record_id.startswith("batch:") and first[0].new["source"] == "import:名冊.xlsx"
    # after the block, a single insert is audited row by row again
    demo_db.execute("INSERT INTO training (person_id, title, day, hours) VALUES (?, ?, ?, ?)",
                    _record(people[0], "單筆課程"))
    last = audit.entries(demo_db, limit=1)[0]
    assert last.table_name == "training" and last.record_id.isdigit() and last.new["title"] == "單筆課程"
    assert training.list_training(demo_db)  # nothing else disturbed
    assert demo_db.execute("SELECT COUNT(*) FROM audit_bulk").fetchone()[0] == 0


def test_a_failed_bulk_insert_leaves_no_flag_and_no_batch_row(demo_db: Database) -> None:
    pid = demo_db.execute("SELECT id FROM person LIMIT 1").fetchone()[0]
    before = demo_db.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
    with pytest.raises(sqlite3.IntegrityError), demo_db.atomic(), \
            audit.bulk_insert(demo_db, "training", "bad"):
        demo_db.execute("INSERT INTO training (person_id, title, day, hours) VALUES (?, ?, ?, ?)",
                        _record(pid, "重複課程"))
        demo_db.execute("INSERT INTO training (person_id, title, day, hours) VALUES (?, ?, ?, ?)",
                        _record(pid, "重複課程"))
    assert demo_db.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == before
    assert demo_db.execute("SELECT COUNT(*) FROM audit_bulk").fetchone()[0] == 0
    demo_db.execute("INSERT INTO training (person_id, title, day, hours) VALUES (?, ?, ?, ?)",
                    _record(pid, "之後的課程"))
    assert audit.entries(demo_db, limit=1)[0].new["title"] == "之後的課程"
