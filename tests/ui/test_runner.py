"""The operation runner: a worker never uses the UI's connection, writes are announced,
failures reach the clerk in Traditional Chinese and change nothing."""

import threading
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from gmdesk.domain.errors import InputError
from gmdesk.ui.context import AppContext, Change
from gmdesk.ui.runner import Cancelled, Runner, SyncRunner, error_text
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
    errors: list[Exception] = []
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

    ctx.runner.op(broken, lambda _r: None, "處理中", writes=Change.EVENTS,
                  on_error=lambda exc: errors.append(error_text(exc)))
    assert errors and "作業未完成" in errors[0] and "資料未變更" in errors[0]
    assert heard == []
    assert error_text(InputError("「日期」未填：請輸入日期", "day")) == "「日期」未填：請輸入日期"


def test_a_cancelled_task_reaches_on_error_as_cancelled(
        qtbot: QtBot, demo_db: Database, demo_path: Path) -> None:
    ctx = AppContext(demo_db, demo_path, THIS_YEAR, Runner(), today=lambda: TODAY)
    errors: list[Exception] = []

    def stops(_db: Database, progress: Any) -> None:
        progress.cancelled = True  # as the progress dialog's 取消 sets it
        progress(1, 2, "")

    ctx.runner.op(stops, lambda _r: None, "處理中", on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], Cancelled)
    assert error_text(errors[0]) == "已取消，資料未變更。"


def test_a_threaded_failure_without_a_handler_does_not_block_the_window(
        qtbot: QtBot, demo_db: Database, demo_path: Path) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    ctx = AppContext(demo_db, demo_path, THIS_YEAR, Runner(window), today=lambda: TODAY)
    status: list[str] = []
    ctx.status_message.connect(status.append)

    def broken(_db: Database, _progress: Any) -> None:
        raise InputError("「照片」無法讀取：請換一張照片", "photo")

    ctx.runner.op(broken, lambda _r: None, "處理中")
    qtbot.waitUntil(lambda: bool(status), timeout=5000)
    assert status == ["「照片」無法讀取：請換一張照片"]
    assert QApplication.activeModalWidget() is None  # nothing waits for a click
    [box] = [b for b in ctx.runner.messages if b.isVisible()]
    assert box.text() == "「照片」無法讀取：請換一張照片" and not box.isModal()
    box.close()


def test_a_hidden_overview_reruns_the_year_check_only_when_shown(
        qtbot: QtBot, demo_db: Database, demo_path: Path, monkeypatch: Any) -> None:
    from gmdesk.services import overview as overview_service
    from gmdesk.ui.main_window import MainWindow

    ctx = AppContext(demo_db, demo_path, THIS_YEAR, SyncRunner(), today=lambda: TODAY)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    calls: list[int] = []
    real = overview_service.check_year
    monkeypatch.setattr(overview_service, "check_year", lambda *a: calls.append(1) or real(*a))
    window.go_to("meetings")
    for n in range(3):  # writes while the overview is hidden
        demo_db.execute("UPDATE meeting SET place = ? WHERE id = (SELECT MIN(id) FROM meeting)",
                        [f"第{n}會議室"])
        ctx.changed(Change.MEETINGS)
    assert calls == []
    window.go_to("overview")
    assert calls == [1]  # caught up once, when the clerk opens it


def test_the_overview_checks_the_year_off_the_ui_thread(
        qtbot: QtBot, demo_db: Database, demo_path: Path, monkeypatch: Any) -> None:
    from gmdesk.services import overview as overview_service
    from gmdesk.ui.main_window import MainWindow
    from gmdesk.ui.pages import overview

    monkeypatch.setattr(overview_service, "remembered", lambda *a: None)  # always checked
    threads: list[int] = []
    real = overview_service.check_year
    monkeypatch.setattr(overview_service, "check_year",
                        lambda *a: threads.append(threading.get_ident()) or real(*a))
    ctx = AppContext(demo_db, demo_path, THIS_YEAR, Runner(), today=lambda: TODAY)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.page("overview")
    assert isinstance(page, overview.OverviewPage)
    qtbot.waitUntil(lambda: f"{THIS_YEAR}年度辦理情形" in page.heading.text(), timeout=10000)
    assert "尚需辦理1場" in " ".join(c.findings.text() for c in page.cards.values())
    assert threads and threading.get_ident() not in threads
    window.go_to("meetings")
    ctx.set_year(THIS_YEAR - 1)  # hidden: nothing runs
    assert len(threads) == 1
    window.go_to("overview")
    qtbot.waitUntil(lambda: f"{THIS_YEAR - 1}年度辦理情形" in page.heading.text(), timeout=10000)
    assert len(threads) == 2


def test_a_step_is_said_in_the_window_language() -> None:
    from gmdesk.services import steps
    from gmdesk.ui import wording
    from gmdesk.ui.runner import Progress

    said: list[str] = []
    progress = Progress(lambda done, total, text: said.append(text))
    try:
        wording.set_language("en")
        progress(1, 3, steps.say("reading_file", name="海濱區.xlsx", n=2, total=38))
        wording.set_language("zh_TW")
        progress(3, 3, steps.say("done"))
    finally:
        wording.set_language("zh_TW")
    assert said == ["Reading 海濱區.xlsx (2/38)…", "完成"]
    assert str(steps.say("packing")) == "封裝中…"  # the CLI prints the zh-TW text


def test_a_cancel_and_an_unexpected_failure_are_said_in_english_too(qapp: QApplication) -> None:
    from gmdesk.app import install_translators

    try:
        install_translators(qapp, "en")
        assert error_text(Cancelled()) == "Cancelled; nothing was changed."
        assert error_text(KeyError()).startswith("The task did not finish (KeyError: no details)")
    finally:
        install_translators(qapp, "zh_TW")
    assert error_text(Cancelled()) == "已取消，資料未變更。"
