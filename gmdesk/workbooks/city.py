"""The built-in city workbook: one sheet per duty and a cover, ready for the city's reviewer.

The workbook is a list of sheets built from plain data (SheetSpec: rows of values, with
their look), and one writer (write_sheets) turns any such list into an .xlsx with xlsxwriter,
which is about twice as fast as openpyxl's write-only mode (openpyxl stays for filling a
city's own templates). Every formula is stored with its computed value. Widths, heights and
print setup are worked out from the rows gathered first.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gmdesk.domain.budget import BudgetItem, totals
from gmdesk.domain.compliance import Duty
from gmdesk.domain.impact import status_text
from gmdesk.domain.model import Event, Gender
from gmdesk.domain.outreach import counted_sessions, not_counted_reason
from gmdesk.domain.rocdate import format_short
from gmdesk.domain.statistics import AnalysisUse
from gmdesk.domain.yearly import YearReport, meetings_counted

FONT = "標楷體"
# Text a spreadsheet would run (or CSV readers would treat) as a formula.
RISKY_START = ("=", "+", "-", "@", "\t", "\r")
MIN_WIDTH = 6
MAX_WIDTH = 48

# Each number format leaves a space's width at the right edge, so a right-aligned number never
# runs into the text of the next column.
INT = "0_ "
HOURS = "0.0_ "
MONEY = "#,##0_ "
PCT = "0.0%_ "
TEXT = "@"

ProgressFn = Callable[[int, int], None]


class Formula(str):
    """A formula gmdesk wrote itself; any other text starting with = is stored as text.

    `value` is what it computes, stored in the file with it (xlsxwriter's cached value), so a
    reader that does not recalculate (a checker, pandas, a phone preview) sees the figure.
    """

    value: Any

    def __new__(cls, text: str, value: Any = None) -> Formula:
        made = super().__new__(cls, text)
        made.value = value
        return made


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
    kind: str = "data"  # title | subtitle | section | header | data | total | note | label | pair
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
    from xlsxwriter.utility import xl_col_to_name

    return str(xl_col_to_name(index - 1))


def _yesno(value: bool) -> str:
    return "是" if value else "否"


def _gender(gender: Gender) -> str:
    return gender.label


def _rng(column: str, first: int, last: int) -> str:
    return f"{column}{first}:{column}{last}"


def _sum(column: str, first: int, last: int, values: Iterable[Any] = ()) -> Formula | int:
    """Return =SUM over the rows, cached with the sum of `values` (the same rows' figures)."""
    total = sum(v for v in values if isinstance(v, int | float) and not isinstance(v, bool))
    if last < first:
        return 0
    return Formula(f"=SUM({_rng(column, first, last)})",
                   round(total, 4) if isinstance(total, float) else total)


def _ratio(top: str, bottom: str, row: int, num: float, den: float) -> Formula:
    return Formula(f"=IF({bottom}{row}=0,0,{top}{row}/{bottom}{row})", num / den if den else 0)


def _column(sheet: SheetSpec, index: int, first: int, last: int) -> list[Any]:
    """Return the values of a 0-based column over 1-based rows first..last."""
    values = [sheet.rows[r - 1].values[index] for r in range(first, last + 1)
              if index < len(sheet.rows[r - 1].values)]
    return [v.value if isinstance(v, Formula) else v for v in values]


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
    sheet.header(["編號", "職務", "姓名", "性別", "單位職稱",
                  f"{report.internal_word or '府內'}/{report.external_short or '府外'}",
                  "聘期起", "聘期迄", "備註"])
    first = len(sheet.rows) + 1
    for number, member in enumerate(report.members, start=1):
        sheet.add([number, member.role, member.name, _gender(member.gender), member.post,
                   (report.external_short or "府外") if member.external
                   else (report.internal_word or "府內"), format_short(member.start),
                   format_short(member.term_end) if member.term_end else "", ""],
                  formats=[INT])
    last = len(sheet.rows)
    sheet.add([""], "label", measured=False)
    # The statistics stand as label / value pairs under 單位職稱 and the column after it, so
    # no figure sits alone in the roster's wide text columns.
    label_col, value_col = 4, 5  # E, F (0-based)
    top = sheet.add([""] * label_col + ["組成統計（任一性別不得少於三分之一）"], "label",
                    measured=False)
    sheet.merges.append(f"{_col(label_col + 1)}{top}:{_col(value_col + 2)}{top}")
    members = report.members
    count = len(members)
    male = sum(m.gender is Gender.MALE for m in members)
    female = sum(m.gender is Gender.FEMALE for m in members)
    other = count - male - female
    outside = sum(bool(m.external) for m in members)
    v = _col(value_col + 1)
    r0 = top + 1  # the row of 委員總數
    genders = _rng("D", first, last)
    external_label = f"{report.external_short}委員" if report.external_short else "府外委員"
    ok = male * 3 >= count and female * 3 >= count and count > 0
    lines: list[tuple[str, Any, str | None]] = [
        ("委員總數（人）", Formula(f"=COUNTA({_rng('C', first, last)})", count)
         if last >= first else 0, INT),
        ("男（人）", Formula(f'=COUNTIF({genders},"男")', male) if last >= first else 0, INT),
        ("女（人）", Formula(f'=COUNTIF({genders},"女")', female) if last >= first else 0, INT),
        ("其他（人）", Formula(f'=COUNTIF({genders},"其他")', other) if last >= first else 0,
         INT),
        ("女性比例", Formula(f"=IF({v}{r0}=0,0,{v}{r0 + 2}/{v}{r0})",
                         female / count if count else 0), PCT),
        ("男性比例", Formula(f"=IF({v}{r0}=0,0,{v}{r0 + 1}/{v}{r0})",
                         male / count if count else 0), PCT),
        ("任一性別達三分之一", Formula(
            f'=IF(AND({v}{r0}>0,{v}{r0 + 1}*3>={v}{r0},{v}{r0 + 2}*3>={v}{r0}),"是","否")',
            "是" if ok else "否"), None),
        (f"{external_label}（人）", Formula(
            f'=COUNTIF({_rng("F", first, last)},"{report.external_short or "府外"}")', outside)
         if last >= first else 0, INT),
    ]
    for label, value, fmt in lines:
        sheet.add([""] * label_col + [label, value], "pair", [None] * value_col + [fmt],
                  measured=False)
    if report.filings:
        sheet.add(["備查：" + "；".join(report.filings)], "note", measured=False)
    return sheet


def meetings_sheet(report: YearReport) -> SheetSpec:
    office = report.office
    # Twelve columns that print at a readable size on landscape A4: date and time share one,
    # the long texts wrap in capped columns, headers wrap onto two lines.
    sheet = SheetSpec("執行小組會議", 12, wrap=frozenset({2, 11}), max_width={2: 14, 11: 30})
    sheet.title_row(f"{office.name}{office.group_name}{report.year}年度會議辦理情形")
    external = f"{report.external_short or '府外'}委員出席"
    sheet.header(["次別", "日期時間", "地點", "主席", "應出席", "實出席", "出席男", "出席女",
                  external, "出席率", "達法定人數", "主要決議"])
    first = len(sheet.rows) + 1
    number_formats = [None, None, None, None, INT, INT, INT, INT, INT, PCT, None, None]
    for meeting in report.meetings:
        row = len(sheet.rows) + 1
        held = meeting.held
        sheet.add([
            meeting.title, f"{format_short(meeting.day)} {meeting.start.strftime('%H:%M')}",
            meeting.place, meeting.chair, meeting.due,
            meeting.present if held else "", meeting.male_present if held else "",
            meeting.female_present if held else "", meeting.external_present if held else "",
            _ratio("F", "E", row, meeting.present, meeting.due) if held else "",
            _yesno(meeting.quorum) if held else "尚未召開",
            meeting.resolutions,
        ], formats=number_formats)
    last = len(sheet.rows)
    total = len(sheet.rows) + 1
    held_lines = [m for m in report.meetings if m.held]
    due = sum(m.due for m in held_lines)
    present = sum(m.present for m in held_lines)
    status = _rng("K", first, last)
    if last >= first:
        due_cell: Any = Formula(f'=SUMIF({status},"<>尚未召開",{_rng("E", first, last)})', due)
        count_cell: Any = Formula(f'=COUNTIF({status},"<>尚未召開")&"次"', f"{len(held_lines)}次")
    else:
        due_cell, count_cell = 0, "0次"
    sheet.add([
        "合計（已召開）", count_cell, "", "", due_cell,
        *(_sum(c, first, last, _column(sheet, i, first, last))
          for i, c in zip(range(5, 9), "FGHI", strict=True)),
        _ratio("F", "E", total, present, due), "", ""], "total", number_formats)
    held_count = meetings_counted(report.meetings)  # 流會 does not count (domain.yearly)
    sheet.add([f"本年度應至少召開{report.meetings_required}次，已召開{held_count}次"
               + ("，符合規定。" if held_count >= report.meetings_required else "，尚未符合規定。")
               + "合計列只計已召開之會議（應出席為各次應出席委員人次之和）。"],
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
        hours = round(line.hours, 1)
        sheet.add([line.label, *line.required, line.exempt, *line.completed,
                   _ratio("H", "D", row, line.completed[2], line.required[2]), hours,
                   _ratio("J", "D", row, hours, line.required[2])], formats=formats)
    last = len(sheet.rows)
    row = last + 1
    sums = [_sum(c, first, last, _column(sheet, i, first, last))
            for i, c in enumerate("BCDEFGHIJ", start=1)]
    required, done, hours = (float(cell.value) if isinstance(cell, Formula) else 0.0
                             for cell in (sums[2], sums[6], sums[8]))
    sheet.add(["合計", *sums[:7], _ratio("H", "D", row, done, required), sums[8],
               _ratio("J", "D", row, hours, required)], "total", formats)
    sheet.add(["註：應受訓人數不含免訓人員（本年度在職未滿規定日數或經核定免訓）；「計」含性別為其他者。"
               f"受訓總時數{_hours_total(report)[0]:g}小時為應受訓人員（不含免訓人員）本年度之培力時數。"],
              "note", measured=False)
    return sheet


def _hours_total(report: YearReport) -> tuple[float, float, float, float]:
    """Return the year's hours as each sheet counts them, so the notes can reconcile them:
    required staff only (the training sheet), everyone listed (the person sheet), of which
    the exempt, and every course record (the course sheet)."""
    counted = next((line.hours for line in report.completion if line.label == "合計"),
                   sum(line.hours for line in report.completion))
    everyone = sum(line.done for line in report.staff)
    exempt = sum(line.done for line in report.staff if line.status == "免訓")
    courses = sum(course.person_hours for course in report.courses)
    return (round(counted, 1), round(everyone, 1), round(exempt, 1), round(courses, 1))


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
                   Formula(f"=SUM(F{row}:H{row})", course.participants),
                   round(course.person_hours, 1),
                   course.satisfaction if course.satisfaction is not None else ""], formats=formats)
    last = len(sheet.rows)
    sheet.add(["合計", Formula(f'=COUNTA({_rng("B", first, last)})&"門"',
                             f"{len(report.courses)}門") if last >= first else "0門", "", "", "",
               _sum("F", first, last, [c.male for c in report.courses]),
               _sum("G", first, last, [c.female for c in report.courses]),
               _sum("H", first, last, [c.other for c in report.courses]),
               _sum("I", first, last, [c.participants for c in report.courses]),
               _sum("J", first, last, _column(sheet, 9, first, last)), ""],
              "total", formats)
    _, everyone, _, courses = _hours_total(report)
    gap = courses - everyone
    sheet.add([f"總人時{courses:g}小時為本表各課程全部參訓紀錄之時數（含免訓人員）"
               + ("，與「培力個人明細」之已完成時數合計相同。" if abs(gap) < 0.05 else
                  f"，較「培力個人明細」之已完成時數合計多{gap:g}小時，為未計入個人時數之紀錄。"
                  if gap > 0 else
                  f"，較「培力個人明細」之已完成時數合計少{-gap:g}小時（個人明細另含未列為課程之紀錄）。")],
              "note", measured=False)
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
    sheet.add(["合計", Formula(f'=COUNTA({_rng("B", first, last)})&"人"',
                             f"{len(report.staff)}人") if last >= first else "0人", "", "",
               *(_sum(c, first, last, _column(sheet, i, first, last))
                 for i, c in zip(range(4, 8), "EFGH", strict=True)), "", ""],
              "total", formats)
    counted, everyone, exempt, _ = _hours_total(report)
    same = abs(everyone - exempt - counted) < 0.05
    sheet.add([f"已完成時數合計{everyone:g}小時，含免訓人員{exempt:g}小時；扣除免訓人員後為"
               f"{everyone - exempt:g}小時" + ("，即「性別意識培力」表之受訓總時數。" if same else
                                             f"；「性別意識培力」表之受訓總時數為{counted:g}小時。")],
              "note", measured=False)
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
                   event.other, Formula(f"=SUM(G{row}:I{row})",
                                        event.male + event.female + event.other), event.budget,
                   _joined([note, event.note])], formats=formats)
    last = len(sheet.rows)
    sheet.add(["合計", "", "", "", "", "", *(_sum(c, first, last, _column(sheet, i, first, last))
                                         for i, c in zip(range(6, 11), "GHIJK", strict=True)),
               ""], "total", formats)
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
    sheet.add(["合計", Formula(f'=COUNTA({_rng("D", first, last)})&"項"',
                             f"{len(report.measures)}項") if last >= first else "0項",
               "", "", "", "", "", _sum("H", first, last, _column(sheet, 7, first, last)),
               _sum("I", first, last, _column(sheet, 8, first, last)), ""],
              "total", formats)
    counts: dict[str, int] = {}
    for event in report.measures:
        counts[event.category or "未分類"] = counts.get(event.category or "未分類", 0) + 1
    if counts:
        sheet.add(["依類別：" + "、".join(f"{k}{v}項" for k, v in counts.items())], "note",
                  measured=False)
    return sheet


def _day(day: dt.date | None) -> str:
    return format_short(day) if day else ""


def impact_sheet(report: YearReport) -> SheetSpec:
    """性別影響評估辦理情形一覽表."""
    sheet = SheetSpec("性別影響評估", 11, wrap=frozenset({2, 7, 8, 10}),
                      max_width={2: 30, 7: 36, 8: 30, 10: 24})
    sheet.title_row(f"{report.office.name}{report.year}年度性別影響評估辦理情形一覽表")
    sheet.header(["編號", "類別", "計畫（法案）名稱", "主辦單位", "辦理日期", "程序參與方式",
                  "程序參與日期", "程序參與人員", "參採情形", "送主管單位", "辦理狀態"])
    for number, case in enumerate(report.duties.cases, start=1):
        expert = "、".join(x for x in (case.expert_name, case.expert_title, case.expert_org) if x)
        if case.expert_source is not None:
            expert += f"（{case.expert_source.label}）"
        adoption = case.adoption.label if case.adoption else ""
        if case.adoption_reason:
            adoption += f"：{case.adoption_reason}"
        sent = " ".join(x for x in (case.submitted_to, _day(case.submitted_on)) if x)
        sheet.add([number, f"{case.kind.group}（{case.kind.label}）", case.title, case.unit,
                   _day(case.started), case.way.label if case.way else "", _day(case.participated_on),
                   expert, adoption, sent, status_text(case)], formats=[INT])
    if not report.duties.cases:
        sheet.add(["本年度無應辦理案件"], "note", measured=False)
    return sheet


def statistics_sheet(report: YearReport) -> SheetSpec:
    """性別統計指標一覽表, values by year and gender, then the analyses."""
    records = report.duties
    years = records.value_years
    columns = max(7 + 4 * len(years), 7)
    sheet = SheetSpec("性別統計", columns, wrap=frozenset({1, 5}), max_width={1: 28, 5: 16})
    sheet.title_row(f"{report.office.name}{report.year}年度性別統計指標一覽表")
    top = ["編號", "指標名稱", "主辦單位", "資料來源", "統計週期", "複分類", "本年度檢討"]
    for year in years:
        top += [f"{year}年男", f"{year}年女", f"{year}年計", f"{year}年女性比例"]
    sheet.header(top)
    formats: list[str | None] = [INT, None, None, None, None, None, None]
    formats += [None, None, None, PCT] * len(years)
    for number, line in enumerate(records.indicators, start=1):
        indicator = line.indicator
        row = len(sheet.rows) + 1
        review = line.review.action.label if line.review else "尚未檢討"
        values: list[Any] = [number, f"{indicator.name}（{indicator.measure}）", indicator.unit,
                             indicator.source, indicator.frequency, "、".join(indicator.breakdowns), review]
        for index, year in enumerate(years):
            value = line.values.get(year)
            if value is None:
                values += ["", "", "", ""]
                continue
            m, f, t = (_col(8 + 4 * index + k) for k in range(3))
            values += [value.male, value.female, Formula(f"=SUM({m}{row}:{f}{row})+{value.other}"
                                                         if value.other else f"=SUM({m}{row}:{f}{row})",
                                                         value.total),
                       Formula(f"=IF({t}{row}=0,0,{f}{row}/{t}{row})", value.female_share or 0)]
        sheet.add(values, formats=formats)
    if not records.indicators:
        sheet.add(["尚未登錄性別統計指標"], "note", measured=False)
    return sheet


def analyses_sheet(report: YearReport) -> SheetSpec:
    """性別分析專題 of the year: who wrote it, what it used, where it was used."""
    records = report.duties
    sheet = SheetSpec("性別分析專題", 7, wrap=frozenset({1, 4}), max_width={1: 36, 4: 30})
    sheet.title_row(f"{report.office.name}{report.year}年度性別分析專題")
    sheet.header(["編號", "題目", "撰擬單位", "完成日期", "使用之指標", "運用情形", "提報小組會議"])
    for number, analysis in enumerate(records.analyses, start=1):
        uses = "、".join(AnalysisUse(u).label for u in analysis.uses)
        meeting = records.meeting_titles.get(int(analysis.meeting_id or 0), "")
        sheet.add([number, analysis.title, analysis.unit, _day(analysis.done_on),
                   "、".join(analysis.indicators), uses, meeting], formats=[INT])
    if not records.analyses:
        sheet.add(["本年度尚無性別分析專題"], "note", measured=False)
    return sheet


def budget_sheet(report: YearReport) -> SheetSpec:
    """性別預算編列情形表 of the year drafted this year, and the report year's execution."""
    records = report.duties
    sheet = SheetSpec("性別預算", 10, wrap=frozenset({2, 5, 6, 9}),
                      max_width={2: 26, 5: 34, 6: 20, 9: 26})
    sheet.title_row(f"{report.office.name}{records.budget_year}年度性別預算編列情形表")
    filed = records.budget_sheet
    line = "單位：新臺幣千元"
    if records.budget_deadline is not None:
        line += f"；報送期限{format_short(records.budget_deadline)}"
    if filed is not None and filed.filed_on:
        line += f"，已於{format_short(filed.filed_on)}報送" + (f"（{filed.doc_no}）" if filed.doc_no else "")
    if filed is not None and (filed.reviewed_on or filed.meeting_id):
        meeting = records.meeting_titles.get(int(filed.meeting_id or 0), "")
        line += f"；經執行小組{meeting or '書面'}檢視" + (f"（{format_short(filed.reviewed_on)}）"
                                                     if filed.reviewed_on else "")
    sheet.add([line], "note", measured=False)
    _budget_table(sheet, records.budget_items, executed=False)
    if records.executed_items:
        sheet.add([""], "label", measured=False)
        sheet.title_row(f"{report.year}年度性別預算執行情形", "section")
        _budget_table(sheet, records.executed_items, executed=True)
    return sheet


def _budget_table(sheet: SheetSpec, items: Sequence[BudgetItem], executed: bool) -> None:
    sheet.add(["編號", "類別", "計畫名稱", "主辦單位", "性別預算金額", "說明", "衡量指標及目標值",
               "執行數", "執行率", "執行情形"], "header")
    if sheet.header_rows is None:
        sheet.header_rows = (len(sheet.rows), len(sheet.rows))
    formats = [INT, None, None, None, MONEY, None, None, MONEY, PCT, None]
    first = len(sheet.rows) + 1
    for number, item in enumerate(items, start=1):
        row = len(sheet.rows) + 1
        target = "：".join(x for x in (item.indicator, item.target) if x)
        done: Any = item.executed if item.executed is not None else ""
        rate: Any = Formula(f"=IF(E{row}=0,0,H{row}/E{row})", item.executed / item.amount if item.amount else 0) \
            if item.executed is not None else ""
        sheet.add([number, item.category.label, item.title, item.unit, item.amount, item.description,
                   target, done, rate, item.result], formats=formats)
    last = len(sheet.rows)
    for category, (amount, spent) in totals(items).items():
        sheet.add(["", f"{category.label}小計", "", "", amount, "", "", spent if executed else "", "", ""],
                  "total", formats)
    sheet.add(["合計", "", "", "", _sum("E", first, last, _column(sheet, 4, first, last)), "", "",
               _sum("H", first, last, _column(sheet, 7, first, last)) if executed else "", "", ""],
              "total", formats)


def committees_sheet(report: YearReport) -> SheetSpec:
    """The committees and the one-third rule."""
    sheet = SheetSpec("委員會性別比例", 10, wrap=frozenset({1, 8, 9}), max_width={1: 20, 8: 36, 9: 44})
    sheet.title_row(f"{report.office.name}各委員會性別比例情形（{format_short(report.as_of)}）")
    sheet.header(["編號", "委員會名稱", "類別", "委員總數", "男", "女", "女性比例", "符合三分之一",
                  "委員名單", "未符合之理由及報府備查"])
    formats = [INT, None, None, INT, INT, INT, PCT, None, None, None]
    for number, line in enumerate(report.duties.committees, start=1):
        row = len(sheet.rows) + 1
        committee = line.committee
        filing = ""
        if not line.meets and committee.filed_on:
            filing = f"{committee.exception_reason}；{format_short(committee.filed_on)}報府備查"
            filing += f"（{committee.doc_no}）" if committee.doc_no else ""
        names = "、".join(m.name for m in line.members)
        total = line.male + line.female + line.other
        sheet.add([number, committee.name, committee.kind.label, total, line.male, line.female,
                   Formula(f"=IF(D{row}=0,0,F{row}/D{row})", line.female / total if total else 0),
                   _yesno(line.meets), names, filing], formats=formats)
    if not report.duties.committees:
        sheet.add(["尚未登錄委員會"], "note", measured=False)
    return sheet


def city_sheets(report: YearReport) -> list[SheetSpec]:
    """Return the sheets of the built-in city workbook, in the order the city reads them."""
    return [cover_sheet(report), group_sheet(report), meetings_sheet(report),
            training_sheet(report), courses_sheet(report), outreach_sheet(report),
            measures_sheet(report), impact_sheet(report), statistics_sheet(report),
            analyses_sheet(report), budget_sheet(report), committees_sheet(report), staff_sheet(report)]


DUTY_SHEETS: dict[Duty, str] = {
    Duty.GROUP: "執行小組", Duty.MEETINGS: "執行小組會議", Duty.TRAINING: "性別意識培力",
    Duty.OUTREACH: "CEDAW宣導", Duty.MEASURES: "其他性別平等措施",
    Duty.IMPACT: "性別影響評估", Duty.STATISTICS: "性別統計", Duty.BUDGET: "性別預算",
    Duty.COMMITTEES: "委員會性別比例",
}


# --- writing ----------------------------------------------------------------------------------


class _Formats:
    """One xlsxwriter format per look, made on first use."""

    def __init__(self, book: Any) -> None:
        self.book = book
        self._cache: dict[tuple[str, str | None, bool, bool, str], Any] = {}

    def get(self, kind: str, fmt: str | None, wrap: bool, escaped: bool, align: str) -> Any:
        key = (kind, fmt, wrap, escaped, align)
        found = self._cache.get(key)
        if found is None:
            props: dict[str, Any] = {
                "font_name": FONT, "font_size": _SIZES.get(kind, 12), "valign": "vcenter",
                "align": align, "text_wrap": wrap or kind == "header",
                "bold": kind in ("title", "section", "header", "total"),
            }
            if kind in ("header", "data", "total", "pair"):
                props["border"] = 1
            if kind in ("header", "total"):
                props["bg_color"] = "#E8E8E8"
            if fmt:
                props["num_format"] = fmt
            if escaped:
                props["quote_prefix"] = True
            found = self._cache[key] = self.book.add_format(props)
        return found


_SIZES = {"title": 16, "section": 13, "subtitle": 12, "header": 12, "total": 12, "label": 12,
          "note": 11, "data": 12}
_ROC_DAY = re.compile(r"^\d{2,3}/\d{2}/\d{2}(?: \d{2}:\d{2})?$")


def _widths(spec: SheetSpec) -> list[float]:
    columns = spec.columns
    units = [0] * columns
    for row in spec.rows:
        if not row.measured:
            continue
        header = row.kind == "header"
        for index, value in enumerate(row.values[:columns]):
            cls = type(value)
            if cls is str:  # most cells: text, measured without the dispatch below
                if not value:
                    continue
                if header:
                    # Headers wrap onto two lines: half the text, never less than a word of 2.
                    size = max(4, -(-display_units(value) // 2))
                elif "\n" in value:
                    size = display_units(value)
                else:  # UTF-8 spends 3 bytes on CJK characters: they count twice, cheaply
                    size = len(value) + (len(value.encode("utf-8")) - len(value)) // 2
            elif value is None:
                continue
            else:
                size = _size(value, header)
                if size == 0:
                    continue
            if size > units[index]:
                units[index] = size
    widths = []
    for index, size in enumerate(units):
        cap = spec.max_width.get(index, MAX_WIDTH)
        widths.append(float(min(max(size + 3, MIN_WIDTH), cap)))
    return widths


def _size(value: Any, header: bool) -> int:
    """The width in character units of a cell that is not plain text (0: nothing to show)."""
    if value == "":
        return 0
    if isinstance(value, Formula):
        value = value.value if value.value is not None else "00000000"
        if isinstance(value, float) and value <= 1:
            value = f"{value:.1%}"  # a ratio prints as a percentage
    if isinstance(value, float):
        return len(f"{value:,.1f}")
    if isinstance(value, int):
        return len(f"{value:,}")
    if header:
        return max(4, -(-display_units(str(value)) // 2))
    return display_units(str(value))


LINE_POINTS = 16.5  # one line of 12 pt CJK text


def _heights(spec: SheetSpec, widths: Sequence[float]) -> dict[int, float]:
    """Return row heights for rows whose wrapped text needs more than one line.

    Spreadsheets do not re-measure rows on opening, so wrapped text would overlap.
    """
    full = sum(widths)
    spans = _spans(spec)
    starts: dict[int, list[int]] = {}  # 1-based row → first columns of its one-row merges
    for number, index in spans:
        if index < spec.columns:
            starts.setdefault(number, []).append(index)
    wrapped = sorted(i for i in spec.wrap if 0 <= i < spec.columns)
    heights: dict[int, float] = {}
    for number, row in enumerate(spec.rows, start=1):
        values = row.values
        if row.kind in ("note", "header"):
            indexes: Iterable[int] = range(min(len(values), spec.columns))
        elif number in starts:
            indexes = sorted({*wrapped, *starts[number]})
        elif wrapped:
            indexes = wrapped
        else:
            continue  # no cell of this row can wrap: one line
        lines = 1
        for index in indexes:
            if index >= len(values):
                continue
            value = values[index]
            if not isinstance(value, str) or not value or isinstance(value, Formula):
                continue
            if row.kind == "note":
                room = full
            elif (number, index) in spans:
                room = sum(widths[index:spans[number, index] + 1])
            elif index in spec.wrap or row.kind == "header":
                room = widths[index]
            else:
                continue
            needed = sum(-(-max(display_units(part), 1) // max(int(room) - 2, 1))
                         for part in value.split("\n"))
            lines = max(lines, needed)
        if lines > 1:
            heights[number] = lines * LINE_POINTS + 4
    return heights


def _cell_range(text: str) -> tuple[int, int, int, int]:
    """Return 0-based (first row, first col, last row, last col) of "A1:C2"."""
    from xlsxwriter.utility import xl_cell_to_rowcol

    first, _, last = text.partition(":")
    r1, c1 = xl_cell_to_rowcol(first)
    r2, c2 = xl_cell_to_rowcol(last or first)
    return r1, c1, r2, c2


def _spans(spec: SheetSpec) -> dict[tuple[int, int], int]:
    """Return {(1-based row, 0-based first column): last column} of one-row merges."""
    out: dict[tuple[int, int], int] = {}
    for merge in spec.merges:
        r1, c1, r2, c2 = _cell_range(merge)
        if r1 == r2:
            out[r1 + 1, c1] = c2
    return out


def _setup(ws: Any, spec: SheetSpec, widths: Sequence[float]) -> None:
    for index, width in enumerate(widths):
        ws.set_column(index, index, width)
    if spec.header_rows and spec.freeze:
        last = spec.header_rows[1]
        ws.freeze_panes(last, 0)
        ws.repeat_rows(0, last - 1)
    ws.set_paper(9)  # A4
    if spec.landscape:
        ws.set_landscape()
    else:
        ws.set_portrait()
    # Fit the columns to the page width; as many pages down as the rows need.
    ws.fit_to_pages(1, 0)
    ws.center_horizontally()
    # The footer sits well inside the bottom margin, so no viewer clips the page number.
    ws.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.9)
    ws.set_footer(f'&C&"{FONT},Regular"&10第 &P 頁，共 &N 頁', {"margin": 0.35})


def _value_look(value: Any, fmt: str | None, kind: str) -> tuple[Any, str | None, bool, str]:
    """Return the value to write, its number format, whether it is escaped text, its alignment."""
    if isinstance(value, Formula):
        numeric = fmt not in (None, TEXT)
        return value, fmt, False, "right" if numeric and kind != "label" else "center"
    if isinstance(value, bool):
        return _yesno(value), None, False, "center"
    if isinstance(value, int | float):
        return value, fmt, False, "right" if kind != "label" else "left"
    if value is None:
        return "", None, False, "left"
    text = str(value)
    if kind == "header":
        return text, None, needs_escape(text), "center"
    if kind == "title":
        return text, None, needs_escape(text), "center"
    align = "center" if _ROC_DAY.match(text) else "left"
    return text, None, needs_escape(text), align


def _write_sheet(book: Any, ws: Any, spec: SheetSpec, looks: _Formats,
                 tick: Callable[[], None] | None = None) -> None:
    widths = _widths(spec)
    _setup(ws, spec, widths)
    heights = _heights(spec, widths)
    merges: dict[int, list[tuple[int, int, int, int]]] = {}
    for merge in spec.merges:
        r1, c1, r2, c2 = _cell_range(merge)
        merges.setdefault(r1, []).append((r1, c1, r2, c2))
    columns = spec.columns
    fast: dict[tuple[int, bool, str], Any] = {}  # a plain data row's text look, by column
    for r, row in enumerate(spec.rows):
        number = r + 1
        if number in heights:
            ws.set_row(r, heights[number])
        elif row.kind == "title":
            ws.set_row(r, 26)
        kind, formats = row.kind, row.formats
        wrap_all = kind == "note"
        written: dict[int, tuple[Any, Any]] = {}
        count = 0
        plain = kind == "data" and not formats  # most rows of a long list: text and numbers
        for c, raw in enumerate(row.values[:columns]):
            count += 1
            if plain and type(raw) is str:  # what _value_look decides for it, without the call
                escaped = raw.startswith(RISKY_START)
                align = "center" if _ROC_DAY.match(raw) else "left"
                look = fast.get((c, escaped, align))
                if look is None:
                    look = fast[c, escaped, align] = looks.get(
                        kind, None, c in spec.wrap, escaped, align)
                written[c] = (raw, look)
                if raw:
                    ws.write_string(r, c, raw, look)
                else:
                    ws.write_blank(r, c, None, look)
                continue
            if kind == "pair" and raw == "":
                continue  # a label / value pair is boxed on its own, not across the row
            fmt = formats[c] if c < len(formats) else None
            value, fmt, escaped, align = _value_look(raw, fmt, kind)
            look = looks.get(kind, fmt, wrap_all or c in spec.wrap, escaped, align)
            written[c] = (value, look)
            if isinstance(value, Formula):
                ws.write_formula(r, c, str(value), look,
                                 "" if value.value is None else value.value)
            elif isinstance(value, str):
                if value:
                    ws.write_string(r, c, value, look)
                else:
                    ws.write_blank(r, c, None, look)
            else:
                ws.write_number(r, c, value, look)
            if tick is not None and number % 2000 == 0 and c == 0:
                tick()
        if kind in ("header", "data", "total"):
            blank = looks.get(kind, None, False, False, "left")
            for c in range(count, columns):  # carry the borders to the row's last column
                ws.write_blank(r, c, None, blank)
                written[c] = ("", blank)
        for r1, c1, r2, c2 in merges.get(r, []):
            value, look = written.get(c1, ("", looks.get(kind, None, wrap_all, False, "left")))
            if isinstance(value, Formula):
                ws.merge_range(r1, c1, r2, c2, "", look)
                ws.write_formula(r1, c1, str(value), look,
                                 "" if value.value is None else value.value)
            else:
                ws.merge_range(r1, c1, r2, c2, value, look)


def _ticker(progress: ProgressFn | None, index: int, total: int) -> Callable[[], None] | None:
    if progress is None:
        return None
    return lambda: progress(index, total)


# A workbook larger than this streams its rows (xlsxwriter's constant_memory); it then has
# no merge spanning rows (the city's own sheets are far smaller).
STREAM_CELLS = 100_000


def write_sheets(sheets: Sequence[SheetSpec], out: Path | str,
                 progress: ProgressFn | None = None) -> Path:
    """Write sheets to an .xlsx (or .ods by suffix) through a temporary file."""
    import xlsxwriter

    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.suffix.lower() == ".ods":  # OpenDocument, the government's document standard
        from gmdesk.workbooks.ods import write_ods

        return write_ods(sheets, target, _widths, _heights, _value_look, _cell_range, FONT)
    tmp = target.with_name(target.name + ".part")
    cells = sum(len(s.rows) * s.columns for s in sheets)
    streamed = cells > STREAM_CELLS and not any(
        _cell_range(m)[0] != _cell_range(m)[2] for s in sheets for m in s.merges)
    book = xlsxwriter.Workbook(str(tmp), {
        "constant_memory": streamed, "strings_to_numbers": False, "strings_to_formulas": False,
        "strings_to_urls": False})
    looks = _Formats(book)
    total = len(sheets)
    try:
        for index, spec in enumerate(sheets):
            ws = book.add_worksheet(spec.title)
            _write_sheet(book, ws, spec, looks, _ticker(progress, index, total))
            if progress:
                progress(index + 1, total)
        book.close()
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
