"""The built-in city workbook: one sheet per duty and a cover, ready for the city's reviewer.

Written with openpyxl's write-only mode (streamed through lxml): a large office's
person-by-person sheet stays fast and small in memory. Everything a sheet needs before
its rows (widths, frozen panes, print setup) is computed from rows gathered first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gmdesk.domain.compliance import Duty
from gmdesk.domain.model import Event, Gender
from gmdesk.domain.outreach import counted_sessions, not_counted_reason
from gmdesk.domain.rocdate import format_short
from gmdesk.domain.yearly import YearReport

FONT = "標楷體"
# Text a spreadsheet would run (or CSV readers would treat) as a formula.
RISKY_START = ("=", "+", "-", "@", "\t", "\r")
MIN_WIDTH = 6
MAX_WIDTH = 48

INT = "0"
HOURS = "0.0"
MONEY = "#,##0"
PCT = "0.0%"
TEXT = "@"

ProgressFn = Callable[[int, int], None]


class Formula(str):
    """A formula gmdesk wrote itself; any other text starting with = is stored as text."""


def needs_escape(value: str) -> bool:
    """Return whether user text would be taken for a formula by a spreadsheet."""
    return value.startswith(RISKY_START)


def display_units(text: str) -> int:
    """Return a column width in character units: CJK and full-width count as 2."""
    longest = 0
    for line in text.split("\n"):
        # UTF-8 spends 3 bytes on CJK characters, so this counts them twice, cheaply.
        units = len(line) + (len(line.encode("utf-8")) - len(line)) // 2
        longest = max(longest, units)
    return longest


@dataclass
class Row:
    values: Sequence[Any]
    kind: str = "data"  # title | subtitle | section | header | data | total | note | label
    formats: Sequence[str | None] = ()
    measured: bool = True  # counts toward column widths
    height: float | None = None


@dataclass
class SheetSpec:
    """A sheet laid out in memory before it is streamed out."""

    title: str
    columns: int
    rows: list[Row] = field(default_factory=list)
    header_rows: tuple[int, int] | None = None  # first and last header row (1-based)
    wrap: frozenset[int] = frozenset()  # 0-based columns that wrap long text
    merges: list[str] = field(default_factory=list)
    landscape: bool = True
    freeze: bool = True  # freeze and repeat the header rows when printing
    max_width: dict[int, int] = field(default_factory=dict)

    def add(self, values: Sequence[Any], kind: str = "data",
            formats: Sequence[str | None] = (), measured: bool = True) -> int:
        """Append a row; return its 1-based number."""
        self.rows.append(Row(list(values), kind, list(formats), measured))
        number = len(self.rows)
        if kind == "note" and self.columns > 1:
            self.merges.append(f"A{number}:{_col(self.columns)}{number}")
        return number

    def title_row(self, text: str, kind: str = "title") -> int:
        number = self.add([text], kind, measured=False)
        if self.columns > 1:
            self.merges.append(f"A{number}:{_col(self.columns)}{number}")
        return number

    def header(self, values: Sequence[str]) -> int:
        number = self.add(values, "header")
        first = self.header_rows[0] if self.header_rows else number
        self.header_rows = (first, number)
        return number


def _col(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index)


def _yesno(value: bool) -> str:
    return "是" if value else "否"


def _gender(gender: Gender) -> str:
    return gender.label


def _rng(column: str, first: int, last: int) -> str:
    return f"{column}{first}:{column}{last}"


def _sum(column: str, first: int, last: int) -> Formula | int:
    return Formula(f"=SUM({_rng(column, first, last)})") if last >= first else 0


# --- the sheets -----------------------------------------------------------------------------


def cover_sheet(report: YearReport) -> SheetSpec:
    office = report.office
    sheet = SheetSpec("封面", 4, wrap=frozenset({1, 3}), max_width={3: 60, 1: 36},
                      freeze=False)
    sheet.title_row(f"{office.name}{report.year}年度性別主流化辦理成果")
    sheet.add([""], "label", measured=False)
    lines = [
        ("機關名稱", office.name),
        ("年度", report.year),
        ("聯絡人", office.contact_name or office.clerk_name),
        ("聯絡電話", office.contact_phone),
        ("電子郵件", office.contact_email),
        ("製表日期", format_short(report.produced)),
        ("資料統計至", format_short(report.as_of)),
        ("姓名顯示", report.name_display.label),
    ]
    for label, value in lines:
        sheet.add([label, value], "label", [None, INT if isinstance(value, int) else None])
    sheet.add([""], "label", measured=False)
    sheet.title_row("辦理情形摘要", "section")
    sheet.header(["項目", "辦理情形", "結果", "說明"])
    for result in report.results:
        reasons = "；".join(f.text for f in result.findings if f.status.value != "ok")
        sheet.add([result.duty.label, result.summary, result.status.label, reasons or "—"])
    return sheet


def group_sheet(report: YearReport) -> SheetSpec:
    office = report.office
    sheet = SheetSpec("執行小組", 9, wrap=frozenset({8}), max_width={8: 40})
    sheet.title_row(f"{office.name}{office.group_name}成員名單（{format_short(report.as_of)}）")
    sheet.header(["編號", "職務", "姓名", "性別", "單位職稱", "府內/府外", "聘期起", "聘期迄",
                  "備註"])
    first = len(sheet.rows) + 1
    for number, member in enumerate(report.members, start=1):
        sheet.add([number, member.role, member.name, _gender(member.gender), member.post,
                   "府外" if member.external else "府內", format_short(member.start),
                   format_short(member.term_end) if member.term_end else "", ""],
                  formats=[INT])
    last = len(sheet.rows)
    sheet.add([""], "label", measured=False)
    sheet.title_row("組成統計（任一性別不得少於三分之一）", "section")
    sheet.add(["委員總數", "男", "女", "其他", "女性比例", "男性比例", "符合三分之一", "府外委員數",
               "備註"], "header")
    row = len(sheet.rows) + 1
    if last >= first:
        genders = _rng("D", first, last)
        values: list[Any] = [
            Formula(f"=COUNTA({_rng('C', first, last)})"),
            Formula(f'=COUNTIF({genders},"男")'),
            Formula(f'=COUNTIF({genders},"女")'),
            Formula(f'=COUNTIF({genders},"其他")'),
            Formula(f"=IF(A{row}=0,0,C{row}/A{row})"),
            Formula(f"=IF(A{row}=0,0,B{row}/A{row})"),
            Formula(f'=IF(AND(B{row}*3>=A{row},C{row}*3>=A{row}),"是","否")'),
            Formula(f'=COUNTIF({_rng("F", first, last)},"府外")'),
        ]
    else:
        values = [0, 0, 0, 0, 0, 0, "否", 0]
    values.append("；".join(report.filings))
    sheet.add(values, "total", [INT, INT, INT, INT, PCT, PCT, None, INT])
    return sheet


def meetings_sheet(report: YearReport) -> SheetSpec:
    office = report.office
    sheet = SheetSpec("執行小組會議", 13, wrap=frozenset({3, 12}), max_width={3: 24, 12: 50})
    sheet.title_row(f"{office.name}{office.group_name}{report.year}年度會議辦理情形")
    sheet.header(["次別", "日期", "時間", "地點", "主席", "應出席", "實出席", "出席男", "出席女",
                  "府外委員出席", "出席率", "達法定人數", "主要決議"])
    first = len(sheet.rows) + 1
    number_formats = [None, None, None, None, None, INT, INT, INT, INT, INT, PCT, None, None]
    for meeting in report.meetings:
        row = len(sheet.rows) + 1
        held = meeting.held
        sheet.add([
            meeting.title, format_short(meeting.day), meeting.start.strftime("%H:%M"),
            meeting.place, meeting.chair, meeting.due,
            meeting.present if held else "", meeting.male_present if held else "",
            meeting.female_present if held else "", meeting.external_present if held else "",
            Formula(f"=IF(F{row}=0,0,G{row}/F{row})") if held else "",
            _yesno(meeting.quorum) if held else "尚未召開",
            meeting.resolutions,
        ], formats=number_formats)
    last = len(sheet.rows)
    total = len(sheet.rows) + 1
    sheet.add([
        "合計", Formula(f'=COUNTIF({_rng("L", first, last)},"<>尚未召開")&"次"')
        if last >= first else "0次", "", "", "",
        _sum("F", first, last), _sum("G", first, last), _sum("H", first, last),
        _sum("I", first, last), _sum("J", first, last),
        Formula(f"=IF(F{total}=0,0,G{total}/F{total})"), "", ""], "total", number_formats)
    held_count = sum(m.held for m in report.meetings)
    sheet.add([f"本年度應至少召開{report.meetings_required}次，已召開{held_count}次"
               + ("，符合規定。" if held_count >= report.meetings_required else "，尚未符合規定。")],
              "note", measured=False)
    return sheet


def training_sheet(report: YearReport) -> SheetSpec:
    office = report.office
    sheet = SheetSpec("性別意識培力", 11)
    sheet.title_row(f"{office.name}{report.year}年度性別意識培力辦理情形（統計至"
                    f"{format_short(report.as_of)}）")
    top = sheet.header(["人員類別", "應受訓人數", "", "", "免訓人數", "已完成人數", "", "",
                        "完成率", "受訓總時數", "平均時數"])
    sheet.header(["", "男", "女", "計", "", "男", "女", "計", "", "", ""])
    for span in ("A", "E", "I", "J", "K"):
        sheet.merges.append(f"{span}{top}:{span}{top + 1}")
    sheet.merges += [f"B{top}:D{top}", f"F{top}:H{top}"]
    formats = [None, INT, INT, INT, INT, INT, INT, INT, PCT, HOURS, HOURS]
    first = len(sheet.rows) + 1
    lines = [line for line in report.completion if line.label != "合計"]
    for line in lines:
        row = len(sheet.rows) + 1
        sheet.add([line.label, *line.required, line.exempt, *line.completed,
                   Formula(f"=IF(D{row}=0,0,H{row}/D{row})"), round(line.hours, 1),
                   Formula(f"=IF(D{row}=0,0,J{row}/D{row})")], formats=formats)
    last = len(sheet.rows)
    row = last + 1
    sheet.add(["合計", *(_sum(c, first, last) for c in "BCDEFGH"),
               Formula(f"=IF(D{row}=0,0,H{row}/D{row})"), _sum("J", first, last),
               Formula(f"=IF(D{row}=0,0,J{row}/D{row})")], "total", formats)
    sheet.add(["註：應受訓人數不含免訓人員（本年度在職未滿規定日數或經核定免訓）；「計」含性別為其他者。"],
              "note", measured=False)
    return sheet


def courses_sheet(report: YearReport) -> SheetSpec:
    sheet = SheetSpec("培力課程", 11, wrap=frozenset({1}), max_width={1: 44})
    sheet.title_row(f"{report.office.name}{report.year}年度性別意識培力課程")
    sheet.header(["日期", "課程名稱", "辦理機關", "等級", "時數", "參訓男", "參訓女", "參訓其他",
                  "參訓合計", "總人時", "平均滿意度"])
    formats = [None, None, None, None, HOURS, INT, INT, INT, INT, HOURS, "0.00"]
    first = len(sheet.rows) + 1
    for course in report.courses:
        row = len(sheet.rows) + 1
        sheet.add([format_short(course.day), course.title, course.provider, course.level.label,
                   course.hours, course.male, course.female, course.other,
                   Formula(f"=SUM(F{row}:H{row})"), round(course.person_hours, 1),
                   course.satisfaction if course.satisfaction is not None else ""], formats=formats)
    last = len(sheet.rows)
    sheet.add(["合計", Formula(f'=COUNTA({_rng("B", first, last)})&"門"') if last >= first
               else "0門", "", "", "", *(_sum(c, first, last) for c in "FGHIJ"), ""],
              "total", formats)
    return sheet


def staff_sheet(report: YearReport) -> SheetSpec:
    sheet = SheetSpec("培力個人明細", 10, wrap=frozenset({9}), max_width={9: 36})
    sheet.title_row(f"{report.office.name}{report.year}年度同仁性別意識培力時數明細"
                    f"（姓名{report.name_display.label}）")
    sheet.header(["單位", "姓名", "性別", "人員類別", "應完成時數", "已完成時數", "其中進階",
                  "尚差時數", "狀態", "備註"])
    formats = [None, None, None, None, HOURS, HOURS, HOURS, HOURS, None, None]
    first = len(sheet.rows) + 1
    for line in report.staff:
        sheet.add([line.unit, line.name, _gender(line.gender), line.category, line.required,
                   line.done, line.advanced, line.short, line.status, line.note], formats=formats)
    last = len(sheet.rows)
    sheet.add(["合計", Formula(f'=COUNTA({_rng("B", first, last)})&"人"') if last >= first
               else "0人", "", "", *(_sum(c, first, last) for c in "EFGH"), "", ""],
              "total", formats)
    return sheet


def _joined(values: Iterable[str]) -> str:
    return "、".join(v for v in values if v)


def outreach_sheet(report: YearReport) -> SheetSpec:
    sheet = SheetSpec("CEDAW宣導", 12, wrap=frozenset({2, 5, 11}),
                      max_width={2: 30, 5: 36, 11: 30})
    sheet.title_row(f"{report.office.name}{report.year}年度CEDAW宣導統計表")
    sheet.header(["編號", "辦理日期", "活動名稱", "宣導對象", "宣導方式", "CEDAW內容", "男", "女",
                  "其他", "合計", "經費（元）", "備註"])
    formats = [INT, None, None, None, None, None, INT, INT, INT, INT, MONEY, None]
    first = len(sheet.rows) + 1
    for number, event in enumerate(report.outreach, start=1):
        row = len(sheet.rows) + 1
        note = not_counted_reason(event, report.produced)
        sheet.add([number, format_short(event.start), event.title, _joined(event.audiences),
                   _joined(event.methods), _joined(event.cedaw_refs), event.male, event.female,
                   event.other, Formula(f"=SUM(G{row}:I{row})"), event.budget,
                   _joined([note, event.note])], formats=formats)
    last = len(sheet.rows)
    sheet.add(["合計", "", "", "", "", "", *(_sum(c, first, last) for c in "GHIJK"), ""],
              "total", formats)
    counted = len(counted_sessions(report.outreach, report.produced))
    verdict = "符合" if counted >= report.outreach_required else "未達"
    sheet.add([f"已辦理之對外宣導（不含僅內部同仁之場次）{counted}場，本年度應至少辦理"
               f"{report.outreach_required}場，{verdict}規定。"], "note", measured=False)
    return sheet


def _participants(event: Event) -> int | str:
    return event.total if event.total else ""


def measures_sheet(report: YearReport) -> SheetSpec:
    sheet = SheetSpec("其他性別平等措施", 10, wrap=frozenset({3, 9}), max_width={3: 30, 9: 40})
    sheet.title_row(f"{report.office.name}{report.year}年度其他性別平等措施辦理情形")
    sheet.header(["編號", "類別", "辦理日期", "措施名稱", "辦理地點", "主辦單位", "協辦單位",
                  "參與人數", "經費（元）", "辦理成效"])
    formats = [INT, None, None, None, None, None, None, INT, MONEY, None]
    first = len(sheet.rows) + 1
    for number, event in enumerate(report.measures, start=1):
        sheet.add([number, event.category or "未分類", format_short(event.start), event.title,
                   event.place, event.organizer, event.co_organizers, _participants(event),
                   event.budget, event.outcome], formats=formats)
    last = len(sheet.rows)
    sheet.add(["合計", Formula(f'=COUNTA({_rng("D", first, last)})&"項"') if last >= first
               else "0項", "", "", "", "", "", _sum("H", first, last), _sum("I", first, last), ""],
              "total", formats)
    counts: dict[str, int] = {}
    for event in report.measures:
        counts[event.category or "未分類"] = counts.get(event.category or "未分類", 0) + 1
    if counts:
        sheet.add(["依類別：" + "、".join(f"{k}{v}項" for k, v in counts.items())], "note",
                  measured=False)
    return sheet


def city_sheets(report: YearReport) -> list[SheetSpec]:
    """Return the sheets of the built-in city workbook, in the order the city reads them."""
    return [cover_sheet(report), group_sheet(report), meetings_sheet(report),
            training_sheet(report), courses_sheet(report), outreach_sheet(report),
            measures_sheet(report), staff_sheet(report)]


DUTY_SHEETS: dict[Duty, str] = {
    Duty.GROUP: "執行小組", Duty.MEETINGS: "執行小組會議", Duty.TRAINING: "性別意識培力",
    Duty.OUTREACH: "CEDAW宣導", Duty.MEASURES: "其他性別平等措施",
}


# --- writing ----------------------------------------------------------------------------------


class _Styles:
    """Shared cells, one per look: write-only cells are written the moment they are yielded,
    so one styled cell object can carry every value of its look."""

    def __init__(self, ws: Any) -> None:
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        self.ws = ws
        thin = Side(style="thin", color="000000")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.fonts = {
            "title": Font(name=FONT, size=16, bold=True),
            "section": Font(name=FONT, size=13, bold=True),
            "subtitle": Font(name=FONT, size=12),
            "header": Font(name=FONT, size=12, bold=True),
            "total": Font(name=FONT, size=12, bold=True),
            "label": Font(name=FONT, size=12),
            "note": Font(name=FONT, size=11),
            "data": Font(name=FONT, size=12),
        }
        self.fill = PatternFill("solid", fgColor="E8E8E8")
        self.Alignment = Alignment
        self._cache: dict[tuple[str, str | None, bool, bool, bool], Any] = {}

    def cell(self, kind: str, fmt: str | None, wrap: bool, escaped: bool, number: bool) -> Any:
        key = (kind, fmt, wrap, escaped, number)
        cell = self._cache.get(key)
        if cell is None:
            from openpyxl.cell import WriteOnlyCell

            cell = WriteOnlyCell(self.ws)
            cell.font = self.fonts.get(kind, self.fonts["data"])
            if kind in ("header", "data", "total"):
                cell.border = self.border
            if kind in ("header", "total"):
                cell.fill = self.fill
            horizontal = "center" if kind == "header" else (
                "right" if number and kind != "label" else ("center" if kind == "title" else "left"))
            cell.alignment = self.Alignment(horizontal=horizontal, vertical="center",
                                            wrap_text=wrap or kind == "header")
            if fmt:
                cell.number_format = fmt
            if escaped:
                cell.quotePrefix = True
            self._cache[key] = cell
        return cell


def _widths(spec: SheetSpec) -> list[float]:
    units = [0] * spec.columns
    for row in spec.rows:
        if not row.measured:
            continue
        for index, value in enumerate(row.values[: spec.columns]):
            if value is None or value == "":
                continue
            if isinstance(value, Formula):
                size = 8
            elif isinstance(value, float):
                size = len(f"{value:,.1f}")
            elif isinstance(value, int):
                size = len(f"{value:,}")
            else:
                size = display_units(str(value))
            if size > units[index]:
                units[index] = size
    widths = []
    for index, size in enumerate(units):
        cap = spec.max_width.get(index, MAX_WIDTH)
        widths.append(float(min(max(size + 2, MIN_WIDTH), cap)))
    return widths


LINE_POINTS = 16.5  # one line of 12 pt CJK text


def _heights(spec: SheetSpec, widths: Sequence[float]) -> dict[int, float]:
    """Return row heights for rows whose wrapped text needs more than one line.

    Spreadsheets do not re-measure rows on opening, so wrapped text would overlap.
    """
    full = sum(widths)
    heights: dict[int, float] = {}
    for number, row in enumerate(spec.rows, start=1):
        lines = 1
        for index, value in enumerate(row.values[: spec.columns]):
            if not isinstance(value, str) or not value or isinstance(value, Formula):
                continue
            if row.kind == "note":
                room = full
            elif index in spec.wrap or row.kind == "header":
                room = widths[index]
            else:
                continue
            needed = sum(-(-max(display_units(part), 1) // max(int(room) - 1, 1))
                         for part in value.split("\n"))
            lines = max(lines, needed)
        if lines > 1:
            heights[number] = lines * LINE_POINTS + 3
    return heights


def _prepare(ws: Any, spec: SheetSpec) -> None:
    from openpyxl.worksheet.properties import PageSetupProperties

    widths = _widths(spec)
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[_col(index)].width = width
    for number, height in _heights(spec, widths).items():
        ws.row_dimensions[number].height = height
    if spec.rows and spec.rows[0].kind == "title":
        ws.row_dimensions[1].height = 26
    if spec.header_rows and spec.freeze:
        last = spec.header_rows[1]
        ws.freeze_panes = f"A{last + 1}"
        ws.print_title_rows = f"1:{last}"
    for merge in spec.merges:
        ws.merged_cells.add(merge)
    setup = ws.page_setup
    setup.paperSize = "9"  # A4
    setup.orientation = "landscape" if spec.landscape else "portrait"
    # Fit the columns to the page width; as many pages down as the rows need.
    setup.fitToWidth = 1
    setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "第 &P 頁，共 &N 頁"
    ws.oddFooter.center.font = FONT


def _row_cells(row: Row, columns: int, wrap: frozenset[int], styles: _Styles) -> Iterator[Any]:
    """Yield the row's cells one at a time: a shared styled cell is written before it is reused."""
    kind = row.kind
    formats = row.formats
    count = 0
    for index, value in enumerate(row.values[:columns]):
        fmt = formats[index] if index < len(formats) else None
        escaped = False
        is_number = False
        if isinstance(value, Formula):
            is_number = fmt not in (None, TEXT)
        elif isinstance(value, str):
            escaped = needs_escape(value)
            fmt = None
        elif isinstance(value, bool):
            value = _yesno(value)
            fmt = None
        elif isinstance(value, int | float):
            is_number = True
        elif value is None:
            value = ""
        cell = styles.cell(kind, fmt, index in wrap or kind == "note", escaped, is_number)
        cell.value = value
        if escaped:
            cell.data_type = "s"  # stored as text: never evaluated
        count += 1
        yield cell
    if kind in ("header", "data", "total"):
        # Carry the borders to the row's last column.
        for _ in range(columns - count):
            blank = styles.cell(kind, None, False, False, False)
            blank.value = None
            yield blank


def _write_rows(ws: Any, spec: SheetSpec, styles: _Styles,
                tick: Callable[[], None] | None = None) -> None:
    for number, row in enumerate(spec.rows, start=1):
        ws.append(_row_cells(row, spec.columns, spec.wrap, styles))
        if tick is not None and number % 2000 == 0:
            tick()


def _ticker(progress: ProgressFn | None, index: int, total: int) -> Callable[[], None] | None:
    if progress is None:
        return None
    return lambda: progress(index, total)


def write_sheets(sheets: Sequence[SheetSpec], out: Path | str,
                 progress: ProgressFn | None = None) -> Path:
    """Write sheets to an .xlsx through a temporary file, so nothing half-written remains."""
    from openpyxl import Workbook

    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    book = Workbook(write_only=True)
    total = len(sheets)
    try:
        for index, spec in enumerate(sheets):
            ws = book.create_sheet(spec.title)
            _prepare(ws, spec)
            styles = _Styles(ws)
            tick = _ticker(progress, index, total)
            _write_rows(ws, spec, styles, tick)
            if progress:
                progress(index + 1, total)
        book.save(str(tmp))
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def write_city(report: YearReport, out: Path | str, progress: ProgressFn | None = None) -> Path:
    """Write the built-in city workbook for a year and return its path."""
    sheets = city_sheets(report)
    # Issue 19: the submission's metadata, key figures and checksum, as the last sheet.
    from gmdesk.workbooks.submission import submission_spec

    sheets.append(submission_spec(report, sheets))
    return write_sheets(sheets, out, progress)


def write_table(out: Path | str, title: str, headers: Sequence[str],
                rows: Iterable[Sequence[Any]]) -> Path:
    """Write one plain table sheet with the workbook's look (used for large lists)."""
    sheet = SheetSpec(title[:31], len(headers))
    sheet.title_row(title)
    sheet.header(headers)
    for row in rows:
        sheet.add(row)
    return write_sheets([sheet], out)
