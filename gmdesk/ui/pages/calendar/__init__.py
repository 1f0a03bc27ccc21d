"""行事曆: the year's deadlines and dated duties, each with its state and the page that resolves it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gmdesk.ui.pages.calendar.page import CalendarPage
    from gmdesk.ui.pages.calendar.upcoming import UpcomingList

__all__ = ["CalendarPage", "UpcomingList"]


def __getattr__(name: str) -> Any:
    # 總覽 shows the upcoming list at start; the page (and its table kit) loads on first visit.
    if name == "CalendarPage":
        from gmdesk.ui.pages.calendar.page import CalendarPage

        return CalendarPage
    if name == "UpcomingList":
        from gmdesk.ui.pages.calendar.upcoming import UpcomingList

        return UpcomingList
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
