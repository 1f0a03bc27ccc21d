"""會議: the year's meetings, the meeting editor (one file per tab), follow-up and printing."""

from gmdesk.ui.pages.meetings.page import MeetingsPage

__all__ = ["MeetingsPage"]
