"""The storage connection: sqlite-utils' behaviour for what gmdesk uses, sqlite-utils itself
loaded only when something needs more (issue 17: it is not loaded before the first page)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from gmdesk.storage.database import Database, columns, primary_key, table_exists

ROOT = Path(__file__).resolve().parent.parent.parent


def test_a_write_outside_a_transaction_is_committed_and_atomic_nests(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite"
    db = Database(sqlite3.connect(path))
    db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    db.execute("INSERT INTO t (name) VALUES (?)", ["甲"])
    other = sqlite3.connect(path)
    assert other.execute("SELECT name FROM t").fetchall() == [("甲",)]  # committed at once
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO t (name) VALUES (NULL)")
    assert not db.conn.in_transaction  # a failed write leaves no transaction open
    with db.atomic():
        db.execute("INSERT INTO t (name) VALUES ('乙')")
        with pytest.raises(ValueError), db.atomic():
            db.execute("INSERT INTO t (name) VALUES ('丙')")
            raise ValueError("the inner block only")
        assert other.execute("SELECT COUNT(*) FROM t").fetchone()[0] == 1  # not yet committed
    assert [n for (n,) in other.execute("SELECT name FROM t ORDER BY id")] == ["甲", "乙"]
    with pytest.raises(ValueError), db.atomic():
        db.execute("DELETE FROM t")
        raise ValueError("all of it")
    assert other.execute("SELECT COUNT(*) FROM t").fetchone()[0] == 2
    other.close()
    db.close()


def test_what_storage_asks_of_a_table_and_the_rest_from_sqlite_utils() -> None:
    db = Database(memory=True)
    db.execute("CREATE TABLE pair (a INTEGER, b TEXT, photo BLOB, PRIMARY KEY (b, a))")
    db.execute("CREATE TABLE plain (x TEXT)")
    assert table_exists(db, "pair") and not table_exists(db, "nothing")
    assert [(c.name, c.type) for c in columns(db, "pair")] == [
        ("a", "INTEGER"), ("b", "TEXT"), ("photo", "BLOB")]
    assert primary_key(db, "pair") == ["b", "a"] and primary_key(db, "plain") == ["rowid"]
    assert sorted(db.table_names()) == ["pair", "plain"]
    db["plain"].insert({"x": "由 sqlite-utils 寫入"})  # its table helpers, on the same connection
    assert db.execute("SELECT x FROM plain").fetchall() == [("由 sqlite-utils 寫入",)]
    assert db["plain"].count == 1 and db.full.conn is db.conn
    assert db.execute("PRAGMA recursive_triggers").fetchone()[0] == 1


def test_opening_an_office_for_the_window_and_its_first_page_load_no_sqlite_utils(
        demo_path: Path) -> None:
    code = (
        "import datetime as dt, sys\n"
        "from pathlib import Path\n"
        "from gmdesk.services import safety, settings, calendar\n"
        "from gmdesk.services.check import check_year\n"
        "from gmdesk.services.reports import readiness\n"
        "path, now = Path(sys.argv[1]), dt.datetime(2026, 11, 24, 9)\n"
        "opened = safety.open_for_app(path, now, defer_backup=True, defer_check=True)\n"
        "assert settings.office_profile(opened.db) is not None\n"
        "worker = safety.open_worker_db(path, readonly=True)\n"
        "results = check_year(worker, 115, now.date())\n"
        "readiness(worker, 115, now.date(), results)\n"
        "calendar.next_days(worker, 115, now.date(), 30, calendar.training_counts(results))\n"
        "assert safety.quick_check(opened) is None\n"
        "safety.finish_open(opened, now)\n"
        "safety.close_for_app(opened, now)\n"
        "print(','.join(m for m in ('sqlite_utils', 'click', 'pluggy', 'dateutil')"
        " if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(demo_path)], capture_output=True,
                         text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == ""


def test_a_bulk_insert_has_a_roomy_page_cache_and_gives_it_back(tmp_path: Path) -> None:
    from gmdesk.storage import audit
    from gmdesk.storage.database import BULK_CACHE_MIB
    from gmdesk.storage.db import open_db

    db = open_db(tmp_path / "office.gmdesk")
    try:
        before = db.execute("PRAGMA cache_size").fetchone()[0]
        seen = []
        with db.atomic(), audit.bulk_insert(db, "unit"):
            seen.append(db.execute("PRAGMA cache_size").fetchone()[0])
            db.execute("INSERT INTO unit (name, sort_order) VALUES ('秘書室', 1)")
        assert seen == [-1024 * BULK_CACHE_MIB]
        assert db.execute("PRAGMA cache_size").fetchone()[0] == before
        assert db.execute("SELECT name FROM unit").fetchall() == [("秘書室",)]
        with pytest.raises(RuntimeError), db.roomy_cache(8):
            raise RuntimeError("a failed import")
        assert db.execute("PRAGMA cache_size").fetchone()[0] == before
    finally:
        db.close()
