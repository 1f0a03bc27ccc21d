"""執行小組: the roster with its history, the member form and the composition checked as you type."""

from gmdesk.ui.pages.group.page import GroupPage

__all__ = ["GroupPage"]
