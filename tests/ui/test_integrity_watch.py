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
    asked: list[str] = []

    def answer(message: str, offer: object, parent: object = None) -> bool:
        asked.append(message)
        return True

    monkeypatch.setattr(backup_dialog, "ask_recovery", answer)
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
