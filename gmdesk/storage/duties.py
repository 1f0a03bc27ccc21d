"""The records of 性別影響評估, 性別統計, 性別預算 and the committees."""

from __future__ import annotations

from gmdesk.domain.budget import BudgetItem, BudgetItemId, BudgetSheet
from gmdesk.domain.committees import Committee, CommitteeId, CommitteeMember
from gmdesk.domain.impact import GiaCase, GiaCaseId
from gmdesk.domain.statistics import (
    Analysis,
    AnalysisId,
    Indicator,
    IndicatorId,
    IndicatorReview,
    IndicatorValue,
)
from gmdesk.storage import records
from gmdesk.storage.database import Database

# --- 性別影響評估 -------------------------------------------------------------------------------


def add_case(db: Database, case: GiaCase) -> GiaCaseId:
    return GiaCaseId(records.insert(db, "gia_case", case))


def update_case(db: Database, case: GiaCase) -> None:
    records.update(db, "gia_case", case)


def get_case(db: Database, case_id: int) -> GiaCase | None:
    return records.get(db, GiaCase, "gia_case", case_id)


def list_cases(db: Database, year: int | None = None) -> list[GiaCase]:
    if year is None:
        return records.select(db, GiaCase, "gia_case", order_by="year, id")
    return records.select(db, GiaCase, "gia_case", "year = ?", [year])


# --- 性別統計 ---------------------------------------------------------------------------------


def add_indicator(db: Database, indicator: Indicator) -> IndicatorId:
    return IndicatorId(records.insert(db, "indicator", indicator))


def update_indicator(db: Database, indicator: Indicator) -> None:
    records.update(db, "indicator", indicator)


def get_indicator(db: Database, indicator_id: int) -> Indicator | None:
    return records.get(db, Indicator, "indicator", indicator_id)


def list_indicators(db: Database) -> list[Indicator]:
    return records.select(db, Indicator, "indicator")


def add_review(db: Database, review: IndicatorReview) -> int:
    return records.insert(db, "indicator_review", review)


def list_reviews(db: Database, indicator_id: int | None = None) -> list[IndicatorReview]:
    if indicator_id is None:
        return records.select(db, IndicatorReview, "indicator_review", order_by="year, reviewed_on, id")
    return records.select(db, IndicatorReview, "indicator_review", "indicator_id = ?", [indicator_id],
                          order_by="year, reviewed_on, id")


def set_value(db: Database, value: IndicatorValue) -> None:
    """Write an indicator's value of a year over any value it had."""
    db.execute("DELETE FROM indicator_value WHERE indicator_id = ? AND year = ?",
               [value.indicator_id, value.year])
    records.insert(db, "indicator_value", value)


def list_values(db: Database, indicator_id: int | None = None) -> list[IndicatorValue]:
    if indicator_id is None:
        return records.select(db, IndicatorValue, "indicator_value", order_by="indicator_id, year")
    return records.select(db, IndicatorValue, "indicator_value", "indicator_id = ?", [indicator_id],
                          order_by="year")


def add_analysis(db: Database, analysis: Analysis) -> AnalysisId:
    return AnalysisId(records.insert(db, "analysis", analysis))


def update_analysis(db: Database, analysis: Analysis) -> None:
    records.update(db, "analysis", analysis)


def list_analyses(db: Database, year: int | None = None) -> list[Analysis]:
    if year is None:
        return records.select(db, Analysis, "analysis", order_by="year, id")
    return records.select(db, Analysis, "analysis", "year = ?", [year])


# --- 性別預算 ---------------------------------------------------------------------------------


def add_item(db: Database, item: BudgetItem) -> BudgetItemId:
    return BudgetItemId(records.insert(db, "budget_item", item))


def update_item(db: Database, item: BudgetItem) -> None:
    records.update(db, "budget_item", item)


def get_item(db: Database, item_id: int) -> BudgetItem | None:
    return records.get(db, BudgetItem, "budget_item", item_id)


def list_items(db: Database, year: int | None = None) -> list[BudgetItem]:
    order = "year, CASE category WHEN 'plan' THEN 1 WHEN 'program' THEN 2 WHEN 'tool' THEN 3 " \
            "WHEN 'law' THEN 4 ELSE 5 END, id"
    if year is None:
        return records.select(db, BudgetItem, "budget_item", order_by=order)
    return records.select(db, BudgetItem, "budget_item", "year = ?", [year], order_by=order)


def save_sheet(db: Database, sheet: BudgetSheet) -> int:
    """Write the sheet of a budget year (one per year) and return its id."""
    existing = get_sheet(db, sheet.year)
    if existing is None:
        return records.insert(db, "budget_sheet", sheet)
    records.update(db, "budget_sheet", BudgetSheet(existing.id, sheet.year, sheet.reviewed_on,
                                                   sheet.meeting_id, sheet.filed_on, sheet.doc_no,
                                                   sheet.note))
    return existing.id


def get_sheet(db: Database, year: int) -> BudgetSheet | None:
    rows = records.select(db, BudgetSheet, "budget_sheet", "year = ?", [year])
    return rows[0] if rows else None


def list_sheets(db: Database) -> list[BudgetSheet]:
    return records.select(db, BudgetSheet, "budget_sheet", order_by="year")


# --- 委員會 ----------------------------------------------------------------------------------


def add_committee(db: Database, committee: Committee) -> CommitteeId:
    return CommitteeId(records.insert(db, "committee", committee))


def update_committee(db: Database, committee: Committee) -> None:
    records.update(db, "committee", committee)


def get_committee(db: Database, committee_id: int) -> Committee | None:
    return records.get(db, Committee, "committee", committee_id)


def list_committees(db: Database) -> list[Committee]:
    return records.select(db, Committee, "committee")


def add_member(db: Database, member: CommitteeMember) -> int:
    return records.insert(db, "committee_member", member)


def update_member(db: Database, member: CommitteeMember) -> None:
    records.update(db, "committee_member", member)


def list_members(db: Database, committee_id: int | None = None) -> list[CommitteeMember]:
    if committee_id is None:
        return records.select(db, CommitteeMember, "committee_member", order_by="committee_id, id")
    return records.select(db, CommitteeMember, "committee_member", "committee_id = ?", [committee_id])


def delete_member(db: Database, member_id: int) -> None:
    records.delete(db, "committee_member", member_id)
