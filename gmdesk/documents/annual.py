"""年度成果報告: the office's year on every duty, in the tone of a report to the city."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from gmdesk.domain.compliance import Duty, Status
from gmdesk.domain.model import Event, Gender, Photo
from gmdesk.domain.outreach import counted_sessions, not_counted_reason
from gmdesk.domain.rocdate import format_long, format_official, format_short
from gmdesk.domain.training import CompletionLine
from gmdesk.domain.yearly import YearReport

SECTIONS = "壹貳參肆伍陸柒捌玖拾"
CHINESE = "一二三四五六七八九十"
SHORT_CATEGORY = {
    "性別議題聯絡人/性別業務承辦人": "聯絡人/承辦人",
    "職工及非公務人員身分之專任人員": "職工等專任人員",
}


def _pct(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "—"


def _hours(value: float) -> str:
    return f"{value:g}"


def completion_chart(lines: list[CompletionLine], width: float, height: float) -> Any:
    """Return a bar chart of completion rates by staff category, 男 and 女 side by side."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import STATE_DEFAULTS, Drawing, String
    from reportlab.lib import colors

    from gmdesk.documents.fonts import FONT_NAME

    # The renderer starts every drawing in Helvetica, which would appear unembedded.
    STATE_DEFAULTS["fontName"] = FONT_NAME

    rows = [line for line in lines if line.label != "合計"]
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 42
    chart.width, chart.height = width - 60, height - 80
    # A category with nobody of a gender gets no bar rather than a misleading 0%.
    male = [None if line.rate(0) is None else round((line.rate(0) or 0.0) * 100, 1)
            for line in rows]
    female = [None if line.rate(1) is None else round((line.rate(1) or 0.0) * 100, 1)
              for line in rows]
    chart.data = [male, female]
    chart.categoryAxis.categoryNames = [SHORT_CATEGORY.get(r.label, r.label) for r in rows]
    chart.categoryAxis.labels.fontName = FONT_NAME
    chart.categoryAxis.labels.fontSize = 9
    chart.categoryAxis.labels.dy = -4
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 20
    chart.valueAxis.labels.fontName = FONT_NAME
    chart.valueAxis.labels.fontSize = 9
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#cccccc")
    chart.bars[0].fillColor = colors.HexColor("#4a6fa5")
    chart.bars[1].fillColor = colors.HexColor("#c8553d")
    chart.barLabels.fontName = FONT_NAME
    chart.barLabels.fontSize = 8
    chart.barLabels.nudge = 6
    chart.barLabelFormat = "%.0f%%"
    chart.groupSpacing = 10
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 110, height - 12
    legend.fontName = FONT_NAME
    legend.fontSize = 10
    legend.columnMaximum = 1
    legend.alignment = "right"
    legend.colorNamePairs = [(chart.bars[0].fillColor, "男性"), (chart.bars[1].fillColor, "女性")]
    drawing.add(legend)
    drawing.add(String(40, height - 12, "各類人員性別意識培力完成率（依性別）",
                       fontName=FONT_NAME, fontSize=11))
    return drawing


def chart_flowable(lines: list[CompletionLine], width: float, height: float) -> Any:
    """Return the chart as a flowable that builds its drawing when drawn.

    base.build lays the story out twice from deep copies, and a chart's widget tree
    cannot be deep-copied; plain data can.
    """
    from reportlab.graphics import renderPDF
    from reportlab.platypus import Flowable

    class _Chart(Flowable):
        def __init__(self) -> None:
            super().__init__()
            self.lines = list(lines)
            self.width, self.height = width, height

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            return self.width, self.height

        def draw(self) -> None:
            renderPDF.draw(completion_chart(self.lines, self.width, self.height), self.canv, 0, 0)

    return _Chart()


def _photo(photo: Photo, max_width: float, max_height: float) -> Any:
    from reportlab.platypus import Image

    width, height = photo.width or 4, photo.height or 3
    scale = min(max_width / width, max_height / height)
    return Image(io.BytesIO(photo.data), width=width * scale, height=height * scale)


def render_annual(report: YearReport, out_path: Path | str) -> Path:
    """Write the annual results report (年度成果報告) as an A4 PDF and return its path."""
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, Spacer

    from gmdesk.documents.base import Styles, build, content_width, grid_table, para

    styles = Styles()
    width = content_width()
    office = report.office
    year = report.year
    story: list[Any] = []
    section = iter(SECTIONS)

    def heading(text: str) -> None:
        story.append(CondPageBreak(40 * mm))
        story.append(para(f"{next(section)}、{text}", styles.heading))

    def sub(number: int, text: str) -> None:
        story.append(para(f"（{CHINESE[number - 1]}）{text}", styles.body))

    def body(text: str) -> None:
        story.append(para(text, styles.indent))

    def table(header: list[str], rows: list[list[Any]], shares: list[float],
              numeric: set[int] = frozenset()) -> None:  # type: ignore[assignment]
        cells = [[para(h, styles.cell_center) for h in header]]
        for row in rows:
            cells.append([para(v, styles.cell_right if i in numeric else styles.cell)
                          for i, v in enumerate(row)])
        story.append(Spacer(1, 2 * mm))
        story.append(grid_table(cells, [width * s for s in shares]))
        story.append(Spacer(1, 3 * mm))

    title = f"{office.name}{year}年度性別主流化實施計畫成果報告"
    story.append(para(title, styles.title))
    story.append(para(f"{format_official(report.produced)}　（資料統計至"
                      f"{format_long(report.as_of, weekday=False)}）", styles.subtitle))

    heading("前言")
    body(f"本所依{office.city}性別主流化實施計畫，推動{office.group_name}運作、同仁性別意識培力、"
         f"CEDAW宣導及其他性別平等措施，以落實性別平等之施政。謹將{year}年度辦理情形及待改善事項"
         "說明如下。")

    heading("辦理情形總覽")
    table(["工作項目", "辦理情形", "結果"],
          [[r.duty.label, r.summary, r.status.label] for r in report.results],
          [0.24, 0.62, 0.14])

    # --- group and meetings ---
    heading(office.group_name)
    male = sum(m.gender is Gender.MALE for m in report.members)
    female = sum(m.gender is Gender.FEMALE for m in report.members)
    total = len(report.members)
    external = sum(m.external for m in report.members)
    meets = total and male * 3 >= total and female * 3 >= total
    sub(1, "小組組成")
    body(f"本所{office.group_name}截至{format_long(report.as_of, weekday=False)}計有委員{total}人，"
         f"男性{male}人、女性{female}人，女性比例{_pct(female, total)}，"
         + ("符合任一性別不少於三分之一之原則" if meets else "未符合任一性別不少於三分之一之原則")
         + (f"；府外委員{external}人" if external else "") + "。"
         + ("".join(f"另{f}。" for f in report.filings)))
    table(["編號", "職務", "姓名", "性別", "單位職稱", "府內/府外"],
          [[i, m.role, m.name, m.gender.label, m.post, "府外" if m.external else "府內"]
           for i, m in enumerate(report.members, start=1)],
          [0.08, 0.30, 0.12, 0.08, 0.28, 0.14], {0})
    sub(2, "會議辦理情形")
    held = [m for m in report.meetings if m.held]
    body(f"本年度應至少召開{report.meetings_required}次會議，已召開{len(held)}次"
         + ("，符合規定。" if len(held) >= report.meetings_required else "，尚未達規定次數。"))
    if report.meetings:
        table(["次別", "日期", "地點", "主席", "應出席", "實出席", "法定人數"],
              [[m.title, format_short(m.day), m.place, m.chair, m.due,
                m.present if m.held else "—",
                ("已達" if m.quorum else "未達") if m.held else "尚未召開"]
               for m in report.meetings],
              [0.20, 0.13, 0.22, 0.11, 0.10, 0.10, 0.14], {4, 5})
        for meeting in held:
            if meeting.resolutions:
                story.append(para(f"{meeting.title}主要決議：{meeting.resolutions}", styles.hanging))

    # --- training ---
    heading("性別意識培力")
    total_line = next((c for c in report.completion if c.label == "合計"), None)
    if total_line is None:
        body("本年度尚未登錄應受訓人員。")
    else:
        body(f"本年度應受訓同仁{total_line.required[2]}人（男性{total_line.required[0]}人、"
             f"女性{total_line.required[1]}人），已完成{total_line.completed[2]}人，完成率"
             f"{_pct(total_line.completed[2], total_line.required[2])}；免訓{total_line.exempt}人。"
             "各類人員完成情形如下表及下圖。")
        table(["人員類別", "應受訓（男/女/計）", "免訓", "已完成（男/女/計）", "完成率", "平均時數"],
              [[c.label, "/".join(str(v) for v in c.required), c.exempt,
                "/".join(str(v) for v in c.completed), _pct(c.completed[2], c.required[2]),
                f"{c.average_hours:.1f}"] for c in report.completion],
              [0.30, 0.17, 0.08, 0.17, 0.13, 0.15], {2, 4, 5})
        story.append(chart_flowable(list(report.completion), width, 62 * mm))
        story.append(Spacer(1, 3 * mm))
    if report.courses:
        body(f"本年度同仁參加性別意識培力課程計{len(report.courses)}門，如下表。")
        table(["日期", "課程名稱", "辦理機關", "時數", "參訓人數", "滿意度"],
              [[format_short(c.day), c.title, c.provider, _hours(c.hours), c.participants,
                f"{c.satisfaction:.2f}" if c.satisfaction else "—"] for c in report.courses],
              [0.13, 0.39, 0.18, 0.08, 0.11, 0.11], {3, 4, 5})

    # --- outreach ---
    heading("CEDAW宣導")
    counted = counted_sessions(report.outreach, report.produced)
    reached = sum(e.total for e in counted)
    body(f"本年度辦理對外CEDAW宣導{len(counted)}場（應至少{report.outreach_required}場），"
         f"參與民眾計{reached}人（男性{sum(e.male for e in counted)}人、女性"
         f"{sum(e.female for e in counted)}人、其他{sum(e.other for e in counted)}人）。")
    if report.outreach:
        table(["日期", "活動名稱", "宣導對象", "CEDAW內容", "人數", "備註"],
              [[format_short(e.start), e.title, "、".join(e.audiences), "、".join(e.cedaw_refs),
                e.total, not_counted_reason(e, report.produced)] for e in report.outreach],
              [0.12, 0.24, 0.14, 0.26, 0.08, 0.16], {4})
        _event_photos(story, report.outreach, report, styles, width)

    # --- measures ---
    heading("其他性別平等措施")
    body(f"本年度辦理其他性別平等措施{len(report.measures)}項（應至少{report.measures_required}項）。")
    if report.measures:
        table(["類別", "日期", "措施名稱", "辦理單位", "辦理成效"],
              [[e.category or "未分類", format_short(e.start), e.title, e.organizer, e.outcome]
               for e in report.measures], [0.13, 0.12, 0.27, 0.13, 0.35])
        _event_photos(story, report.measures, report, styles, width)

    # --- what is missing ---
    heading("待改善及補辦事項")
    missing = [f for f in report.missing]
    if not missing:
        body("本年度各項工作均已依計畫辦理完成。")
    for number, finding in enumerate(missing, start=1):
        mark = "（未達成）" if finding.status is Status.FAIL else ""
        story.append(para(f"{number}. {finding.text}{mark}", styles.hanging))
    body("上述事項將持續追蹤辦理，並提報" + office.group_name + "會議報告。")

    story.append(Spacer(1, 10 * mm))
    contact = office.contact_name or office.clerk_name
    story.append(para(f"聯絡人：{contact}　電話：{office.contact_phone}", styles.right))
    return build(out_path, story, title)


def _event_photos(story: list[Any], items: tuple[Event, ...], report: YearReport,
                  styles: Any, width: float) -> None:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer

    from gmdesk.documents.base import para

    for event in items:
        photo = report.photos.get(event.id)
        if photo is None:
            continue
        block = [para(f"{format_short(event.start)}「{event.title}」", styles.body),
                 _photo(photo, width * 0.7, 80 * mm),
                 para(f"照片說明：{photo.caption}", styles.small), Spacer(1, 4 * mm)]
        story.append(KeepTogether(block))


__all__ = ["Duty", "completion_chart", "render_annual"]
