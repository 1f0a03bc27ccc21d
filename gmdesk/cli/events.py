"""`gmdesk print outreach`: one event's results report, or the year's collection, as PDF."""

from __future__ import annotations

import argparse

from gmdesk.cli.common import OUT_HELP, Groups, open_office, out_path


def register(groups: Groups) -> None:
    """Add `print outreach --event ID | --year Y`."""
    parser = groups.sub(
        "print", "outreach",
        "CEDAW outreach results report (成果報告) of one event, or the year's collection "
        "with the yearly summary table (年度宣導統計表), as PDF")
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--event", metavar="ID", help="the event's number (one results report)")
    which.add_argument("--year", metavar="Y", help="ROC year, e.g. 115 (the yearly collection)")
    parser.add_argument("--out", metavar="F.pdf", help=OUT_HELP)
    parser.add_argument("--today", help=argparse.SUPPRESS)
    parser.set_defaults(handler=run_print_outreach)


def run_print_outreach(args: argparse.Namespace) -> int:
    from gmdesk.cli.core import today_arg
    from gmdesk.domain.errors import InputError
    from gmdesk.domain.outputs import Output, output_name
    from gmdesk.domain.rocdate import parse_year
    from gmdesk.domain.texts import Phrase
    from gmdesk.services import printing

    db = open_office(args, readonly=True)
    try:
        if args.event is not None:
            text = str(args.event).strip()
            if not text.isdigit():
                raise InputError(Phrase.of("cli.err.event_number", value=str(args.event)))
            target = out_path(args, db, printing.event_report_file(db, int(text)))
            out = printing.print_event_report(db, int(text), target)
        else:
            try:
                year = parse_year(args.year)
            except ValueError as exc:
                raise InputError(getattr(exc, "phrase", None) or str(exc)) from exc
            target = out_path(args, db, output_name(Output.OUTREACH_YEAR, year))
            out = printing.print_outreach_collection(db, year, target, today_arg(args))
    finally:
        db.close()
    print(f"已輸出：{out}")
    return 0
