"""Printing a meeting's forms (開會通知單, 簽到表, 會議紀錄).

A local adapter until the shared print service (services, used by the CLI too) lands: the
page calls only `write_meeting_form`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlite_utils import Database

from gmdesk.domain.errors import InputError
from gmdesk.services import meetings as service
from gmdesk.storage import office

FORM_NAMES = {"notice": "開會通知單", "signin": "簽到表", "minutes": "會議紀錄"}


def write_meeting_form(db: Database, meeting_id: int, form: str, folder: Path,
                       today: dt.date) -> Path:
    """Write `form` of the saved meeting into `folder`; raise InputError when it cannot be."""
    from gmdesk.documents.minutes import render_minutes
    from gmdesk.documents.notice import render_notice
    from gmdesk.documents.signin import render_signin

    profile = office.get_office(db)
    if profile is None:
        raise InputError("尚未設定機關資料：請先到「設定」頁填寫", "office")
    paper = service.paper(db, meeting_id, today)
    writer = {"notice": render_notice, "signin": render_signin,
              "minutes": render_minutes}[form]
    path: Path = writer(paper, profile, folder / f"{paper.meeting.code}{FORM_NAMES[form]}.pdf")
    return path
