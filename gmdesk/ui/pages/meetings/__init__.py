"""會議 page: the year's meetings, the meeting editor, follow-up, quorum and the three forms."""

from gmdesk.ui.pages.meetings.page import MeetingsPage

__all__ = ["MeetingsPage"]
