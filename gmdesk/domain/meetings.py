"""Meeting rules (yearly count and months, notice lead time, quorum) and the printable meeting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from gmdesk.domain import texts
from gmdesk.domain.compliance import Finding, Status, commas, semicolons
from gmdesk.domain.model import (
    Attendance,
    AttendanceStatus,
    Gender,
    ItemKind,
    Meeting,
    MeetingId,
)
from gmdesk.domain.presets import Preset
from gmdesk.domain.rocdate import year_bounds
from gmdesk.domain.rules import GenderCount, at_least_fraction, one_third_shortfall
from gmdesk.domain.texts import Label, Phrase, Short


@dataclass(frozen=True)
class Quorum:
    members: int
    present: int
    external_present: int
    reached: bool
    reason_phrases: tuple[Phrase, ...] = ()

    @property
    def reasons(self) -> tuple[str, ...]:
        """Why the quorum is not reached, in zh-TW."""
        return tuple(p.text for p in self.reason_phrases)

    @property
    def needed(self) -> int:
        """Return how many members half (以上) of the group is."""
        return -(-self.members // 2)


texts.define({
    "meetings.err.start_time": "「開會時間」{error}",
    "meetings.err.end_time": "「散會時間」{error}",
    "meetings.no_members": "小組尚無在任委員，無法達到法定人數（請先於「性平小組」登錄委員）",
    "meetings.quorum_short": "出席{present}人，未達全體委員{total}人之半數（需{need}人以上）",
    "meetings.external_short": "{external}出席{n}人，少於{minimum}人",
    "meetings.nobody_present": "無委員出席，無法符合三分之一性別比例",
    "meetings.present_one_third": "出席委員中{gender}性{have}人，未達三分之一（出席{present}人）",
    "meetings.flop": "{title}流會（{why}）",
    "meetings.not_counted": "{meetings}，不計入開會次數",
    "meetings.few": "本年度已開會{n}次，應至少{minimum}次：尚需召開{more}次{planned}{note}",
    "meetings.planned": "（已排定{n}次）",
    "meetings.note": "。{note}",
    "meetings.window": "{first}-{last}月",
    "meetings.off_window": "{title}於{month}月召開，原則應在{windows}",
    "meetings.notice_late": "{title}開會通知於{sent}發出，距開會僅{days}日，不足{minimum}日："
                            "下次請提前發出通知",
    "meetings.inquorate": "{title}未達法定出席人數，為流會：{why}。"
                          "流會不能作成決議，也不計入開會次數；議案請提下次會議討論",
    "meetings.summary": "已開會{held}次，應至少{minimum}次",
    "meetings.summary_inquorate": "已開會{held}次，應至少{minimum}次（另有流會{inquorate}次不計入）",
})


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
    reasons: list[Phrase] = []
    if total == 0:
        reasons.append(Phrase.of("meetings.no_members"))
    elif not at_least_fraction(present, total, preset.quorum_fraction):
        numerator, denominator = preset.quorum_fraction.as_integer_ratio()
        need = -(-total * numerator // denominator)
        reasons.append(Phrase.of("meetings.quorum_short", present=present, total=total,
                                 need=need))
    if external < preset.quorum_external_min:
        reasons.append(Phrase.of("meetings.external_short",
                                 external=Label("preset_word", preset.external_word),
                                 n=external, minimum=preset.quorum_external_min))
    return Quorum(total, present, external, not reasons, tuple(reasons))


def present_genders(members: Sequence[tuple[Gender, Attendance | None]]) -> GenderCount:
    """Return the gender count of the members present (in person or by proxy)."""
    return GenderCount.of(g for g, a in members if a is not None and counts_as_present(a))


def present_one_third(count: GenderCount) -> list[Phrase]:
    """Return what the one-third rule among those present lacks (empty when met)."""
    if count.total == 0:
        return [Phrase.of("meetings.nobody_present")]
    reasons = []
    for gender, short in one_third_shortfall(count).items():
        if short and count.total:
            have = count.female if gender is Gender.FEMALE else count.male
            reasons.append(Phrase.of("meetings.present_one_third",
                                     gender=Label("gender", gender.value), have=have,
                                     present=count.total))
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
    inquorate: tuple[tuple[Meeting, tuple[Phrase, ...]], ...]

    def note_phrase(self) -> Phrase | None:
        """Return which meetings did not count and why (None when every one counted)."""
        if not self.inquorate:
            return None
        parts = [Phrase.of("meetings.flop", title=m.title, why=semicolons(why))
                 for m, why in self.inquorate]
        return Phrase.of("meetings.not_counted", meetings=commas(tuple(parts)))

    def note(self) -> str:
        """Return which meetings did not count and why, in zh-TW (empty when every one counted)."""
        note = self.note_phrase()
        return note.text if note is not None else ""


def count_meetings(meetings: Sequence[Meeting], today: dt.date,
                   quorums: Mapping[MeetingId, Quorum] | None = None) -> MeetingCount:
    """Count the meetings held by `today`; an inquorate one (流會) adopts nothing and does not count.

    A meeting whose attendance is not recorded yet is counted (it cannot be judged).
    """
    counted: list[Meeting] = []
    inquorate: list[tuple[Meeting, tuple[Phrase, ...]]] = []
    for meeting in meetings:
        if meeting.day > today:
            continue
        result = (quorums or {}).get(meeting.id)
        if result is not None and not result.reached:
            inquorate.append((meeting, result.reason_phrases))
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
        note = count.note_phrase()
        findings.append(Finding(
            status,
            Phrase.of("meetings.few", n=len(held), minimum=need, more=need - len(held),
                      planned=Phrase.of("meetings.planned", n=len(planned)) if planned else "",
                      note=Phrase.of("meetings.note", note=note) if note is not None else ""),
            "meetings",
        ))
    windows = tuple(Phrase.of("meetings.window", first=a, last=b)
                    for a, b in preset.meeting_windows)
    for meeting in meetings:
        target = f"meeting:{meeting.id}"
        if not in_window(meeting.day, preset):
            findings.append(Finding(
                Status.WARN, Phrase.of("meetings.off_window", title=meeting.title,
                                       month=meeting.day.month, windows=windows),
                target))
        if meeting.notice_date is not None:
            lead = (meeting.day - meeting.notice_date).days
            if lead < preset.notice_days_min:
                findings.append(Finding(
                    Status.WARN,
                    Phrase.of("meetings.notice_late", title=meeting.title,
                              sent=Short(meeting.notice_date), days=max(lead, 0),
                              minimum=preset.notice_days_min),
                    target))
        result = (quorums or {}).get(meeting.id)
        if result is not None and meeting.day <= today and not result.reached:
            findings.append(Finding(
                Status.WARN, Phrase.of("meetings.inquorate", title=meeting.title,
                                       why=semicolons(result.reason_phrases)),
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
