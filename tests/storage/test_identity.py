"""Every gmdesk file says it is gmdesk's and which office it is; other files are never written."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from gmdesk.cli import main
from gmdesk.services import safety
from gmdesk.services.safety import OpenProblem
from gmdesk.storage import backup
from gmdesk.storage.db import APPLICATION_ID, ForeignFileError, office_id, open_db


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _other_program(path: Path, app_id: int = 0) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO contacts (name) VALUES ('王小明')")
    if app_id:
        conn.execute(f"PRAGMA application_id = {app_id}")
    conn.commit()
    conn.close()
    return path


def test_a_new_file_is_marked_and_gets_its_own_office_id(tmp_path: Path) -> None:
    ids = set()
    for name in ("a.gmdesk", "b.gmdesk"):
        db = open_db(tmp_path / name)
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        ids.add(office_id(db))
        db.close()
        found = backup.identity(tmp_path / name)
        assert found is not None and not found.by_migration
    assert len(ids) == 2 and all(len(i) == 36 for i in ids)


def test_the_office_id_survives_a_backup_and_a_reopen(demo_path: Path, tmp_path: Path) -> None:
    db = open_db(demo_path)
    first = office_id(db)
    db.close()
    copy = backup.make_backup(demo_path, tmp_path / "b", safety_now(), "manual")
    assert backup.identity(copy.path) == backup.identity(demo_path)
    db = open_db(demo_path)
    assert office_id(db) == first
    db.close()


def safety_now() -> dt.datetime:
    return dt.datetime(2026, 11, 24, 9, 0)


@pytest.mark.parametrize("app_id", [0, 0x12345678])
def test_another_programs_file_is_refused_before_anything_is_written(tmp_path: Path, app_id: int) -> None:
    other = _other_program(tmp_path / "other.db", app_id)
    before = digest(other)
    for readonly in (False, True):
        with pytest.raises(ForeignFileError, match=r"不是 gmdesk 的資料檔|其他程式的資料檔"):
            open_db(other, readonly=readonly)
    with pytest.raises(OpenProblem) as caught:
        safety.open_for_app(other, safety_now(), folder=tmp_path / "b")
    assert caught.value.kind == "foreign"
    assert digest(other) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]  # no lock, -wal or backup


def test_a_gmdesk_file_with_a_foreign_table_is_refused(demo_path: Path) -> None:
    conn = sqlite3.connect(demo_path)
    conn.execute("PRAGMA application_id = 0")
    conn.execute("CREATE TABLE payroll (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    with pytest.raises(ForeignFileError, match="payroll"):
        open_db(demo_path)


def _commands(db: Path, tmp_path: Path) -> list[list[str]]:
    roster = tmp_path / "roster.csv"
    roster.write_text("員工編號,姓名,性別,職稱,單位,到職日期\n00001,王小明,男,科員,民政課,110/01/01\n",
                      encoding="utf-8-sig")
    export = tmp_path / "export.json"
    return [
        ["import", "staff", "--db", str(db), str(roster)],
        ["import", "json", "--db", str(db), str(export)],
        ["import", "training", "--db", str(db), str(roster)],
        ["check", "--db", str(db), "--year", "115"],
        ["backup", "--db", str(db)],
        ["demo", "--db", str(db)],
        ["export", "json", "--db", str(db), "--out", str(tmp_path / "out.json")],
        ["restore", "--db", str(db), str(tmp_path / "demo-copy.gmdesk")],
        ["print", "reminders", "--db", str(db), "--year", "115", "--out", str(tmp_path / "r.pdf")],
        ["new", "--db", str(db), "--preset", "taipei-bureau", "--name", "測試局"],
    ]


def test_every_command_refuses_another_programs_file_and_leaves_it_as_it_was(
        demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "json", "--db", str(demo_path), "--out", str(tmp_path / "export.json")]) == 0
    json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    assert main(["backup", "--db", str(demo_path), "--out", str(tmp_path / "demo-copy.gmdesk")]) == 0
    capsys.readouterr()
    other = _other_program(tmp_path / "other.db")
    before = digest(other)
    for command in _commands(other, tmp_path):
        assert main(["--data-dir", str(tmp_path / "data"), *command]) == 1, command
        err = capsys.readouterr().err
        assert "不是 gmdesk 的資料檔" in err and "Traceback" not in err, command
        assert digest(other) == before, command
        assert not list(tmp_path.glob("other.db-*")), command
    conn = sqlite3.connect(other)
    assert [r[0] for r in conn.execute("SELECT name FROM sqlite_master")] == ["contacts"]
    conn.close()


def test_a_gmdesk_file_whose_header_id_was_damaged_is_damaged_not_foreign(
        demo_path: Path, tmp_path: Path) -> None:
    """One flipped bit in the header's application_id: gmdesk's own tables say it is ours."""
    conn = sqlite3.connect(demo_path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID ^ 0x01000000}")
    conn.commit()
    conn.close()
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    with pytest.raises(OpenProblem) as problem:
        safety.inspect(demo_path, tmp_path / "no-backups")
    assert problem.value.kind == "damaged"
    assert "application_id" in str(problem.value)
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before


def test_the_backup_taken_before_the_upgrade_stays_this_offices(tmp_path: Path) -> None:
    import shutil

    fixtures = Path(__file__).resolve().parent.parent / "fixtures"
    path = tmp_path / "office.gmdesk"
    shutil.copyfile(fixtures / "schema_v2.gmdesk", path)
    other = tmp_path / "elsewhere" / "office.gmdesk"  # another office, same name, also old
    other.parent.mkdir()
    shutil.copyfile(fixtures / "schema_v2.gmdesk", other)
    folder = tmp_path / "backups"
    opened = safety.open_for_app(path, safety_now(), folder=folder)
    listed = safety.list_backups(opened)
    assert [b.reason for b in listed] == ["migration"]
    assert backup.identity(listed[0].path) is None  # taken before the file had an id
    safety.close_for_app(opened, safety_now())
    # A file made new, with its own id from the start, is never offered an id-less backup.
    fresh = tmp_path / "fresh" / "office.gmdesk"
    fresh.parent.mkdir()
    open_db(fresh).close()
    assert backup.list_backups(folder, fresh) == []
    assert backup.identity(other) is None  # not upgraded yet: nothing is matched to it
