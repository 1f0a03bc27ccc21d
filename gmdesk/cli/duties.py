"""`gmdesk print impact|statistics|budget|committees`: the forms of the plan's other duties."""

from __future__ import annotations

import argparse
from pathlib import Path

from gmdesk.cli.common import Groups, open_office


def register(groups: Groups) -> None:
    impact = groups.sub("print", "impact",
                        "性別影響評估辦理情形一覽表 of a year, or one case's 程序參與及參採情形表 (--case)")
    impact.add_argument("--year", help="ROC year (114) or Gregorian (2025)")
    impact.add_argument("--case", type=int, metavar="ID", help="the case's id")
    impact.add_argument("--out", required=True, metavar="F.pdf")
    impact.add_argument("--today", help=argparse.SUPPRESS)
    impact.set_defaults(handler=run_impact)
    for name, text, handler in (
            ("statistics", "性別統計指標一覽表 with a chart per indicator, and the analyses", run_statistics),
            ("budget", "性別預算編列情形表 of a budget year (A4 landscape)", run_budget),
            ("committees", "the committees' members by gender and the one-third check", run_committees)):
        parser = groups.sub("print", name, text)
        parser.add_argument("--year", required=True, help="ROC year (114) or Gregorian (2025)")
        parser.add_argument("--out", required=True, metavar="F.pdf")
        parser.add_argument("--today", help=argparse.SUPPRESS)
        parser.set_defaults(handler=handler)
    values = groups.sub("import", "indicator-values",
                        "性別統計 values from a sheet: 指標名稱 | 年度 | 男 | 女 | 其他 (all or nothing)")
    values.add_argument("file", metavar="FILE")
    values.set_defaults(handler=run_import_values)


def run_import_values(args: argparse.Namespace) -> int:
    from gmdesk.services.statistics import import_values

    db = open_office(args)
    try:
        count = import_values(db, Path(args.file))
    finally:
        db.close()
    print(f"已匯入性別統計數值{count}筆")
    return 0


def _run(args: argparse.Namespace, what: str) -> int:
    from gmdesk.cli.core import today_arg
    from gmdesk.domain.errors import InputError
    from gmdesk.domain.rocdate import parse_year
    from gmdesk.domain.texts import Phrase
    from gmdesk.services import duty_prints

    db = open_office(args, readonly=True)
    try:
        out = Path(args.out)
        if what == "impact" and getattr(args, "case", None):
            written = duty_prints.print_impact_case(db, args.case, out)
        else:
            if not args.year:
                raise InputError(Phrase.of("cli.err.year_or_case"))
            year = parse_year(args.year)
            writer = {"impact": duty_prints.print_impact_list, "statistics": duty_prints.print_statistics,
                      "budget": duty_prints.print_budget, "committees": duty_prints.print_committees}[what]
            written = writer(db, year, today_arg(args), out)
    finally:
        db.close()
    print(f"已輸出：{written}")
    return 0


def run_impact(args: argparse.Namespace) -> int:
    return _run(args, "impact")


def run_statistics(args: argparse.Namespace) -> int:
    return _run(args, "statistics")


def run_budget(args: argparse.Namespace) -> int:
    return _run(args, "budget")


def run_committees(args: argparse.Namespace) -> int:
    return _run(args, "committees")
