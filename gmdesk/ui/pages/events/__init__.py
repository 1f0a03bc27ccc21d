"""CEDAW宣導與措施 page (the main window names gmdesk.ui.pages.events.EventsPage)."""

from gmdesk.ui.pages.events.page import EventsPage

__all__ = ["EventsPage"]
