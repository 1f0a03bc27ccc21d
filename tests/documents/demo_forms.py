"""Every printed form of the demo office, rendered once per test session.

The text-layout test and the visual regression test both read these; each entry names the
form, its PDF and the orphan lines reportlab's own measurements left in it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from gmdesk.documents import base
from gmdesk.documents.minutes import render_minutes
from gmdesk.documents.notice import render_notice
from gmdesk.documents.outreach import render_event_report, render_year_collection
from gmdesk.documents.signin import render_signin
from gmdesk.services import events
from gmdesk.services import meetings as meeting_service
from gmdesk.services.reports import render_annual_report
from gmdesk.services.training import print_reminders
from gmdesk.storage import meetings as meeting_store


@dataclass(frozen=True)
class RenderedForm:
    name: str  # notice-115-1, annual-114, outreach-3 …
    pdf: Path
    orphans: tuple[tuple[str, str], ...]  # (the short line, the paragraph it ends)


def render_every_form(db: Database, years: tuple[int, ...], today: dt.date,
                      out: Path) -> list[RenderedForm]:
    """Render every form the demo office prints, in a stable order."""
    forms: list[RenderedForm] = []

    def keep(name: str, pdf: Path) -> None:
        forms.append(RenderedForm(name, pdf, tuple(base.last_orphans)))

    for year in years:
        for meeting in meeting_store.list_meetings(db, year):
            paper = meeting_service.paper(db, meeting.id, today)
            profile = paper_office(db)
            for kind, render in (("notice", render_notice), ("signin", render_signin),
                                 ("minutes", render_minutes)):
                name = f"{kind}-{meeting.code}"
                keep(name, render(paper, profile, out / f"{name}.pdf"))
        for event in events.list_year(db, year):
            paper_e = events.event_paper(db, int(event.id))
            name = f"outreach-{year}-{int(event.id)}"
            keep(name, render_event_report(paper_e.event, paper_e.photos, paper_e.office,
                                           out / f"{name}.pdf"))
        year_paper = events.year_paper(db, year, today)
        keep(f"collection-{year}", render_year_collection(
            year_paper.office, year_paper.year, [(p.event, p.photos) for p in year_paper.papers],
            year_paper.required, year_paper.required_measures, out / f"collection-{year}.pdf",
            year_paper.today))
        keep(f"reminders-{year}", print_reminders(db, year, today, out / f"reminders-{year}.pdf"))
        keep(f"annual-{year}", render_annual_report(db, year, today, out / f"annual-{year}.pdf"))
    return forms


def paper_office(db: Database):  # type: ignore[no-untyped-def]
    from gmdesk.storage import office

    current = office.get_office(db)
    assert current is not None
    return current
