"""Printing a meeting's forms and the outreach reports: one path for the window and the CLI.

Printing only reads. It never creates or changes a record: a meeting that is not saved has
nothing to print yet, and the caller (the window) asks the clerk to save it first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from gmdesk.documents.content import Document
from gmdesk.domain.errors import InputError
from gmdesk.domain.meetings import MeetingPaper
from gmdesk.domain.model import Office
from gmdesk.domain.outputs import Output, output_name
from gmdesk.domain.texts import Label, Phrase, define, define_labels
from gmdesk.services import events, meetings, steps
from gmdesk.storage import office
from gmdesk.storage.database import Database

ProgressFn = Callable[[int, int, "str | Phrase"], None]


def _no_progress(done: int, total: int, text: str | Phrase = "") -> None:
    return None


MEETING_FORMS = {"notice": "開會通知單", "signin": "簽到表", "minutes": "會議紀錄"}
DOCUMENTS = {**MEETING_FORMS, "annual": "年度成果報告"}
# What each suffix is called when the clerk picks a format (另存新檔 offers these).
FORMAT_NAMES = {".pdf": "PDF", ".odt": "OpenDocument 文字檔（ODF）", ".docx": "Word 文件"}
# The documents a clerk may want to edit before signing: also saved as .odt and .docx.
EDITABLE = ("notice", "minutes", "annual")
define_labels("document", DOCUMENTS)
define_labels("save_format", FORMAT_NAMES)
define({
    "printing.err.no_kind": "沒有「{kind}」這種文件：可存 {kinds}",
    "printing.format": "{suffix}（{name}）",
    "printing.err.suffix": "{document}可存成 {formats}；「{name}」不是其中之一，請改用這些副檔名",
    "printing.err.not_editable": "{document}沒有可編輯的版本：只能存成 PDF",
    "printing.err.no_form": "沒有「{form}」這種表單：可印 notice（開會通知單）、signin（簽到表）、"
                            "minutes（會議紀錄）",
})


def save_formats(kind: str) -> tuple[str, ...]:
    """Return the suffixes a document can be saved as, the usual one (PDF) first."""
    if kind not in DOCUMENTS:
        raise InputError(Phrase.of("printing.err.no_kind", kind=kind, kinds=tuple(DOCUMENTS)),
                         "kind")
    return (".pdf", ".odt", ".docx") if kind in EDITABLE else (".pdf",)


def save_document(db: Database, kind: str, subject: int, out: Path | str, today: dt.date,
                  progress: ProgressFn = _no_progress) -> Path:
    """Save a meeting's form (`subject` = meeting id) or the year's annual report (`subject` =
    ROC year) in the format its suffix names: .pdf, or .odt / .docx for an editable copy.

    The PDF and the editable copies are drawn from one content model (documents/content.py),
    so they hold the same wording, numbering and tables.
    """
    formats = save_formats(kind)
    suffix = Path(out).suffix.lower()
    if suffix not in formats:
        names = tuple(Phrase.of("printing.format", suffix=s, name=Label("save_format", s))
                      for s in formats)
        raise InputError(Phrase.of("printing.err.suffix", document=Label("document", kind),
                                   formats=names, name=Path(out).name), "out")
    if suffix == ".pdf":
        if kind == "annual":
            from gmdesk.services.reports import render_annual_report

            return render_annual_report(db, subject, today, out, progress)
        return print_meeting_form(db, subject, kind, out, today)
    progress(0, 2, steps.say("gathering_data"))
    content = document_content(db, kind, subject, today)
    progress(1, 2, steps.say("writing_editable"))
    from gmdesk.documents.odt import write_odt
    from gmdesk.documents.word import write_docx

    path = (write_odt if suffix == ".odt" else write_docx)(content, Path(out))
    progress(2, 2, steps.say("done"))
    return path


def document_content(db: Database, kind: str, subject: int, today: dt.date) -> Document:
    """Return an editable document's content model (what the PDF and the copies draw)."""
    if kind == "annual":
        from gmdesk.documents.annual import annual_content
        from gmdesk.services.reports import year_report

        return annual_content(year_report(db, subject, today, photos=True))
    if kind not in EDITABLE:
        raise InputError(Phrase.of("printing.err.not_editable", document=Label("document", kind)),
                         "kind")
    from gmdesk.documents.minutes import minutes_content
    from gmdesk.documents.notice import notice_content

    paper, profile = _meeting_paper(db, subject, today)
    return (notice_content if kind == "notice" else minutes_content)(paper, profile)


def _meeting_paper(db: Database, meeting_id: int, today: dt.date) -> tuple[MeetingPaper, Office]:
    paper = meetings.paper(db, meeting_id, today)
    profile = office.get_office(db)
    if profile is None:
        raise InputError(Phrase.of("record.no_office_yet"), "office")
    return paper, profile


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
        raise InputError(Phrase.of("printing.err.no_form", form=form), "form")
    paper, profile = _meeting_paper(db, meeting_id, today)
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
