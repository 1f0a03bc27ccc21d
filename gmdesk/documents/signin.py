"""簽到表: the sign-in sheet, members then 列席人員, with a blank signature column."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from gmdesk.domain.meetings import MeetingPaper, PaperPerson
from gmdesk.domain.model import AttendanceStatus, Gender, Office
from gmdesk.domain.rocdate import format_long, format_time


def _mark(person: PaperPerson) -> str:
    """Return what the signature cell says when the records show the person did not sign."""
    if person.status is AttendanceStatus.PROXY:
        return f"（代理：{person.proxy_name}）"
    if person.status in (AttendanceStatus.LEAVE, AttendanceStatus.ABSENT):
        return person.status.label
    return ""


def attendance_line(paper: MeetingPaper) -> str:
    """Return 應出席 N 人、實到 n 人（男 a 人、女 b 人）, blank to fill in before the meeting."""
    due = len(paper.members)
    if not paper.recorded:
        blank = "_" * 6
        return f"應出席 {due} 人、實到 {blank} 人（男 {blank} 人、女 {blank} 人）"
    present = [p for p in paper.members if p.present]
    male = sum(p.gender is Gender.MALE for p in present)
    female = sum(p.gender is Gender.FEMALE for p in present)
    return f"應出席 {due} 人、實到 {len(present)} 人（男 {male} 人、女 {female} 人）"


def render_signin(paper: MeetingPaper, office: Office, out_path: Path | str) -> Path:
    """Write the sign-in sheet (簽到表) as an A4 PDF and return its path."""
    from reportlab.lib import colors
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table, TableStyle

    from gmdesk.documents.base import GRID, Styles, build, content_width, fitted_title, para

    styles = Styles()
    meeting = paper.meeting
    fees = any(p.external and p.fee is not None for p in paper.members + paper.guests)
    width = content_width()
    header = ["序號", "單位及職稱", "姓名", "性別", "簽名"]
    shares = [0.08, 0.32, 0.16, 0.08, 0.36]
    if fees:
        header.append("出席費（領據）")
        shares = [0.07, 0.27, 0.14, 0.07, 0.25, 0.20]
    widths = [width * s for s in shares]
    cols = len(header)
    rows: list[list[Any]] = [[para(h, styles.cell_center) for h in header]]
    extra: list[tuple[Any, ...]] = []
    heights: list[float | None] = [None]

    def section(label: str) -> None:
        extra.append(("SPAN", (0, len(rows)), (-1, len(rows))))
        extra.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), colors.HexColor("#f6f6f6")))
        rows.append([para(label, styles.cell)] + [""] * (cols - 1))
        heights.append(None)

    def person_rows(people: tuple[PaperPerson, ...]) -> None:
        for number, person in enumerate(people, start=1):
            post = person.post if not person.external else (person.title or "外聘委員")
            if person.role and not person.external:
                post = f"{post}\n{person.role}"
            row = [para(number, styles.cell_center), para(post, styles.cell),
                   para(person.name, styles.cell_center),
                   para(person.gender.label, styles.cell_center),
                   para(_mark(person), styles.cell_center)]
            if fees:
                amount = f"{person.fee:,} 元" if person.external and person.fee else ""
                row.append(para(amount, styles.cell_right))
            rows.append(row)
            # Tall enough to sign, and never shorter than the text in it.
            needed = max(cell.wrap(w - 8, 1000)[1] for cell, w in zip(row, widths, strict=False))
            heights.append(max(15 * mm, needed + 10))

    section("委員")
    person_rows(paper.members)
    section("列席人員")
    if paper.guests:
        person_rows(paper.guests)
    else:
        rows.append([para("", styles.cell) for _ in header])
        heights.append(15 * mm)
    # Signing rows get a fixed height; the header and section rows size to their content.
    table = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=1)
    table.setStyle(TableStyle([*GRID, ("TOPPADDING", (0, 0), (-1, -1), 4),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 4),("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                               *extra]))
    story: list[Any] = [
        fitted_title(f"{office.name}{paper.group_name}{meeting.title}簽到表", styles.title,
                     width),
        para(f"時間：{format_long(meeting.day)}{format_time(meeting.start)}", styles.body),
        para(f"地點：{meeting.place}", styles.body),
        para(f"主席：{paper.chair_line}", styles.body),
        Spacer(1, 3 * mm),
        table,
        Spacer(1, 4 * mm),
        para(attendance_line(paper), styles.body),
    ]
    head = (f"{office.name}{paper.group_name}{meeting.title}簽到表（續）　"
            f"{format_long(meeting.day)}{format_time(meeting.start)}")
    return build(out_path, story, f"{office.name}{paper.group_name}{meeting.title}簽到表",
                 running_head=head)
