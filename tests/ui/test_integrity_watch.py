"""After opening, the full integrity_check runs in the background and offers the backup."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gmdesk import app
from gmdesk.services import safety
from gmdesk.ui import backup_dialog
from gmdesk.ui.context import AppContext
from gmdesk.ui.main_window import MainWindow
from gmdesk.ui.runner import SyncRunner
from tests.conftest import THIS_YEAR, TODAY

NOW = dt.datetime(2026, 11, 24, 9, 0)



def _accept_recovery(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer 「還原」 to the recovery question; return the messages it was asked with."""
    asked: list[str] = []

    def answer(message: str, offer: object, parent: object = None) -> bool:
        asked.append(message)
        return True

    monkeypatch.setattr(backup_dialog, "ask_recovery", answer)
    return asked

def test_a_damaged_index_found_after_open_is_offered_the_backup_and_restored(
        qtbot: QtBot, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "backups"
    safety.close_for_app(safety.open_for_app(demo_path, NOW, folder=folder), NOW)  # a good backup
    conn = sqlite3.connect(demo_path)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX training_day ON training(title)' "
                 "WHERE name = 'training_day'")
    conn.commit()
    conn.close()
    session = safety.Session(safety.open_for_app(demo_path, NOW, folder=folder), lambda: NOW)
    ctx = AppContext(session.db, demo_path, THIS_YEAR, SyncRunner(), today=lambda: TODAY)
    window = MainWindow(ctx, session)
    qtbot.addWidget(window)
    asked = _accept_recovery(monkeypatch)
    checker = app._watch_integrity(window, session)
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    checker.shutdown()
    assert "missing from index training_day" in asked[0] and "可以還原" in asked[0]
    assert ctx.db is session.db
    assert session.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    session.close()


def test_the_days_backup_is_made_in_the_background_once_the_window_shows(
        qtbot: QtBot, demo_path: Path, tmp_path: Path) -> None:
    from gmdesk.storage import backup

    folder = tmp_path / "backups"
    session = safety.Session(safety.open_for_app(demo_path, NOW, folder=folder,
                                                 defer_backup=True), lambda: NOW)
    ctx = AppContext(session.db, demo_path, THIS_YEAR, SyncRunner(), today=lambda: TODAY)
    window = MainWindow(ctx, session)
    qtbot.addWidget(window)
    window.show()
    assert backup.list_backups(folder, demo_path) == []  # the window did not wait for it
    checker = app._watch_integrity(window, session)
    qtbot.waitUntil(lambda: bool(backup.list_backups(folder, demo_path)), timeout=10_000)
    checker.shutdown()
    assert [b.reason for b in backup.list_backups(folder, demo_path)] == ["auto"]
    session.close()


def _deferred_window(qtbot: QtBot, path: Path, folder: Path) -> tuple[MainWindow, safety.Session]:
    """The window as gmdesk.app opens it: shown on the file opened with its check deferred."""
    session = safety.Session(safety.open_for_app(path, NOW, folder=folder, defer_backup=True,
                                                 defer_check=True), lambda: NOW)
    assert not session.checked
    ctx = AppContext(session.db, path, THIS_YEAR, SyncRunner(), today=lambda: TODAY)
    ctx.unchecked = True
    window = MainWindow(ctx, session)
    qtbot.addWidget(window)
    window.show()
    return window, session


def test_a_file_opened_unchecked_is_opened_for_writing_once_its_check_passed(
        qtbot: QtBot, demo_path: Path, tmp_path: Path) -> None:
    window, session = _deferred_window(qtbot, demo_path, tmp_path / "backups")
    assert window.page("overview").heading.text()  # the 總覽 was there before the check
    for db in (window.ctx.db, window.ctx._worker_db()):  # and nothing could write meanwhile
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            db.execute("UPDATE office SET address = '新地址'")
    checker = app._watch_integrity(window, session)
    qtbot.waitUntil(lambda: session.checked, timeout=10_000)
    checker.shutdown()
    assert window.ctx.db is session.db and not window.ctx.unchecked
    window.ctx.db.execute("UPDATE office SET address = '新地址'")  # writable now
    worker = window.ctx._worker_db()
    worker.execute("UPDATE office SET address = '別的地址'")
    worker.conn.rollback()
    worker.close()
    session.close()


def _damage(path: Path) -> None:
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'training'").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    with path.open("rb+") as handle:
        handle.seek((root - 1) * size)
        handle.write(b"\xff" * 64)


def test_damage_found_by_the_deferred_check_offers_the_backup_and_restores_it(
        qtbot: QtBot, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from gmdesk import paths
    from gmdesk.storage import backup

    # recovering keeps the damaged bytes aside in the default backup folder: this test's own
    monkeypatch.setattr(paths, "_data_dir_override", tmp_path / "data")
    folder = tmp_path / "backups"
    good = backup.make_backup(demo_path, folder, NOW - dt.timedelta(days=1), "auto")
    _damage(demo_path)
    window, session = _deferred_window(qtbot, demo_path, folder)
    asked = _accept_recovery(monkeypatch)
    checker = app._watch_integrity(window, session)
    qtbot.waitUntil(lambda: session.checked, timeout=10_000)
    checker.shutdown()
    assert "已毀損" in asked[0] and "可以還原" in asked[0]
    assert window.ctx.db is session.db and not window.ctx.unchecked
    assert session.db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert session.db.execute("SELECT COUNT(*) FROM training").fetchone()[0] \
        == good.counts["training"]
    assert len(list((tmp_path / "data" / "backups").glob("demo_*_damaged.gmdesk.bak"))) == 1
    session.close()


def test_damage_found_by_the_deferred_check_without_a_backup_is_said_and_nothing_written(
        qtbot: QtBot, demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import hashlib

    from gmdesk.storage import lock

    _damage(demo_path)
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    window, session = _deferred_window(qtbot, demo_path, tmp_path / "backups")
    said: list[str] = []
    exits: list[int] = []
    monkeypatch.setattr(app.QMessageBox, "critical",
                        lambda parent, title, text: said.append(text))
    monkeypatch.setattr(app.QApplication, "exit", lambda code=0: exits.append(code))
    checker = app._watch_integrity(window, session)
    qtbot.waitUntil(lambda: bool(exits), timeout=10_000)
    checker.shutdown()
    assert exits == [1] and not window.isVisible()
    assert len(said) == 1 and "已毀損" in said[0] and "找不到可用的備份" in said[0]
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before
    assert not lock.lock_path(demo_path).exists()
    assert not Path(f"{demo_path}-wal").exists()
