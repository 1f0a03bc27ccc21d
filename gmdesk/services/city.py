"""The city's view: read every office's submission and consolidate them into one workbook.

Each file is opened, read row by row and released before the next (memory stays flat);
what a reviewer must be told — who is absent, duplicated, altered, late for another year,
in another format version, or not a gmdesk file at all — comes back as flags.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from gmdesk.domain import submission as rules
from gmdesk.domain import texts
from gmdesk.domain.cities import CITY_LISTS, office_key, parse_office_list
from gmdesk.domain.consolidation import Consolidation, Flag, FlagKind, OfficeLine
from gmdesk.domain.errors import InputError
from gmdesk.domain.submission import NotASubmission, Submission
from gmdesk.domain.texts import Phrase, Short, define
from gmdesk.services import steps
from gmdesk.storage import office as office_store
from gmdesk.storage.database import Database
from gmdesk.workbooks.submission import read_submission

define({
    "city.err.not_a_list": "「{spec}」不是機關名單：請寫 kaohsiung、taipei，"
                           "或一行一個機關名稱的文字檔",
    "city.err.not_utf8": "機關名單「{name}」不是 UTF-8 文字檔：請另存為 UTF-8",
    "city.err.not_found": "找不到「{path}」：請確認檔案或資料夾名稱",
    "city.err.no_files": "沒有找到任何提交檔：請選擇各機關寄來的 .xlsx 或 .json 檔，或其所在資料夾",
})

ProgressFn = Callable[[int, int, "str | Phrase"], None]
CITY_LIST_KEY = "city_office_list"
SUFFIXES = (".xlsx", ".xlsm", ".json")


def _no_progress(done: int, total: int, text: str | Phrase = "") -> None:
    return None


# --- the list of offices a city expects -----------------------------------------------------


def expected_offices(spec: str) -> tuple[str, ...]:
    """Return the offices named by a preset code (kaohsiung, taipei), a list file, or "" (none)."""
    spec = spec.strip()
    if not spec or spec == "none":
        return ()
    if spec in CITY_LISTS:
        return CITY_LISTS[spec].offices
    path = Path(spec)
    if not path.is_file():
        raise InputError(Phrase.of("city.err.not_a_list", spec=spec), "offices")
    try:
        return parse_office_list(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(Phrase.of("city.err.not_utf8", name=path.name), "offices") from None


def get_city_list(db: Database) -> tuple[str, ...]:
    """Return the reviewer's saved list of expected offices (empty when none is saved)."""
    return parse_office_list(office_store.get_setting(db, CITY_LIST_KEY, ""))


def set_city_list(db: Database, offices: Sequence[str]) -> None:
    with db.atomic():
        office_store.set_setting(db, CITY_LIST_KEY, "\n".join(offices))


# --- reading ----------------------------------------------------------------------------------


def collect(paths: Iterable[Path | str], exclude: Iterable[Path] = ()) -> list[Path]:
    """Return the files to read: each file given, and every .xlsx/.json inside a folder given
    (but not `exclude`: the consolidation's own output, when written into the inbox)."""
    found: list[Path] = []
    for item in paths:
        path = Path(item)
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file()
                            and p.suffix.lower() in SUFFIXES and not p.name.startswith(("~$", ".")))
        elif path.exists():
            found.append(path)
        else:
            raise InputError(Phrase.of("city.err.not_found", path=str(path)), "files")
    skip = {p.resolve() for p in exclude}
    unique: dict[Path, None] = {}
    for path in found:
        if path.resolve() not in skip:
            unique.setdefault(path.resolve(), None)
    return list(unique)


def read_json_submission(path: Path, year: int | None = None) -> Submission:
    """Read a JSON export: check its metadata and checksum, then work out its key figures.

    A JSON export holds the whole office, every year: its figures are worked out for `year`
    (the year being consolidated) when given, else for the year it was exported in.
    """
    from gmdesk.services.reports import year_report
    from gmdesk.storage import dump
    from gmdesk.storage.db import open_db

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise NotASubmission(f"「{path.name}」不是有效的 JSON 文字檔，已略過。") from exc
    if not isinstance(data, dict) or data.get("format") != dump.FORMAT_NAME:
        raise NotASubmission(f"「{path.name}」不是 gmdesk 匯出的機關資料檔，已略過。")
    meta = data.get("submission")
    if not isinstance(meta, dict):
        raise NotASubmission(f"「{path.name}」沒有提交資訊（submission）：請用新版 gmdesk 重新匯出。")
    db = open_db(None)
    try:
        dump.load(db, data)
        made = dt.datetime.fromisoformat(str(meta.get("made_at"))).date()
        wanted = year if year is not None else int(str(meta.get("year")))
        report = year_report(db, wanted, made)
    except (dump.FormatError, InputError, ValueError) as exc:
        raise NotASubmission(f"「{path.name}」的資料無法讀取（{exc}），已略過。") from exc
    finally:
        db.close()
    figures = rules.key_figures(report)
    return Submission(
        path, {**meta, "year": report.year},
        {f.key: f.value for f in figures if f.key != rules.MISSING_KEY},
        [(f.label, str(f.value)) for f in figures if f.key == rules.MISSING_KEY],
        computed=rules.json_checksum(data.get("tables")))


def read_any(path: Path, year: int | None = None) -> Submission:
    if path.suffix.lower() == ".json":
        return read_json_submission(path, year)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise NotASubmission(f"「{path.name}」不是 Excel 活頁簿或 JSON 匯出檔，已略過。")
    return read_submission(path)


def _made_day(found: Submission) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat(found.made_at).date()
    except ValueError:
        return None


def _made_key(found: Submission) -> tuple[int, str]:
    """Sort submissions by when they were made (a time without offset is taken as local)."""
    try:
        made = dt.datetime.fromisoformat(found.made_at)
    except ValueError:
        return (0, found.made_at)
    if made.tzinfo is None:
        made = made.astimezone()
    return (1, made.astimezone(dt.UTC).isoformat())


texts.define({
    "city.year_of": "{year}年度",
    "city.no_year": "沒有寫明年度",
    "city.other_year": "這份是{which}的資料，不是{year}年度：未列入彙整，請該機關重新提交",
    "city.older_format": "格式版本{version}較舊（目前{current}）：數字已列入，"
                         "請該機關更新 gmdesk 後重新匯出",
    "city.newer_format": "格式版本{version}比本版 gmdesk 支援的{current}新：數字已盡量讀取，"
                         "請更新 gmdesk 後再彙整",
    "city.altered": "檔案內容與匯出時的檢核碼不符（匯出後曾被修改）：數字已列入，請向該機關確認",
    "city.duplicate": "收到{n}份，採用最新的「{newest}」",
    "city.late": "製作於{made}，晚於截止日{due}",
    "city.unlisted": "此機關不在名單上：請確認名單或機關名稱",
    "city.absent": "尚未收到{year}年度的提交檔",
})


def consolidate(paths: Iterable[Path | str], year: int, expected: Sequence[str] = (),
                progress: ProgressFn = _no_progress, today: dt.date | None = None,
                due: dt.date | None = None, exclude: Iterable[Path] = ()) -> Consolidation:
    """Read every submission given and return the city's consolidation for an ROC year."""
    files = collect(paths, exclude)
    flags: list[Flag] = []
    by_office: dict[str, list[Submission]] = {}
    total = len(files)
    for index, path in enumerate(files):
        progress(index, total, steps.say("reading_file", name=path.name, n=index + 1, total=total))
        try:
            found = read_any(path, year)
        except NotASubmission as exc:
            flags.append(Flag(FlagKind.NOT_SUBMISSION, "", path.name, str(exc)))
            continue
        name = found.office_name or path.stem
        if found.year != year:
            which = (Phrase.of("city.year_of", year=found.year) if found.year is not None
                     else Phrase.of("city.no_year"))
            flags.append(Flag(FlagKind.OTHER_YEAR, name, path.name,
                              Phrase.of("city.other_year", which=which, year=year)))
            continue
        version = found.format_version or 0
        if version < rules.FORMAT_VERSION:
            flags.append(Flag(FlagKind.OLDER_FORMAT, name, path.name,
                              Phrase.of("city.older_format", version=version,
                                        current=rules.FORMAT_VERSION)))
        elif version > rules.FORMAT_VERSION:
            flags.append(Flag(FlagKind.NEWER_FORMAT, name, path.name,
                              Phrase.of("city.newer_format", version=version,
                                        current=rules.FORMAT_VERSION)))
        if not found.intact:
            flags.append(Flag(FlagKind.ALTERED, name, path.name, Phrase.of("city.altered")))
        by_office.setdefault(office_key(name), []).append(found)
    progress(total, total, steps.say("consolidating"))

    lines: list[OfficeLine] = []
    for found_list in by_office.values():
        found_list.sort(key=_made_key, reverse=True)
        newest = found_list[0]
        line = OfficeLine(newest.office_name or newest.path.stem, newest)
        if len(found_list) > 1:
            names = "、".join(f"{s.path.name}（{rules.made_text(s.made_at)}）" for s in found_list)
            flags.append(Flag(FlagKind.DUPLICATE, line.name, names,
                              Phrase.of("city.duplicate", n=len(found_list),
                                        newest=newest.path.name)))
            line.flags.append(FlagKind.DUPLICATE)
        made = _made_day(newest)
        if due is not None and made is not None and made > due:
            flags.append(Flag(FlagKind.LATE, line.name, newest.path.name,
                              Phrase.of("city.late", made=Short(made), due=Short(due))))
            line.flags.append(FlagKind.LATE)
        version = newest.format_version or 0
        if version != rules.FORMAT_VERSION:
            line.flags.append(FlagKind.OLDER_FORMAT if version < rules.FORMAT_VERSION
                              else FlagKind.NEWER_FORMAT)
        if not newest.intact:
            line.flags.append(FlagKind.ALTERED)
        lines.append(line)
    expected_keys = {office_key(e): e for e in expected}
    order = {k: i for i, k in enumerate(expected_keys)}
    if expected:
        for line in lines:
            if office_key(line.name) not in expected_keys:
                flags.append(Flag(FlagKind.UNLISTED, line.name, line.submission.path.name
                                  if line.submission else "", Phrase.of("city.unlisted")))
                line.flags.append(FlagKind.UNLISTED)
    lines.sort(key=lambda o: (-o.failing, order.get(office_key(o.name), len(order)), o.name))
    present = {office_key(o.name) for o in lines}
    absent = [OfficeLine(name, None, [FlagKind.ABSENT]) for key, name in expected_keys.items()
              if key not in present]
    for line in absent:
        flags.append(Flag(FlagKind.ABSENT, line.name, "", Phrase.of("city.absent", year=year)))
    kinds = list(FlagKind)
    flags.sort(key=lambda f: (kinds.index(f.kind), order.get(office_key(f.office), 10**6), f.file))
    return Consolidation(year, today or dt.date.today(), lines + absent, flags, tuple(expected),
                         files_read=total, due=due)


def consolidate_to(paths: Iterable[Path | str], year: int, out: Path | str,
                   expected: Sequence[str] = (), progress: ProgressFn = _no_progress,
                   today: dt.date | None = None,
                   dashboard: Path | str | None = None,
                   due: dt.date | None = None) -> Consolidation:
    """Consolidate and write the city workbook (and the dashboard PDF when asked): the one
    call the window and the command line make."""
    from gmdesk.workbooks.consolidated import write_consolidation

    outputs = [Path(out)] + ([Path(dashboard)] if dashboard is not None else [])
    result = consolidate(paths, year, expected, progress, today, due, exclude=outputs)
    if not result.counted and not result.flags:
        raise InputError(Phrase.of("city.err.no_files"), "files")
    started: list[Path] = []  # cancelled or failed while writing: none of them is left behind
    try:
        progress(result.files_read, result.files_read, steps.say("writing_consolidated"))
        started.append(Path(out))
        write_consolidation(result, Path(out))
        if dashboard is not None:
            from gmdesk.documents.city_dashboard import render_dashboard

            progress(result.files_read, result.files_read, steps.say("drawing_dashboard"))
            started.append(Path(dashboard))
            render_dashboard(result, Path(dashboard))
    except BaseException:
        for path in started:
            path.unlink(missing_ok=True)
        raise
    return result
