"""Every earlier schema version, kept as a fixture file, migrates with nothing lost."""

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from gmdesk.storage import audit, backup
from gmdesk.storage.db import APPLICATION_ID, open_db
from gmdesk.storage.dump import dump
from gmdesk.storage.schema import TABLES, schema_version

FIXTURES = Path(__file__).parent.parent / "fixtures"
VERSIONS = sorted(int(m[1]) for p in FIXTURES.glob("schema_v*.gmdesk")
                  if (m := re.match(r"schema_v(\d+)\.gmdesk$", p.name)))


def _content(path: Path) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        # A table a later migration adds is absent from an older file: it is read as empty.
        return {t: conn.execute(f"SELECT * FROM [{t}] ORDER BY rowid").fetchall() if t in present else []
                for t in TABLES}
    finally:
        conn.close()


def test_there_is_a_fixture_for_every_earlier_version() -> None:
    assert list(range(1, schema_version())) == VERSIONS, "add tests/fixtures/schema_vN.gmdesk for the version being replaced"


@pytest.mark.parametrize("version", VERSIONS)
def test_an_old_file_migrates_with_every_row_unchanged(version: int, tmp_path: Path) -> None:
    path = tmp_path / f"v{version}.gmdesk"
    shutil.copyfile(FIXTURES / f"schema_v{version}.gmdesk", path)
    before = _content(path)
    assert sum(len(rows) for rows in before.values()) > 100
    db = open_db(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # The upgrade marks the file as gmdesk's and gives the office its id (a file older than
    # m003_office_identity gets it by the migration; a newer one keeps the id it was made with).
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    identity = backup.identity(path)
    assert identity is not None and identity.by_migration == (version < 3)
    exported = dump(db)
    assert set(exported["tables"]) == set(TABLES)  # the audit and the trash stay out of exports
    db.close()
    after = _content(path)
    for table in TABLES:
        assert len(after[table]) == len(before[table]), table
        assert after[table] == before[table], table
    # The audit trail works on the migrated file, and has no rows for the migration itself.
    db = open_db(path)
    assert db.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == 0
    db.execute("UPDATE office SET address = '遷移後'")
    assert audit.history(db, "office", 1)[-1].new["address"] == "遷移後"
    db.close()


def test_free_text_exemptions_take_their_listed_reason_or_stay_as_other(tmp_path: Path) -> None:
    from gmdesk.storage import people
    from gmdesk.storage.schema import migrations

    path = tmp_path / "old.gmdesk"
    shutil.copyfile(FIXTURES / "schema_v5.gmdesk", path)  # the schema m006 replaces
    conn = sqlite3.connect(path)
    ids = [r[0] for r in conn.execute("SELECT id FROM person ORDER BY id LIMIT 2")]
    conn.executemany("INSERT INTO exemption (person_id, year, reason) VALUES (?, 115, ?)",
                     [(ids[0], "育嬰假"), (ids[1], "長期外派受訓")])
    conn.commit()
    conn.close()
    db = open_db(path)
    assert [m.name for m in migrations.applied(db)][-1] == "m006_exemption_period"
    found = {e.person_id: e for e in people.list_exemptions(db, 115)}
    assert (found[ids[0]].kind.value, found[ids[0]].reason, found[ids[0]].note) == (
        "parental_leave", "育嬰假", "")
    assert (found[ids[1]].kind.value, found[ids[1]].note) == ("other", "長期外派受訓")
    assert found[ids[1]].start is None
    db.close()
