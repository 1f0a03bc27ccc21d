"""The yearly duties and what a check of each finds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from gmdesk.domain import texts
from gmdesk.domain.texts import Phrase


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
texts.define_labels("duty", DUTY_LABELS)

texts.define({
    "duty.nothing_due": "本年度無應辦理案件",
    # Joins findings quoted inside another one (a filing names the breaches it covers).
    "list.semicolons": "{first}；{rest}",
    "list.commas": "{first}，{rest}",
    "list.and_more": "{items}等",
})

# What a duty the office does not have this year says (a preset's duties_off, or no GIA case).
NOTHING_DUE = Phrase.of("duty.nothing_due")


class Status(StrEnum):
    OK = "ok"
    WARN = "warn"
    FAIL = "fail"

    @property
    def label(self) -> str:
        return texts.zh_name("status", self.value)


texts.define_labels("status", {"ok": "已完成", "warn": "需注意", "fail": "未達成"})


def semicolons(parts: tuple[Phrase | str, ...]) -> Phrase | str:
    """Join phrases with the language's semicolon (zh-TW 「；」)."""
    if len(parts) == 1:
        return parts[0]
    return Phrase.of("list.semicolons", first=parts[0], rest=semicolons(parts[1:]))


def commas(parts: tuple[Phrase | str, ...]) -> Phrase | str:
    """Join phrases with the language's comma (zh-TW 「，」)."""
    if len(parts) == 1:
        return parts[0]
    return Phrase.of("list.commas", first=parts[0], rest=commas(parts[1:]))


def first_few(items: Sequence[str], n: int = 3) -> tuple[str, ...] | Phrase:
    """The first `n` of a list, with 「等」 when there are more."""
    if len(items) > n:
        return Phrase.of("list.and_more", items=tuple(items[:n]))
    return tuple(items)


@dataclass(frozen=True)
class Finding:
    """One thing a check found: how bad, what is wrong and what would fix it (a phrase)."""

    status: Status
    phrase: Phrase
    target: str = ""  # where in the app the fix is made, e.g. "group", "meeting:12"

    @property
    def text(self) -> str:
        """The official zh-TW wording."""
        return self.phrase.text


@dataclass(frozen=True)
class DutyResult:
    duty: Duty
    findings: tuple[Finding, ...] = ()
    summary_phrase: Phrase | None = None
    figures: dict[str, object] = field(default_factory=dict)

    @property
    def summary(self) -> str:
        """The summary in zh-TW ("" when there is none)."""
        return self.summary_phrase.text if self.summary_phrase is not None else ""

    @property
    def status(self) -> Status:
        statuses = {f.status for f in self.findings}
        if Status.FAIL in statuses:
            return Status.FAIL
        if Status.WARN in statuses:
            return Status.WARN
        return Status.OK

    @property
    def reason_phrases(self) -> list[Phrase]:
        """What is wrong, as phrases (or the summary when nothing is)."""
        wrong = [f.phrase for f in self.findings if f.status is not Status.OK]
        if wrong:
            return wrong
        return [self.summary_phrase] if self.summary_phrase is not None else []

    @property
    def reasons(self) -> list[str]:
        return [f.text for f in self.findings if f.status is not Status.OK] or [self.summary]
