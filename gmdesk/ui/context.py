"""What every page is given: the open office, the year in view, and change notices."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
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
