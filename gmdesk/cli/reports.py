"""`gmdesk export city|pack`, `gmdesk print annual` and `gmdesk template …`: what leaves the office."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from gmdesk.cli.common import OUT_HELP, Groups, open_office, out_path


def register(groups: Groups) -> None:
    """Add the city workbook, the annual report, the evidence pack and the template commands."""
    city = groups.sub("export", "city", "the city workbook (報市府報表) as .xlsx, or .ods by the suffix")
    _year_out(city, "F.xlsx")
    city.set_defaults(handler=run_city)

    annual = groups.sub("print", "annual",
                        "the annual results report (年度成果報告) as PDF, .odt or .docx by the suffix")
    _year_out(annual, "F.pdf")
    annual.set_defaults(handler=run_annual)

    pack = groups.sub("export", "pack",
                      "the year-end evidence pack (年度佐證資料) to a new folder or a .zip")
    _year_out(pack, "DIR_OR_ZIP")
    pack.set_defaults(handler=run_pack)

    template = groups.top("template", "the city's own .xlsx template for the city workbook")
    actions = template.add_subparsers(dest="action", metavar="ACTION", required=True)
    register_cmd = actions.add_parser("register", help="register a template and its mapping")
    register_cmd.add_argument("template", metavar="T.xlsx")
    register_cmd.add_argument("--mapping", required=True, metavar="M.json",
                              help="which gmdesk field goes to which cell or column")
    register_cmd.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS)
    register_cmd.add_argument("--today", help=argparse.SUPPRESS)
    register_cmd.set_defaults(handler=run_template_register)
    show = actions.add_parser("show", help="show the registered template")
    show.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS)
    show.set_defaults(handler=run_template_show)
    export = actions.add_parser("export-mapping", help="write the registered mapping as JSON")
    export.add_argument("--out", required=True, metavar="M.json")
    export.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS)
    export.set_defaults(handler=run_template_export)
    clear = actions.add_parser("clear", help="forget the template; use the built-in workbook")
    clear.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS)
    clear.set_defaults(handler=run_template_clear)
    fields = actions.add_parser("fields", help="list the fields a mapping can name")
    fields.set_defaults(handler=run_template_fields)


def _year_out(parser: argparse.ArgumentParser, metavar: str, required: bool = False) -> None:
    """--year, and --out (optional: a default name in the output folder, unless `required`)."""
    parser.add_argument("--year", required=True, help="ROC year (114) or Gregorian (2025)")
    parser.add_argument("--out", metavar=metavar, required=required,
                        help=None if required else OUT_HELP)
    parser.add_argument("--today", help=argparse.SUPPRESS)


def _write_year(args: argparse.Namespace, write: Callable[..., Path], kind: str = "") -> int:
    """Open the office read-only, write one year's output with `write`, say where it went."""
    from gmdesk.cli.core import today_arg
    from gmdesk.domain.outputs import Output, output_name
    from gmdesk.domain.rocdate import parse_year

    year = parse_year(args.year)
    db = open_office(args, readonly=True)
    try:
        target = (out_path(args, db, output_name(Output(kind), year)) if kind
                  else Path(args.out))
        out = write(db, year, today_arg(args), target)
    finally:
        db.close()
    print(f"已輸出：{out}")
    return 0


def run_city(args: argparse.Namespace) -> int:
    from gmdesk.services.reports import write_city_workbook

    return _write_year(args, write_city_workbook, "city_workbook")


def run_annual(args: argparse.Namespace) -> int:
    from gmdesk.services.printing import save_document

    return _write_year(args, lambda db, year, today, out: save_document(
        db, "annual", year, out, today), "annual_report")


def run_pack(args: argparse.Namespace) -> int:
    from gmdesk.services.pack import write_pack

    return _write_year(args, write_pack, "evidence_pack")


def run_template_register(args: argparse.Namespace) -> int:
    from gmdesk.cli.core import today_arg
    from gmdesk.domain.errors import InputError
    from gmdesk.domain.texts import Phrase
    from gmdesk.services import reports

    source = Path(args.template)
    if not source.is_file():
        raise InputError(Phrase.of("cli.err.no_template_file", path=str(source)))
    mapping = reports.read_mapping(args.mapping)
    db = open_office(args)
    try:
        registration = reports.register_template(db, source, mapping, today_arg(args))
    finally:
        db.close()
    print(f"已登錄範本：{registration.file_name}（{len(mapping.cells)}個儲存格、"
          f"{len(mapping.tables)}個表格）")
    return 0


def run_template_show(args: argparse.Namespace) -> int:
    from gmdesk.services import reports

    db = open_office(args, readonly=True)
    try:
        registration = reports.load_template(db)
    finally:
        db.close()
    if registration is None:
        print("尚未登錄市府範本：匯出時使用內建報表格式。")
        return 0
    print(f"範本：{registration.file_name}（登錄於{registration.registered}）")
    print(registration.mapping.to_json())
    return 0


def run_template_export(args: argparse.Namespace) -> int:
    from gmdesk.services import reports

    db = open_office(args, readonly=True)
    try:
        out = reports.export_mapping(db, Path(args.out))
    finally:
        db.close()
    print(f"已輸出：{out}")
    return 0


def run_template_clear(args: argparse.Namespace) -> int:
    from gmdesk.services import reports

    db = open_office(args)
    try:
        reports.clear_template(db)
    finally:
        db.close()
    print("已移除市府範本：匯出時改用內建報表格式。")
    return 0


def run_template_fields(args: argparse.Namespace) -> int:
    from gmdesk.workbooks.template import field_choices, source_labels

    labels = source_labels()
    for source, fields in field_choices().items():
        print(f"[{labels.get(source, '單一儲存格 cells')}{' tables: ' + source if source else ''}]")
        for key, label in fields:
            print(f"  {key}\t{label}")
    sys.stdout.flush()
    return 0
