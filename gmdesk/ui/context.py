"""What every page is given: the open office, the year in view, and change notices."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from gmdesk.services.safety import Database
from gmdesk.ui.runner import Runner


class Change(enum.Flag):
    """What a write changed; every write announces it, every page declares what it listens to."""

    OFFICE = enum.auto()  # office settings, units, templates, name display
    PEOPLE = enum.auto()  # the people (staff and group members)
    GROUP = enum.auto()  # memberships and filings of the gender-equality group
    MEETINGS = enum.auto()
    TRAINING = enum.auto()  # courses, hours, training plans
    EVENTS = enum.auto()
    DUTIES = enum.auto()  # 性別影響評估, 性別統計, 性別預算, committees
    ALL = OFFICE | PEOPLE | GROUP | MEETINGS | TRAINING | EVENTS | DUTIES  # restore, F5, trash


class AppContext(QObject):
    """The open office as pages see it; pages never reach for globals."""

    year_changed = Signal(int)
    data_changed = Signal(object)  # a Change: what a write changed
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
        # True while the file's quick_check runs after the window shows (gmdesk.app): the
        # background connections read only until it passed, as the window's own does.
        self.unchecked = False
        self.listened = Change(0)  # everything some page listens to
        runner.bind(self._worker_db if path is not None else None, lambda: self.db, self.changed,
                    self.status_message.emit)

    def _worker_db(self) -> Database:
        from gmdesk.services.safety import open_worker_db

        assert self.path is not None
        return open_worker_db(self.path, readonly=self.readonly or self.unchecked)

    def listen(self, change: Change, slot: Callable[[Change], None]) -> None:
        """Call `slot(what)` whenever a write changes any part of `change`."""
        self.listened |= change

        def maybe(what: object) -> None:
            if isinstance(what, Change) and what & change:
                slot(what)

        self.data_changed.connect(maybe)

    def set_year(self, year: int) -> None:
        if year != self.year:
            self.year = year
            self.year_changed.emit(year)

    def changed(self, change: Change) -> None:
        """Tell every page listening to any part of `change`, so views and 總覽 refresh."""
        if not isinstance(change, Change):
            raise TypeError(f"changed() takes a Change, not {change!r}")
        self.data_changed.emit(change)

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
