"""The city dashboard: one A4 landscape page of the consolidation, drawn in the embedded Kai face.

Left: every office as a row — the five duties' status matrix and its training completion bar
(absent offices in grey). Right: CEDAW reach by gender, the city's summary table and what the
reviewer must be told. Status cells carry a character as well as a colour, so a black-and-white
print still reads.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from gmdesk.documents.fonts import FONT_NAME, register
from gmdesk.domain.compliance import Duty, Status
from gmdesk.domain.consolidation import Consolidation, FlagKind, OfficeLine, summary_rows
from gmdesk.domain.rocdate import format_long

MARGIN = 12 * mm
STATUS_COLOR = {Status.OK: colors.HexColor("#9bd18b"), Status.WARN: colors.HexColor("#ffd966"),
                Status.FAIL: colors.HexColor("#f4a582")}
STATUS_MARK = {Status.OK: "完", Status.WARN: "注", Status.FAIL: "未"}
ABSENT = colors.HexColor("#d0d0d0")
MALE = colors.HexColor("#4f81bd")
FEMALE = colors.HexColor("#c0504d")
OTHER = colors.HexColor("#9bbb59")
DUTY_SHORT = {Duty.GROUP: "小組", Duty.MEETINGS: "會議", Duty.TRAINING: "培力",
              Duty.OUTREACH: "宣導", Duty.MEASURES: "措施", Duty.IMPACT: "影評",
              Duty.STATISTICS: "統計", Duty.BUDGET: "預算", Duty.COMMITTEES: "委員會"}


def short_name(name: str, city: str) -> str:
    """Return the name a chart row shows: 高雄市鳳山區公所 -> 鳳山區, 臺北市政府民政局 -> 民政局."""
    for prefix in (city + "政府", city, "臺北市政府", "臺北市", "高雄市政府", "高雄市"):
        if prefix and name.startswith(prefix) and len(name) > len(prefix):
            name = name[len(prefix):]
            break
    return name[:-2] if name.endswith("公所") and len(name) > 2 else name


def _percent(value: float | None) -> str:
    return f"{value * 100:.1f}%" if value is not None else "—"


def _completion(line: OfficeLine) -> float | None:
    required = line.number("training.合計.required_all")
    return line.number("training.合計.completed_all") / required if required else None


def render_dashboard(result: Consolidation, out: Path | str) -> Path:
    """Draw the dashboard page and return its path (written under a temporary name first)."""
    register()
    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    width, height = landscape(A4)
    canvas = Canvas(str(tmp), pagesize=(width, height))
    city = next((str(o.submission.meta.get("city") or "") for o in result.counted
                 if o.submission), "")
    canvas.setTitle(f"{city}{result.year}年度性別主流化彙整儀表板")
    canvas.setAuthor("gmdesk")

    top = height - MARGIN
    canvas.setFont(FONT_NAME, 17)
    canvas.drawCentredString(width / 2, top - 14, f"{city}{result.year}年度性別主流化辦理情形彙整儀表板")
    canvas.setFont(FONT_NAME, 10)
    expected = f"／應提交{len(result.expected)}個" if result.expected else ""
    canvas.drawCentredString(
        width / 2, top - 30,
        f"彙整日期：{format_long(result.made, weekday=False)}　已彙整{len(result.counted)}個機關"
        f"{expected}　未提交{len(result.absent)}個　提醒事項{len(result.flags)}則")
    body_top = top - 44
    _offices_panel(canvas, result, city, MARGIN, body_top, width * 0.52, body_top - MARGIN)
    right = MARGIN + width * 0.52 + 8 * mm
    _reach_panel(canvas, result, right, body_top, width - MARGIN - right)
    _summary_panel(canvas, result, right, body_top - 120, width - MARGIN - right)
    canvas.showPage()
    canvas.save()
    tmp.replace(target)
    return target


def _offices_panel(canvas: Canvas, result: Consolidation, city: str, x: float, top: float,
                   width: float, room: float) -> None:
    canvas.setFont(FONT_NAME, 11)
    canvas.drawString(x, top - 10, "各機關辦理情形（各項職責）及性別意識培力完成率")
    offices = result.offices
    header = top - 26
    rows = max(len(offices), 1)
    row_h = min(14.0, (room - 44) / rows)
    font = max(min(row_h - 2.5, 9.0), 5.0)
    name_w = 62.0
    cell_w = 24.0
    bar_x = x + name_w + cell_w * len(Duty) + 8
    bar_w = width - (bar_x - x) - 34
    canvas.setFont(FONT_NAME, 8)
    for index, duty in enumerate(Duty):
        canvas.drawCentredString(x + name_w + cell_w * (index + 0.5), header, DUTY_SHORT[duty])
    canvas.drawString(bar_x, header, "培力完成率（0–100%）")
    y = header - 4
    for line in offices:
        y -= row_h
        canvas.setFillColor(colors.black)
        label = short_name(line.name, city)
        # A long agency name (研究發展考核委員會) is drawn smaller rather than under the cells.
        size = min(font, font * (name_w - 3) / max(stringWidth(label, FONT_NAME, font), 1))
        canvas.setFont(FONT_NAME, size)
        canvas.drawString(x, y + (row_h - font) / 2 + 1, label)
        canvas.setFont(FONT_NAME, font)
        for index, duty in enumerate(Duty):
            status = line.status(duty)
            cx = x + name_w + cell_w * index
            canvas.setFillColor(STATUS_COLOR[status] if status else ABSENT)
            canvas.setStrokeColor(colors.white)
            canvas.rect(cx + 1, y + 1, cell_w - 2, row_h - 2, stroke=1, fill=1)
            canvas.setFillColor(colors.black)
            canvas.drawCentredString(cx + cell_w / 2, y + (row_h - font) / 2 + 1,
                                     STATUS_MARK[status] if status else "缺")
        rate = _completion(line)
        canvas.setFillColor(colors.HexColor("#eeeeee"))
        canvas.rect(bar_x, y + 2, bar_w, row_h - 4, stroke=0, fill=1)
        if rate is not None:
            canvas.setFillColor(MALE if rate >= 1 else colors.HexColor("#8eb4e3"))
            canvas.rect(bar_x, y + 2, bar_w * min(rate, 1.0), row_h - 4, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        canvas.drawString(bar_x + bar_w + 3, y + (row_h - font) / 2 + 1,
                          _percent(rate) if line.submission else "未提交")
    y -= 14
    canvas.setFont(FONT_NAME, 8)
    legend_x = x
    for status in Status:
        canvas.setFillColor(STATUS_COLOR[status])
        canvas.rect(legend_x, y, 10, 8, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        canvas.drawString(legend_x + 13, y + 1, f"{STATUS_MARK[status]}＝{status.label}")
        legend_x += 66
    canvas.setFillColor(ABSENT)
    canvas.rect(legend_x, y, 10, 8, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    canvas.drawString(legend_x + 13, y + 1, "缺＝未提交")


def _reach_panel(canvas: Canvas, result: Consolidation, x: float, top: float,
                 width: float) -> None:
    canvas.setFont(FONT_NAME, 11)
    canvas.setFillColor(colors.black)
    canvas.drawString(x, top - 10, "CEDAW宣導觸及人次（依性別）")
    parts = [("男", result.total("outreach.male"), MALE),
             ("女", result.total("outreach.female"), FEMALE),
             ("其他", result.total("outreach.other"), OTHER)]
    total = sum(value for _, value, _ in parts)
    y = top - 44
    bar_x = x
    canvas.setFillColor(colors.HexColor("#eeeeee"))
    canvas.rect(x, y, width, 20, stroke=0, fill=1)
    for _, value, color in parts:
        if total:
            part_w = width * value / total
            canvas.setFillColor(color)
            canvas.rect(bar_x, y, part_w, 20, stroke=0, fill=1)
            bar_x += part_w
    canvas.setFont(FONT_NAME, 9)
    legend_x = x
    for label, value, color in parts:
        canvas.setFillColor(color)
        canvas.rect(legend_x, y - 16, 10, 8, stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        share = f"（{value / total * 100:.1f}%）" if total else ""
        canvas.drawString(legend_x + 13, y - 15, f"{label} {value:,}{share}")
        legend_x += width / 3
    canvas.drawString(x, y - 32, f"合計 {total:,} 人次；對外宣導 {result.total('outreach.sessions')} 場")


def _summary_panel(canvas: Canvas, result: Consolidation, x: float, top: float,
                   width: float) -> None:
    canvas.setFont(FONT_NAME, 11)
    canvas.setFillColor(colors.black)
    canvas.drawString(x, top, "全市彙整")
    y = top - 6
    canvas.setFont(FONT_NAME, 9)
    for label, value, fmt in summary_rows(result):
        y -= 13
        shown = _percent(value) if fmt and isinstance(value, float) else str(value)
        canvas.setStrokeColor(colors.HexColor("#bbbbbb"))
        canvas.line(x, y - 3, x + width, y - 3)
        canvas.drawString(x + 2, y, label)
        canvas.drawRightString(x + width - 2, y, shown)
    y -= 24
    canvas.setFont(FONT_NAME, 11)
    canvas.drawString(x, y, "提醒事項")
    canvas.setFont(FONT_NAME, 9)
    counts = {kind: sum(1 for f in result.flags if f.kind is kind) for kind in FlagKind}
    for kind, count in counts.items():
        if not count:
            continue
        y -= 13
        names = "、".join(short_name(f.office, "") or f.file for f in result.flags
                         if f.kind is kind)
        text = f"{kind.label} {count}：{names}"
        limit = int(width / 9) - 1
        canvas.drawString(x + 2, y, text if len(text) <= limit else text[:limit - 1] + "…")
