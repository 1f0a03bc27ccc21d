"""What every page is given: the open office, the year in view, and change notices."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget
from sqlite_utils import Database

from gmdesk.ui.runner import Runner


class AppContext(QObject):
    """The open office as pages see it; pages never reach for globals."""

    year_changed = Signal(int)
    data_changed = Signal(str)  # the area that changed: "group", "meetings", "training", ...
    navigate = Signal(str)  # a target such as "group", "meeting:12", "event:3"
    status_message = Signal(str)

    def __init__(self, db: Database, path: Path | None, year: int, runner: Runner,
                 today: Callable[[], dt.date] = dt.date.today, readonly: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.path = path
        self.year = year
        self.runner = runner
        self.today = today
        self.readonly = readonly

    def set_year(self, year: int) -> None:
        if year != self.year:
            self.year = year
            self.year_changed.emit(year)

    def changed(self, area: str) -> None:
        """Tell every page that `area` changed, so views and 總覽 refresh."""
        self.data_changed.emit(area)

    def when_shown(self, widget: QWidget, slot: Callable[..., None]) -> Callable[..., None]:
        """Return a slot that runs now if `widget` is on screen, else when it is next shown.

        Pages hidden behind another page in the window do not reload on every year switch;
        they catch up when the clerk opens them. A page shown on its own (tests) runs at once.
        """
        pending: list[tuple[Any, ...]] = []

        class _OnShow(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Show and pending:
                    args = pending.pop()
                    pending.clear()
                    slot(*args)
                return False

        watcher = _OnShow(widget)
        widget.installEventFilter(watcher)

        def run(*args: Any) -> None:
            window = widget.window()
            if window is not widget and window.isVisible() and not widget.isVisible():
                pending[:] = [args]
            else:
                slot(*args)

        return run
