"""The printed forms of the plan's other duties: the 性別影響評估 list and per-case sheet, the
性別統計指標一覽表 with a chart per indicator, the 性別預算編列情形表 (A4 landscape) and the
committees' one-third list. Pure functions of plain data, names already shown as set."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from gmdesk.documents.base import GRID, Styles, build, content_width, grid_table, para
from gmdesk.documents.fonts import FONT_NAME
from gmdesk.domain.budget import BudgetItem, BudgetSheet, totals
from gmdesk.domain.impact import GiaCase, status_text
from gmdesk.domain.rocdate import format_long, format_short
from gmdesk.domain.statistics import AnalysisUse, format_number
from gmdesk.domain.yearly import CommitteeLine, DutyRecords, IndicatorLine

GREY = colors.HexColor("#eeeeee")


def _day(day: dt.date | None) -> str:
    return format_short(day) if day else ""


def _table(styles: Styles, header: Sequence[str], rows: Sequence[Sequence[Any]],
           widths: Sequence[float], numeric: frozenset[int] = frozenset(),
           extra: Sequence[tuple[Any, ...]] = ()) -> Table:
    cells = [[para(h, styles.cell_center) for h in header]]
    cells += [[para(v, styles.cell_right if i in numeric else styles.cell) for i, v in enumerate(row)]
              for row in rows]
    return grid_table(cells, widths, 1, extra)


# --- 性別影響評估 -------------------------------------------------------------------------------

def render_impact_list(out: Path | str, *, office_name: str, year: int,
                       cases: Sequence[GiaCase]) -> Path:
    """Write the 性別影響評估辦理情形一覽表 (A4 landscape)."""
    styles = Styles()
    title = f"{office_name}{year}年度性別影響評估辦理情形一覽表"
    width = content_width(landscape_page=True)
    story: list[Any] = [para(title, styles.title)]
    rows = []
    for number, case in enumerate(cases, start=1):
        expert = "、".join(x for x in (case.expert_name, case.expert_title, case.expert_org) if x)
        if case.expert_source is not None:
            expert += f"（{case.expert_source.label}）"
        adoption = case.adoption.label if case.adoption else ""
        rows.append([number, case.kind.group + "\n" + case.kind.label, case.title, case.unit,
                     " ".join(x for x in (case.way.label if case.way else "", _day(case.participated_on)) if x),
                     expert, adoption, status_text(case)])
    if not rows:
        story.append(para("本年度無應辦理性別影響評估之案件。", styles.body))
    else:
        shares = [0.05, 0.10, 0.21, 0.08, 0.12, 0.18, 0.08, 0.18]  # 辦理狀態 on one line
        story.append(_table(styles, ["編號", "類別", "計畫（法案）名稱", "主辦單位", "程序參與",
                                     "程序參與人員", "參採情形", "辦理狀態"],
                            rows, [width * s for s in shares], frozenset({0})))
    return build(out, story, title, landscape_page=True)


def render_impact_case(out: Path | str, *, office_name: str, case: GiaCase) -> Path:
    """Write one case's 程序參與意見及參採情形 sheet in the fields of the 性別影響評估檢視表."""
    styles = Styles()
    title = f"{office_name}性別影響評估程序參與意見及參採情形表"
    width = content_width()
    story: list[Any] = [para(title, styles.title),
                        para(f"{case.year}年度　{case.title}", styles.subtitle)]

    def block(heading: str, pairs: Sequence[tuple[str, str]]) -> None:
        cells = [[para(heading, styles.cell_center), ""]]
        cells += [[para(label, styles.cell_center), para(value or "（未填）", styles.cell)]
                  for label, value in pairs]
        table = Table(cells, colWidths=[width * 0.27, width * 0.73])
        table.setStyle(TableStyle([*GRID, ("SPAN", (0, 0), (1, 0)), ("BACKGROUND", (0, 0), (1, 0), GREY)]))
        story.append(table)
        story.append(Spacer(1, 4 * mm))

    block("壹、基本資料", [
        ("檢視表版本", case.form_version), ("計畫（法案）名稱", case.title),
        ("類別", f"{case.kind.group}（{case.kind.label}）"), ("主管機關", case.authority),
        ("主辦機關", case.organizer), ("主辦單位", case.unit),
        ("計畫內容涉及領域", case.field_area)])
    block("貳、機關自評", [
        ("問題現況評析及需求評估概述", case.situation), ("性別統計及性別分析", case.statistics)])
    if case.participation_required:
        expert = "、".join(x for x in (case.expert_name, case.expert_title, case.expert_org) if x)
        block("參、程序參與", [
            ("程序參與人員", expert),
            ("人員來源", case.expert_source.label if case.expert_source else ""),
            ("參與方式", case.way.label if case.way else ""),
            ("參與日期", format_long(case.participated_on, weekday=False) if case.participated_on else ""),
            ("程序參與意見", case.opinion)])
        block("肆、參採情形", [
            ("參採情形", case.adoption.label if case.adoption else ""),
            ("說明（未參採或部分參採之理由）", case.adoption_reason),
            ("計畫（法案）修正情形", case.revision),
            ("送主管單位審核", " ".join(x for x in (case.submitted_to, _day(case.submitted_on)) if x)),
            ("辦理狀態", status_text(case))])
    else:
        block("參、程序參與", [("程序參與", "本案免辦程序參與"), ("辦理狀態", status_text(case))])
    return build(out, story, title)


# --- 性別統計 ---------------------------------------------------------------------------------

def indicator_chart(line: IndicatorLine, years: Sequence[int], width: float, height: float) -> Any:
    """Return a small bar chart of one indicator: 男 and 女 side by side for each year."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import STATE_DEFAULTS, Drawing, String

    STATE_DEFAULTS["fontName"] = FONT_NAME  # the renderer would start in Helvetica
    drawing = Drawing(width, height)
    drawing.add(String(4, height - 12, line.indicator.name[:22], fontName=FONT_NAME, fontSize=9))
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 18
    chart.width, chart.height = width - 40, height - 40
    male = [line.values[y].male if y in line.values else 0 for y in years]
    female = [line.values[y].female if y in line.values else 0 for y in years]
    chart.data = [male, female]
    chart.categoryAxis.categoryNames = [f"{y}年" for y in years]
    chart.categoryAxis.labels.fontName = FONT_NAME
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = FONT_NAME
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#cccccc")
    chart.bars[0].fillColor = colors.HexColor("#4a6fa5")
    chart.bars[1].fillColor = colors.HexColor("#c8553d")
    chart.groupSpacing = 8
    drawing.add(chart)
    return drawing


def render_statistics(out: Path | str, *, office_name: str, year: int, records: DutyRecords) -> Path:
    """Write the 性別統計指標一覽表 (values by year and gender), the analyses and a chart per
    indicator (A4 landscape)."""
    styles = Styles()
    title = f"{office_name}{year}年度性別統計指標一覽表"
    width = content_width(landscape_page=True)
    years = list(records.value_years)
    story: list[Any] = [para(title, styles.title)]
    if not records.indicators:
        story.append(para("本年度尚未登錄性別統計指標。", styles.body))
    else:
        header_top = ["編號", "指標名稱", "主辦\n單位", "資料\n來源", "統計\n週期", "複分類", "本年度\n檢討"]
        header_top += [f"{y}年" for y in years for _ in range(4)]
        header_low = [""] * 7 + ["男", "女", "計", "女性\n比例"] * len(years)
        cells = [[para(h, styles.cell_center) for h in header_top],
                 [para(h, styles.small_center if not h else styles.cell_center) for h in header_low]]
        small = styles.small
        right = ParagraphStyle("small_right", parent=small, alignment=TA_RIGHT)
        for number, line in enumerate(records.indicators, start=1):
            indicator = line.indicator
            row = [para(number, styles.cell_center), para(f"{indicator.name}（{indicator.measure}）", small),
                   para(indicator.unit, small), para(indicator.source, small), para(indicator.frequency, small),
                   para("、".join(indicator.breakdowns), small),
                   para(line.review.action.label if line.review else "尚未檢討", small)]
            for y in years:
                value = line.values.get(y)
                share = value.female_share if value else None
                row += [para(v, right) for v in (
                    (format_number(value.male), format_number(value.female), format_number(value.total),
                     f"{share:.1%}" if share is not None else "—") if value else ("—", "—", "—", "—"))]
            cells.append(row)
        fixed = [0.045, 0.125, 0.085, 0.07, 0.045, 0.08, 0.06]
        per_year = (1 - sum(fixed)) / max(len(years), 1)
        widths = [width * s for s in fixed] + [width * per_year * w for w in (0.22, 0.22, 0.25, 0.31)] * len(years)
        spans: list[tuple[Any, ...]] = [("SPAN", (i, 0), (i, 1)) for i in range(7)]
        spans += [("SPAN", (7 + 4 * k, 0), (10 + 4 * k, 0)) for k in range(len(years))]
        spans += [("BACKGROUND", (0, 0), (-1, 1), GREY), ("LEFTPADDING", (7, 0), (-1, -1), 2),
                  ("RIGHTPADDING", (7, 0), (-1, -1), 2)]
        story.append(grid_table(cells, widths, 2, spans))
    story.append(Spacer(1, 5 * mm))
    story.append(para(f"{year}年度性別分析專題", styles.heading))
    if not records.analyses:
        story.append(para("本年度尚無性別分析專題。", styles.body))
    else:
        rows = [[n, a.title, a.unit, _day(a.done_on), "、".join(a.indicators),
                 "、".join(AnalysisUse(u).label for u in a.uses),
                 records.meeting_titles.get(int(a.meeting_id or 0), "")]
                for n, a in enumerate(records.analyses, start=1)]
        shares = [0.05, 0.30, 0.10, 0.10, 0.19, 0.12, 0.14]
        story.append(_table(styles, ["編號", "題目", "撰擬單位", "完成日期", "使用之指標", "運用情形",
                                     "提報小組會議"], rows, [width * s for s in shares], frozenset({0})))
    charted = [line for line in records.indicators if line.values]
    if charted and years:
        story.append(Spacer(1, 5 * mm))
        story.append(para("各指標歷年數值（藍：男，紅：女）", styles.heading))
        per_row = 3
        cell_w, cell_h = width / per_row, 52 * mm
        grid = [[indicator_chart(line, years, cell_w - 6, cell_h - 4) for line in charted[i:i + per_row]]
                for i in range(0, len(charted), per_row)]
        grid[-1] += [Spacer(1, 1)] * (per_row - len(grid[-1]))
        for row in grid:
            charts = Table([row], colWidths=[cell_w] * per_row, rowHeights=[cell_h])
            charts.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT_NAME)]))
            story.append(KeepTogether(charts))
    return build(out, story, title, landscape_page=True)


# --- 性別預算 ---------------------------------------------------------------------------------

def render_budget(out: Path | str, *, office_name: str, year: int, items: Sequence[BudgetItem],
                  sheet: BudgetSheet | None = None, deadline: dt.date | None = None,
                  reviewed_at: str = "") -> Path:
    """Write the 性別預算編列情形表 of a budget year in the government layout (A4 landscape)."""
    styles = Styles()
    title = f"{office_name}{year}年度性別預算編列情形表"
    width = content_width(landscape_page=True)
    story: list[Any] = [para(title, styles.title), para("單位：新臺幣千元", styles.right)]
    header = ["類別", "計畫名稱", "主辦單位", "性別預算金額", "說明（對促進性別平等之效益）",
              "衡量指標及目標值", "執行數", "執行情形"]
    rows: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = []
    sums = totals(items)
    for category, (amount, spent) in sums.items():
        mine = [i for i in items if i.category is category]
        first = len(rows) + 1
        for item in mine:
            target = "：".join(x for x in (item.indicator, item.target) if x)
            rows.append([category.label, item.title, item.unit, f"{item.amount:,}", item.description, target,
                         f"{item.executed:,}" if item.executed is not None else "", item.result])
        if len(mine) > 1:
            extra.append(("SPAN", (0, first), (0, first + len(mine) - 1)))
        rows.append(["", f"{category.label}小計", "", f"{amount:,}", "", "",
                     f"{spent:,}" if any(i.executed is not None for i in mine) else "", ""])
        extra.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), GREY))
    total = sum(i.amount for i in items)
    spent_all = sum(i.executed or 0 for i in items)
    rows.append(["合計", "", "", f"{total:,}", "", "",
                 f"{spent_all:,}" if any(i.executed is not None for i in items) else "", ""])
    extra.append(("SPAN", (0, len(rows)), (2, len(rows))))
    shares = [0.09, 0.18, 0.08, 0.09, 0.24, 0.14, 0.07, 0.11]
    story.append(_table(styles, header, rows, [width * s for s in shares], frozenset({3, 6}), extra))
    lines = []
    if sheet is not None and (sheet.reviewed_on or reviewed_at):
        lines.append(f"經本所執行小組{reviewed_at or '書面'}檢視"
                     + (f"（{format_long(sheet.reviewed_on, weekday=False)}）" if sheet.reviewed_on else "") + "。")
    if sheet is not None and sheet.filed_on:
        lines.append(f"於{format_long(sheet.filed_on, weekday=False)}報送" + (f"，文號{sheet.doc_no}" if sheet.doc_no else "") + "。")
    elif deadline is not None:
        lines.append(f"報送期限：{format_long(deadline, weekday=False)}。")
    story.append(Spacer(1, 3 * mm))
    story += [para(line, styles.small) for line in lines]
    return build(out, story, title, landscape_page=True)


# --- 委員會 ----------------------------------------------------------------------------------

def render_committees(out: Path | str, *, office_name: str, as_of: dt.date,
                      committees: Sequence[CommitteeLine]) -> Path:
    """Write each committee's members by gender and the one-third check (A4)."""
    styles = Styles()
    title = f"{office_name}各委員會性別比例情形表"
    width = content_width()
    story: list[Any] = [para(title, styles.title),
                        para(f"統計至{format_long(as_of, weekday=False)}", styles.subtitle)]
    if not committees:
        story.append(para("尚未登錄委員會。", styles.body))
    rows = []
    for n, line in enumerate(committees, start=1):
        total = line.male + line.female + line.other
        note = ""
        committee = line.committee
        if not line.meets and committee.filed_on:
            note = f"{committee.exception_reason}；{format_short(committee.filed_on)}報府備查" + (
                f"（{committee.doc_no}）" if committee.doc_no else "")
        rows.append([n, committee.name, total, line.male, line.female,
                     f"{line.female / total:.1%}" if total else "—", "是" if line.meets else "否", note])
    if rows:
        shares = [0.07, 0.20, 0.09, 0.07, 0.07, 0.11, 0.10, 0.29]
        story.append(_table(styles, ["編號", "委員會", "委員數", "男", "女", "女性比例", "符合三分之一",
                                     "未符合之理由及報府備查"], rows, [width * s for s in shares],
                            frozenset({0, 2, 3, 4, 5})))
    for line in committees:
        story.append(Spacer(1, 4 * mm))
        kind = line.committee.kind.label
        named = line.committee.name if kind in line.committee.name else f"{line.committee.name}（{kind}）"
        story.append(para(f"{named}委員名單", styles.heading))
        member_rows = [[n, m.name, m.gender.label, m.title, "當然委員" if m.ex_officio else ""]
                       for n, m in enumerate(line.members, start=1)]
        shares = [0.09, 0.25, 0.10, 0.36, 0.20]
        story.append(_table(styles, ["編號", "姓名", "性別", "職稱", "備註"], member_rows,
                            [width * s for s in shares], frozenset({0})))
    return build(out, story, title)
