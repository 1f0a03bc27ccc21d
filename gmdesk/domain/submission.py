"""What a submission says about itself: its metadata, its key figures and its checksum.

A city workbook ends with the sheet 「提交資訊」: plain key / label / value cells a reviewer
(or any spreadsheet) can read without gmdesk. Its checksum is defined here, once, over the
canonicalised cell values of every other sheet plus the key-figure rows; the reader
recomputes it from the file, so a figure changed by hand after export is flagged.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gmdesk.domain.cities import office_key
from gmdesk.domain.compliance import Duty
from gmdesk.domain.rocdate import format_short
from gmdesk.domain.yearly import YearReport

SHEET = "提交資訊"
FORMAT = "gmdesk-city-submission"
FORMAT_VERSION = 1
CHECKSUM_PREFIX = "sha256:"

# key, label: the metadata block of the sheet, in order.
META_LABELS: tuple[tuple[str, str], ...] = (
    ("format", "格式"),
    ("format_version", "格式版本"),
    ("office_id", "機關代碼"),
    ("office_name", "機關名稱"),
    ("city", "縣市"),
    ("office_kind", "機關類別"),
    ("preset", "適用規定"),
    ("year", "年度"),
    ("gmdesk_version", "gmdesk版本"),
    ("made_at", "製作時間"),
    ("checksum", "資料檢核碼"),
)
FIGURES_HEADER = "重要數字"
MISSING_KEY = "missing"

Row = Sequence[Any]


def canonical_cell(value: Any) -> str:
    """Return a cell's value as the checksum sees it, the same whether written or read back."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int | float):
        number = float(value)
        if number.is_integer():
            return str(int(number))
        return repr(round(number, 9))
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return str(value).replace("\r\n", "\n")


def canonical_row(values: Iterable[Any]) -> list[str]:
    """Return a row's canonical cells without its trailing blanks (empty: the row is skipped)."""
    cells = [canonical_cell(v) for v in values]
    while cells and cells[-1] == "":
        cells.pop()
    return cells


class Checksum:
    """A running checksum over sheets, fed one row at a time (a reader keeps no rows)."""

    def __init__(self) -> None:
        self._hash = hashlib.sha256()

    def sheet(self, title: str) -> None:
        self._hash.update(b"\x1dsheet\x1f" + title.encode("utf-8"))

    def row(self, values: Iterable[Any]) -> None:
        cells = canonical_row(values)
        if cells:
            self._hash.update(b"\x1e" + "\x1f".join(cells).encode("utf-8"))

    def hexdigest(self) -> str:
        return CHECKSUM_PREFIX + self._hash.hexdigest()


def checksum(sheets: Iterable[tuple[str, Iterable[Row]]], figures: Iterable[Row],
             meta: dict[str, Any]) -> str:
    """Return the checksum of data sheets (title, rows), the key-figure rows and the metadata
    (all but the checksum itself), in that order."""
    total = Checksum()
    for title, rows in sheets:
        total.sheet(title)
        for row in rows:
            total.row(row)
    finish(total, figures, meta)
    return total.hexdigest()


def finish(total: Checksum, figures: Iterable[Row], meta: dict[str, Any]) -> None:
    """Feed the key figures and the metadata after the data sheets."""
    total.sheet(FIGURES_HEADER)
    for row in figures:
        total.row(row)
    total.sheet(SHEET)
    for key, _ in META_LABELS:
        if key != "checksum":
            total.row([key, meta.get(key)])


def json_checksum(tables: Any) -> str:
    """Return the checksum of a JSON export's tables (canonical JSON: sorted keys, no spaces)."""
    text = json.dumps(tables, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return CHECKSUM_PREFIX + hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- key figures --------------------------------------------------------------------------


@dataclass(frozen=True)
class Figure:
    key: str  # duty.name, e.g. group.female, training.合計.completed_all
    label: str
    value: int | float | str


def _int(value: object) -> int:
    return int(str(value)) if value not in (None, "") else 0


GENDER_SUFFIX = (("m", "男"), ("f", "女"), ("all", "計"))


def key_figures(report: YearReport) -> list[Figure]:
    """Return the figures a consolidation totals, duty by duty, as plain key / value pairs.

    People are counted once per office: the group's seats and the training 合計 line count
    persons, not categories or sessions.
    """
    out: list[Figure] = []

    def add(key: str, label: str, value: int | float | str) -> None:
        out.append(Figure(key, label, value))

    for result in report.results:
        add(f"{result.duty.value}.status", f"{result.duty.label}狀態", result.status.value)
    group = report.result(Duty.GROUP).figures
    add("group.members", "小組人數", _int(group.get("members")))
    add("group.male", "小組男性", _int(group.get("male")))
    add("group.female", "小組女性", _int(group.get("female")))
    add("group.other", "小組其他性別", _int(group.get("other")))
    add("group.external", "府外委員", sum(1 for m in report.members if m.external))
    meetings = report.result(Duty.MEETINGS).figures
    add("meetings.held", "已召開會議", _int(meetings.get("held")))
    add("meetings.required", "應召開會議", _int(meetings.get("required")))
    for line in report.completion:
        for index, (suffix, word) in enumerate(GENDER_SUFFIX):
            add(f"training.{line.label}.required_{suffix}", f"{line.label}應受訓{word}",
                line.required[index])
        for index, (suffix, word) in enumerate(GENDER_SUFFIX):
            add(f"training.{line.label}.completed_{suffix}", f"{line.label}已完成{word}",
                line.completed[index])
        add(f"training.{line.label}.exempt", f"{line.label}免訓", line.exempt)
        add(f"training.{line.label}.hours", f"{line.label}受訓時數", round(line.hours, 1))
    outreach = report.result(Duty.OUTREACH).figures
    add("outreach.sessions", "對外CEDAW宣導場次", _int(outreach.get("sessions")))
    add("outreach.required", "應辦理宣導場次", _int(outreach.get("required")))
    add("outreach.male", "宣導觸及男", _int(outreach.get("male")))
    add("outreach.female", "宣導觸及女", _int(outreach.get("female")))
    add("outreach.other", "宣導觸及其他", _int(outreach.get("other")))
    measures = report.result(Duty.MEASURES).figures
    add("measures.count", "其他性別平等措施", _int(measures.get("measures")))
    add("measures.required", "應辦理措施", report.measures_required)
    for result in report.results:
        for finding in result.findings:
            if finding.status.value != "ok":
                add(MISSING_KEY, result.duty.label, finding.text)
    return out


def figure_rows(figures: Sequence[Figure]) -> list[list[Any]]:
    return [[f.key, f.label, f.value] for f in figures]


def metadata(report: YearReport, *, preset: str, version: str, made_at: dt.datetime,
             digest: str) -> dict[str, Any]:
    office = report.office
    return {
        "format": FORMAT, "format_version": FORMAT_VERSION,
        "office_id": office_key(office.name), "office_name": office.name, "city": office.city,
        "office_kind": office.kind.value, "preset": preset, "year": report.year,
        "gmdesk_version": version, "made_at": made_at.isoformat(timespec="seconds"),
        "checksum": digest,
    }


def sheet_rows(report: YearReport, data_sheets: Sequence[tuple[str, Sequence[Row]]], *,
               preset: str, version: str, made_at: dt.datetime) -> list[list[Any]]:
    """Return the 提交資訊 sheet's rows: a title, the metadata block, then the key figures."""
    figures = figure_rows(key_figures(report))
    meta = metadata(report, preset=preset, version=version, made_at=made_at, digest="")
    meta["checksum"] = checksum(data_sheets, figures, meta)
    rows: list[list[Any]] = [["gmdesk 提交資訊（市府彙整用，請勿修改）"], ["代碼", "項目", "內容"]]
    rows += [[key, label, meta[key]] for key, label in META_LABELS]
    rows.append([])
    rows.append([FIGURES_HEADER])
    rows.append(["代碼", "項目", "數值"])
    rows += figures
    return rows


def json_metadata(*, office_name: str, city: str, office_kind: str, preset: str, year: int,
                  version: str, made_at: dt.datetime, tables: Any,
                  data_version: int) -> dict[str, Any]:
    """Return the `submission` object of a JSON export: the same keys as the workbook's sheet."""
    return {
        "format": FORMAT, "format_version": FORMAT_VERSION, "data_format_version": data_version,
        "office_id": office_key(office_name), "office_name": office_name, "city": city,
        "office_kind": office_kind, "preset": preset, "year": year, "gmdesk_version": version,
        "made_at": made_at.isoformat(timespec="seconds"), "checksum": json_checksum(tables),
    }


class NotASubmission(ValueError):
    """A file that is not a gmdesk submission (named and skipped by a consolidation)."""


@dataclass
class Submission:
    """What one received file says: who, which year, its key figures, and whether it is intact."""

    path: Path
    meta: dict[str, Any]
    figures: dict[str, int | float | str] = field(default_factory=dict)
    missing: list[tuple[str, str]] = field(default_factory=list)  # (duty label, text)
    computed: str = ""  # the checksum recomputed from the file

    @property
    def office_name(self) -> str:
        return str(self.meta.get("office_name") or "")

    @property
    def office_id(self) -> str:
        return str(self.meta.get("office_id") or office_key(self.office_name))

    @property
    def year(self) -> int | None:
        value = self.meta.get("year")
        try:
            return int(str(value))
        except ValueError:
            return None

    @property
    def format_version(self) -> int | None:
        try:
            return int(str(self.meta.get("format_version")))
        except ValueError:
            return None

    @property
    def made_at(self) -> str:
        return str(self.meta.get("made_at") or "")

    @property
    def intact(self) -> bool:
        return bool(self.computed) and self.computed == str(self.meta.get("checksum") or "")

    def number(self, key: str) -> int | float:
        value = self.figures.get(key, 0)
        if isinstance(value, int | float):
            return value
        try:
            number = float(str(value).replace(",", ""))
        except ValueError:
            return 0
        return int(number) if number.is_integer() else number


def made_text(made_at: str) -> str:
    """Return when a submission was made as the reviewer reads it: 115/11/24 10:30."""
    try:
        made = dt.datetime.fromisoformat(made_at)
    except ValueError:
        return made_at
    return f"{format_short(made.date())} {made:%H:%M}"
