"""One way to run work longer than a blink: in the background, with a cancellable progress dialog.

`Runner.op(task, done, title, writes=...)` is the one path for work a page hands off: the task
gets its own database connection (never the UI's) and a progress callback; it must not touch
widgets or call tr(). `done(result)` runs back on the UI thread, then the Change the task
wrote is announced to every page. A failure goes to `on_error(exc)` unchanged (a `Cancelled`
stays a `Cancelled`; `error_text(exc)` words it in Traditional Chinese); without an `on_error`
it is told in the status bar and a non-modal message, never a dialog that blocks the window.
`SyncRunner` runs the same calls at once on the UI's connection (tests).
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gmdesk.services.safety import Database
    from gmdesk.ui.context import Change

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from gmdesk import wording
from gmdesk.domain.texts import Phrase
from gmdesk.ui import wording as ui_wording


class Cancelled(Exception):
    """The clerk pressed 取消; the task stopped and wrote nothing."""


class Progress:
    """Given to a task: report progress and learn whether the clerk cancelled."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self.cancelled = False

    def __call__(self, done: int, total: int, text: str | Phrase = "") -> None:
        if self.cancelled:
            raise Cancelled()
        self._emit(done, total, ui_wording.say(text))  # a step's phrase in the window's language


Task = Callable[[Progress], Any]
DbTask = Callable[["Database", Progress], Any]

_CJK = re.compile(r"[\u3400-\u9fff]")


def window_language() -> str:
    """The window's language (ui.wording, set with the translators)."""
    return ui_wording.language()


def error_message(exc: BaseException) -> str:
    """An error's message in the window's language: its phrase when it has one (InputError,
    DateError ...), else its own text."""
    return wording.error_text(exc, window_language())


def error_text(exc: BaseException) -> str:
    """A failure as the clerk reads it: our own messages as they are (they name what, where
    and what to do; in the window's language when they carry a phrase); anything else
    wrapped in a Traditional-Chinese sentence."""
    if isinstance(exc, Cancelled):
        return QCoreApplication.translate("Runner", "已取消，資料未變更。")
    if getattr(exc, "phrase", None) is not None:
        return error_message(exc).strip()
    text = str(exc).strip()
    if text and _CJK.search(text):
        return text
    return (QCoreApplication.translate(
        "Runner", "作業未完成（%1：%2）。資料未變更；請再試一次，若仍失敗請把這段訊息告訴系統管理者。")
        .replace("%1", type(exc).__name__)
        .replace("%2", text or QCoreApplication.translate("Runner", "無說明")))


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, task: Task, signals: _Signals, progress: Progress) -> None:
        super().__init__()
        self.task, self.signals, self.progress = task, signals, progress

    def run(self) -> None:
        try:
            result = self.task(self.progress)
        except Exception as exc:
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class Runner:
    """Run tasks off the UI thread; the task must not touch widgets or the UI's database."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent
        self.pool = QThreadPool.globalInstance()
        self._alive: list[_Signals] = []
        self._connect: Callable[[], Database] | None = None
        self._ui_db: Callable[[], Database] | None = None
        self._announce: Callable[[Change], None] | None = None
        self._notify: Callable[[str], None] | None = None
        self.messages: list[QMessageBox] = []  # the non-modal failure messages still open

    def bind(self, connect: Callable[[], Database] | None, ui_db: Callable[[], Database],
             announce: Callable[[Change], None],
             notify: Callable[[str], None] | None = None) -> None:
        """Called by the AppContext: how a worker opens its own connection (None for an
        in-memory office, whose tasks then run at once on the UI thread), the UI's
        connection, how to announce a write and how to put a line in the status bar."""
        self._connect, self._ui_db, self._announce = connect, ui_db, announce
        self._notify = notify

    def op(self, task: DbTask, done: Callable[[Any], None], title: str,
           writes: Change | None = None,
           on_error: Callable[[Exception], None] | None = None, cancellable: bool = True,
           quiet: bool = False) -> None:
        """Run `task(db, progress)` on its own connection; then `done(result)` and announce
        `writes`. A failure goes to `on_error(exc)` as raised (`Cancelled` included); without
        one it is told without blocking the window (`tell_failure`). `quiet` work (a page
        refreshing what it shows) runs without a progress dialog."""
        connect = self._connect

        def failed(exc: Exception) -> None:
            if on_error is not None:
                on_error(exc)
            else:
                self.tell_failure(exc)

        def finished(result: object) -> None:
            done(result)
            if writes and self._announce is not None:
                self._announce(writes)

        if connect is None or isinstance(self, SyncRunner):
            assert self._ui_db is not None, "Runner.bind() was not called"
            db = self._ui_db()
            _run_now(lambda progress: task(db, progress), finished, failed)
            return

        def on_worker(progress: Progress) -> Any:
            db = connect()
            try:
                return task(db, progress)
            finally:
                db.close()

        self.run(on_worker, title, finished, failed, cancellable, quiet)

    def tell_failure(self, exc: Exception) -> None:
        """Tell a failure nobody handles: a status-bar line and a non-modal message (a modal
        one would stop the window, and a test, until someone clicks it)."""
        text = error_text(exc)
        if self._notify is not None:
            self._notify(text)
        if isinstance(exc, Cancelled):
            return
        box = QMessageBox(QMessageBox.Icon.Warning, "gmdesk", text,
                          QMessageBox.StandardButton.Ok, self.parent)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.messages.append(box)
        box.finished.connect(lambda _result: self.messages.remove(box))
        box.show()

    def run(self, task: Task, title: str, on_done: Callable[[Any], None],
            on_error: Callable[[Exception], None], cancellable: bool = True,
            quiet: bool = False) -> None:
        signals = _Signals()
        self._alive.append(signals)
        progress = Progress(signals.progress.emit)
        dialog: QProgressDialog | None = None
        if not quiet:
            dialog = QProgressDialog(title, "取消" if cancellable else "", 0, 0, self.parent)
            dialog.setWindowTitle("gmdesk")
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)
            if not cancellable:
                dialog.setCancelButton(None)

            def cancel() -> None:
                progress.cancelled = True

            dialog.canceled.connect(cancel)

        def on_progress(done: int, total: int, text: str) -> None:
            if dialog is None:
                return
            dialog.setMaximum(max(total, 0))
            dialog.setValue(done)
            if text:
                dialog.setLabelText(text)

        def finish(result: object) -> None:
            if dialog is not None:
                dialog.reset()
            self._alive.remove(signals)
            on_done(result)

        def fail(exc: object) -> None:
            if dialog is not None:
                dialog.reset()
            self._alive.remove(signals)
            on_error(exc if isinstance(exc, Exception) else RuntimeError(str(exc)))

        signals.progress.connect(on_progress)
        signals.finished.connect(finish)
        signals.failed.connect(fail)
        self.pool.start(_Job(task, signals, progress))


def _run_now(task: Task, on_done: Callable[[Any], None],
             on_error: Callable[[Exception], None]) -> None:
    try:
        result = task(Progress(lambda done, total, text: None))
    except Exception as exc:
        on_error(exc)
    else:
        on_done(result)


class SyncRunner(Runner):
    """Run tasks at once on the calling thread, on the UI's connection (tests)."""

    def run(self, task: Task, title: str, on_done: Callable[[Any], None],
            on_error: Callable[[Exception], None], cancellable: bool = True,
            quiet: bool = False) -> None:
        _run_now(task, on_done, on_error)
