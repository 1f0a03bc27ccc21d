"""`gmdesk demo`, `check`, `export json`, `import json`."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from gmdesk.cli.common import Groups, db_path, open_office
from gmdesk.domain.errors import InputError
from gmdesk.domain.rocdate import parse_date, parse_year
from gmdesk.domain.texts import Phrase

if TYPE_CHECKING:
    from gmdesk.storage.database import Database


def register(groups: Groups) -> None:
    demo = groups.top("demo", "create the demo office (a fictional district office) in a new file")
    demo.add_argument("--today", help=argparse.SUPPRESS)
    demo.set_defaults(handler=run_demo)

    from gmdesk.domain.presets import PRESETS

    choices = [code.replace("_", "-") for code in PRESETS]
    new = groups.top("new", "create an empty office in a new file, ready for imports")
    new.add_argument("--preset", required=True, choices=choices, metavar="PRESET",
                     help="the rules the office follows: " + "; ".join(
                         f"{code.replace('_', '-')} ({p.label})" for code, p in PRESETS.items()))
    new.add_argument("--name", required=True, metavar="機關名稱", help="the office's full name")
    new.add_argument("--city", help="city (default: the preset's city)")
    new.add_argument("--today", help=argparse.SUPPRESS)
    new.set_defaults(handler=run_new)

    check = groups.top("check", "the year's compliance on every duty")
    check.add_argument("--year", required=True, help="ROC year (114) or Gregorian (2025)")
    check.add_argument("--json", action="store_true", help="print JSON instead of text")
    check.add_argument("--today", help=argparse.SUPPRESS)
    check.set_defaults(handler=run_check)

    export = groups.sub("export", "json", "export the whole office as JSON (docs/data-format.md)")
    export.add_argument("--out", required=True, metavar="F.json")
    export.set_defaults(handler=run_export_json)

    imp = groups.sub("import", "json", "import an exported office into a new, empty database")
    imp.add_argument("file", metavar="F.json")
    imp.set_defaults(handler=run_import_json)


def today_arg(args: argparse.Namespace) -> dt.date:
    value = getattr(args, "today", None)
    return parse_date(value) if value else dt.date.today()


def run_demo(args: argparse.Namespace) -> int:
    from gmdesk.services.demo import create_demo
    from gmdesk.storage.db import is_empty, open_db

    path = db_path(args)
    if path.exists() and path.stat().st_size > 0:
        db = open_db(path, readonly=True, migrate=False)
        try:
            if not is_empty(db):
                raise InputError(Phrase.of("cli.err.demo_has_office", path=str(path)))
        finally:
            db.close()
    db = open_db(path)
    try:
        create_demo(db, today_arg(args))
    finally:
        db.close()
    print(f"已建立示範機關：{path}")
    return 0


@contextlib.contextmanager
def _writing(path: Path) -> Iterator[Database]:
    """Open `path` for a command that fills it; on failure a file it created is removed again."""
    from gmdesk.storage.db import open_db

    created = not path.exists()
    db = open_db(path)
    try:
        yield db
    except Exception:
        db.close()
        if created:
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
        raise
    db.close()


def run_new(args: argparse.Namespace) -> int:
    from gmdesk.services.settings import create_office
    from gmdesk.storage.db import refuse_foreign

    path = db_path(args)
    if path.exists() and path.stat().st_size > 0:
        refuse_foreign(path)
        raise InputError(Phrase.of("cli.err.new_exists", path=str(path)))
    preset = args.preset.replace("-", "_")
    city = args.city or ("高雄市" if preset == "kaohsiung_district" else "臺北市")
    with _writing(path) as db:
        create_office(db, args.name, city, preset, today_arg(args).year - 1911)
    print(f"已建立機關「{args.name.strip()}」：{path}（可開始匯入人員名冊與培力時數）")
    return 0


def run_check(args: argparse.Namespace) -> int:
    from gmdesk.services.check import as_json, check_year

    year = parse_year(args.year)
    db = open_office(args, readonly=True)
    try:
        results = check_year(db, year, today_arg(args))
    finally:
        db.close()
    if args.json:
        json.dump(as_json(results, year), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    from gmdesk import wording

    lang = getattr(args, "lang", None) or "zh_TW"  # the global --lang; zh_TW by default
    marks = {"ok": "✔", "warn": "!", "fail": "✘"}
    english = lang == "en"
    print(f"Year {year} (ROC): gender mainstreaming" if english else f"{year}年度 性別主流化辦理情形")
    for result in results:
        duty = wording.label("duty", result.duty.value, lang)
        status = wording.label("status", result.status.value, lang)
        summary = wording.say(result.summary_phrase, lang) if result.summary_phrase else ""
        line = f"{duty}: {status}  {summary}" if english else f"{duty}：{status}　{summary}"
        print(f"{marks[result.status.value]} {line}")
        if result.status.value != "ok":
            for reason in result.reason_phrases:
                print(f"    - {wording.say(reason, lang)}")
    return 0


def run_export_json(args: argparse.Namespace) -> int:
    from gmdesk.services.office_data import export_json

    db = open_office(args, readonly=True)
    try:
        out = export_json(db, Path(args.out))
    finally:
        db.close()
    print(f"已匯出：{out}")
    return 0


def run_import_json(args: argparse.Namespace) -> int:
    from gmdesk.services.office_data import import_json

    source = Path(args.file)
    if not source.is_file():
        raise InputError(Phrase.of("cli.err.no_import_file", path=str(source)))
    path = db_path(args)
    with _writing(path) as db:
        counts = import_json(db, source)
    print(f"已匯入 {sum(counts.values())} 筆資料到 {path}")
    return 0
