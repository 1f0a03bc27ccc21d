"""會議紀錄: the minutes, in the numbered sections offices use, with the follow-up table."""

from __future__ import annotations

import re
from pathlib import Path

from gmdesk.documents.content import BODY_SIZE, MM, Block, Document, Grid, Keep, Space, Text
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


def minutes_content(paper: MeetingPaper, office: Office) -> Document:
    """Return the minutes (會議紀錄) as blocks, for the PDF and the editable copies."""
    meeting = paper.meeting
    size = BODY_SIZE

    def section_text(value: str, keep: bool = False) -> Text:
        return Text(value, indent=2 * size, first=-2 * size, space_before=6, keep_with_next=keep)

    def sub(value: str) -> Text:
        return Text(value, indent=5 * size, first=-3 * size)

    def text(value: str) -> Text:
        return Text(value, indent=5 * size)

    doc = Document(f"{own_name(office)}{paper.group_name}{meeting.title}紀錄")
    doc.add(Text(f"{office.name}{paper.group_name}{meeting.title}紀錄", "title"), Space(3 * MM))
    counter = 0
    pending: list[Block] = []  # a heading waiting to go with its first item

    def section(title: str, value: str = "", with_items: bool = False) -> None:
        nonlocal counter
        counter += 1
        heading = section_text(f"{_number(counter)}、{title}：{value}", keep=not value)
        if with_items:
            # Kept with its first item, so a heading never stays alone at the foot of a page.
            pending.append(heading)
        else:
            doc.add(heading)

    def add_block(block: list[Block]) -> None:
        # The heading goes with the item's first two lines; the rest may continue overleaf,
        # so a long item never leaves a quarter page blank.
        doc.add(Keep([*pending, *block[:2]]), *block[2:])
        pending.clear()

    when = format_long(meeting.day) + format_time(meeting.start)
    section("時間", when)
    section("地點", meeting.place)
    counter += 1
    doc.add(Grid([[section_text(f"{_number(counter)}、主席：{paper.chair_line}"),
                   Text(f"紀錄：{meeting.recorder}")]],
                 header_rows=0, widths=[0.55, 0.45], borders=False))
    section("出（列）席人員", attendance_summary(paper))
    section("主席致詞", meeting.chair_remarks or "（略）")
    if paper.previous:
        section("確認上次會議紀錄", "")
        doc.add(text(f"決定：{paper.previous}紀錄{meeting.previous_minutes or '確定。'}"))
    section("上次會議決議事項執行情形", "" if paper.followups else "無列管事項。")
    if paper.followups:
        header = ["編號", "案由", "決議事項", "辦理單位", "執行情形", "列管建議"]
        rows: list[list[str | Text]] = [list(header)]
        for number, row in enumerate(paper.followups, start=1):
            proposal = row.proposal_label
            if row.decision_now and row.decision_now not in proposal:
                proposal += f"\n（決定：{row.decision_now}）"
            rows.append([str(number), f"{row.title}\n（{row.source}）", row.decision, row.unit,
                         row.progress or "（未填報）", proposal])
        doc.add(Space(2 * MM),
                Grid(rows, align=["center", "left", "left", "center", "left", "center"]),
                Space(2 * MM))

    def items_of(kind: ItemKind) -> list[PaperItem]:
        return [i for i in paper.items if i.kind is kind]

    reports = items_of(ItemKind.REPORT)
    section("報告事項", "" if reports else "無。", with_items=bool(reports))
    for item in reports:
        block: list[Block] = [sub(f"（{_number(item.seq)}）{item.title}")]
        if item.unit:
            block.append(text(f"報告單位：{item.unit}"))
        if item.explanation:
            block.append(text(item.explanation))
        block.append(text(f"決定：{item.decision or '洽悉。'}"))
        add_block(block)

    def motions(items: list[PaperItem]) -> None:
        for item in items:
            block: list[Block] = [sub(f"第{_number(item.seq)}案")]
            if item.unit:
                block.append(text(f"提案單位：{item.unit}"))
            block.append(text(f"案由：{item.title}"))
            for line, hang, label in explanation_lines("說明", item.explanation):
                first = -(hang + (label if line.startswith("說明：") else 0)) * size
                block.append(Text(line, indent=5 * size + (label + hang) * size, first=first))
            block.append(text(f"決議：{item.decision}"))
            if item.followup_unit:
                block.append(text(f"（本案列管，辦理單位：{item.followup_unit}）"))
            add_block(block)

    discussions = items_of(ItemKind.DISCUSSION)
    section("討論事項", "" if discussions else "無。", with_items=bool(discussions))
    motions(discussions)
    extraordinary = items_of(ItemKind.MOTION)
    section("臨時動議", "" if extraordinary else "無。", with_items=bool(extraordinary))
    motions(extraordinary)
    section("散會", format_time(meeting.end) if meeting.end else "")
    return doc


def render_minutes(paper: MeetingPaper, office: Office, out_path: Path | str) -> Path:
    """Write the minutes (會議紀錄) as an A4 PDF and return its path."""
    from gmdesk.documents.pdf import write_pdf

    return write_pdf(minutes_content(paper, office), out_path)
