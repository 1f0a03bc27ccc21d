"""The city's own .xlsx template: which gmdesk field goes to which cell or column, and filling a copy.

A mapping names single cells ("封面!B3" -> "office.name") and tables (a sheet, the first
data row, and a field per column). Filling opens a copy of the template, so its fonts,
fills, merged cells, widths and print setup stay as the city made them; table rows after
the first take the first data row's look.
"""

from __future__ import annotations

import copy
import io
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gmdesk.domain.compliance import Duty
from gmdesk.domain.errors import InputError
from gmdesk.domain.model import Event
from gmdesk.domain.outreach import counts_for_outreach
from gmdesk.domain.rocdate import format_short
from gmdesk.domain.texts import Label, Phrase, define, define_labels
from gmdesk.domain.yearly import MeetingLine, MemberLine, StaffLine, YearReport
from gmdesk.workbooks.city import needs_escape

MAPPING_VERSION = 1
_CELL = re.compile(r"^([A-Z]{1,3})([1-9][0-9]{0,6})$")
_COLUMN = re.compile(r"^[A-Z]{1,3}$")

Getter = Callable[[YearReport], Any]


def _figure(duty: Duty, key: str) -> Getter:
    return lambda r: r.result(duty).figures.get(key, "")


def _outreach_sum(attr: str) -> Getter:
    return lambda r: sum(getattr(e, attr) for e in r.outreach if counts_for_outreach(e))


SCALAR_FIELDS: dict[str, tuple[str, Getter]] = {
    "office.name": ("機關名稱", lambda r: r.office.name),
    "office.city": ("縣市", lambda r: r.office.city),
    "office.head": ("機關首長", lambda r: r.office.head_name),
    "office.contact_name": ("聯絡人", lambda r: r.office.contact_name),
    "office.contact_phone": ("聯絡電話", lambda r: r.office.contact_phone),
    "office.contact_email": ("電子郵件", lambda r: r.office.contact_email),
    "office.address": ("機關地址", lambda r: r.office.address),
    "year": ("年度", lambda r: r.year),
    "produced": ("製表日期", lambda r: format_short(r.produced)),
    "as_of": ("資料統計至", lambda r: format_short(r.as_of)),
    "group.members": ("小組委員總數", _figure(Duty.GROUP, "members")),
    "group.male": ("小組男性委員", _figure(Duty.GROUP, "male")),
    "group.female": ("小組女性委員", _figure(Duty.GROUP, "female")),
    "group.external": ("府外委員數", lambda r: sum(m.external for m in r.members)),
    "meetings.held": ("已開會次數", _figure(Duty.MEETINGS, "held")),
    "meetings.required": ("應開會次數", _figure(Duty.MEETINGS, "required")),
    "training.required": ("應受訓人數", _figure(Duty.TRAINING, "required")),
    "training.completed": ("已完成人數", _figure(Duty.TRAINING, "completed")),
    "training.rate": ("培力完成率", _figure(Duty.TRAINING, "rate")),
    "outreach.sessions": ("對外宣導場次", _figure(Duty.OUTREACH, "sessions")),
    "outreach.male": ("宣導男性人數", _outreach_sum("male")),
    "outreach.female": ("宣導女性人數", _outreach_sum("female")),
    "outreach.other": ("宣導其他人數", _outreach_sum("other")),
    "outreach.total": ("宣導總人數", _outreach_sum("total")),
    "outreach.budget": ("宣導經費", _outreach_sum("budget")),
    "measures.count": ("其他措施項數", _figure(Duty.MEASURES, "measures")),
    "impact.cases": ("性別影響評估案數", _figure(Duty.IMPACT, "cases")),
    "impact.closed": ("性別影響評估已結案數", _figure(Duty.IMPACT, "closed")),
    "statistics.indicators": ("性別統計指標數", _figure(Duty.STATISTICS, "indicators")),
    "statistics.reviewed": ("本年度已檢討指標數", _figure(Duty.STATISTICS, "reviewed")),
    "statistics.analyses": ("性別分析專題篇數", _figure(Duty.STATISTICS, "analyses")),
    "budget.items": ("下年度性別預算項數", _figure(Duty.BUDGET, "items")),
    "budget.amount": ("下年度性別預算金額（千元）", _figure(Duty.BUDGET, "amount")),
    "committees.count": ("委員會數", _figure(Duty.COMMITTEES, "committees")),
    "committees.meeting_rule": ("符合三分之一原則之委員會數", _figure(Duty.COMMITTEES, "meeting_rule")),
    **{f"status.{d.value}": (f"{d.label}結果",
                             (lambda duty: lambda r: r.result(duty).status.label)(d))
       for d in Duty},
    **{f"summary.{d.value}": (f"{d.label}辦理情形",
                              (lambda duty: lambda r: r.result(duty).summary)(d))
       for d in Duty},
}


def _joined(values: Sequence[str]) -> str:
    return "、".join(v for v in values if v)


def _member_fields() -> dict[str, tuple[str, Callable[[int, MemberLine], Any]]]:
    return {
        "seq": ("編號", lambda i, m: i),
        "role": ("職務", lambda i, m: m.role),
        "name": ("姓名", lambda i, m: m.name),
        "gender": ("性別", lambda i, m: m.gender.label),
        "post": ("單位職稱", lambda i, m: m.post),
        "external": ("府內/府外", lambda i, m: "府外" if m.external else "府內"),
        "start": ("聘期起", lambda i, m: format_short(m.start)),
        "term_end": ("聘期迄", lambda i, m: format_short(m.term_end) if m.term_end else ""),
    }


def _meeting_fields() -> dict[str, tuple[str, Callable[[int, MeetingLine], Any]]]:
    return {
        "seq": ("編號", lambda i, m: i),
        "title": ("次別", lambda i, m: m.title),
        "date": ("日期", lambda i, m: format_short(m.day)),
        "place": ("地點", lambda i, m: m.place),
        "chair": ("主席", lambda i, m: m.chair),
        "due": ("應出席", lambda i, m: m.due),
        "present": ("實出席", lambda i, m: m.present if m.held else ""),
        "male_present": ("出席男", lambda i, m: m.male_present if m.held else ""),
        "female_present": ("出席女", lambda i, m: m.female_present if m.held else ""),
        "external_present": ("府外委員出席", lambda i, m: m.external_present if m.held else ""),
        "quorum": ("達法定人數", lambda i, m: ("是" if m.quorum else "否") if m.held else "尚未召開"),
        "resolutions": ("主要決議", lambda i, m: m.resolutions),
    }


def _training_fields() -> dict[str, tuple[str, Callable[[int, Any], Any]]]:
    return {
        "category": ("人員類別", lambda i, c: c.label),
        "required_male": ("應受訓男", lambda i, c: c.required[0]),
        "required_female": ("應受訓女", lambda i, c: c.required[1]),
        "required": ("應受訓計", lambda i, c: c.required[2]),
        "exempt": ("免訓人數", lambda i, c: c.exempt),
        "completed_male": ("已完成男", lambda i, c: c.completed[0]),
        "completed_female": ("已完成女", lambda i, c: c.completed[1]),
        "completed": ("已完成計", lambda i, c: c.completed[2]),
        "rate": ("完成率", lambda i, c: round(c.rate(2) or 0.0, 4)),
        "average_hours": ("平均時數", lambda i, c: round(c.average_hours, 2)),
    }


def _staff_fields() -> dict[str, tuple[str, Callable[[int, StaffLine], Any]]]:
    return {
        "unit": ("單位", lambda i, s: s.unit),
        "name": ("姓名", lambda i, s: s.name),
        "gender": ("性別", lambda i, s: s.gender.label),
        "category": ("人員類別", lambda i, s: s.category),
        "required": ("應完成時數", lambda i, s: s.required),
        "done": ("已完成時數", lambda i, s: s.done),
        "advanced": ("其中進階", lambda i, s: s.advanced),
        "short": ("尚差時數", lambda i, s: s.short),
        "status": ("狀態", lambda i, s: s.status),
    }


def _course_fields() -> dict[str, tuple[str, Callable[[int, Any], Any]]]:
    return {
        "date": ("日期", lambda i, c: format_short(c.day)),
        "title": ("課程名稱", lambda i, c: c.title),
        "provider": ("辦理機關", lambda i, c: c.provider),
        "hours": ("時數", lambda i, c: c.hours),
        "male": ("參訓男", lambda i, c: c.male),
        "female": ("參訓女", lambda i, c: c.female),
        "participants": ("參訓合計", lambda i, c: c.participants),
        "satisfaction": ("平均滿意度", lambda i, c: c.satisfaction if c.satisfaction else ""),
    }


def _event_fields() -> dict[str, tuple[str, Callable[[int, Event], Any]]]:
    return {
        "seq": ("編號", lambda i, e: i),
        "date": ("辦理日期", lambda i, e: format_short(e.start)),
        "title": ("活動名稱", lambda i, e: e.title),
        "category": ("類別", lambda i, e: e.category),
        "place": ("地點", lambda i, e: e.place),
        "organizer": ("主辦單位", lambda i, e: e.organizer),
        "audiences": ("宣導對象", lambda i, e: _joined(e.audiences)),
        "methods": ("宣導方式", lambda i, e: _joined(e.methods)),
        "cedaw": ("CEDAW內容", lambda i, e: _joined(e.cedaw_refs)),
        "male": ("男", lambda i, e: e.male),
        "female": ("女", lambda i, e: e.female),
        "other": ("其他", lambda i, e: e.other),
        "total": ("合計", lambda i, e: e.total),
        "budget": ("經費", lambda i, e: e.budget),
        "outcome": ("辦理成效", lambda i, e: e.outcome),
        "counted": ("計入場次", lambda i, e: "是" if counts_for_outreach(e) else "否"),
    }


TABLE_SOURCES: dict[str, tuple[str, Callable[[YearReport], Sequence[Any]],
                               dict[str, tuple[str, Callable[[int, Any], Any]]]]] = {
    "members": ("小組成員", lambda r: r.members, _member_fields()),
    "meetings": ("小組會議", lambda r: r.meetings, _meeting_fields()),
    "training": ("培力統計（依人員類別）",
                 lambda r: [c for c in r.completion if c.label != "合計"], _training_fields()),
    "staff": ("培力個人明細", lambda r: r.staff, _staff_fields()),
    "courses": ("培力課程", lambda r: r.courses, _course_fields()),
    "outreach": ("CEDAW宣導場次", lambda r: r.outreach, _event_fields()),
    "measures": ("其他性別平等措施", lambda r: r.measures, _event_fields()),
}


define_labels("template_source", {k: v[0] for k, v in TABLE_SOURCES.items()})

# What a mapping file or a template can get wrong; each says where, and what to do.
define({
    "template.err.json": "對應檔不是有效的 JSON（第{line}行）：{detail}",
    "template.err.not_object": "對應檔格式不符：最外層應為物件 {{…}}",
    "template.err.cells_shape": "對應檔的 cells 應為「工作表!儲存格」對「欄位」的物件",
    "template.err.table_shape": "對應檔的第{number}個表格格式不符",
    "template.err.table_fields": "對應檔的第{number}個表格缺少或寫錯欄位：{detail}",
    "template.err.cell_address": "儲存格「{where}」格式不符：請寫成 工作表!B3",
    "template.err.unknown_field": "儲存格「{where}」的欄位「{field}」不存在：可用欄位有 {fields}",
    "template.err.unknown_source": "表格來源「{source}」不存在：可用來源有 {sources}",
    "template.err.start_row": "工作表「{sheet}」的表格起始列須為 1 以上",
    "template.err.no_columns": "工作表「{sheet}」的表格（{source}）沒有任何一欄對應到欄位："
                               "請為至少一欄選擇欄位，或移除這個表格",
    "template.err.column_name": "工作表「{sheet}」的欄「{column}」不是欄名（如 A、B、AA）",
    "template.err.column_field": "工作表「{sheet}」欄 {column} 的欄位「{field}」不屬於{source}："
                                 "可用欄位有 {fields}",
    "template.err.not_xlsx": "範本無法以 Excel 活頁簿開啟（{detail}）：請確認是 .xlsx 檔",
    "template.err.no_sheet_cell": "範本沒有工作表「{sheet}」（儲存格 {where}）：範本的工作表有 {sheets}",
    "template.err.merged": "儲存格 {where} 位於合併儲存格內：請改填合併範圍左上角的儲存格",
    "template.err.no_sheet": "範本沒有工作表「{sheet}」：範本的工作表有 {sheets}",
    "template.err.too_many_rows": "範本工作表「{sheet}」的{source}只留{room}列，本年度有{rows}筆："
                                  "請在範本多留列數，或在對應設定中提高列數上限",
})


def _source(key: str) -> Label:
    return Label("template_source", key)


@dataclass(frozen=True)
class TableMap:
    """A table in the template: rows from `start_row` down, one field per column letter."""

    sheet: str
    source: str
    start_row: int
    columns: dict[str, str]
    max_rows: int = 0  # 0: as many as there are

    def to_dict(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "source": self.source, "start_row": self.start_row,
                "columns": dict(self.columns), "max_rows": self.max_rows}


@dataclass(frozen=True)
class TemplateMapping:
    """Which gmdesk field goes where in the city's template."""

    cells: dict[str, str] = field(default_factory=dict)  # "封面!B3" -> "office.name"
    tables: tuple[TableMap, ...] = ()
    name: str = ""  # what the clerk calls the template (e.g. 高雄市115年度報表)

    def to_json(self) -> str:
        return json.dumps({"version": MAPPING_VERSION, "name": self.name, "cells": self.cells,
                           "tables": [t.to_dict() for t in self.tables]},
                          ensure_ascii=False, indent=2, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> TemplateMapping:
        """Read a mapping file; say what is wrong and where when it cannot be read."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(Phrase.of("template.err.json", line=exc.lineno,
                                       detail=exc.msg)) from None
        if not isinstance(data, dict):
            raise InputError(Phrase.of("template.err.not_object"))
        cells = data.get("cells", {})
        if not isinstance(cells, dict):
            raise InputError(Phrase.of("template.err.cells_shape"))
        tables = []
        for number, raw in enumerate(data.get("tables", []) or [], start=1):
            if not isinstance(raw, dict):
                raise InputError(Phrase.of("template.err.table_shape", number=number))
            try:
                tables.append(TableMap(str(raw["sheet"]), str(raw["source"]),
                                       int(raw["start_row"]),
                                       {str(k).upper(): str(v)
                                        for k, v in dict(raw["columns"]).items()},
                                       int(raw.get("max_rows", 0) or 0)))
            except (KeyError, TypeError, ValueError) as exc:
                raise InputError(Phrase.of("template.err.table_fields", number=number,
                                           detail=str(exc))) from None
        mapping = cls({str(k): str(v) for k, v in cells.items()}, tuple(tables),
                      str(data.get("name", "")))
        mapping.check_fields()
        return mapping

    def check_fields(self) -> None:
        """Refuse unknown fields, sources and cell addresses."""
        for where, what in self.cells.items():
            sheet, _, cell = where.rpartition("!")
            if not sheet or not _CELL.match(cell.upper()):
                raise InputError(Phrase.of("template.err.cell_address", where=where))
            if what not in SCALAR_FIELDS:
                raise InputError(Phrase.of("template.err.unknown_field", where=where,
                                           field=what, fields=tuple(SCALAR_FIELDS)))
        for table in self.tables:
            if table.source not in TABLE_SOURCES:
                raise InputError(Phrase.of("template.err.unknown_source", source=table.source,
                                           sources=tuple(TABLE_SOURCES)))
            if table.start_row < 1:
                raise InputError(Phrase.of("template.err.start_row", sheet=table.sheet))
            fields = TABLE_SOURCES[table.source][2]
            if not table.columns:
                raise InputError(Phrase.of("template.err.no_columns", sheet=table.sheet,
                                           source=_source(table.source)))
            for column, what in table.columns.items():
                if not _COLUMN.match(column):
                    raise InputError(Phrase.of("template.err.column_name", sheet=table.sheet,
                                               column=column))
                if what not in fields:
                    raise InputError(Phrase.of(
                        "template.err.column_field", sheet=table.sheet, column=column,
                        field=what, source=_source(table.source), fields=tuple(fields)))


def check_against(mapping: TemplateMapping, template: bytes) -> list[str]:
    """Return the template's sheet names after checking every mapped sheet and cell exists."""
    from openpyxl import load_workbook
    from openpyxl.cell.cell import MergedCell

    try:
        book = load_workbook(io.BytesIO(template))
    except Exception as exc:
        raise InputError(Phrase.of("template.err.not_xlsx", detail=type(exc).__name__)) from None
    names = list(book.sheetnames)
    for where in mapping.cells:
        sheet, _, cell = where.rpartition("!")
        if sheet not in names:
            raise InputError(Phrase.of("template.err.no_sheet_cell", sheet=sheet, where=where,
                                       sheets=tuple(names)))
        if isinstance(book[sheet][cell.upper()], MergedCell):
            raise InputError(Phrase.of("template.err.merged", where=where))
    for table in mapping.tables:
        if table.sheet not in names:
            raise InputError(Phrase.of("template.err.no_sheet", sheet=table.sheet,
                                       sheets=tuple(names)))
    return names


def _put(cell: Any, value: Any) -> None:
    cell.value = value
    if isinstance(value, str) and needs_escape(value):
        cell.data_type = "s"  # user text, never a formula
        cell.quotePrefix = True


def fill_template(template: bytes, mapping: TemplateMapping, report: YearReport,
                  out: Path | str) -> Path:
    """Fill a copy of the template with the year and write it to `out`."""
    book = _filled(template, mapping, report)
    # Issue 19: the submission's metadata, key figures and checksum, as the last sheet.
    from gmdesk.workbooks.submission import add_submission_sheet

    add_submission_sheet(book, report)
    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    try:
        book.save(str(tmp))
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def _filled(template: bytes, mapping: TemplateMapping, report: YearReport) -> Any:
    """Return the template as an openpyxl workbook, filled with the year (nothing written)."""
    from openpyxl import load_workbook

    check_against(mapping, template)
    book = load_workbook(io.BytesIO(template))
    for where, what in mapping.cells.items():
        sheet, _, cell = where.rpartition("!")
        _put(book[sheet][cell.upper()], SCALAR_FIELDS[what][1](report))
    for table in mapping.tables:
        ws = book[table.sheet]
        _label, rows_of, fields = TABLE_SOURCES[table.source]
        rows = list(rows_of(report))
        if table.max_rows and len(rows) > table.max_rows:
            raise InputError(Phrase.of("template.err.too_many_rows", sheet=table.sheet,
                                       source=_source(table.source), room=table.max_rows,
                                       rows=len(rows)))
        height = ws.row_dimensions[table.start_row].height
        for index, item in enumerate(rows):
            row = table.start_row + index
            for column, what in table.columns.items():
                cell = ws[f"{column}{row}"]
                if index:
                    source = ws[f"{column}{table.start_row}"]
                    if source.has_style:
                        cell._style = copy.copy(source._style)
                _put(cell, fields[what][1](index + 1, item))
            if index and height is not None:
                ws.row_dimensions[row].height = height
    return book


@dataclass(frozen=True)
class SheetGrid:
    """The top-left part of a sheet as text, for the mapping dialog: rows[r][c] is the cell at
    row r + 1, column c + 1; `merged` lists merged ranges such as "A1:E1"."""

    name: str
    rows: list[list[str]]
    merged: list[str] = field(default_factory=list)

    def text(self, row: int, column: int) -> str:
        """Return the text of a cell (1-based row and column), '' outside the grid."""
        if 1 <= row <= len(self.rows) and 1 <= column <= len(self.rows[row - 1]):
            return self.rows[row - 1][column - 1]
        return ""


def template_grids(template: bytes, max_rows: int = 60, max_columns: int = 26) -> list[SheetGrid]:
    """Return every sheet of the template as text (its first rows and columns)."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(template))
    except Exception as exc:
        raise InputError(Phrase.of("template.err.not_xlsx", detail=type(exc).__name__)) from None
    return [_grid(ws, max_rows, max_columns) for ws in book.worksheets]


def filled_grids(template: bytes, mapping: TemplateMapping, report: YearReport,
                 max_rows: int = 60, max_columns: int = 26) -> list[SheetGrid]:
    """Return the template's sheets as they look filled with the year (nothing is written)."""
    book = _filled(template, mapping, report)
    return [_grid(ws, max_rows, max_columns) for ws in book.worksheets]


def _grid(ws: Any, max_rows: int, max_columns: int) -> SheetGrid:
    rows_used = min(max(ws.max_row, 1), max_rows)
    columns_used = min(max(ws.max_column, 1), max_columns)
    rows = [[_shown(ws.cell(r, c).value) for c in range(1, columns_used + 1)]
            for r in range(1, rows_used + 1)]
    return SheetGrid(ws.title, rows, [str(m) for m in ws.merged_cells.ranges])


def _shown(value: Any) -> str:
    import datetime as dt

    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return format_short(value.date())
    if isinstance(value, dt.date):
        return format_short(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def guess_columns(source: str, headers: dict[str, str]) -> dict[str, str]:
    """Return column letter -> field for header cells that name a field of `source`
    (「活動名稱」 -> title); each field at most once, exact names before partial ones."""
    from gmdesk.domain.importing import normalise_header

    fields = TABLE_SOURCES[source][2]
    labels = {key: normalise_header(label) for key, (label, _) in fields.items()}
    found: dict[str, str] = {}
    for exact in (True, False):
        for column, header in headers.items():
            text = normalise_header(header)
            if not text or column in found:
                continue
            for key, label in labels.items():
                if key in found.values():
                    continue
                if text == label or (not exact and len(label) >= 2
                                     and (label in text or text in label)):
                    found[column] = key
                    break
    return found


def field_choices() -> dict[str, list[tuple[str, str]]]:
    """Return the fields a mapping can name: '' for single cells, else per table source."""
    choices = {"": [(k, v[0]) for k, v in SCALAR_FIELDS.items()]}
    for source, (_, _, fields) in TABLE_SOURCES.items():
        choices[source] = [(k, v[0]) for k, v in fields.items()]
    return choices


def source_labels() -> dict[str, str]:
    return {k: v[0] for k, v in TABLE_SOURCES.items()}
