"""The office's 性別平等專區 web page: the year's published results as a static site.

A site folder holds one folder per year (115/index.html …), a front page listing them and
a manifest (gmdesk-site.json) that marks the folder as gmdesk's: exporting another year into
it keeps the years already there; a folder that is not a gmdesk site is never written into.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from gmdesk.documents.site import CommitteeLine, SitePhoto, SiteYear, write_home, write_year
from gmdesk.domain.errors import InputError
from gmdesk.domain.model import Event, Photo
from gmdesk.domain.names import NameDisplay, display_name, mask_names_in
from gmdesk.domain.rocdate import format_long
from gmdesk.domain.texts import Phrase, define
from gmdesk.domain.yearly import YearReport
from gmdesk.services import steps
from gmdesk.services.reports import get_name_display, year_report
from gmdesk.storage import events, people
from gmdesk.storage.database import Database
from gmdesk.storage.db import office_id

MANIFEST = "gmdesk-site.json"

define({
    "site.err.is_file": "「{path}」是檔案，不是資料夾：請選擇新的資料夾名稱",
    "site.err.foreign_folder": "資料夾「{path}」已有其他檔案，且不是 gmdesk 產生的網頁：為免覆蓋，"
                               "請選擇空資料夾或新的資料夾名稱",
    "site.err.bad_manifest": "資料夾「{path}」的 {manifest} 無法讀取或不是 gmdesk 的網頁清單："
                             "為免覆蓋，請選擇空資料夾或新的資料夾名稱",
    "site.err.other_office": "資料夾「{path}」是另一個機關（{office}）的網頁："
                             "請選擇本機關的網頁資料夾或新的資料夾",
    "site.err.not_site": "「{path}」不是 gmdesk 產生的網頁資料夾（沒有 {manifest}）："
                         "請指定先前匯出的性別平等專區資料夾",
    "site.err.foreign_files": "「{path}」裡有不是 gmdesk 產生的檔案（{first}）：為免覆蓋，"
                              "請先移走這些檔案，或選擇新的資料夾",
    "site.err.foreign_files_many": "「{path}」裡有不是 gmdesk 產生的檔案（{first}等{n}個）："
                                   "為免覆蓋，請先移走這些檔案，或選擇新的資料夾",
})
FORMAT = 1
WEB_LONG_SIDE = 960  # pixels: sharp on a page column, light to download
WEB_QUALITY = 80

ProgressFn = Callable[[int, int, "str | Phrase"], None]


def _no_progress(done: int, total: int, text: str | Phrase = "") -> None:
    return None


def site_name_display(db: Database) -> NameDisplay:
    """Return how the public page shows names: the export setting, but never in full."""
    mode = get_name_display(db)
    return NameDisplay.MASKED if mode is NameDisplay.FULL else mode


def web_photo(photo: Photo, file: str, fallback_alt: str) -> SitePhoto:
    """Return the photo as a JPEG no longer than WEB_LONG_SIDE on its long side."""
    from PIL import Image, ImageOps

    with Image.open(io.BytesIO(photo.data)) as opened:
        picture = ImageOps.exif_transpose(opened).convert("RGB")
    picture.thumbnail((WEB_LONG_SIDE, WEB_LONG_SIDE), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=WEB_QUALITY, optimize=True, progressive=True)
    caption = photo.caption.strip()
    return SitePhoto(file, out.getvalue(), caption or fallback_alt, caption,
                     picture.width, picture.height)


def read_manifest(target: Path, own_id: str) -> dict[str, Any]:
    """Return the folder's manifest (empty for a new or empty folder); refuse a foreign folder."""
    if target.exists() and not target.is_dir():
        raise InputError(Phrase.of("site.err.is_file", path=str(target)))
    if not target.exists() or not any(target.iterdir()):
        return {}
    path = target / MANIFEST
    if not path.is_file():
        raise InputError(Phrase.of("site.err.foreign_folder", path=str(target)))
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
        if manifest.get("generator") != "gmdesk" or not isinstance(manifest.get("years"), dict):
            raise ValueError
    except (ValueError, OSError, AttributeError):
        raise InputError(Phrase.of("site.err.bad_manifest", path=str(target),
                                   manifest=MANIFEST)) from None
    if manifest.get("office_id") not in (None, own_id):
        raise InputError(Phrase.of("site.err.other_office", path=str(target),
                                   office=str(manifest.get("office", ""))))
    return dict(manifest)


def _foreign_files(folder: Path, listed: Sequence[str]) -> list[str]:
    if not folder.exists():
        return []
    known = set(listed)
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                  if p.is_file() and p.relative_to(folder).as_posix() not in known)


def _masked_event(event: Event, names: list[str], mode: NameDisplay) -> Event:
    def clean(text: str) -> str:
        return mask_names_in(text, names, mode)

    return replace(event, title=clean(event.title), place=clean(event.place),
                   organizer=clean(event.organizer), co_organizers=clean(event.co_organizers),
                   partners=clean(event.partners), outcome=clean(event.outcome),
                   review=clean(event.review), note=clean(event.note))


def public_report(db: Database, year: int, today: dt.date, *, photos: bool = False) -> YearReport:
    """Return the year with every name shown as the public page may: the office's people too."""
    mode = site_name_display(db)
    report = year_report(db, year, today, photos=photos, mode=mode)
    office = report.office
    return replace(report, office=replace(
        office, head_name=display_name(office.head_name, mode),
        contact_name=display_name(office.contact_name, mode),
        clerk_name=display_name(office.clerk_name, mode)))


def site_year(db: Database, year: int, today: dt.date) -> SiteYear:
    """Return the year as the public page shows it: names masked, photos made small."""
    mode = site_name_display(db)
    report = public_report(db, year, today)
    names = [p.name for p in people.list_people(db)]
    outreach = tuple(_masked_event(e, names, mode) for e in report.outreach)
    measures = tuple(_masked_event(e, names, mode) for e in report.measures)
    report = replace(report, outreach=outreach, measures=measures)
    photos: dict[Any, tuple[SitePhoto, ...]] = {}
    for event in (*outreach, *measures):
        if event.start > report.as_of:
            continue
        found = events.list_photos(db, event.id)
        photos[event.id] = tuple(
            web_photo(replace(p, caption=mask_names_in(p.caption, names, mode)),
                      f"photos/e{event.id}-{index}.jpg", f"「{event.title}」活動照片{index}")
            for index, p in enumerate(found, start=1))
    return _with_duties(db, SiteYear(report, photos), names, mode)


def _with_duties(db: Database, site: SiteYear, names: list[str], mode: NameDisplay) -> SiteYear:
    """Add the year's impact assessments, statistics, budget and committees (no names)."""
    from gmdesk.domain import committees as committee_rules
    from gmdesk.services import budget, committees, impact, statistics

    def clean(text: str) -> str:
        return mask_names_in(text, names, mode)

    year, day = site.report.year, site.report.as_of
    gia = tuple(replace(c, title=clean(c.title), expert_name="", opinion="",
                        adoption_reason="", note="") for c in impact.list_year(db, year))
    # A year's figures are compiled after it: each indicator shows its latest year so far.
    indicators = tuple(
        (row.indicator, row.values[max(known)] if (known := [y for y in row.values if y <= year])
         else None)
        for row in statistics.indicator_rows(db, year) if row.kept)
    analyses = tuple(replace(a, title=clean(a.title), note="")
                     for a in statistics.list_analyses(db, year))
    lines = []
    for committee in committees.list_committees(db):
        members = committees.members_of(db, committee.id)
        lines.append(CommitteeLine(
            committee.name, committee.kind.label, committee_rules.composition(members, day),
            committee_rules.meets(members, day),
            f"{format_long(committee.filed_on, weekday=False)}報府備查"
            if committee.filed_on else ""))
    return replace(
        site, gia=gia, indicators=indicators, analyses=analyses,
        budget_items=tuple(replace(i, title=clean(i.title), note="")
                           for i in budget.items_of(db, year + 1)),
        budget_sheet=budget.sheet_of(db, year + 1),
        executed_items=tuple(replace(i, title=clean(i.title), result=clean(i.result), note="")
                             for i in budget.items_of(db, year)),
        committees=tuple(lines))


def write_site(db: Database, year: int, today: dt.date, out: Path | str,
               progress: ProgressFn = _no_progress, *, with_report: bool = True,
               previous: Sequence[Path | str] = ()) -> Path:
    """Write (or update) the year's pages in the site folder `out`; other years stay.

    `previous` names earlier site folders of the office whose years are copied in (those
    `out` lacks). Nothing in the folder changes until the year's pages are complete; a folder
    that is not a gmdesk site, or holds files gmdesk did not write in the year's folder, is
    refused.
    """
    target = Path(out)
    own_id = office_id(db)
    manifest = read_manifest(target, own_id)
    years: dict[str, Any] = dict(manifest.get("years", {}))
    earlier: dict[str, tuple[Path, Any]] = {}
    for folder in (Path(f) for f in previous):
        found = read_manifest(folder, own_id) if folder.is_dir() else {}
        if not found:
            raise InputError(Phrase.of("site.err.not_site", path=str(folder), manifest=MANIFEST))
        for kept, entry in found["years"].items():
            if kept != str(year) and kept not in years and (folder / kept / "index.html").is_file():
                earlier.setdefault(kept, (folder / kept, entry))
    extra = _foreign_files(target / str(year), years.get(str(year), {}).get("files", []))
    if extra:
        raise InputError(Phrase.of("site.err.foreign_files_many" if len(extra) > 1
                                   else "site.err.foreign_files", path=str(target / str(year)),
                                   first=str(extra[0]), n=len(extra)))
    progress(0, 3, steps.say("gathering"))
    site = site_year(db, year, today)
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".gmdesk-site-", dir=target.parent))
    try:
        staged = work / str(year)
        pdf_name = ""
        if with_report:
            progress(1, 3, steps.say("laying_out_report"))
            from gmdesk.documents.annual import render_annual

            pdf_name = f"report-{year}.pdf"
            pdf = render_annual(public_report(db, year, today, photos=True), staged / pdf_name)
            site = replace(site, report_pdf=pdf_name, report_pdf_size=pdf.stat().st_size)
        progress(2, 3, steps.say("making_pages"))
        files = write_year(site, staged)
        if pdf_name:
            files.append(pdf_name)
        for kept, (source, _entry) in earlier.items():
            shutil.copytree(source, work / f"earlier-{kept}")
        target.mkdir(parents=True, exist_ok=True)
        for kept, (_source, entry) in earlier.items():
            (work / f"earlier-{kept}").replace(target / kept)
            years[kept] = entry
        current = target / str(year)
        if current.exists():
            current.replace(work / "previous")
        staged.replace(current)
        years[str(year)] = {"made": today.isoformat(), "as_of": site.report.as_of.isoformat(),
                            "files": sorted(files)}
        kept = [int(y) for y in years if (target / y / "index.html").is_file()]
        home = write_home(site.report.office.name, kept, work, today)
        (work / home).replace(target / home)
        data = {"generator": "gmdesk", "format": FORMAT, "office_id": own_id,
                "office": site.report.office.name, "updated": today.isoformat(),
                "files": [home], "years": {y: years[y] for y in sorted(years) if int(y) in kept}}
        part = work / MANIFEST
        part.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        part.replace(target / MANIFEST)
        progress(3, 3, steps.say("done"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target

