"""Printing a meeting's forms (開會通知單, 簽到表, 會議紀錄) through the print service.

The window and the CLI share `services.printing`; this page-side helper only names the file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from gmdesk.services import printing
from gmdesk.services.safety import Database

FORM_NAMES = printing.MEETING_FORMS


def write_meeting_form(db: Database, meeting_id: int, form: str, folder: Path,
                       today: dt.date) -> Path:
    """Write `form` of the saved meeting into `folder`; raise InputError when it cannot be."""
    name = printing.meeting_form_file(db, meeting_id, form)
    return printing.print_meeting_form(db, meeting_id, form, folder / name, today)
