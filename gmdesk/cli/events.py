"""`gmdesk print outreach`: one event's results report, or the year's collection, as PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from gmdesk.cli.common import Groups, open_office


def register(groups: Groups) -> None:
    """Add `print outreach --event ID | --year Y`."""
    parser = groups.sub(
        "print", "outreach",
        "CEDAW outreach results report (成果報告) of one event, or the year's collection "
        "with the yearly summary table (年度宣導統計表), as PDF")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--event", metavar="ID", help="the event's number (one results report)")
    which.add_argument("--year", metavar="Y", help="ROC year, e.g. 115 (the yearly collection)")
    parser.add_argument("--out", required=True, metavar="F.pdf")
    parser.add_argument("--today", help=argparse.SUPPRESS)
    parser.set_defaults(handler=run_print_outreach)


def run_print_outreach(args: argparse.Namespace) -> int:
    from gmdesk.cli.core import today_arg
    from gmdesk.documents.outreach import render_event_report, render_year_collection
    from gmdesk.domain.errors import InputError
    from gmdesk.domain.rocdate import parse_year
    from gmdesk.services import events

    db = open_office(args, readonly=True)
    try:
        if args.event is not None:
            text = str(args.event).strip()
            if not text.isdigit():
                raise InputError(f"「{args.event}」不是活動編號：請寫數字，例如 --event 3")
            paper = events.event_paper(db, int(text))
            year_paper = None
        else:
            try:
                year = parse_year(args.year)
            except ValueError as exc:
                raise InputError(str(exc)) from exc
            year_paper = events.year_paper(db, year, today_arg(args))
    finally:
        db.close()
    if year_paper is None:
        out = render_event_report(paper.event, paper.photos, paper.office, Path(args.out))
    else:
        out = render_year_collection(
            year_paper.office, year_paper.year,
            [(p.event, p.photos) for p in year_paper.papers],
            year_paper.required, year_paper.required_measures, Path(args.out), year_paper.today)
    print(f"已輸出：{out}")
    return 0
