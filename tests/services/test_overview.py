"""總覽's answer is remembered only for the very same records, year and day (issue 17)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from gmdesk.services import overview
from gmdesk.storage.database import Database
from gmdesk.storage.db import open_db
from tests.conftest import THIS_YEAR, TODAY


def test_the_answer_is_remembered_for_the_same_records_and_day_only(demo_path: Path) -> None:
    db = open_db(demo_path)
    try:
        checked = overview.year_overview(db, THIS_YEAR, TODAY)
        known = overview.remembered(db, THIS_YEAR, TODAY)
        assert known is not None and known == checked
        assert overview.remembered(db, THIS_YEAR, TODAY + dt.timedelta(days=1)) is None
        other = overview.remembered(db, THIS_YEAR - 1, TODAY)  # another year: its own answer
        assert other is None or other.year == THIS_YEAR - 1

        # Any change to a record: nothing remembered fits any more, and the check differs.
        db.execute("DELETE FROM training")
        assert overview.remembered(db, THIS_YEAR, TODAY) is None
        again = overview.year_overview(db, THIS_YEAR, TODAY)
        assert again.results != checked.results
        assert overview.remembered(db, THIS_YEAR, TODAY) == again
    finally:
        db.close()


def test_a_change_by_another_program_or_a_restored_file_is_seen(demo_path: Path,
                                                               tmp_path: Path) -> None:
    before = tmp_path / "before.gmdesk"
    before.write_bytes(demo_path.read_bytes())
    db = open_db(demo_path)
    try:
        overview.year_overview(db, THIS_YEAR, TODAY)
    finally:
        db.close()
    other = sqlite3.connect(demo_path)  # the audit triggers see every writer
    other.execute("UPDATE person SET title = '科員' WHERE id = 2")
    other.commit()
    other.close()
    db = open_db(demo_path, readonly=True)
    try:
        assert overview.remembered(db, THIS_YEAR, TODAY) is None
    finally:
        db.close()
    db = open_db(before, readonly=True)  # the records as they were checked: the answer fits
    try:
        assert overview.remembered(db, THIS_YEAR, TODAY) is not None
    finally:
        db.close()


def test_a_file_without_an_audit_trail_is_never_answered_from_memory() -> None:
    db = Database(memory=True)
    assert overview.remembered(db, THIS_YEAR, TODAY) is None
