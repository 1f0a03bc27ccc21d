"""開會通知單: the meeting notice in 公文 layout."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gmdesk.domain.meetings import MeetingPaper, PaperPerson
from gmdesk.domain.model import Office
from gmdesk.domain.rocdate import format_long, format_official, format_time

DEFAULT_NOTE = "請準時出席；如不克出席，請指派代理人出席並於會前告知聯絡人。"


def own_name(office: Office) -> str:
    """Return how a document names its own office: 本所, 本局, 本處 …"""
    last = office.name[-1:] if office.name else ""
    return f"本{last}" if last in "所局處會室館院署" and last else "本機關"


def person_line(person: PaperPerson) -> str:
    """Return 人事室主任王大明, as a notice lists attendees: one form for staff and outside
    members alike (title, then name)."""
    return f"{person.post}{person.name}"


def _field(label: str, value: str, styles: Any) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    from gmdesk.documents.base import para

    indent = (len(label) + 1) * styles.body.fontSize
    style = ParagraphStyle(f"field{len(label)}", parent=styles.body, leftIndent=indent,
                           firstLineIndent=-indent, spaceAfter=4)
    return para(f"{label}：{value}", style)


def render_notice(paper: MeetingPaper, office: Office, out_path: Path | str) -> Path:
    """Write the meeting notice (開會通知單) as an A4 PDF and return its path."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

    from gmdesk.documents.base import Styles, build, content_width, para
    from gmdesk.documents.fonts import FONT_NAME

    styles = Styles()
    meeting = paper.meeting
    width = content_width()
    block = ParagraphStyle("block", parent=styles.small, leftIndent=width * 0.5)
    story: list[Any] = [
        para("檔　　號：", styles.small),
        para("保存年限：", styles.small),
        Spacer(1, 4 * mm),
        para(f"{office.name}　開會通知單", styles.title),
        Spacer(1, 2 * mm),
        para(f"機關地址：{office.address}", block),
        para(f"聯絡人及電話：{office.contact_name}　{office.contact_phone}", block),
        para(f"電子郵件：{office.contact_email}", block),
        Spacer(1, 5 * mm),
    ]
    receivers = "如出席者、列席者" if paper.guests else "如出席者"
    when = format_long(meeting.day) + format_time(meeting.start)
    members = "、".join(person_line(p) for p in paper.members) or "（無）"
    guests = "、".join(person_line(p) for p in paper.guests) or "無"
    fields = [
        ("受文者", receivers),
        ("發文日期", format_official(meeting.notice_date) if meeting.notice_date else ""),
        ("發文字號", meeting.notice_no),
        ("速別", "普通件"),
        ("密等及解密條件或保密期限", ""),
        ("附件", "會議資料" if paper.items else ""),
    ]
    story += [_field(label, value, styles) for label, value in fields]
    story.append(Spacer(1, 3 * mm))
    body = [
        ("開會事由", f"召開{own_name(office)}{paper.group_name}{meeting.title}"),
        ("開會時間", when),
        ("開會地點", meeting.place),
        ("主持人", paper.chair_line),
        ("聯絡人及電話", f"{office.contact_name}　{office.contact_phone}"),
        ("出席者", members),
        ("列席者", guests),
        ("副本", paper.copies or ""),
        ("備註", meeting.note or DEFAULT_NOTE),
    ]
    flowing = [_field(label, value, styles) for label, value in body]
    # A 開會通知單 carries the 機關條戳, not the head's name: leave its place, and keep it
    # with the last lines so it never falls alone onto a page of its own.
    stamp = Table([[para("（機關條戳）", styles.small_center)]], colWidths=[60 * mm],
                  rowHeights=[25 * mm], hAlign="RIGHT")
    stamp.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT_NAME),
                               ("BOX", (0, 0), (-1, -1), 0.4, colors.grey, None, (2, 2)),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    story += flowing[:-3]
    story.append(KeepTogether([*flowing[-3:], Spacer(1, 8 * mm), stamp]))
    return build(out_path, story, f"{office.name}開會通知單 {meeting.title}")
