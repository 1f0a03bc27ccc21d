"""年度成果報告: the office's year on every duty, in the tone of a report to the city."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from gmdesk.documents.content import (
    BODY_SIZE,
    MM,
    Align,
    Chart,
    Document,
    Grid,
    Keep,
    NeedSpace,
    Picture,
    Pictures,
    Space,
    Text,
)
from gmdesk.domain.budget import totals
from gmdesk.domain.compliance import NOTHING_DUE, Duty, Status
from gmdesk.domain.model import Event, Gender
from gmdesk.domain.outreach import counted_sessions, not_counted_reason
from gmdesk.domain.rocdate import format_long, format_official, format_short
from gmdesk.domain.statistics import AnalysisUse, format_number
from gmdesk.domain.training import CompletionLine
from gmdesk.domain.yearly import YearReport, meetings_counted

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


DATE = re.compile(r"(\d{2,3})/(\d{1,2})/(\d{1,2})")
RATE = re.compile(r"完成(\d+)/(\d+)人（(\d+%)）")


def report_sentence(text: str) -> str:
    """Turn a check's message to the clerk into a sentence of a report to the reviewer.

    Dates in 年月日, no countdowns, instructions become what the office will do, a closing 。.
    """
    sentence = DATE.sub(lambda m: f"{int(m[1])}年{int(m[2])}月{int(m[3])}日", text)
    sentence = re.sub(r"（\d+天[後前]）", "", sentence)
    sentence = RATE.sub(lambda m: f"應受訓{m[2]}人、已完成{m[1]}人（完成率{m[3]}）", sentence)
    head, sep, tail = sentence.partition("：")
    if sep:
        if tail.startswith("下次請"):
            tail = "嗣後將" + tail[3:]
        elif tail.startswith("請"):
            tail = "本所將" + tail[1:]
        elif "、" in tail and "人" in head:
            tail = "為" + tail
        sentence = f"{head}，{tail}"
    sentence = sentence.rstrip("；，。 ")
    return sentence + "。"


def _achieved(report: YearReport, duty: Duty) -> tuple[bool, str]:
    """Return whether the duty's yearly figure is reached, and the figure as text."""
    figures = report.result(duty).figures
    if duty is Duty.MEETINGS:
        held = meetings_counted(report.meetings)
        return held >= report.meetings_required, f"{held}/{report.meetings_required}次"
    if duty is Duty.OUTREACH:
        done = len(counted_sessions(report.outreach, report.produced))
        return done >= report.outreach_required, f"{done}/{report.outreach_required}場"
    if duty is Duty.MEASURES:
        done = len(report.measures)
        return done >= report.measures_required, f"{done}/{report.measures_required}項"
    if duty is Duty.TRAINING:
        done, need = int(str(figures.get("completed", 0))), int(str(figures.get("required", 0)))
        return need > 0 and done >= need, f"{done}/{need}人"
    return report.result(duty).status is not Status.FAIL, ""


def overview_text(report: YearReport, duty: Duty) -> str:
    """Return the 辦理結果 of a duty as the overview prints it, never against its section."""
    if report.result(duty).summary_phrase == NOTHING_DUE and not report.result(duty).findings:
        return "無應辦理案件"
    reached, figure = _achieved(report, duty)
    pending = any(f.status is not Status.OK for f in report.result(duty).findings)
    if not reached:
        return f"未達成（{figure}）" if figure else "未達成"
    return "已達成，另有待改善事項" if pending else "已達成"


def annual_content(report: YearReport) -> Document:
    """Return the annual results report (年度成果報告) as blocks, for the PDF and the copies.

    The plan's five duties are 壹…伍, each with 一、計畫目標 二、辦理情形 三、佐證資料
    四、待改善事項; numbering goes 壹、→一、→（一）→1.→（1）.
    """
    office = report.office
    year = report.year
    group = office.group_name
    title = f"{office.name}{year}年度性別主流化實施計畫成果報告"
    doc = Document(title)
    section = iter(SECTIONS)
    em = BODY_SIZE

    def heading(text: str) -> None:
        doc.add(NeedSpace(40 * MM), Text(f"{next(section)}、{text}", "heading"))

    def level(depth: int, text: str) -> Text:
        return Text(text, indent=em * (depth + 2), first=-em * 2)

    def level1(number: int, text: str) -> None:
        doc.add(level(0, f"{CHINESE[number - 1]}、{text}"))

    def level2(number: int, text: str) -> None:
        doc.add(level(1, f"（{CHINESE[number - 1]}）{text}"))

    def item(number: int, text: str) -> None:
        doc.add(level(2, f"{number}.　{text}"))

    def body(text: str, depth: int = 0) -> None:
        doc.add(Text(text, indent=em * (depth + 2)))

    def table(header: list[str], rows: list[list[Any]], numeric: set[int] = frozenset(),  # type: ignore[assignment]
              ) -> None:
        # Measured, so no column wraps a short phrase (「一般民眾、／學校」) while another
        # stays wide.
        align: list[Align] = ["right" if i in numeric else "left" for i in range(len(header))]
        doc.add(Space(2 * MM),
                Grid([header, *([str(v) for v in row] for row in rows)], align=align),
                Space(3 * MM))

    def pending(duty: Duty, number: int) -> None:
        level1(number, "待改善事項")
        findings = [f for f in report.result(duty).findings if f.status is not Status.OK]
        if not findings:
            body("本項工作本年度無待改善事項。", 1)
        for i, finding in enumerate(findings, start=1):
            item(i, report_sentence(finding.text))

    doc.add(Text(title, "title"),
            Text(f"填報日期：{format_official(report.report_day)}", "subtitle"))
    adopted = (f"本報告經本所{group}{report.adopted_by}通過。" if report.adopted_by
               else f"本報告提經本所{group}____年第____次會議通過。")
    doc.add(Text(adopted, "right"), Space(3 * MM))

    body(f"本所依{office.city}性別主流化實施計畫，推動{group}運作、同仁性別意識培力、"
         f"性別影響評估、性別統計與性別預算、CEDAW宣導及其他性別平等措施，以落實性別平等之施政。"
         f"謹將{year}年度（資料統計至{format_long(report.as_of, weekday=False)}）辦理情形"
         "依計畫所列工作項目說明如下，並就辦理結果彙整如下表。")
    table(["工作項目", "辦理情形", "辦理結果"],
          [[r.duty.label, report_sentence(r.summary).rstrip("。"), overview_text(report, r.duty)]
           for r in report.results])

    # --- 壹 group and meetings ---
    heading(f"{group}運作")
    male = sum(m.gender is Gender.MALE for m in report.members)
    female = sum(m.gender is Gender.FEMALE for m in report.members)
    total = len(report.members)
    external = sum(m.external for m in report.members)
    meets = total and male * 3 >= total and female * 3 >= total
    level1(1, "計畫目標")
    body(f"設置{group}，任一性別{report.member_word}不少於三分之一，每年至少召開"
         f"{report.meetings_required}次會議，研議本所性別平等業務。", 1)
    level1(2, "辦理情形")
    level2(1, "小組組成")
    body(f"本所{group}截至{format_long(report.as_of, weekday=False)}計有{report.member_word}"
         f"{total}人，男性{male}人、女性{female}人，女性比例{_pct(female, total)}，"
         + ("符合任一性別不少於三分之一之原則" if meets else "未符合任一性別不少於三分之一之原則")
         + (f"；其中{report.external_word}{external}人" if external else "") + "。"
         + "".join(f"另{f}。" for f in report.filings), 2)
    if report.members:  # an office with no member yet: the sentence says so, no empty table
        table(["編號", "職務", "姓名", "性別", "單位職稱", f"{report.internal_word}／{report.external_short}"],
              [[i, m.role, m.name, m.gender.label, m.post,
                report.external_short if m.external else report.internal_word]
               for i, m in enumerate(report.members, start=1)], {0})
    level2(2, "會議辦理情形")
    held = [m for m in report.meetings if m.held]
    body(f"本年度應至少召開{report.meetings_required}次會議，已召開{len(held)}次"
         + ("，已達規定次數。" if len(held) >= report.meetings_required else "，尚未達規定次數。"),
         2)
    if report.meetings:
        table(["次別", "日期", "地點", "主席", "應出席", "實出席", "法定人數"],
              [[m.title, format_short(m.day), m.place, m.chair, m.due,
                m.present if m.held else "—",
                ("已達" if m.quorum else "未達") if m.held else "尚未召開"]
               for m in report.meetings], {4, 5})
        decided = [m for m in held if m.resolutions]
        for number, meeting in enumerate(decided, start=1):
            doc.add(Text(f"（{number}）{meeting.title}主要決議：{meeting.resolutions}",
                         indent=em * 6, first=-em * 2))
    level1(3, "佐證資料")
    body("各次會議之開會通知單、簽到表及會議紀錄，另附於年度佐證資料。", 1)
    level1(4, "待改善事項")
    waiting = [f for d in (Duty.GROUP, Duty.MEETINGS) for f in report.result(d).findings
               if f.status is not Status.OK]
    if not waiting:
        body("本項工作本年度無待改善事項。", 1)
    for i, finding in enumerate(waiting, start=1):
        item(i, report_sentence(finding.text))

    # --- 貳 training ---
    heading("性別意識培力")
    level1(1, "計畫目標")
    body("本所同仁每年完成各類人員應受訓時數之性別意識培力課程。", 1)
    level1(2, "辦理情形")
    total_line = next((c for c in report.completion if c.label == "合計"), None)
    if total_line is None:
        body("本年度尚未登錄應受訓人員。", 1)
    else:
        body(f"本年度應受訓同仁{total_line.required[2]}人（男性{total_line.required[0]}人、"
             f"女性{total_line.required[1]}人），已完成{total_line.completed[2]}人，完成率"
             f"{_pct(total_line.completed[2], total_line.required[2])}；另免訓{total_line.exempt}人，"
             "不計入應受訓人數。各類人員完成情形如下表及下圖（人數單位：人）。", 1)
        rows: list[list[str | Text]] = [
            ["人員類別", "應受訓", "", "", "免訓", "已完成", "", "", "完成率", "平均時數"],
            ["", "男", "女", "計", "", "男", "女", "計", "", ""]]
        numbers: list[Align] = ["right"] * 9
        for c in report.completion:
            rows.append([c.label, *(str(v) for v in (*c.required, c.exempt, *c.completed)),
                         _pct(c.completed[2], c.required[2]), f"{c.average_hours:.1f}"])
        doc.add(Space(2 * MM),
                Grid(rows, header_rows=2,
                     widths=[0.28, 0.065, 0.065, 0.065, 0.07, 0.065, 0.065, 0.065, 0.12, 0.12],
                     align=["left", *numbers],
                     spans=[(0, 0, 0, 1), (1, 0, 3, 0), (4, 0, 4, 1), (5, 0, 7, 0),
                            (8, 0, 8, 1), (9, 0, 9, 1)]),
                Space(3 * MM),
                Chart("completion", list(report.completion), 62 * MM),
                Space(3 * MM))
    if report.courses:
        body(f"本年度同仁參加性別意識培力課程計{len(report.courses)}門，如下表。", 1)
        table(["日期", "課程名稱", "辦理機關", "時數", "參訓人數", "滿意度"],
              [[format_short(c.day), c.title, c.provider, _hours(c.hours), c.participants,
                f"{c.satisfaction:.2f}" if c.satisfaction else "—"] for c in report.courses],
              {3, 4, 5})
    level1(3, "佐證資料")
    body("同仁受訓紀錄（課程名稱、日期、時數）及各類人員完成統計，另附於年度佐證資料。", 1)
    pending(Duty.TRAINING, 4)

    # --- 參 gender impact assessment ---
    duties = report.duties
    heading("性別影響評估")
    level1(1, "計畫目標")
    body("研擬或執行重大施政（施政計畫、中長程計畫、長期綱領）及制訂、修訂法規時，辦理性別影響評估，"
         "蒐集性別統計並經性別平等專家學者程序參與，參採意見修正計畫。", 1)
    level1(2, "辦理情形")
    if not duties.cases:
        body("本年度無應辦理性別影響評估之案件。", 1)
    else:
        closed = sum(c.closed for c in duties.cases)
        body(f"本年度辦理性別影響評估{len(duties.cases)}案，已完成{closed}案、辦理中"
             f"{len(duties.cases) - closed}案，如下表。", 1)
        table(["編號", "計畫（法案）名稱", "主辦單位", "程序參與日期", "參與方式", "參採情形", "辦理狀態"],
              [[i, f"{c.title}（{c.kind.label}）", c.unit,
                format_short(c.participated_on) if c.participated_on else "—",
                c.way.label if c.way else "—", c.adoption.label if c.adoption else "—",
                "已結案" if c.closed else "辦理中"]
               for i, c in enumerate(duties.cases, start=1)], {0})
    level1(3, "佐證資料")
    body("各案之性別影響評估檢視表及程序參與意見參採情形表，另附於年度佐證資料。", 1)
    pending(Duty.IMPACT, 4)

    # --- 肆 statistics and budget ---
    heading("性別統計與性別預算")
    level1(1, "計畫目標")
    body("定期檢討性別統計指標，編製性別統計資料與分析並運用於政策；檢視性別預算之編列及執行情形。", 1)
    level1(2, "辦理情形")
    level2(1, "性別統計")
    if not duties.indicators:
        body("本年度尚未登錄性別統計指標。", 2)
    else:
        actions = [line.review.action.label for line in duties.indicators if line.review]
        tally = "、".join(f"{a}{actions.count(a)}項" for a in ("新增", "修正", "刪除", "維持")
                          if actions.count(a))
        body(f"本所性別統計指標計{len(duties.indicators)}項，本年度已檢討{len(actions)}項"
             + (f"（{tally}）" if tally else "") + "；各指標最近一年之資料如下表。", 2)
        indicator_rows: list[list[Any]] = []
        for i, line in enumerate(duties.indicators, start=1):
            latest = max(line.values) if line.values else None
            value = line.values[latest] if latest is not None else None
            share = value.female_share if value is not None else None
            indicator_rows.append([i, line.indicator.name, line.indicator.unit, f"{latest}年" if latest else "—",
                         format_number(value.male) if value else "—",
                         format_number(value.female) if value else "—",
                         f"{share:.1%}" if share is not None else "—",
                         line.review.action.label if line.review else "尚未檢討"])
        table(["編號", "指標名稱", "主辦單位", "資料年度", "男", "女", "女性比例", "本年度檢討"], indicator_rows,
              {0, 4, 5, 6})
    if duties.analyses:
        body(f"本年度撰擬性別分析專題{len(duties.analyses)}篇：", 2)
        for i, analysis in enumerate(duties.analyses, start=1):
            uses = "、".join(AnalysisUse(u).label for u in analysis.uses)
            presented = duties.meeting_titles.get(int(analysis.meeting_id or 0), "")
            item(i, f"「{analysis.title}」（{analysis.unit}）" + (f"，運用於{uses}" if uses else "")
                 + (f"，並提報{group}{presented}" if presented else "") + "。")
    level2(2, "性別預算")
    amount = sum(i.amount for i in duties.budget_items)
    sheet = duties.budget_sheet
    filed = (f"已於{format_long(sheet.filed_on, weekday=False)}報送" if sheet is not None and sheet.filed_on
             else "尚未報送")
    if duties.budget_items:
        by_category = "、".join(f"{c.label}{a:,}千元" for c, (a, _) in totals(duties.budget_items).items())
        body(f"{duties.budget_year}年度性別預算編列{len(duties.budget_items)}項，計新臺幣{amount:,}千元"
             f"（{by_category}），{filed}。", 2)
        budget_rows: list[list[Any]] = [[i, x.category.label, x.title, x.unit, f"{x.amount:,}"]
                for i, x in enumerate(duties.budget_items, start=1)]
        budget_rows.append(["", "合計", "", "", f"{amount:,}"])
        table(["編號", "類別", "計畫名稱", "主辦單位", "金額（千元）"], budget_rows,
              {0, 4})
    else:
        body(f"{duties.budget_year}年度性別預算編列情形表尚未登錄。", 2)
    if duties.executed_items:
        budgeted = sum(i.amount for i in duties.executed_items)
        spent = sum(i.executed or 0 for i in duties.executed_items)
        entered = sum(i.executed is not None for i in duties.executed_items)
        body(f"{year}年度性別預算{len(duties.executed_items)}項，預算數{budgeted:,}千元，"
             f"已填執行數{entered}項、執行數計{spent:,}千元。", 2)
    level1(3, "佐證資料")
    body("性別統計指標一覽表、性別分析專題及性別預算編列情形表，另附於年度佐證資料。", 1)
    level1(4, "待改善事項")
    waiting = [f for d in (Duty.STATISTICS, Duty.BUDGET) for f in report.result(d).findings
               if f.status is not Status.OK]
    if not waiting:
        body("本項工作本年度無待改善事項。", 1)
    for i, finding in enumerate(waiting, start=1):
        item(i, report_sentence(finding.text))

    # --- 伍 outreach and measures ---
    heading("CEDAW宣導及其他性別平等措施")
    level1(1, "計畫目標")
    body(f"每年辦理對外CEDAW宣導至少{report.outreach_required}場，並辦理其他性別平等措施"
         f"至少{report.measures_required}項。", 1)
    level1(2, "辦理情形")
    level2(1, "CEDAW宣導")
    counted = counted_sessions(report.outreach, report.produced)
    reached = sum(e.total for e in counted)
    internal = [e for e in report.outreach if e not in counted]
    body(f"本年度辦理對外CEDAW宣導{len(counted)}場（應至少{report.outreach_required}場），"
         f"參與民眾計{reached}人（男性{sum(e.male for e in counted)}人、女性"
         f"{sum(e.female for e in counted)}人、其他{sum(e.other for e in counted)}人）"
         + (f"；另辦理內部活動{len(internal)}場，不計入對外宣導場次及人數" if internal else "")
         + "。", 2)
    if report.outreach:
        sessions: list[list[Any]] = [
            [str(i), format_short(e.start), e.title, "、".join(e.audiences),
             "、".join(e.cedaw_refs), e.male, e.female, e.total]
            for i, e in enumerate(counted, start=1)]
        sessions.append(["", "", "對外宣導合計", "", "", sum(e.male for e in counted),
                         sum(e.female for e in counted), reached])
        for e in internal:
            sessions.append(["—", format_short(e.start),
                             f"{e.title}（{not_counted_reason(e, report.produced)}）",
                             "、".join(e.audiences), "、".join(e.cedaw_refs), e.male, e.female,
                             e.total])
        table(["編號", "日期", "活動名稱", "宣導對象", "CEDAW內容", "男", "女", "計"],
              sessions, {0, 5, 6, 7})
    level2(2, "其他性別平等措施")
    body(f"本年度辦理其他性別平等措施{len(report.measures)}項（應至少{report.measures_required}項）。",
         2)
    if report.measures:
        table(["編號", "類別", "日期", "措施名稱", "辦理單位", "辦理成效"],
              [[i, e.category or "未分類", format_short(e.start), e.title, e.organizer, e.outcome]
               for i, e in enumerate(report.measures, start=1)], {0})
    doc.add(NeedSpace(45 * MM))
    level2(3, "各委員會性別比例")
    if not duties.committees:
        body("本年度尚未登錄委員會。", 2)
    else:
        met = sum(line.meets for line in duties.committees)
        body(f"本所委員會{len(duties.committees)}個，符合任一性別不少於三分之一原則者{met}個"
             + "".join(f"；{line.committee.name}未符合，因{line.committee.exception_reason}，已於"
                       f"{format_long(line.committee.filed_on, weekday=False)}報府備查"
                       for line in duties.committees if not line.meets and line.committee.filed_on)
             + "。", 2)
        table(["委員會", "委員總數", "男", "女", "女性比例", "符合三分之一"],
              [[line.committee.name, line.male + line.female + line.other, line.male, line.female,
                _pct(line.female, line.male + line.female + line.other), "是" if line.meets else "否"]
               for line in duties.committees], {1, 2, 3, 4})
    level1(3, "佐證資料")
    body("各項活動照片如下，成果報告及簽到資料另附於年度佐證資料。", 1)
    photos = _event_photos((*report.outreach, *report.measures), report)
    if photos:
        doc.add(Pictures(photos))
    level1(4, "待改善事項")
    waiting = [f for d in (Duty.OUTREACH, Duty.MEASURES, Duty.COMMITTEES) for f in report.result(d).findings
               if f.status is not Status.OK]
    if not waiting:
        body("本項工作本年度無待改善事項。", 1)
    for i, finding in enumerate(waiting, start=1):
        item(i, report_sentence(finding.text))

    # --- sign-off ---
    contact = office.contact_name or office.clerk_name
    doc.add(Space(8 * MM), Keep([
        Text(f"聯絡人：{contact}　電話：{office.contact_phone}"),
        Space(2 * MM),
        Grid([["承辦人", "單位主管", "機關首長"], ["", "", ""]], header_rows=0,
             widths=[1 / 3] * 3, align=["center"] * 3, row_heights=[None, 24 * MM])]))
    return doc


def render_annual(report: YearReport, out_path: Path | str) -> Path:
    """Write the annual results report (年度成果報告) as an A4 PDF and return its path."""
    from gmdesk.documents.pdf import write_pdf

    return write_pdf(annual_content(report), out_path)


def _event_photos(items: tuple[Event, ...], report: YearReport) -> list[Picture]:
    found = []
    for event in items:
        photo = report.photos.get(event.id)
        if photo is None:
            continue
        found.append(Picture(photo.data, photo.width, photo.height,
                             f"{format_long(event.start, weekday=False)}「{event.title}」："
                             f"{photo.caption}"))
    return found


__all__ = ["Duty", "completion_chart", "render_annual"]
