"""The year's calendar: every deadline and dated duty the rules and the records give."""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum

from gmdesk.domain import budget, texts
from gmdesk.domain.model import Event, EventKind, Meeting, MeetingId
from gmdesk.domain.outreach import counted_sessions, counts_for_outreach, held
from gmdesk.domain.presets import Preset
from gmdesk.domain.rocdate import gregorian_year, year_bounds
from gmdesk.domain.texts import ZH_WORDS, Phrase, render


class EntryKind(StrEnum):
    MEETING_WINDOW = "meeting_window"
    MEETINGS = "meetings"  # the year's count, where the preset names no months
    MEETING = "meeting"
    NOTICE = "notice"
    TERM = "term"
    BUDGET = "budget"
    REPORT = "report"
    TRAINING = "training"
    OUTREACH = "outreach"
    EVENT = "event"
    MEASURES = "measures"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]


KIND_LABELS: dict[EntryKind, str] = {
    EntryKind.MEETING_WINDOW: "開會期間",
    EntryKind.MEETINGS: "小組會議",
    EntryKind.MEETING: "小組會議",
    EntryKind.NOTICE: "開會通知",
    EntryKind.TERM: "委員任期",
    EntryKind.BUDGET: "性別預算",
    EntryKind.REPORT: "成果報告",
    EntryKind.TRAINING: "性別意識培力",
    EntryKind.OUTREACH: "CEDAW宣導",
    EntryKind.EVENT: "宣導與措施",
    EntryKind.MEASURES: "其他性別平等措施",
}
texts.define_labels("entry_kind", KIND_LABELS)


class EntryStatus(StrEnum):
    DONE = "done"
    DUE = "due"
    OVERDUE = "overdue"
    PASSED = "passed"  # the day is past and gmdesk keeps no record of it being done


@dataclass(frozen=True)
class Entry:
    """One dated duty: a deadline (with its first day for a window) or a scheduled record."""

    key: str  # stable across exports: "budget:114", "meeting:12", "term:5:2025-12-31"
    kind: EntryKind
    day: dt.date  # the deadline, or the day of the record
    title_phrase: Phrase | str  # a plain string is data (a meeting's title)
    detail_phrase: Phrase | str = ""
    done: bool | None = False  # None: gmdesk keeps no record that would tell
    target: str = ""  # the page that resolves it, as MainWindow.go_to reads it
    first: dt.date | None = None  # a window's first day
    remind_days: int = 7  # how many days ahead a calendar reminds

    @property
    def title(self) -> str:
        """The title in zh-TW."""
        return render(self.title_phrase, ZH_WORDS)

    @property
    def detail(self) -> str:
        """The detail in zh-TW."""
        return render(self.detail_phrase, ZH_WORDS)

    def status(self, today: dt.date) -> EntryStatus:
        if self.done:
            return EntryStatus.DONE
        if self.day >= today:
            return EntryStatus.DUE
        return EntryStatus.PASSED if self.done is None else EntryStatus.OVERDUE

    def days_left(self, today: dt.date) -> int:
        return (self.day - today).days

    def status_phrase(self, today: dt.date) -> Phrase:
        """Return 已完成, 今天到期, 3天後到期, 已逾期5天 or 已過（請自行確認）."""
        status = self.status(today)
        left = self.days_left(today)
        if status is EntryStatus.DONE:
            return Phrase.of("calendar.done")
        if status is EntryStatus.DUE:
            return (Phrase.of("calendar.due_today") if left == 0
                    else Phrase.of("calendar.due_in", days=left))
        if status is EntryStatus.OVERDUE:
            return Phrase.of("calendar.overdue", days=-left)
        return Phrase.of("calendar.passed")

    def status_text(self, today: dt.date) -> str:
        """The status in zh-TW."""
        return self.status_phrase(today).text


@dataclass(frozen=True)
class TermEnd:
    """A group seat whose term runs out; `name` is already shown as the caller wants."""

    membership_id: int
    name: str
    role: Phrase | str
    term_end: dt.date
    left: bool  # the member has left (or the seat was filled anew): nothing more to do


texts.define({
    "calendar.done": "已完成",
    "calendar.due_today": "今天到期",
    "calendar.due_in": "{days}天後到期",
    "calendar.overdue": "已逾期{days}天",
    "calendar.passed": "已過（請自行確認）",
    "calendar.meeting_window": "小組會議應於{first}-{last}月召開（第{seq}次）",
    "calendar.window_met": "本期已開會",
    "calendar.window_open": "本期尚未召開會議",
    "calendar.meetings": "全年小組會議至少{minimum}次",
    "calendar.meetings_held": "已開會{n}次",
    "calendar.meetings_held_short": "已開會{n}次，尚需{more}次",
    "calendar.inquorate": "{place}；流會，不計入開會次數",
    "calendar.notice": "{title}開會通知發出期限",
    "calendar.notice_sent": "已於{month}月{day}日發出",
    "calendar.notice_rule": "開會前{days}日前發出",
    "calendar.notice_late": "{sent}，晚於期限（應提前{days}日）",
    "calendar.term": "{name}（{role}）任期屆滿",
    "calendar.term_left": "已離任",
    "calendar.term_todo": "請辦理續聘、改聘或登錄離任",
    "calendar.budget": "{year}年度性別預算編列情形表經小組審議後報送",
    "calendar.budget_filed": "已報送",
    "calendar.budget_todo": "會計室辦理",
    "calendar.report": "{year}年度性別主流化成果報告報市府",
    "calendar.report_how": "經小組通過後報送並上網公告",
    "calendar.training": "性別意識培力時數年度截止",
    "calendar.training_done": "完成{done}/{required}人",
    "calendar.training_short": "完成{done}/{required}人，尚有{short}人未達時數",
    "calendar.training_nobody": "尚未登錄應受訓人員",
    "calendar.outreach": "對外CEDAW宣導至少{minimum}場",
    "calendar.outreach_held": "已辦理{n}場",
    "calendar.outreach_held_short": "已辦理{n}場，尚需{more}場",
    "calendar.measures": "其他性別平等措施至少{minimum}項",
    "calendar.measures_held": "已辦理{n}項",
    "calendar.measures_held_short": "已辦理{n}項，尚需{more}項",
    "calendar.event_outreach": "CEDAW宣導：{title}",
    "calendar.event_internal": "CEDAW宣導（內部）：{title}",
    "calendar.event_measure": "性別平等措施：{title}",
})


def _held(code: str, n: int, need: int) -> Phrase:
    """How many are done, and how many more are needed when short (code + "_short")."""
    return Phrase.of(f"{code}_short", n=n, more=need - n) if n < need else Phrase.of(code, n=n)


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, _calendar.monthrange(year, month)[1])


def _on(year: int, month_day: tuple[int, int]) -> dt.date:
    month, day = month_day
    return dt.date(year, month, min(day, _calendar.monthrange(year, month)[1]))


def year_calendar(
    year: int,
    preset: Preset,
    today: dt.date,
    *,
    meetings: Sequence[Meeting] = (),
    counted: Collection[MeetingId] = (),
    terms: Sequence[TermEnd] = (),
    training_required: int = 0,
    training_short: int = 0,
    events: Sequence[Event] = (),
    budget_filed: bool | None = None,
) -> list[Entry]:
    """Return the ROC year's dated duties, earliest first.

    `counted` holds the meetings held that count (not 流會); `training_*` are the people
    who must train and those still short of their hours; `budget_filed` says whether next
    year's 性別預算 table has been filed (None: not known).
    """
    first, last = year_bounds(year)
    gy = gregorian_year(year)
    entries: list[Entry] = []
    held_days = [m.day for m in meetings if m.id in counted]

    # Meetings: in the preset's months, or as many as it asks in the year.
    for seq, (a, b) in enumerate(preset.meeting_windows, start=1):
        start, end = dt.date(gy, a, 1), _last_day(gy, b)
        done = any(start <= d <= end for d in held_days)
        entries.append(Entry(
            f"meeting-window:{year}:{seq}", EntryKind.MEETING_WINDOW, end,
            Phrase.of("calendar.meeting_window", first=a, last=b, seq=seq),
            Phrase.of("calendar.window_met" if done else "calendar.window_open"),
            done, "meetings", first=start, remind_days=14))
    if not preset.meeting_windows:
        need = preset.meetings_per_year
        entries.append(Entry(
            f"meetings:{year}", EntryKind.MEETINGS, last,
            Phrase.of("calendar.meetings", minimum=need),
            _held("calendar.meetings_held", len(held_days), need),
            len(held_days) >= need, "meetings", remind_days=30))
    for meeting in meetings:
        if not first <= meeting.day <= last:
            continue
        past = meeting.day < today
        inquorate = past and meeting.id not in counted
        entries.append(Entry(
            f"meeting:{meeting.id}", EntryKind.MEETING, meeting.day, meeting.title,
            Phrase.of("calendar.inquorate", place=meeting.place) if inquorate else meeting.place,
            past and not inquorate, f"meeting:{meeting.id}", remind_days=3))
        notice_by = meeting.day - dt.timedelta(days=preset.notice_days_min)
        sent = meeting.notice_date
        days = preset.notice_days_min
        detail = (Phrase.of("calendar.notice_sent", month=sent.month, day=sent.day)
                  if sent is not None else Phrase.of("calendar.notice_rule", days=days))
        if sent is not None and sent > notice_by:
            detail = Phrase.of("calendar.notice_late", sent=detail, days=days)
        entries.append(Entry(
            f"notice:{meeting.id}", EntryKind.NOTICE, notice_by,
            # After the meeting a notice not recorded can no longer be sent: not "overdue".
            Phrase.of("calendar.notice", title=meeting.title), detail,
            True if sent is not None else None if past else False,
            f"meeting:{meeting.id}", remind_days=2))

    for term in terms:
        if not first <= term.term_end <= last:
            continue
        entries.append(Entry(
            f"term:{term.membership_id}:{term.term_end.isoformat()}", EntryKind.TERM,
            term.term_end, Phrase.of("calendar.term", name=term.name, role=term.role),
            Phrase.of("calendar.term_left" if term.left else "calendar.term_todo"), term.left,
            "group",
            remind_days=max(preset.term_warning_days, 7)))

    entries.append(Entry(
        f"budget:{year}", EntryKind.BUDGET, budget.deadline(preset, year + 1),
        Phrase.of("calendar.budget", year=year + 1),
        Phrase.of("calendar.budget_filed" if budget_filed else "calendar.budget_todo"),
        budget_filed, "budget", remind_days=14))
    for report_year in (year - 1, year):
        entries.append(Entry(
            f"report:{report_year}", EntryKind.REPORT,
            _on(gregorian_year(report_year) + 1, preset.report_due),
            Phrase.of("calendar.report", year=report_year),
            Phrase.of("calendar.report_how"), None, "exports", remind_days=14))

    short = training_short
    entries.append(Entry(
        f"training:{year}", EntryKind.TRAINING, last, Phrase.of("calendar.training"),
        (Phrase.of("calendar.training_short", done=training_required - short,
                   required=training_required, short=short) if short else
         Phrase.of("calendar.training_done", done=training_required,
                   required=training_required)) if training_required
        else Phrase.of("calendar.training_nobody"),
        training_required > 0 and short == 0, "training", remind_days=60))

    sessions = len(counted_sessions(events, today))
    need = preset.outreach_per_year
    entries.append(Entry(
        f"outreach:{year}", EntryKind.OUTREACH, last, Phrase.of("calendar.outreach", minimum=need),
        _held("calendar.outreach_held", sessions, need),
        sessions >= need, "events", remind_days=60))
    measures = sum(1 for e in events if e.kind is EventKind.MEASURE and held(e, today))
    need = preset.measures_per_year
    entries.append(Entry(
        f"measures:{year}", EntryKind.MEASURES, last, Phrase.of("calendar.measures", minimum=need),
        _held("calendar.measures_held", measures, need),
        measures >= need, "events", remind_days=60))
    for event in events:
        if not first <= event.start <= last:
            continue
        what = ("calendar.event_outreach" if counts_for_outreach(event) else
                "calendar.event_internal" if event.kind is EventKind.CEDAW else
                "calendar.event_measure")
        entries.append(Entry(
            f"event:{event.id}", EntryKind.EVENT, event.start,
            Phrase.of(what, title=event.title),
            event.place, held(event, today), f"event:{event.id}", remind_days=3))

    order = list(EntryKind)
    entries.sort(key=lambda e: (e.day, order.index(e.kind), e.key))
    return entries


def upcoming(entries: Sequence[Entry], today: dt.date, days: int = 30) -> list[Entry]:
    """Return what is not done and falls due from today to `days` days ahead, overdue first."""
    horizon = today + dt.timedelta(days=days)
    overdue = [e for e in entries if e.status(today) is EntryStatus.OVERDUE]
    coming = [e for e in entries if not e.done and today <= e.day <= horizon]
    return overdue + coming
