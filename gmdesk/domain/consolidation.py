"""A city's consolidation of its offices' submissions, as plain data: offices, totals, flags."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from gmdesk.domain import texts
from gmdesk.domain.cities import office_key
from gmdesk.domain.compliance import Duty, Status
from gmdesk.domain.submission import Submission
from gmdesk.domain.texts import ZH_WORDS, Phrase, render

PCT = "0.0%"  # the number format a rate is shown in


class FlagKind(StrEnum):
    ABSENT = "absent"
    DUPLICATE = "duplicate"
    OTHER_YEAR = "other_year"
    OLDER_FORMAT = "older_format"
    NEWER_FORMAT = "newer_format"
    ALTERED = "altered"
    NOT_SUBMISSION = "not_submission"
    UNLISTED = "unlisted"
    LATE = "late"

    @property
    def label(self) -> str:
        return FLAG_LABELS[self]


FLAG_LABELS: dict[FlagKind, str] = {
    FlagKind.ABSENT: "未提交",
    FlagKind.DUPLICATE: "重複提交",
    FlagKind.OTHER_YEAR: "年度不符",
    FlagKind.OLDER_FORMAT: "格式版本較舊",
    FlagKind.NEWER_FORMAT: "格式版本較新",
    FlagKind.ALTERED: "匯出後曾被修改",
    FlagKind.NOT_SUBMISSION: "非gmdesk提交檔",
    FlagKind.UNLISTED: "不在機關名單",
    FlagKind.LATE: "逾期提交",
}
texts.define_labels("flag_kind", FLAG_LABELS)


@dataclass(frozen=True)
class Flag:
    kind: FlagKind
    office: str  # the office's name ("" for a file that names none)
    file: str  # the file's name(s)
    phrase: Phrase | str  # what happened and what to do (a plain string: a reader's message)

    @property
    def text(self) -> str:
        """What happened, in zh-TW."""
        return render(self.phrase, ZH_WORDS)


@dataclass
class OfficeLine:
    """One office as the consolidation counts it (the newest of its submissions)."""

    name: str
    submission: Submission | None  # None: expected but absent
    flags: list[FlagKind] = field(default_factory=list)

    def status(self, duty: Duty) -> Status | None:
        if self.submission is None:
            return None
        value = self.submission.figures.get(f"{duty.value}.status")
        try:
            return Status(str(value))
        except ValueError:
            return None

    def number(self, key: str) -> int | float:
        return self.submission.number(key) if self.submission else 0

    @property
    def failing(self) -> int:
        return sum(1 for d in Duty if self.status(d) is Status.FAIL)


# The office figures a city totals (people counted once per office).
TOTAL_KEYS: tuple[str, ...] = (
    "group.members", "group.male", "group.female", "group.other", "group.external",
    "meetings.held", "meetings.required",
    "training.合計.required_m", "training.合計.required_f", "training.合計.required_all",
    "training.合計.completed_m", "training.合計.completed_f", "training.合計.completed_all",
    "training.合計.exempt", "training.合計.hours",
    "outreach.sessions", "outreach.required", "outreach.male", "outreach.female",
    "outreach.other", "measures.count", "measures.required",
)


@dataclass
class Consolidation:
    year: int
    made: dt.date
    offices: list[OfficeLine]  # counted offices first (worst first), then the absent
    flags: list[Flag]
    expected: tuple[str, ...]
    files_read: int = 0
    due: dt.date | None = None  # the city's deadline, when set

    @property
    def counted(self) -> list[OfficeLine]:
        return [o for o in self.offices if o.submission is not None]

    @property
    def absent(self) -> list[OfficeLine]:
        return [o for o in self.offices if o.submission is None]

    def total(self, key: str) -> int | float:
        value = sum(o.number(key) for o in self.counted)
        return round(value, 1) if isinstance(value, float) else value

    def status_counts(self) -> dict[Duty, dict[Status | None, int]]:
        """Return, per duty, how many offices are 已完成, 需注意, 未達成 or absent (None)."""
        counts: dict[Duty, dict[Status | None, int]] = {}
        for duty in Duty:
            row: dict[Status | None, int] = {status: 0 for status in Status}
            row[None] = 0
            for line in self.offices:
                row[line.status(duty)] += 1
            counts[duty] = row
        return counts

    def rates(self) -> dict[str, float | None]:
        """Return the city's rates, each a share of people (or offices) counted once."""
        def share(part: float, whole: float) -> float | None:
            return part / whole if whole else None

        counted = self.counted
        return {
            "group_female": share(self.total("group.female"), self.total("group.members")),
            "group_male": share(self.total("group.male"), self.total("group.members")),
            "training_all": share(self.total("training.合計.completed_all"),
                                  self.total("training.合計.required_all")),
            "training_m": share(self.total("training.合計.completed_m"),
                                self.total("training.合計.required_m")),
            "training_f": share(self.total("training.合計.completed_f"),
                                self.total("training.合計.required_f")),
            "meetings_met": share(sum(1 for o in counted if o.number("meetings.held")
                                      >= o.number("meetings.required")), len(counted)),
            "outreach_met": share(sum(1 for o in counted if o.number("outreach.sessions")
                                      >= o.number("outreach.required")), len(counted)),
            "submitted": share(len([o for o in counted if not self.expected
                                    or office_key(o.name) in {office_key(e) for e in self.expected}]),
                               len(self.expected)) if self.expected else None,
        }


def summary_rows(result: Consolidation) -> list[tuple[str, Any, str | None]]:
    """Return the city's totals and rates as (label, value, number format)."""
    t = result.total
    rates = result.rates()
    reach = t("outreach.male") + t("outreach.female") + t("outreach.other")
    rows: list[tuple[str, Any, str | None]] = [
        ("應提交機關數", len(result.expected) if result.expected else "（未設定名單）", None),
        ("已彙整機關數", len(result.counted), None),
        ("未提交機關數", len(result.absent), None),
        ("提交率", rates["submitted"] if rates["submitted"] is not None else "", PCT),
        ("執行小組人數（男／女／其他）",
         f"{t('group.members'):,}（{t('group.male'):,}／{t('group.female'):,}／{t('group.other'):,}）", None),
        ("小組女性比例", rates["group_female"] if rates["group_female"] is not None else "", PCT),
        ("府外委員人數", t("group.external"), None),
        ("會議已開／應開（次）", f"{t('meetings.held'):,}／{t('meetings.required'):,}", None),
        ("會議達標機關比例", rates["meetings_met"] if rates["meetings_met"] is not None else "", PCT),
        ("應受訓人數（男／女／計）", f"{t('training.合計.required_m'):,}／{t('training.合計.required_f'):,}"
         f"／{t('training.合計.required_all'):,}", None),
        ("已完成人數（男／女／計）", f"{t('training.合計.completed_m'):,}／{t('training.合計.completed_f'):,}"
         f"／{t('training.合計.completed_all'):,}", None),
        ("培力完成率（全體）", rates["training_all"] if rates["training_all"] is not None else "", PCT),
        ("培力完成率（男）", rates["training_m"] if rates["training_m"] is not None else "", PCT),
        ("培力完成率（女）", rates["training_f"] if rates["training_f"] is not None else "", PCT),
        ("對外CEDAW宣導場次", t("outreach.sessions"), None),
        ("宣導達標機關比例", rates["outreach_met"] if rates["outreach_met"] is not None else "", PCT),
        ("宣導觸及人次（男／女／其他／合計）", f"{t('outreach.male'):,}／{t('outreach.female'):,}"
         f"／{t('outreach.other'):,}／{reach:,}", None),
        ("其他性別平等措施項數", t("measures.count"), None),
    ]
    return rows
