"""The office's year as the city workbook, the annual report and the evidence pack print it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from gmdesk.domain.budget import BudgetItem, BudgetSheet
from gmdesk.domain.committees import Committee, CommitteeMember
from gmdesk.domain.compliance import Duty, DutyResult, Finding
from gmdesk.domain.impact import GiaCase
from gmdesk.domain.model import Event, EventId, Gender, Office, Photo
from gmdesk.domain.names import NameDisplay
from gmdesk.domain.statistics import Analysis, Indicator, IndicatorReview, IndicatorValue
from gmdesk.domain.training import CompletionLine, CourseSummary


@dataclass(frozen=True)
class MemberLine:
    """One seat of the execution group, the name already shown as the setting says."""

    role: str  # 召集人, 當然成員（人事）…
    name: str
    gender: Gender
    post: str  # unit and title
    external: bool  # 府外 (not on the office's staff)
    start: dt.date
    term_end: dt.date | None = None


@dataclass(frozen=True)
class MeetingLine:
    code: str  # 115-1
    title: str  # 115年第1次會議
    day: dt.date
    start: dt.time
    place: str
    chair: str
    due: int  # members who should attend
    present: int
    male_present: int
    female_present: int
    external_present: int
    quorum: bool
    resolutions: str
    held: bool  # False: scheduled after the report's day
    counted: bool = True  # False: not held yet, or 流會 (inquorate: adopts nothing, does not count)


def meetings_counted(lines: Sequence[MeetingLine]) -> int:
    """Return how many meetings count toward those required (the same number `check` gives)."""
    return sum(1 for line in lines if line.held and line.counted)


@dataclass(frozen=True)
class StaffLine:
    """One person's training progress (inside the office only, or masked)."""

    unit: str
    name: str
    gender: Gender
    category: str
    required: float
    done: float
    advanced: float
    short: float
    status: str  # 已完成, 未完成, 免訓
    note: str = ""


@dataclass(frozen=True)
class IndicatorLine:
    indicator: Indicator
    review: IndicatorReview | None  # this year's review (None: not reviewed yet)
    values: dict[int, IndicatorValue]  # by ROC year


@dataclass(frozen=True)
class CommitteeLine:
    committee: Committee
    members: tuple[CommitteeMember, ...]  # serving on the report's day, names as the setting says
    male: int
    female: int
    other: int
    meets: bool


@dataclass(frozen=True)
class DutyRecords:
    """The plan's other duties as the yearly outputs print them (names as the setting says)."""

    cases: tuple[GiaCase, ...] = ()
    indicators: tuple[IndicatorLine, ...] = ()
    value_years: tuple[int, ...] = ()  # the years of values the list shows
    analyses: tuple[Analysis, ...] = ()
    meeting_titles: dict[int, str] = field(default_factory=dict)  # meeting id -> 115年第1次會議
    budget_year: int = 0  # the year of the table drafted and filed this year
    budget_items: tuple[BudgetItem, ...] = ()
    budget_sheet: BudgetSheet | None = None
    budget_deadline: dt.date | None = None
    executed_items: tuple[BudgetItem, ...] = ()  # the report year's own table, with execution
    committees: tuple[CommitteeLine, ...] = ()


@dataclass(frozen=True)
class YearReport:
    """Everything a yearly output prints; names are already masked as the setting says."""

    office: Office
    year: int
    produced: dt.date  # the day the report was made
    as_of: dt.date  # the day composition and progress are judged on
    name_display: NameDisplay
    results: tuple[DutyResult, ...]
    members: tuple[MemberLine, ...] = ()
    filings: tuple[str, ...] = ()  # filings with the city, as text
    meetings: tuple[MeetingLine, ...] = ()
    meetings_required: int = 1
    completion: tuple[CompletionLine, ...] = ()
    staff: tuple[StaffLine, ...] = ()
    courses: tuple[CourseSummary, ...] = ()
    outreach: tuple[Event, ...] = ()  # CEDAW sessions, internal ones included (marked)
    measures: tuple[Event, ...] = ()
    outreach_required: int = 2
    measures_required: int = 1
    photos: dict[EventId, Photo] = field(default_factory=dict)  # the first photo of each
    filed_on: dt.date | None = None  # 填報日期 (None: the day the report is made)
    adopted_by: str = ""  # the group meeting that passed the report, e.g. 115年第1次會議
    member_word: str = "組員"  # the preset's words for the seats
    external_word: str = "外聘委員"
    internal_word: str = "內聘"
    external_short: str = "外聘"
    preset: str = ""  # the code of the rule preset in force (kaohsiung_district…)
    duties: DutyRecords = field(default_factory=DutyRecords)

    @property
    def report_day(self) -> dt.date:
        """Return the 填報日期 the report carries."""
        return self.filed_on or self.produced

    def result(self, duty: Duty) -> DutyResult:
        return next(r for r in self.results if r.duty is duty)

    @property
    def missing(self) -> list[Finding]:
        """Return what is still wanting, duty by duty (warnings and failures)."""
        return [f for r in self.results for f in r.findings if f.status.value != "ok"]
