"""The yearly duties and what a check of each finds."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Duty(StrEnum):
    GROUP = "group"
    MEETINGS = "meetings"
    TRAINING = "training"
    OUTREACH = "outreach"
    MEASURES = "measures"
    IMPACT = "impact"
    STATISTICS = "statistics"
    BUDGET = "budget"
    COMMITTEES = "committees"

    @property
    def label(self) -> str:
        return DUTY_LABELS[self]


DUTY_LABELS: dict[Duty, str] = {
    Duty.GROUP: "執行小組組成",
    Duty.MEETINGS: "小組會議",
    Duty.TRAINING: "性別意識培力",
    Duty.OUTREACH: "CEDAW宣導",
    Duty.MEASURES: "其他性別平等措施",
    Duty.IMPACT: "性別影響評估",
    Duty.STATISTICS: "性別統計",
    Duty.BUDGET: "性別預算",
    Duty.COMMITTEES: "委員會性別比例",
}


# What a duty the office does not have this year says (a preset's duties_off, or no GIA case).
NOTHING_DUE = "本年度無應辦理案件"


class Status(StrEnum):
    OK = "ok"
    WARN = "warn"
    FAIL = "fail"

    @property
    def label(self) -> str:
        return {"ok": "已完成", "warn": "需注意", "fail": "未達成"}[self.value]


@dataclass(frozen=True)
class Finding:
    """One thing a check found: how bad, what is wrong and what would fix it (zh-TW)."""

    status: Status
    text: str
    target: str = ""  # where in the app the fix is made, e.g. "group", "meeting:12"


@dataclass(frozen=True)
class DutyResult:
    duty: Duty
    findings: tuple[Finding, ...] = ()
    summary: str = ""
    figures: dict[str, object] = field(default_factory=dict)

    @property
    def status(self) -> Status:
        statuses = {f.status for f in self.findings}
        if Status.FAIL in statuses:
            return Status.FAIL
        if Status.WARN in statuses:
            return Status.WARN
        return Status.OK

    @property
    def reasons(self) -> list[str]:
        return [f.text for f in self.findings if f.status is not Status.OK] or [self.summary]
