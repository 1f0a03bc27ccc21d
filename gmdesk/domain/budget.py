"""性別預算: the yearly 性別預算編列情形表, its review and filing, and its execution."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import NewType

from gmdesk.domain import texts
from gmdesk.domain.compliance import Finding, Status, first_few
from gmdesk.domain.errors import InputError
from gmdesk.domain.model import MeetingId
from gmdesk.domain.presets import Preset
from gmdesk.domain.rocdate import gregorian_year
from gmdesk.domain.texts import Phrase, Short

BudgetItemId = NewType("BudgetItemId", int)

MAX_AMOUNT = 100_000_000  # NT$ thousand: a district's whole budget is far below this


class BudgetCategory(StrEnum):
    PLAN = "plan"
    PROGRAM = "program"
    TOOL = "tool"
    LAW = "law"
    OTHER = "other"

    @property
    def label(self) -> str:
        return texts.zh_name("budget_category", self.value)


texts.define_labels("budget_category", {
    "plan": "計畫類",
    "program": "綱領類",
    "tool": "工具類",
    "law": "性平法令類",
    "other": "其他類",
})


@dataclass(frozen=True)
class BudgetItem:
    """One line of the table; amounts in NT$ thousand (新臺幣千元)."""

    id: BudgetItemId
    year: int  # the budget year
    category: BudgetCategory
    title: str
    unit: str = ""
    amount: int = 0
    description: str = ""  # how it advances gender equality
    indicator: str = ""  # 衡量指標
    target: str = ""  # 目標值
    executed: int | None = None  # 執行數, entered after the year
    result: str = ""  # 執行情形
    note: str = ""


@dataclass(frozen=True)
class BudgetSheet:
    """The table of one budget year: reviewed by the group, filed with the city."""

    id: int
    year: int
    reviewed_on: dt.date | None = None
    meeting_id: MeetingId | None = None
    filed_on: dt.date | None = None
    doc_no: str = ""
    note: str = ""


def deadline(preset: Preset, budget_year: int) -> dt.date:
    """Return the filing deadline of a budget year's table: 9 月 15 日 of the year before."""
    month, day = preset.budget_deadline
    return dt.date(gregorian_year(budget_year - 1), month, day)


def validate_item(item: BudgetItem) -> BudgetItem:
    title = " ".join(item.title.split())
    if not title:
        raise InputError(Phrase.of("budget.err.no_title"), "title")
    if len(title) > 200:
        raise InputError(Phrase.of("budget.err.title_long"), "title")
    if not 0 <= item.amount <= MAX_AMOUNT:
        raise InputError(Phrase.of("budget.err.amount", amount=item.amount), "amount")
    if item.executed is not None and not 0 <= item.executed <= MAX_AMOUNT:
        raise InputError(Phrase.of("budget.err.executed", amount=item.executed), "executed")
    return replace(item, title=title, unit=item.unit.strip(), description=item.description.strip(),
                   indicator=item.indicator.strip(), target=item.target.strip(),
                   result=item.result.strip(), note=item.note.strip())


def totals(items: Sequence[BudgetItem]) -> dict[BudgetCategory, tuple[int, int]]:
    """Return, per category with items, the amount and the executed amount."""
    result: dict[BudgetCategory, tuple[int, int]] = {}
    for category in BudgetCategory:
        mine = [i for i in items if i.category is category]
        if mine:
            result[category] = (sum(i.amount for i in mine), sum(i.executed or 0 for i in mine))
    return result


texts.define({
    "budget.thing": "性別預算項目",
    "budget.err.filed_before_review": "報送日期早於小組檢視日期：請先經小組檢視再報送，或改正日期",
    "budget.err.no_title": "請填寫計畫名稱",
    "budget.err.title_long": "計畫名稱超過200字：請精簡",
    "budget.err.amount": "性別預算金額{amount}千元不合理：請填 0 或正整數（單位：新臺幣千元）",
    "budget.err.executed": "執行數{amount}千元不合理：請填 0 或正整數（單位：新臺幣千元）",
})

texts.define({
    "budget.no_items": "尚未登錄{year}年度性別預算編列情形表之項目（{due}前報送）：請新增預算項目",
    "budget.not_reviewed": "{year}年度性別預算編列情形表尚未經小組檢視：請登錄檢視之會議或日期",
    "budget.not_filed": "{year}年度性別預算編列情形表尚未報送（期限{due}）：請登錄報送日期及文號",
    "budget.filed_late": "{year}年度性別預算編列情形表於{filed}報送，逾期限{due}",
    "budget.execution_missing": "{year}年度性別預算{n}項尚未填寫執行數（{titles}）："
                                "請於年度結束後填寫執行數及執行情形",
    "budget.summary": "{year}年度性別預算{n}項，計{amount}千元",
    "budget.summary_filed": "{year}年度性別預算{n}項，計{amount}千元，{filed}報送",
})


def check_budget(sheets: Sequence[BudgetSheet], items: Sequence[BudgetItem], preset: Preset,
                 year: int, today: dt.date) -> list[Finding]:
    """Check the working year: next year's table reviewed and filed by the deadline, and the
    execution of the tables whose year is over."""
    findings: list[Finding] = []
    next_year = year + 1
    due = deadline(preset, next_year)
    sheet = next((s for s in sheets if s.year == next_year), None)
    mine = [i for i in items if i.year == next_year]
    over = today > due
    late = Status.FAIL if over else Status.WARN
    due_day = Short(due)
    if not mine:
        findings.append(Finding(
            late, Phrase.of("budget.no_items", year=next_year, due=due_day), "budget"))
    if sheet is None or (sheet.reviewed_on is None and sheet.meeting_id is None):
        findings.append(Finding(late, Phrase.of("budget.not_reviewed", year=next_year), "budget"))
    if sheet is None or sheet.filed_on is None:
        findings.append(Finding(
            late, Phrase.of("budget.not_filed", year=next_year, due=due_day), "budget"))
    elif sheet.filed_on > due:
        findings.append(Finding(
            Status.WARN, Phrase.of("budget.filed_late", year=next_year,
                                   filed=Short(sheet.filed_on), due=due_day), "budget"))
    for past in sorted({i.year for i in items if i.year <= year}):
        if today <= dt.date(gregorian_year(past), 12, 31):
            continue
        pending = [i for i in items if i.year == past and i.executed is None]
        if pending:
            findings.append(Finding(
                Status.WARN if past == year else Status.FAIL,
                Phrase.of("budget.execution_missing", year=past, n=len(pending),
                          titles=first_few([i.title for i in pending], 2)),
                "budget"))
    return findings
