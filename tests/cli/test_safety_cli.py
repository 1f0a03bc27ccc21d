import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from gmdesk.cli import main
from gmdesk.storage import lock
from gmdesk.storage.backup import list_backups


def run(*args: str | Path) -> int:
    return main([str(a) for a in args])


def test_backup_to_a_named_file(demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "copy.gmdesk"
    assert run("backup", "--db", demo_path, "--out", out) == 0
    assert "已備份" in capsys.readouterr().out
    conn = sqlite3.connect(out)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT COUNT(*) FROM person").fetchone()[0] > 0
    conn.close()
    assert run("backup", "--db", demo_path, "--out", out) == 1  # never overwrites
    assert "已存在" in capsys.readouterr().err


def test_backup_into_the_data_folder_then_restore(demo_path: Path, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert run("--data-dir", data, "backup", "--db", demo_path) == 0
    made = list_backups(data / "backups", demo_path)
    assert len(made) == 1 and made[0].reason == "manual"
    conn = sqlite3.connect(demo_path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM training")
    conn.commit()
    conn.close()
    assert run("--data-dir", data, "restore", "--db", demo_path, made[0].path) == 0
    assert "已還原" in capsys.readouterr().out
    conn = sqlite3.connect(demo_path)
    assert conn.execute("SELECT COUNT(*) FROM training").fetchone()[0] == made[0].counts["training"]
    conn.close()
    before = [b for b in list_backups(data / "backups", demo_path) if b.reason == "restore"]
    assert len(before) == 1 and before[0].counts["training"] == 0  # the replaced file was kept


def test_restore_refuses_while_someone_has_the_file(demo_path: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "b.gmdesk"
    assert run("backup", "--db", demo_path, "--out", copy) == 0
    held = lock.acquire(demo_path, dt.datetime.now())
    before = demo_path.read_bytes()
    assert run("--data-dir", tmp_path / "d", "restore", "--db", demo_path, copy) == 1
    assert "使用中" in capsys.readouterr().err
    assert demo_path.read_bytes() == before
    held.release()


def test_bad_input_is_one_line_no_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "notes.gmdesk"
    text.write_text("不是資料庫", encoding="utf-8")
    assert run("backup", "--db", text) == 1
    err = capsys.readouterr().err
    assert "不是 SQLite" in err and "Traceback" not in err
    assert run("restore", "--db", tmp_path / "x.gmdesk", text) == 1
    assert "檢查未通過" in capsys.readouterr().err
    assert run("backup", "--db", tmp_path / "missing.gmdesk") == 1
    assert "找不到資料檔" in capsys.readouterr().err


def test_export_the_audit_trail_of_one_record(demo_path: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE person SET title = '專員' WHERE id = 4")
    conn.commit()
    conn.close()
    out = tmp_path / "audit.csv"
    assert run("export", "audit", "--db", demo_path, "--out", out, "--table", "person", "--id", "4") == 0
    assert "已匯出 2 筆異動紀錄" in capsys.readouterr().out
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 3 and "修改" in lines[2] and "專員" in lines[2]
