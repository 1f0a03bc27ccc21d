"""`gmdesk print notice|signin|minutes`: the meeting's three forms as PDF (the notice and the
minutes also as an editable .odt or .docx: the suffix of --out chooses)."""

from __future__ import annotations

import argparse
import datetime as dt

from gmdesk.cli.common import OUT_HELP, Groups, open_office, out_path, parse_meeting_code

FORMS = {
    "notice": "the meeting notice (開會通知單) as PDF, .odt or .docx by the suffix",
    "signin": "the sign-in sheet (簽到表) as PDF",
    "minutes": "the minutes (會議紀錄) as PDF, .odt or .docx by the suffix",
}


def register(groups: Groups) -> None:
    """Add `print notice`, `print signin` and `print minutes`."""
    for name, help_text in FORMS.items():
        parser = groups.sub("print", name, help_text)
        parser.add_argument("--meeting", required=True, metavar="114-1",
                            help="the meeting: ROC year and sequence")
        parser.add_argument("--out", metavar="F.pdf", help=OUT_HELP)
        parser.add_argument("--today", help=argparse.SUPPRESS)
        parser.set_defaults(handler=run_print, form=name)


def run_print(args: argparse.Namespace) -> int:
    from gmdesk.cli.core import today_arg
    from gmdesk.services import meetings, printing

    year, seq = parse_meeting_code(args.meeting)
    today: dt.date = today_arg(args)
    db = open_office(args, readonly=True)
    try:
        meeting = meetings.find_by_code(db, year, seq)
        target = out_path(args, db, printing.meeting_form_file(db, meeting.id, args.form))
        out = printing.save_document(db, args.form, meeting.id, target, today)
    finally:
        db.close()
    print(f"已輸出：{out}")
    return 0
