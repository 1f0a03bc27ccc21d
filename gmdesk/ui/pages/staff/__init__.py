"""人員與培力 page (the main window names gmdesk.ui.pages.staff.StaffPage)."""

from gmdesk.ui.pages.staff.dialogs import CourseDialog, PersonDialog, RecordDialog
from gmdesk.ui.pages.staff.import_dialog import ImportDialog
from gmdesk.ui.pages.staff.page import StaffPage

__all__ = ["CourseDialog", "ImportDialog", "PersonDialog", "RecordDialog", "StaffPage"]
