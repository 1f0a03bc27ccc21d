"""Meeting rules (yearly count and months, notice lead time, quorum) and the printable meeting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from gmdesk.domain.compliance import Finding, Status
from gmdesk.domain.model import (
    Attendance,
    AttendanceStatus,
    Gender,
    ItemKind,
    Meeting,
    MeetingId,
)
from gmdesk.domain.presets import Preset
from gmdesk.domain.rocdate import format_short, year_bounds
from gmdesk.domain.rules import GenderCount, at_least_fraction, one_third_shortfall


@dataclass(frozen=True)
class Quorum:
    members: int
    present: int
    external_present: int
    reached: bool
    reasons: tuple[str, ...] = ()

    @property
    def needed(self) -> int:
        """Return how many members half (以上) of the group is."""
        return -(-self.members // 2)


def counts_as_present(row: Attendance) -> bool:
    """A member present in person or through a proxy counts toward the quorum."""
    return row.status in (AttendanceStatus.PRESENT, AttendanceStatus.PROXY)


def quorum(members: Sequence[tuple[bool, Attendance | None]], preset: Preset) -> Quorum:
    """Return whether a meeting is valid: half or more of all members (以上 includes half)
    and, where the preset says, enough external members present.

    `members` pairs each member's outside flag (domain.group.is_external) with their attendance.
    """
    total = len(members)
    present = sum(1 for _, a in members if a is not None and counts_as_present(a))
    external = sum(1 for outside, a in members
                   if outside and a is not None and counts_as_present(a))
    reasons = []
    if total == 0:
        reasons.append("小組尚無在任委員，無法達到法定人數（請先於「性平小組」登錄委員）")
    elif not at_least_fraction(present, total, preset.quorum_fraction):
        numerator, denominator = preset.quorum_fraction.as_integer_ratio()
        need = -(-total * numerator // denominator)
        reasons.append(f"出席{present}人，未達全體委員{total}人之半數（需{need}人以上）")
    if external < preset.quorum_external_min:
        reasons.append(f"{preset.external_word}出席{external}人，少於{preset.quorum_external_min}人")
    return Quorum(total, present, external, not reasons, tuple(reasons))


def present_genders(members: Sequence[tuple[Gender, Attendance | None]]) -> GenderCount:
    """Return the gender count of the members present (in person or by proxy)."""
    return GenderCount.of(g for g, a in members if a is not None and counts_as_present(a))


def present_one_third(count: GenderCount) -> list[str]:
    """Return what the one-third rule among those present lacks (empty when met)."""
    if count.total == 0:
        return ["無委員出席，無法符合三分之一性別比例"]
    reasons = []
    for gender, short in one_third_shortfall(count).items():
        if short and count.total:
            label = "女性" if gender is Gender.FEMALE else "男性"
            have = count.female if gender is Gender.FEMALE else count.male
            reasons.append(f"出席委員中{label}{have}人，未達三分之一（出席{count.total}人）")
    return reasons


def in_window(day: dt.date, preset: Preset) -> bool:
    """Return whether a meeting day falls in one of the preset's months (or there are none)."""
    if not preset.meeting_windows:
        return True
    return any(first <= day.month <= last for first, last in preset.meeting_windows)


@dataclass(frozen=True)
class MeetingCount:
    """The year's meetings held so far: those that count, and those that were 流會."""

    counted: tuple[Meeting, ...]
    inquorate: tuple[tuple[Meeting, tuple[str, ...]], ...]

    def note(self) -> str:
        """Return which meetings did not count and why (empty when every one counted)."""
        if not self.inquorate:
            return ""
        parts = [f"{m.title}流會（{'；'.join(why)}）" for m, why in self.inquorate]
        return "，".join(parts) + "，不計入開會次數"


def count_meetings(meetings: Sequence[Meeting], today: dt.date,
                   quorums: Mapping[MeetingId, Quorum] | None = None) -> MeetingCount:
    """Count the meetings held by `today`; an inquorate one (流會) adopts nothing and does not count.

    A meeting whose attendance is not recorded yet is counted (it cannot be judged).
    """
    counted: list[Meeting] = []
    inquorate: list[tuple[Meeting, tuple[str, ...]]] = []
    for meeting in meetings:
        if meeting.day > today:
            continue
        result = (quorums or {}).get(meeting.id)
        if result is not None and not result.reached:
            inquorate.append((meeting, result.reasons))
        else:
            counted.append(meeting)
    return MeetingCount(tuple(counted), tuple(inquorate))


def check_meetings(meetings: Sequence[Meeting], preset: Preset, year: int,
                   today: dt.date, quorums: Mapping[MeetingId, Quorum] | None = None
                   ) -> list[Finding]:
    """Return what the year's meetings lack against the preset."""
    findings: list[Finding] = []
    count = count_meetings(meetings, today, quorums)
    held = count.counted
    planned = [m for m in meetings if m.day > today]
    need = preset.meetings_per_year
    year_over = today > year_bounds(year)[1]
    if len(held) < need:
        # Before the year ends a missing meeting can still be held: a warning, not a failure.
        status = Status.FAIL if year_over else Status.WARN
        findings.append(Finding(
            status,
            f"本年度已開會{len(held)}次，應至少{need}次：尚需召開{need - len(held)}次"
            + (f"（已排定{len(planned)}次）" if planned else "")
            + (f"。{count.note()}" if count.inquorate else ""),
            "meetings",
        ))
    windows = "、".join(f"{a}-{b}月" for a, b in preset.meeting_windows)
    for meeting in meetings:
        target = f"meeting:{meeting.id}"
        if not in_window(meeting.day, preset):
            findings.append(Finding(
                Status.WARN, f"{meeting.title}於{meeting.day.month}月召開，原則應在{windows}",
                target))
        if meeting.notice_date is not None:
            lead = (meeting.day - meeting.notice_date).days
            if lead < preset.notice_days_min:
                findings.append(Finding(
                    Status.WARN,
                    f"{meeting.title}開會通知於{format_short(meeting.notice_date)}發出，距開會"
                    f"僅{max(lead, 0)}日，不足{preset.notice_days_min}日：下次請提前發出通知",
                    target))
        result = (quorums or {}).get(meeting.id)
        if result is not None and meeting.day <= today and not result.reached:
            findings.append(Finding(
                Status.WARN, f"{meeting.title}未達法定出席人數，為流會：{'；'.join(result.reasons)}。"
                "流會不能作成決議，也不計入開會次數；議案請提下次會議討論",
                target))
    return findings


# --- the meeting as the printed forms need it ----------------------------------------------


@dataclass(frozen=True)
class PaperPerson:
    """One line of the sign-in sheet or the notice's list of attendees."""

    name: str
    title: str
    gender: Gender
    unit: str = ""
    role: str = ""  # 召集人, 當然成員（人事）… empty for 列席
    status: AttendanceStatus | None = None  # None: not recorded yet
    proxy_name: str = ""
    external: bool = False
    fee: int | None = None

    @property
    def present(self) -> bool:
        return self.status in (AttendanceStatus.PRESENT, AttendanceStatus.PROXY)

    @property
    def post(self) -> str:
        """Return the unit and title as lists print them: 人事室主任."""
        if self.unit and not self.title.startswith(self.unit):
            return f"{self.unit}{self.title}"
        return self.title


@dataclass(frozen=True)
class PaperItem:
    kind: ItemKind
    seq: int
    title: str
    unit: str = ""
    explanation: str = ""
    decision: str = ""
    followup_unit: str = ""


@dataclass(frozen=True)
class PaperFollowUp:
    """A row of 上次會議決議事項執行情形."""

    source: str  # 114年第1次會議討論事項第一案
    title: str
    decision: str
    unit: str
    progress: str = ""
    proposal: str = "continue"  # continue | close
    decision_now: str = ""  # the group's decision at this meeting

    @property
    def proposal_label(self) -> str:
        return "解除列管" if self.proposal == "close" else "繼續列管"


@dataclass(frozen=True)
class MeetingPaper:
    """Everything the notice, sign-in sheet and minutes print for one meeting."""

    meeting: Meeting
    group_name: str
    chair_name: str = ""
    chair_title: str = ""  # 召集人, or the member's title when the convener named another
    members: tuple[PaperPerson, ...] = ()
    guests: tuple[PaperPerson, ...] = ()
    items: tuple[PaperItem, ...] = ()
    followups: tuple[PaperFollowUp, ...] = ()
    recorded: bool = False  # attendance recorded: print counts, not blanks
    previous: str = ""  # 114年第1次會議, the minutes to confirm; empty for the first
    copies: str = ""  # 副本
    quorum: Quorum | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)
    postcode: str = ""  # the office's 郵遞區號 (a setting), printed before its address

    @property
    def chair_line(self) -> str:
        return f"{self.chair_name}{self.chair_title}" if self.chair_name else ""
