import sqlite3
from pathlib import Path

import pytest

from gmdesk.storage.db import (
    ForeignFileError,
    NewerSchemaError,
    StorageError,
    file_is_empty,
    is_empty,
    open_db,
)
from gmdesk.storage.schema import TABLES, schema_version


def test_a_new_file_gets_every_table_with_foreign_keys_and_wal(db_path: Path) -> None:
    db = open_db(db_path)
    assert set(TABLES) <= set(db.table_names())
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    assert is_empty(db)
    db.close()


def test_reopening_applies_nothing_twice(db_path: Path) -> None:
    open_db(db_path).close()
    db = open_db(db_path)
    assert db.execute("SELECT COUNT(*) FROM _sqlite_migrations").fetchone()[0] == schema_version()
    db.close()


def test_a_file_from_a_newer_gmdesk_is_refused_untouched(db_path: Path) -> None:
    db = open_db(db_path)
    db.execute(f"PRAGMA user_version = {schema_version() + 1}")
    db.close()
    before = db_path.read_bytes()
    with pytest.raises(NewerSchemaError, match="較新版本"):
        open_db(db_path)
    assert db_path.read_bytes() == before


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.gmdesk"
    path.write_text("這是一份文字檔", encoding="utf-8")
    with pytest.raises(StorageError, match="不是 SQLite"):
        open_db(path)
    assert path.read_text(encoding="utf-8") == "這是一份文字檔"


def test_foreign_keys_guard_references(db_path: Path) -> None:
    db = open_db(db_path)
    with pytest.raises(Exception, match="FOREIGN KEY"):
        db.execute("INSERT INTO attendance (meeting_id, person_id) VALUES (99, 99)")
    db.close()


def test_whether_a_file_is_set_up_is_read_without_writing_to_it(db_path: Path,
                                                               tmp_path: Path) -> None:
    open_db(db_path).close()
    before = db_path.read_bytes()
    assert file_is_empty(db_path)
    db = open_db(db_path)
    db["office"].insert({"id": 1, "name": "測試區公所"}, alter=False)
    db.close()
    before = db_path.read_bytes()
    assert not file_is_empty(db_path)
    assert db_path.read_bytes() == before
    assert not Path(f"{db_path}-wal").exists() or Path(f"{db_path}-wal").stat().st_size == 0
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.close()
    with pytest.raises(ForeignFileError):
        file_is_empty(other)
    damaged = tmp_path / "damaged.gmdesk"
    damaged.write_bytes(before[:100] + b"\x00" * (len(before) - 100))
    with pytest.raises(StorageError):
        file_is_empty(damaged)
