"""A city's consolidation of its offices' submissions, as plain data: offices, totals, flags."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from gmdesk.domain.cities import office_key
from gmdesk.domain.compliance import Duty, Status
from gmdesk.domain.submission import Submission


class FlagKind(StrEnum):
    ABSENT = "absent"
    DUPLICATE = "duplicate"
    OTHER_YEAR = "other_year"
    OLDER_FORMAT = "older_format"
    NEWER_FORMAT = "newer_format"
    ALTERED = "altered"
    NOT_SUBMISSION = "not_submission"
    UNLISTED = "unlisted"

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
}


@dataclass(frozen=True)
class Flag:
    kind: FlagKind
    office: str  # the office's name ("" for a file that names none)
    file: str  # the file's name(s)
    text: str  # what happened and what to do, zh-TW


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

    @property
    def counted(self) -> list[OfficeLine]:
        return [o for o in self.offices if o.submission is not None]

    @property
    def absent(self) -> list[OfficeLine]:
        return [o for o in self.offices if o.submission is None]

    def total(self, key: str) -> int | float:
        value = sum(o.number(key) for o in self.counted)
        return round(value, 1) if isinstance(value, float) else value

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
