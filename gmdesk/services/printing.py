"""Printing a meeting's forms and the outreach reports: one path for the window and the CLI.

Printing only reads. It never creates or changes a record: a meeting that is not saved has
nothing to print yet, and the caller (the window) asks the clerk to save it first.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlite_utils import Database

from gmdesk.domain.errors import InputError
from gmdesk.domain.outputs import Output, output_name
from gmdesk.services import events, meetings
from gmdesk.storage import office

MEETING_FORMS = {"notice": "開會通知單", "signin": "簽到表", "minutes": "會議紀錄"}


def meeting_form_file(db: Database, meeting_id: int, form: str) -> str:
    """Return the file name the form is saved under, e.g. 「115年第2次會議紀錄.pdf」."""
    meeting = meetings.get_meeting(db, meeting_id)
    return output_name(Output(form), meeting.year, seq=meeting.seq)


def event_report_file(db: Database, event_id: int) -> str:
    """Return the file name of an event's results report, e.g.
    「115年度CEDAW宣導成果報告（CEDAW 法規講習）.pdf」."""
    event = events.get_event(db, event_id)
    return output_name(Output.EVENT_REPORT, event.year, title=event.title)


def print_meeting_form(db: Database, meeting_id: int, form: str, out: Path | str,
                       today: dt.date) -> Path:
    """Write a saved meeting's notice, sign-in sheet or minutes as a PDF; return its path."""
    if form not in MEETING_FORMS:
        raise InputError(f"沒有「{form}」這種表單：可印 notice（開會通知單）、signin（簽到表）、"
                         "minutes（會議紀錄）", "form")
    paper = meetings.paper(db, meeting_id, today)
    profile = office.get_office(db)
    if profile is None:
        raise InputError("尚未設定機關資料：請先到「設定」頁填寫機關名稱", "office")
    from gmdesk.documents.minutes import render_minutes
    from gmdesk.documents.notice import render_notice
    from gmdesk.documents.signin import render_signin

    writer = {"notice": render_notice, "signin": render_signin, "minutes": render_minutes}[form]
    return writer(paper, profile, Path(out))


def print_event_report(db: Database, event_id: int, out: Path | str) -> Path:
    """Write one CEDAW session's or measure's results report (成果報告); return its path."""
    from gmdesk.documents.outreach import render_event_report

    paper = events.event_paper(db, event_id)
    return render_event_report(paper.event, paper.photos, paper.office, Path(out))


def print_outreach_collection(db: Database, year: int, out: Path | str,
                              today: dt.date | None = None) -> Path:
    """Write the year's CEDAW collection (統計表 and every report); return its path."""
    from gmdesk.documents.outreach import render_year_collection

    paper = events.year_paper(db, year, today)
    return render_year_collection(
        paper.office, paper.year, [(p.event, p.photos) for p in paper.papers], paper.required,
        paper.required_measures, Path(out), paper.today)
