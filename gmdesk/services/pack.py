"""The year-end evidence pack: every document of the year, numbered by duty, in a folder or a .zip.

Everything is written into a temporary folder next to the target first; only a
complete pack is moved (or zipped) into place, so a cancel or an error leaves nothing.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from gmdesk.domain.errors import InputError
from gmdesk.domain.model import EventKind
from gmdesk.domain.rocdate import format_short
from gmdesk.domain.texts import Phrase, define
from gmdesk.services import reports, steps
from gmdesk.storage import events, meetings, office
from gmdesk.storage.database import Database

define({
    "pack.err.exists": "「{path}」已存在且不是空資料夾：請選擇新的資料夾名稱或 .zip 檔",
})

ProgressFn = Callable[[int, int, "str | Phrase"], None]

FOLDERS = {
    "summary": "00_年度彙整",
    "group": "01_執行小組",
    "training": "02_性別意識培力",
    "outreach": "03_CEDAW宣導",
    "measures": "04_其他性別平等措施",
    "impact": "05_性別影響評估",
    "statistics": "06_性別統計",
    "budget": "07_性別預算",
    "committees": "08_委員會性別比例",
}


def _no_progress(done: int, total: int, text: str | Phrase = "") -> None:
    return None


def safe_name(text: str) -> str:
    """Return text usable as a file name on Windows (no \\ / : * ? " < > |)."""
    cleaned = re.sub(r'[\\/:*?"<>|\r\n\t]+', "_", text).strip(" .")
    return cleaned[:60] or "未命名"


@dataclass(frozen=True)
class PackItem:
    """One file of the pack: where it goes and how it is made."""

    path: str  # relative, e.g. 01_執行小組/01_115年第1次會議_會議紀錄.pdf
    label: str
    make: Callable[[Path], Path]


def plan_pack(db: Database, year: int, today: dt.date) -> list[PackItem]:
    """Return every file the pack will hold, in order (nothing is written yet)."""
    from gmdesk.documents.minutes import render_minutes
    from gmdesk.documents.notice import render_notice
    from gmdesk.documents.outreach import render_event_report
    from gmdesk.documents.signin import render_signin
    from gmdesk.services import meetings as meeting_service
    from gmdesk.services.training import print_reminders

    profile = office.get_office(db)
    if profile is None:
        raise InputError(Phrase.of("record.no_office"))
    items: list[PackItem] = []
    report = reports.year_report(db, year, today, photos=False)
    from gmdesk.workbooks.city import write_city

    registration = reports.load_template(db)

    def workbook(out: Path) -> Path:
        if registration is not None:
            from gmdesk.workbooks.template import fill_template

            return fill_template(registration.data, registration.mapping, report, out)
        return write_city(report, out)

    annual_report = reports.year_report(db, year, today, photos=True)

    def annual(out: Path) -> Path:
        from gmdesk.documents.annual import render_annual

        return render_annual(annual_report, out)

    summary = FOLDERS["summary"]
    items.append(PackItem(f"{summary}/01_{year}年度報市府報表.xlsx", "報市府報表", workbook))
    items.append(PackItem(f"{summary}/02_{year}年度性別主流化成果報告.pdf", "年度成果報告", annual))

    group_folder = FOLDERS["group"]
    for number, meeting in enumerate(meetings.list_meetings(db, year), start=1):
        if meeting.day > today:
            continue  # not held yet: no minutes or signatures to show
        paper = meeting_service.paper(db, meeting.id, today)
        stem = f"{group_folder}/{number:02d}_{safe_name(meeting.title)}"
        # In the order they were made; the notice is the evidence for the 3-day rule.
        items.append(PackItem(f"{stem}_1開會通知單.pdf", f"{meeting.title}開會通知單",
                              partial(render_notice, paper, profile)))
        items.append(PackItem(f"{stem}_2簽到表.pdf", f"{meeting.title}簽到表",
                              partial(render_signin, paper, profile)))
        items.append(PackItem(f"{stem}_3會議紀錄.pdf", f"{meeting.title}會議紀錄",
                              partial(render_minutes, paper, profile)))

    items.append(PackItem(f"{FOLDERS['training']}/01_{year}年度性別意識培力未達標準人員名單.pdf",
                          "性別意識培力未達標準人員名單",
                          partial(print_reminders, db, year, today)))

    counters = {EventKind.CEDAW: 0, EventKind.MEASURE: 0}
    for event in events.list_events(db, year):
        if event.start > today:
            continue
        counters[event.kind] += 1
        folder = FOLDERS["outreach" if event.kind is EventKind.CEDAW else "measures"]
        name = (f"{folder}/{counters[event.kind]:02d}_{format_short(event.start).replace('/', '')}"
                f"_{safe_name(event.title)}_成果報告.pdf")
        photos = tuple(events.list_photos(db, event.id))
        items.append(PackItem(name, f"「{event.title}」成果報告",
                              partial(render_event_report, event, photos, profile)))
    items += _duty_items(db, year, today)
    return items


def _duty_items(db: Database, year: int, today: dt.date) -> list[PackItem]:
    """The files of 性別影響評估, 性別統計, 性別預算 and the committees (names as set)."""
    from gmdesk.services import duty_prints
    from gmdesk.storage import duties

    items = [PackItem(f"{FOLDERS['impact']}/01_{year}年度性別影響評估辦理情形一覽表.pdf",
                      "性別影響評估辦理情形一覽表", lambda out: duty_prints.print_impact_list(db, year, today, out))]
    for number, case in enumerate(duties.list_cases(db, year), start=2):
        items.append(PackItem(f"{FOLDERS['impact']}/{number:02d}_{safe_name(case.title)}_程序參與及參採情形表.pdf",
                              f"「{case.title}」程序參與及參採情形表",
                              partial(duty_prints.print_impact_case, db, case.id)))
    items.append(PackItem(f"{FOLDERS['statistics']}/01_{year}年度性別統計指標一覽表.pdf",
                          "性別統計指標一覽表", lambda out: duty_prints.print_statistics(db, year, today, out)))
    budget_years = [y for y in (year + 1, year) if duties.list_items(db, y)] or [year + 1]
    for number, budget_year in enumerate(budget_years, start=1):
        items.append(PackItem(f"{FOLDERS['budget']}/{number:02d}_{budget_year}年度性別預算編列情形表.pdf",
                              f"{budget_year}年度性別預算編列情形表",
                              partial(duty_prints.print_budget, db, budget_year, today)))
    items.append(PackItem(f"{FOLDERS['committees']}/01_各委員會性別比例情形表.pdf", "各委員會性別比例情形表",
                          lambda out: duty_prints.print_committees(db, year, today, out)))
    return items


def write_pack(db: Database, year: int, today: dt.date, out: Path | str,
               progress: ProgressFn = _no_progress) -> Path:
    """Write the pack to a folder, or to a .zip when `out` ends in .zip; return its path.

    `progress` may raise (the clerk cancelled): the temporary folder is removed and the
    target is left as it was.
    """
    target = Path(out)
    as_zip = target.suffix.lower() == ".zip"
    if not as_zip and target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise InputError(Phrase.of("pack.err.exists", path=str(target)))
    target.parent.mkdir(parents=True, exist_ok=True)
    progress(0, 1, steps.say("gathering"))
    items = plan_pack(db, year, today)
    total = len(items) + 1
    work = Path(tempfile.mkdtemp(prefix=".gmdesk-pack-", dir=target.parent))
    try:
        root = work / "pack"
        for index, item in enumerate(items):
            progress(index, total, steps.say("making_item", item=item.label, n=index + 1, total=len(items)))
            destination = root / item.path
            destination.parent.mkdir(parents=True, exist_ok=True)
            item.make(destination)
        (root / "00_目錄.txt").write_text(_contents(items, year, today), encoding="utf-8-sig")
        progress(len(items), total, steps.say("packing"))
        if as_zip:
            part = work / "pack.zip"
            with zipfile.ZipFile(part, "w", zipfile.ZIP_DEFLATED) as archive:
                for file in sorted(root.rglob("*")):
                    if file.is_file():
                        archive.write(file, file.relative_to(root).as_posix())
            part.replace(target)
        else:
            if target.exists():
                target.rmdir()
            root.replace(target)
        progress(total, total, steps.say("done"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target


def _contents(items: list[PackItem], year: int, today: dt.date) -> str:
    lines = [f"{year}年度性別主流化佐證資料（{format_short(today)}製作）", ""]
    lines += [f"{item.path}\t{item.label}" for item in items]
    return "\r\n".join(lines) + "\r\n"
