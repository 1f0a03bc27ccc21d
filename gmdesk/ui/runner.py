"""One way to run work longer than a blink: in the background, with a cancellable progress dialog."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class Cancelled(Exception):
    """The clerk pressed 取消; the task stopped and wrote nothing."""


class Progress:
    """Given to a task: report progress and learn whether the clerk cancelled."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self.cancelled = False

    def __call__(self, done: int, total: int, text: str = "") -> None:
        if self.cancelled:
            raise Cancelled()
        self._emit(done, total, text)


Task = Callable[[Progress], Any]


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

    def run(self, task: Task, title: str, on_done: Callable[[Any], None],
            on_error: Callable[[Exception], None], cancellable: bool = True) -> None:
        dialog = QProgressDialog(title, "取消" if cancellable else "", 0, 0, self.parent)
        dialog.setWindowTitle("gmdesk")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        if not cancellable:
            dialog.setCancelButton(None)
        signals = _Signals()
        self._alive.append(signals)
        progress = Progress(signals.progress.emit)

        def on_progress(done: int, total: int, text: str) -> None:
            dialog.setMaximum(max(total, 0))
            dialog.setValue(done)
            if text:
                dialog.setLabelText(text)

        def finish(result: object) -> None:
            dialog.reset()
            self._alive.remove(signals)
            on_done(result)

        def fail(exc: object) -> None:
            dialog.reset()
            self._alive.remove(signals)
            on_error(exc if isinstance(exc, Exception) else RuntimeError(str(exc)))

        def cancel() -> None:
            progress.cancelled = True

        dialog.canceled.connect(cancel)
        signals.progress.connect(on_progress)
        signals.finished.connect(finish)
        signals.failed.connect(fail)
        self.pool.start(_Job(task, signals, progress))


class SyncRunner(Runner):
    """Run tasks at once on the calling thread (tests)."""

    def run(self, task: Task, title: str, on_done: Callable[[Any], None],
            on_error: Callable[[Exception], None], cancellable: bool = True) -> None:
        try:
            result = task(Progress(lambda done, total, text: None))
        except Exception as exc:
            on_error(exc)
        else:
            on_done(result)
