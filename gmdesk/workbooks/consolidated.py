"""The city's consolidated workbook: a cover with the city's totals, one row per office,
training by category, what each office still lacks, and what the reviewer must be told.

Small (one row per office), so written with openpyxl's normal mode: every list sheet has
an autofilter and frozen headers, the way a reviewer sorts by status or by district.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from gmdesk.domain.compliance import Duty, Status
from gmdesk.domain.consolidation import PCT, Consolidation, FlagKind, OfficeLine, summary_rows
from gmdesk.domain.rocdate import format_short
from gmdesk.domain.submission import made_text
from gmdesk.workbooks.city import FONT, display_units, needs_escape

STATUS_FILL = {Status.OK: "DDEFD9", Status.WARN: "FFF2CC", Status.FAIL: "F8CBAD"}
ABSENT_FILL = "D9D9D9"

OVERVIEW_HEADERS: tuple[str, ...] = (
    "機關", "提交檔案", "製作時間", "檢核", "提醒",
    *(d.label for d in Duty),
    "小組人數", "小組男", "小組女", "小組其他", "府外委員", "女性比例",
    "會議已開", "會議應開",
    "應受訓男", "應受訓女", "應受訓計", "已完成男", "已完成女", "已完成計", "培力完成率",
    "宣導場次", "宣導應辦", "觸及男", "觸及女", "觸及其他", "觸及合計",
    "措施項數", "措施應辦", "待補事項數",
)


def _safe(value: Any) -> Any:
    if isinstance(value, str) and needs_escape(value):
        return "'" + value
    return value


def _share(part: float, whole: float) -> float | str:
    return part / whole if whole else ""


def overview_row(line: OfficeLine) -> list[Any]:
    """Return one office's row of the 各機關一覽 sheet."""
    sub = line.submission
    statuses = [line.status(d) for d in Duty]
    if sub is None:
        return [line.name, "", "", "", FlagKind.ABSENT.label, *("未提交" for _ in Duty),
                *([""] * (len(OVERVIEW_HEADERS) - 5 - len(Duty)))]
    n = line.number
    reach = n("outreach.male") + n("outreach.female") + n("outreach.other")
    return [
        line.name, sub.path.name, made_text(sub.made_at), "相符" if sub.intact else "不符（曾被修改）",
        "、".join(k.label for k in line.flags),
        *(s.label if s else "—" for s in statuses),
        n("group.members"), n("group.male"), n("group.female"), n("group.other"),
        n("group.external"), _share(n("group.female"), n("group.members")),
        n("meetings.held"), n("meetings.required"),
        n("training.合計.required_m"), n("training.合計.required_f"),
        n("training.合計.required_all"), n("training.合計.completed_m"),
        n("training.合計.completed_f"), n("training.合計.completed_all"),
        _share(n("training.合計.completed_all"), n("training.合計.required_all")),
        n("outreach.sessions"), n("outreach.required"), n("outreach.male"),
        n("outreach.female"), n("outreach.other"), reach,
        n("measures.count"), n("measures.required"), len(sub.missing),
    ]


def category_rows(result: Consolidation) -> list[list[Any]]:
    rows: list[list[Any]] = []
    for line in result.counted:
        assert line.submission is not None
        labels = [k[len("training."):-len(".required_all")] for k in line.submission.figures
                  if k.startswith("training.") and k.endswith(".required_all")]
        for label in labels:
            n = line.number
            base = f"training.{label}."
            rows.append([line.name, label, n(base + "required_m"), n(base + "required_f"),
                         n(base + "required_all"), n(base + "completed_m"),
                         n(base + "completed_f"), n(base + "completed_all"),
                         _share(n(base + "completed_all"), n(base + "required_all")),
                         n(base + "hours")])
    return rows


class _Writer:
    def __init__(self) -> None:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        self.book = Workbook()
        thin = Side(style="thin", color="000000")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.font = Font(name=FONT, size=12)
        self.bold = Font(name=FONT, size=12, bold=True)
        self.title_font = Font(name=FONT, size=16, bold=True)
        self.header_fill = PatternFill("solid", fgColor="E8E8E8")
        self.PatternFill = PatternFill
        self.Alignment = Alignment
        self.first = True

    def sheet(self, title: str) -> Any:
        from openpyxl.worksheet.properties import PageSetupProperties

        ws: Any
        if self.first:
            ws = self.book.active
            ws.title = title
            self.first = False
        else:
            ws = self.book.create_sheet(title)
        ws.page_setup.paperSize = "9"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        return ws

    def table(self, ws: Any, title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]],
              formats: dict[int, str] | None = None, pages_wide: int = 1) -> None:
        """Write a titled table from row 1; header on row 2 with autofilter and frozen panes."""
        formats = formats or {}
        ws.cell(1, 1, title).font = self.title_font
        for col, text in enumerate(headers, start=1):
            cell = ws.cell(2, col, text)
            cell.font, cell.fill, cell.border = self.bold, self.header_fill, self.border
            cell.alignment = self.Alignment(horizontal="center", vertical="center", wrap_text=True)
        widths = [display_units(h) for h in headers]
        for r, values in enumerate(rows, start=3):
            for c, value in enumerate(values, start=1):
                cell = ws.cell(r, c, _safe(value))
                cell.font, cell.border = self.font, self.border
                if c - 1 in formats and isinstance(value, int | float):
                    cell.number_format = formats[c - 1]
                if value not in (None, ""):
                    size = 7 if isinstance(value, float) else display_units(str(value))
                    widths[c - 1] = max(widths[c - 1], size)
        from openpyxl.utils import get_column_letter

        for c, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(c)].width = min(max(width + 2, 6), 60)
        last = get_column_letter(len(headers))
        ws.auto_filter.ref = f"A2:{last}{max(len(rows) + 2, 2)}"
        ws.freeze_panes = "B3"
        ws.print_title_rows = "2:2"
        ws.print_title_cols = "A:A"
        ws.page_setup.fitToWidth = pages_wide

    def fill(self, ws: Any, row: int, col: int, color: str) -> None:
        ws.cell(row, col).fill = self.PatternFill("solid", fgColor=color)


def write_consolidation(result: Consolidation, out: Path) -> Path:
    """Write the consolidated workbook through a temporary file and return its path."""
    w = _Writer()
    city = next((o.submission.meta.get("city") for o in result.counted if o.submission), "") or ""
    cover = w.sheet("封面")
    cover.cell(1, 1, f"{city}{result.year}年度性別主流化辦理成果彙整").font = w.title_font
    lines: list[tuple[str, Any, str | None]] = [
        ("彙整日期", format_short(result.made), None),
        ("截止日期", format_short(result.due) if result.due else "（未設定）", None),
        ("讀取檔案數", result.files_read, None),
        ("提醒事項", len(result.flags), None),
        *summary_rows(result),
    ]
    for r, (label, value, fmt) in enumerate(lines, start=3):
        cover.cell(r, 1, label).font = w.bold
        cell = cover.cell(r, 2, value)
        cell.font = w.font
        cell.alignment = w.Alignment(horizontal="left")
        if fmt and isinstance(value, float):
            cell.number_format = fmt
    cover.column_dimensions["A"].width = 40
    cover.column_dimensions["B"].width = 40
    # Beside the totals: how many offices stand where on each duty.
    top, left = 3, 4
    cover.cell(top, left, "各項目辦理情形（機關數）").font = w.bold
    heads = ["項目", Status.OK.label, Status.WARN.label, Status.FAIL.label, "未提交"]
    for c, head in enumerate(heads, start=left):
        cell = cover.cell(top + 1, c, head)
        cell.font, cell.fill, cell.border = w.bold, w.header_fill, w.border
    for r, (duty, counts) in enumerate(result.status_counts().items(), start=top + 2):
        values = [duty.label, counts[Status.OK], counts[Status.WARN], counts[Status.FAIL],
                  counts[None]]
        for c, value in enumerate(values, start=left):
            cell = cover.cell(r, c, value)
            cell.font, cell.border = w.font, w.border
    cover.column_dimensions["C"].width = 4
    cover.column_dimensions["D"].width = 20
    for column in "EFGH":
        cover.column_dimensions[column].width = 9
    note = len(lines) + 4
    cover.cell(note, 1, "註：人數以各機關提交之人數加總，每人於所屬機關只計一次；宣導觸及為人次。"
               "比例為全市人數相除，不是各機關比例的平均。").font = w.font

    ws = w.sheet("各機關一覽")
    rows = [overview_row(o) for o in result.offices]
    pct = {OVERVIEW_HEADERS.index("女性比例"): PCT, OVERVIEW_HEADERS.index("培力完成率"): PCT}
    w.table(ws, f"{result.year}年度各機關辦理情形（依未達成項目數排序，可篩選）", OVERVIEW_HEADERS,
            rows, pct, pages_wide=3)
    first_duty = 6
    for r, line in enumerate(result.offices, start=3):
        for c, duty in enumerate(Duty, start=first_duty):
            status = line.status(duty)
            w.fill(ws, r, c, STATUS_FILL[status] if status else ABSENT_FILL)
        if line.submission is not None and not line.submission.intact:
            w.fill(ws, r, 4, STATUS_FILL[Status.FAIL])
    total_row = len(rows) + 3
    ws.cell(total_row, 1, "全市合計").font = w.bold
    for key, header in (("group.members", "小組人數"), ("group.male", "小組男"),
                        ("group.female", "小組女"), ("group.other", "小組其他"),
                        ("group.external", "府外委員"), ("meetings.held", "會議已開"),
                        ("meetings.required", "會議應開"),
                        ("training.合計.required_m", "應受訓男"), ("training.合計.required_f", "應受訓女"),
                        ("training.合計.required_all", "應受訓計"),
                        ("training.合計.completed_m", "已完成男"),
                        ("training.合計.completed_f", "已完成女"),
                        ("training.合計.completed_all", "已完成計"),
                        ("outreach.sessions", "宣導場次"), ("outreach.required", "宣導應辦"),
                        ("outreach.male", "觸及男"), ("outreach.female", "觸及女"),
                        ("outreach.other", "觸及其他"), ("measures.count", "措施項數"),
                        ("measures.required", "措施應辦")):
        cell = ws.cell(total_row, OVERVIEW_HEADERS.index(header) + 1, result.total(key))
        cell.font, cell.border = w.bold, w.border
    rates = result.rates()
    for header, rate in (("女性比例", rates["group_female"]), ("培力完成率", rates["training_all"])):
        cell = ws.cell(total_row, OVERVIEW_HEADERS.index(header) + 1, rate if rate is not None else "")
        cell.font, cell.number_format = w.bold, PCT
    reach = ws.cell(total_row, OVERVIEW_HEADERS.index("觸及合計") + 1,
                    result.total("outreach.male") + result.total("outreach.female")
                    + result.total("outreach.other"))
    reach.font = w.bold

    ws = w.sheet("培力分類")
    w.table(ws, "性別意識培力：各機關依人員類別及性別", (
        "機關", "人員類別", "應受訓男", "應受訓女", "應受訓計", "已完成男", "已完成女", "已完成計",
        "完成率", "受訓時數"), category_rows(result), {8: PCT})

    ws = w.sheet("待補事項")
    missing = [[o.name, duty, text] for o in result.counted if o.submission
               for duty, text in o.submission.missing]
    missing += [[o.name, "全部", f"尚未收到{result.year}年度的提交檔"] for o in result.absent]
    w.table(ws, "各機關待補事項（依機關、項目篩選）", ("機關", "項目", "說明"), missing)
    ws.column_dimensions["C"].width = 90

    ws = w.sheet("提醒事項")
    w.table(ws, "彙整提醒：未提交、重複、年度不符、格式版本、曾被修改、非提交檔",
            ("類別", "機關", "檔案", "說明"),
            [[f.kind.label, f.office, f.file, f.text] for f in result.flags])

    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    try:
        w.book.save(str(tmp))
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
    return target
