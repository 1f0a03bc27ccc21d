"""`gmdesk import staff|training` and `gmdesk print reminders`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gmdesk.cli.common import OUT_HELP, Groups, open_office, out_path
from gmdesk.domain.rocdate import parse_year


def register(groups: Groups) -> None:
    """Add the staff and training commands."""
    for kind, text in (("staff", "import a staff roster (.xlsx .xls .ods .csv)"),
                       ("training", "import a training-hours list (.xlsx .xls .ods .csv)")):
        parser = groups.sub("import", kind, text)
        parser.add_argument("file", metavar="FILE")
        parser.add_argument("--dry-run", action="store_true",
                            help="show what would change and write nothing")
        parser.add_argument("--only-good", action="store_true",
                            help="import the rows without errors; the others are written "
                                 "beside FILE with the reason, to fix and import again")
        parser.add_argument("--today", help=argparse.SUPPRESS)
        parser.set_defaults(handler=run_import, kind=kind)

    reminders = groups.sub("print", "reminders", "the list of staff still short of training hours")
    reminders.add_argument("--year", required=True, help="ROC year (114) or Gregorian (2025)")
    reminders.add_argument("--out", metavar="F.pdf", help=OUT_HELP)
    reminders.add_argument("--today", help=argparse.SUPPRESS)
    reminders.set_defaults(handler=run_reminders)


def run_import(args: argparse.Namespace) -> int:
    from gmdesk.cli.core import today_arg
    from gmdesk.domain.importing import FIELDS, ImportKind, summarize
    from gmdesk.services.training import open_source, run_import

    kind = ImportKind(args.kind)
    db = open_office(args)
    try:
        source = open_source(db, Path(args.file), kind)
        labels = {s.code: s.label for s in FIELDS[kind]}
        print(f"「{source.path.name}」標題在第{source.header_index + 1}列；欄位對應：")
        for code, column in source.mapping.items():
            print(f"  {labels[code]} ← {source.headers[column]}")
        result = run_import(db, source, source.mapping, dry_run=args.dry_run,
                            today=today_arg(args), only_good=args.only_good)
    finally:
        db.close()
    for line in summarize(result.errors):
        print(f"  ✘ {line}", file=sys.stderr)
    if not args.dry_run:  # the dry run lists them among the changes
        for line in result.outside[:200]:
            print(f"  ⚠ {line}")
    if args.dry_run:
        for line in result.changes[:200]:
            print(f"  {line}")
        if len(result.changes) > 200:
            print(f"  …另有{len(result.changes) - 200}項")
    print(result.summary())
    if result.skipped_file is not None:
        print(f"未匯入的列：{result.skipped_file}")
    return 1 if result.errors and not result.applied else 0


def run_reminders(args: argparse.Namespace) -> int:
    from gmdesk.cli.core import today_arg
    from gmdesk.domain.outputs import Output, output_name
    from gmdesk.services.training import print_reminders, reminder_lines

    year = parse_year(args.year)
    db = open_office(args, readonly=True)
    try:
        target = out_path(args, db, output_name(Output.REMINDERS, year))
        out = print_reminders(db, year, today_arg(args), target)
        count = len(reminder_lines(db, year))
    finally:
        db.close()
    print(f"已產生提醒名單（{count}人）：{out}")
    return 0
