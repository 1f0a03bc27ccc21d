"""The operation runner: a worker never uses the UI's connection, writes are announced,
failures reach the clerk in Traditional Chinese and change nothing."""

import threading
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from gmdesk.domain.errors import InputError
from gmdesk.ui.context import AppContext, Change
from gmdesk.ui.runner import Runner, SyncRunner, error_text
from tests.conftest import THIS_YEAR, TODAY


def test_a_worker_gets_its_own_connection_and_the_write_is_announced(
        qtbot: QtBot, demo_db: Database, demo_path: Path) -> None:
    ctx = AppContext(demo_db, demo_path, THIS_YEAR, Runner(), today=lambda: TODAY)
    heard: list[Change] = []
    ctx.listen(Change.EVENTS, heard.append)
    seen: dict[str, Any] = {}

    def task(db: Database, progress: Any) -> int:
        seen["db"], seen["thread"] = db, threading.get_ident()
        progress(1, 1, "")
        return int(db.execute("select count(*) from sqlite_master").fetchone()[0])

    results: list[int] = []
    errors: list[str] = []
    ctx.runner.op(task, results.append, "計算中", writes=Change.EVENTS, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(results or errors), timeout=5000)
    assert errors == []
    assert seen["db"] is not demo_db and seen["thread"] != threading.get_ident()
    assert results == [demo_db.execute("select count(*) from sqlite_master").fetchone()[0]]
    assert heard == [Change.EVENTS]


def test_a_failure_is_told_in_chinese_and_nothing_is_announced(
        qtbot: QtBot, demo_db: Database, demo_path: Path) -> None:
    ctx = AppContext(demo_db, demo_path, THIS_YEAR, SyncRunner(), today=lambda: TODAY)
    heard: list[Change] = []
    ctx.listen(Change.ALL, heard.append)
    errors: list[str] = []

    def broken(_db: Database, _progress: Any) -> None:
        raise KeyError("photo_id")

    ctx.runner.op(broken, lambda _r: None, "處理中", writes=Change.EVENTS, on_error=errors.append)
    assert errors and "作業未完成" in errors[0] and "資料未變更" in errors[0]
    assert heard == []
    assert error_text(InputError("「日期」未填：請輸入日期", "day")) == "「日期」未填：請輸入日期"


def test_a_hidden_overview_reruns_the_year_check_only_when_shown(
        qtbot: QtBot, demo_db: Database, demo_path: Path, monkeypatch: Any) -> None:
    from gmdesk.ui.main_window import MainWindow
    from gmdesk.ui.pages import overview

    ctx = AppContext(demo_db, demo_path, THIS_YEAR, SyncRunner(), today=lambda: TODAY)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    calls: list[int] = []
    real = overview.check_year
    monkeypatch.setattr(overview, "check_year", lambda *a: calls.append(1) or real(*a))
    window.go_to("meetings")
    for _ in range(3):
        ctx.changed(Change.MEETINGS)  # writes while the overview is hidden
    assert calls == []
    window.go_to("overview")
    assert calls == [1]  # caught up once, when the clerk opens it
