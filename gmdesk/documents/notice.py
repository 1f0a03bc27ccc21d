"""開會通知單: the meeting notice in 公文 layout."""

from __future__ import annotations

from pathlib import Path

from gmdesk.documents.content import (
    BODY_SIZE,
    CONTENT_WIDTH,
    MM,
    Box,
    Document,
    Keep,
    Space,
    Text,
)
from gmdesk.domain.address import postal_address
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


def _field(label: str, value: str) -> Text:
    indent = (len(label) + 1) * BODY_SIZE
    return Text(f"{label}：{value}", indent=indent, first=-indent, space_after=4)


def notice_content(paper: MeetingPaper, office: Office) -> Document:
    """Return the meeting notice (開會通知單) as blocks, for the PDF and the editable copies."""
    meeting = paper.meeting
    block = CONTENT_WIDTH * 0.5
    doc = Document(f"{office.name}開會通知單 {meeting.title}")
    address = postal_address(paper.postcode, office.address)
    doc.add(
        Text("檔　　號：", "small"),
        Text("保存年限：", "small"),
        Space(4 * MM),
        Text(f"{office.name}　開會通知單", "title"),
        Space(2 * MM),
        Text(f"機關地址：{address}", "small", indent=block),
        Text(f"聯絡人及電話：{office.contact_name}　{office.contact_phone}", "small", indent=block),
        Text(f"電子郵件：{office.contact_email}", "small", indent=block),
        Space(5 * MM),
    )
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
    doc.add(*(_field(label, value) for label, value in fields))
    doc.add(Space(3 * MM))
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
    flowing = [_field(label, value) for label, value in body]
    # A 開會通知單 carries the 機關條戳, not the head's name: leave its place, and keep it
    # with the last lines so it never falls alone onto a page of its own.
    doc.add(*flowing[:-3])
    doc.add(Keep([*flowing[-3:], Space(8 * MM), Box("（機關條戳）", 60 * MM, 25 * MM)]))
    return doc


def render_notice(paper: MeetingPaper, office: Office, out_path: Path | str) -> Path:
    """Write the meeting notice (開會通知單) as an A4 PDF and return its path."""
    from gmdesk.documents.pdf import write_pdf

    return write_pdf(notice_content(paper, office), out_path)
