"""行事曆: the year's deadlines and dated duties, each with its state and the page that resolves it."""

from gmdesk.ui.pages.calendar.page import CalendarPage
from gmdesk.ui.pages.calendar.upcoming import UpcomingList

__all__ = ["CalendarPage", "UpcomingList"]
