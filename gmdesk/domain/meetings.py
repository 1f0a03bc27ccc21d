"""Meeting rules: the yearly count and months, notice lead time, quorum."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from gmdesk.domain.compliance import Finding, Status
from gmdesk.domain.model import Attendance, AttendanceStatus, Meeting, Role
from gmdesk.domain.presets import Preset
from gmdesk.domain.rocdate import format_short
from gmdesk.domain.rules import at_least_fraction


@dataclass(frozen=True)
class Quorum:
    members: int
    present: int
    external_present: int
    reached: bool
    reasons: tuple[str, ...] = ()


def counts_as_present(row: Attendance) -> bool:
    """A member present in person or through a proxy counts toward the quorum."""
    return row.status in (AttendanceStatus.PRESENT, AttendanceStatus.PROXY)


def quorum(members: Sequence[tuple[Role, Attendance | None]], preset: Preset) -> Quorum:
    """Return whether a meeting is valid: half or more of all members (以上 includes half)
    and, where the preset says, enough external members present."""
    total = len(members)
    present = sum(1 for _, a in members if a is not None and counts_as_present(a))
    external = sum(1 for role, a in members
                   if role is Role.EXTERNAL and a is not None and counts_as_present(a))
    reasons = []
    if not at_least_fraction(present, total, preset.quorum_fraction):
        need = -(-total * preset.quorum_fraction.as_integer_ratio()[0]
                 // preset.quorum_fraction.as_integer_ratio()[1])
        reasons.append(f"出席{present}人，未達全體委員{total}人之半數（需{need}人）")
    if external < preset.quorum_external_min:
        reasons.append(f"府外委員出席{external}人，少於{preset.quorum_external_min}人")
    return Quorum(total, present, external, not reasons, tuple(reasons))


def in_window(day: dt.date, preset: Preset) -> bool:
    if not preset.meeting_windows:
        return True
    return any(first <= day.month <= last for first, last in preset.meeting_windows)


def check_meetings(meetings: Sequence[Meeting], preset: Preset, year: int,
                   today: dt.date) -> list[Finding]:
    """Return what the year's meetings lack against the preset."""
    findings: list[Finding] = []
    held = [m for m in meetings if m.day <= today]
    planned = [m for m in meetings if m.day > today]
    need = preset.meetings_per_year
    if len(held) < need:
        status = Status.FAIL if today.year - 1911 > year or not planned else Status.WARN
        if planned and len(held) + len(planned) >= need:
            status = Status.WARN
        findings.append(Finding(
            status,
            f"本年度已開會{len(held)}次，應至少{need}次：尚需召開{need - len(held)}次"
            + (f"（已排定{len(planned)}次）" if planned else ""),
            "meetings",
        ))
    for meeting in meetings:
        if not in_window(meeting.day, preset):
            windows = "、".join(f"{a}-{b}月" for a, b in preset.meeting_windows)
            findings.append(Finding(Status.WARN, f"{meeting.title}於{meeting.day.month}月召開，原則應在{windows}", f"meeting:{meeting.id}"))
        if meeting.notice_date is not None:
            lead = (meeting.day - meeting.notice_date).days
            if lead < preset.notice_days_min:
                findings.append(Finding(Status.WARN, f"{meeting.title}開會通知於{format_short(meeting.notice_date)}發出，距開會不足{preset.notice_days_min}日", f"meeting:{meeting.id}"))
    return findings
