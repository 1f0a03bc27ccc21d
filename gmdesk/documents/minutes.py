"""會議紀錄: the minutes, in the numbered sections offices use, with the follow-up table."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from gmdesk.documents.fonts import FONT_NAME
from gmdesk.documents.notice import own_name
from gmdesk.domain.meetings import MeetingPaper, PaperItem
from gmdesk.domain.model import AttendanceStatus, ItemKind, Office
from gmdesk.domain.rocdate import format_long, format_time

NUMBERS = "一二三四五六七八九十"


def _number(n: int) -> str:
    if n <= 10:
        return NUMBERS[n - 1]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else NUMBERS[tens - 1]) + "十" + (NUMBERS[ones - 1] if ones else "")


def attendance_summary(paper: MeetingPaper) -> str:
    """Return 詳簽到表, with the counts of 出席, 請假, 缺席 once attendance is recorded.

    Counts of zero are left out, and the sentence holds no nested brackets.
    """
    if not paper.recorded:
        return "詳簽到表。"
    counts = {status: sum(p.status is status for p in paper.members)
              for status in AttendanceStatus}
    present = counts[AttendanceStatus.PRESENT] + counts[AttendanceStatus.PROXY]
    parts = [f"應出席委員{len(paper.members)}人", f"出席{present}人"]
    if counts[AttendanceStatus.PROXY]:
        parts[-1] += f"，含代理{counts[AttendanceStatus.PROXY]}人"
    if counts[AttendanceStatus.LEAVE]:
        parts.append(f"請假{counts[AttendanceStatus.LEAVE]}人")
    if counts[AttendanceStatus.ABSENT]:
        parts.append(f"缺席{counts[AttendanceStatus.ABSENT]}人")
    text = "詳簽到表。" + "，".join(parts)
    if paper.guests:
        text += f"；列席人員{len(paper.guests)}人"
    return text + "。"


NUMBERED = re.compile(r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.)")


def explanation_lines(label: str, value: str) -> list[tuple[str, int, int]]:
    """Split 說明 into lines, each (text, hang, label) in characters: a numbered line hangs
    under its own 「一、」, the first line carries the label."""
    lines = [line.strip() for line in value.splitlines() if line.strip()]
    result = []
    for index, line in enumerate(lines):
        match = NUMBERED.match(line)
        hang = len(match.group(1)) if match else 0
        prefix = f"{label}：" if index == 0 else ""
        result.append((prefix + line, hang, len(label) + 1))
    return result


def render_minutes(paper: MeetingPaper, office: Office, out_path: Path | str) -> Path:
    """Write the minutes (會議紀錄) as an A4 PDF and return its path."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

    from gmdesk.documents.base import (
        Styles,
        balanced_widths,
        build,
        content_width,
        grid_table,
        para,
    )

    styles = Styles()
    meeting = paper.meeting
    size = styles.body.fontSize
    section_style = ParagraphStyle("section", parent=styles.body, leftIndent=2 * size,
                                   firstLineIndent=-2 * size, spaceBefore=6)
    sub = ParagraphStyle("sub", parent=styles.body, leftIndent=2 * size + 3 * size,
                         firstLineIndent=-3 * size)
    text_style = ParagraphStyle("text", parent=styles.body, leftIndent=5 * size)
    story: list[Any] = [
        para(f"{office.name}{paper.group_name}{meeting.title}紀錄", styles.title),
        Spacer(1, 3 * mm),
    ]
    heading_style = ParagraphStyle("heading_keep", parent=section_style, keepWithNext=1)
    counter = 0
    pending: list[Any] = []  # a heading waiting to go with its first item

    def section(title: str, value: str = "", with_items: bool = False) -> None:
        nonlocal counter
        counter += 1
        style = section_style if value else heading_style
        heading = para(f"{_number(counter)}、{title}：{value}", style)
        if with_items:
            # Kept with its first item, so a heading never stays alone at the foot of a page.
            pending.append(heading)
        else:
            story.append(heading)

    def add_block(block: list[Any]) -> None:
        # The heading goes with the item's first two lines; the rest may continue overleaf,
        # so a long item never leaves a quarter page blank.
        story.append(KeepTogether([*pending, *block[:2]]))
        story.extend(block[2:])
        pending.clear()

    when = format_long(meeting.day) + format_time(meeting.start)
    section("時間", when)
    section("地點", meeting.place)
    counter += 1
    chair_row = Table([[para(f"{_number(counter)}、主席：{paper.chair_line}", section_style),
                        para(f"紀錄：{meeting.recorder}", styles.body)]],
                      colWidths=[content_width() * 0.55, content_width() * 0.45])
    chair_row.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT_NAME),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 6),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                                   ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    story.append(chair_row)
    section("出（列）席人員", attendance_summary(paper))
    section("主席致詞", meeting.chair_remarks or "（略）")
    if paper.previous:
        section("確認上次會議紀錄", "")
        story.append(para(f"決定：{paper.previous}紀錄{meeting.previous_minutes or '確定。'}",
                          text_style))
    section("上次會議決議事項執行情形", "" if paper.followups else "無列管事項。")
    if paper.followups:
        width = content_width()
        header = ["編號", "案由", "決議事項", "辦理單位", "執行情形", "列管建議"]
        cells: list[list[tuple[str, Any]]] = []
        for number, row in enumerate(paper.followups, start=1):
            proposal = row.proposal_label
            if row.decision_now and row.decision_now not in proposal:
                proposal += f"\n（決定：{row.decision_now}）"
            cells.append([(str(number), styles.cell_center),
                          (f"{row.title}\n（{row.source}）", styles.cell),
                          (row.decision, styles.cell), (row.unit, styles.cell_center),
                          (row.progress or "（未填報）", styles.cell),
                          (proposal, styles.cell_center)])
        columns = [[h, *(r[i][0] for r in cells)] for i, h in enumerate(header)]
        widths = balanced_widths(columns, width, styles.cell)
        rows: list[list[Any]] = [[para(h, styles.cell_center) for h in header]]
        rows += [[para(value, style) for value, style in r] for r in cells]
        story += [Spacer(1, 2 * mm), grid_table(rows, widths),
                  Spacer(1, 2 * mm)]

    def items_of(kind: ItemKind) -> list[PaperItem]:
        return [i for i in paper.items if i.kind is kind]

    reports = items_of(ItemKind.REPORT)
    section("報告事項", "" if reports else "無。", with_items=bool(reports))
    for item in reports:
        block = [para(f"（{_number(item.seq)}）{item.title}", sub)]
        if item.unit:
            block.append(para(f"報告單位：{item.unit}", text_style))
        if item.explanation:
            block.append(para(item.explanation, text_style))
        block.append(para(f"決定：{item.decision or '洽悉。'}", text_style))
        add_block(block)

    def motions(items: list[PaperItem]) -> None:
        for item in items:
            block = [para(f"第{_number(item.seq)}案", sub)]
            if item.unit:
                block.append(para(f"提案單位：{item.unit}", text_style))
            block.append(para(f"案由：{item.title}", text_style))
            for line, hang, label in explanation_lines("說明", item.explanation):
                indent = text_style.leftIndent + (label + hang) * size
                first = -(hang + (label if line.startswith("說明：") else 0)) * size
                block.append(para(line, ParagraphStyle(
                    f"explain{label}{hang}{first}", parent=text_style, leftIndent=indent,
                    firstLineIndent=first)))
            block.append(para(f"決議：{item.decision}", text_style))
            if item.followup_unit:
                block.append(para(f"（本案列管，辦理單位：{item.followup_unit}）", text_style))
            add_block(block)

    discussions = items_of(ItemKind.DISCUSSION)
    section("討論事項", "" if discussions else "無。", with_items=bool(discussions))
    motions(discussions)
    extraordinary = items_of(ItemKind.MOTION)
    section("臨時動議", "" if extraordinary else "無。", with_items=bool(extraordinary))
    motions(extraordinary)
    section("散會", format_time(meeting.end) if meeting.end else "")
    title = f"{own_name(office)}{paper.group_name}{meeting.title}紀錄"
    return build(out_path, story, title)
