"""A scripted session on gmdesk's own window, with a heartbeat that measures UI stalls.

Run as `python -m bench.session OFFICE OUT_DIR`: it starts gmdesk the way a clerk does
(gmdesk.cli.main), and once the window shows, plays the script: every page, another year,
a filter, a meeting, a form, the workbook export. It prints one JSON line: the longest stall
of the event loop for each step, and the peak resident memory.

Dialogs that would wait for a person (file pickers, message boxes, the PDF viewer) are
answered by the script; nothing else of gmdesk is changed.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HEARTBEAT_MS = 5
SETTLE_S = 0.25
STEP_TIMEOUT_S = 180.0


class Session:
    """Play the script step by step from the event loop and watch the heartbeat."""

    def __init__(self, window: Any, out_dir: Path) -> None:
        from PySide6.QtCore import QThreadPool, QTimer

        self.window = window
        self.out_dir = out_dir
        self.pool = QThreadPool.globalInstance()
        self.steps: list[tuple[str, Callable[[], str]]] = self._script()
        self.results: list[dict[str, Any]] = []
        self.current = "start"
        self.current_note = ""
        self.stall = 0.0
        self.step_started = time.perf_counter()
        self.last_beat = time.perf_counter()
        self.quiet_since = time.perf_counter()
        self.beat = QTimer()
        self.beat.setInterval(HEARTBEAT_MS)
        self.beat.timeout.connect(self._on_beat)
        self.beat.start()

    # --- the heartbeat --------------------------------------------------------------
    def _on_beat(self) -> None:
        now = time.perf_counter()
        gap = now - self.last_beat - HEARTBEAT_MS / 1000
        self.last_beat = now
        self.stall = max(self.stall, gap)
        if self.pool.activeThreadCount() > 0 or gap > 0.05 or _busy():
            self.quiet_since = now
        settled = now - self.quiet_since >= SETTLE_S
        if settled or now - self.step_started > STEP_TIMEOUT_S:
            self._next(timed_out=not settled)

    def _next(self, timed_out: bool = False) -> None:
        seconds = time.perf_counter() - self.step_started - (0 if timed_out else SETTLE_S)
        note = self.current_note + (" (timed out)" if timed_out else "")
        self.results.append({"step": self.current, "stall_ms": round(self.stall * 1000, 1),
                             "seconds": round(max(seconds, 0.0), 3), "note": note})
        if not self.steps:
            self.beat.stop()
            self._finish()
            return
        name, action = self.steps.pop(0)
        self.current, self.stall = name, 0.0
        self.step_started = self.quiet_since = time.perf_counter()
        try:
            self.current_note = action() or ""
        except Exception as exc:  # a step that cannot be driven is reported, not fatal
            self.current_note = f"not driven: {type(exc).__name__}: {exc}"
        # last_beat stays at the beat that started the step: the step's own time is a stall.

    def _finish(self) -> None:
        from PySide6.QtWidgets import QApplication

        from bench.common import peak_rss_mib

        print(json.dumps({"steps": self.results, "peak_mib": round(peak_rss_mib(), 1),
                          "exported": [str(p) for p in sorted(self.out_dir.glob("*"))]},
                         ensure_ascii=False), flush=True)
        QApplication.quit()

    # --- the script -------------------------------------------------------------------
    def _script(self) -> list[tuple[str, Callable[[], str]]]:
        from gmdesk.ui.main_window import PAGES

        steps: list[tuple[str, Callable[[], str]]] = [
            (f"page {spec.key}", lambda key=spec.key: self._go(key)) for spec in PAGES[1:]]
        steps.append(("page overview (again)", lambda: self._go("overview")))
        steps.append(("switch year", self._switch_year))
        steps.append(("filter training", self._filter))
        steps.append(("open a meeting", self._open_meeting))
        steps.append(("render a form", self._render_form))
        steps.append(("export the workbook", self._export))
        return steps

    def _go(self, key: str) -> str:
        self.window.go_to(key)
        return ""

    def _switch_year(self) -> str:
        box = self.window.year_box
        box.setCurrentIndex(max(0, box.currentIndex() - 1))
        return f"to {box.currentData()}"

    def _filter(self) -> str:
        from PySide6.QtWidgets import QLineEdit

        self.window.go_to("training")
        page = self.window.page("training")
        edits = page.findChildren(QLineEdit)
        named = [e for e in edits if "filter" in e.objectName().lower()
                 or "search" in e.objectName().lower()]
        edit = (named or edits or [None])[0]
        if edit is None:
            return "not driven: the training page has no text box"
        edit.setText("進階")
        edit.textEdited.emit("進階")
        return f"typed into {edit.objectName() or 'the first text box'}"

    def _open_meeting(self) -> str:
        from gmdesk.storage import meetings

        held = meetings.list_meetings(self.window.ctx.db, self.window.ctx.year)
        if not held:
            return "not driven: no meeting this year"
        self.window.go_to(f"meeting:{held[-1].id}")
        return f"meeting:{held[-1].id}"

    def _render_form(self) -> str:
        page = self.window.page("meetings")
        self.window.go_to("meetings")
        trigger = _find_trigger(page, ("紀錄",), ("Ctrl+P",))
        if trigger is None:
            return "not driven: no minutes/print button on the meetings page"
        trigger()
        return "triggered"

    def _export(self) -> str:
        page = self.window.page("exports")
        self.window.go_to("exports")
        trigger = _find_trigger(page, ("市府", "Excel", "報表", "匯出"), ())
        if trigger is None:
            return "not driven: no export button on the exports page"
        trigger()
        return "triggered"


def _find_trigger(widget: Any, words: tuple[str, ...], keys: tuple[str, ...]) -> Callable[[], None] | None:
    """Return a callable that presses the first enabled button or action matching words/keys."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton

    for action in widget.findChildren(QAction):
        if not action.isEnabled():
            continue
        if action.shortcut().toString() in keys or any(w in action.text() for w in words):
            return action.trigger
    for word in words:
        for button in widget.findChildren(QAbstractButton):
            if button.isEnabled() and button.isVisible() and word in button.text():
                return button.click
    return None


def _busy() -> bool:
    from PySide6.QtWidgets import QApplication, QProgressDialog

    return any(isinstance(w, QProgressDialog) and w.isVisible()
               for w in QApplication.topLevelWidgets())


def _answer_dialogs(out_dir: Path) -> None:
    """Answer the dialogs that would wait for a person."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    def save_name(*args: Any, **kwargs: Any) -> tuple[str, str]:
        suggested = next((a for a in args if isinstance(a, str) and "." in a), "") or \
            str(kwargs.get("dir", ""))
        name = Path(suggested).name if suggested else "export.xlsx"
        return str(out_dir / name), ""

    QFileDialog.getSaveFileName = staticmethod(save_name)  # type: ignore[method-assign]
    QFileDialog.getExistingDirectory = staticmethod(  # type: ignore[method-assign]
        lambda *a, **k: str(out_dir))
    yes = QMessageBox.StandardButton.Yes
    for name in ("information", "warning", "critical"):
        setattr(QMessageBox, name, staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))
    QMessageBox.question = staticmethod(lambda *a, **k: yes)  # type: ignore[method-assign]
    QMessageBox.exec = lambda self: int(yes)  # type: ignore[method-assign]

    import gmdesk.ui.pdf_preview as preview

    def show_pdf(parent: Any, path: Path, title: str = "", *_args: Any, **_kwargs: Any) -> None:
        target = out_dir / Path(path).name
        target.write_bytes(Path(path).read_bytes())

    preview.show_pdf = show_pdf  # type: ignore[assignment]


def main() -> int:
    office, out_dir = Path(sys.argv[1]), Path(sys.argv[2])
    out_dir.mkdir(parents=True, exist_ok=True)
    _answer_dialogs(out_dir)
    from PySide6.QtCore import QTimer

    import gmdesk.ui.main_window as main_window

    original_show = main_window.MainWindow.show
    holder: list[Session] = []

    def show(self: Any) -> None:
        original_show(self)
        QTimer.singleShot(0, lambda: holder.append(Session(self, out_dir)))

    main_window.MainWindow.show = show  # type: ignore[method-assign]
    from gmdesk.cli import main as cli_main

    return cli_main(["--db", str(office)])


if __name__ == "__main__":
    sys.exit(main())
