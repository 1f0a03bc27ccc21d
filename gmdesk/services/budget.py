"""性別預算: the items of a budget year, the table's review and filing, the execution."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from gmdesk.domain import budget as rules
from gmdesk.domain.budget import BudgetItem, BudgetItemId, BudgetSheet
from gmdesk.domain.errors import InputError, gone
from gmdesk.domain.importing import check_fields
from gmdesk.domain.texts import Phrase
from gmdesk.storage import duties as store
from gmdesk.storage import trash
from gmdesk.storage.database import Database


def save_item(db: Database, item: BudgetItem) -> BudgetItemId:
    cleaned = rules.validate_item(item)
    check_fields(cleaned, dt.date.today())
    with db.atomic():
        if cleaned.id:
            if store.get_item(db, cleaned.id) is None:
                raise InputError(gone(Phrase.of("budget.thing"), cleaned.id, refresh=True))
            store.update_item(db, cleaned)
            return cleaned.id
        return store.add_item(db, cleaned)


def record_execution(db: Database, item_id: int, executed: int, result: str) -> None:
    """Enter an item's 執行數 (NT$ thousand) and 執行情形 after its year."""
    item = store.get_item(db, item_id)
    if item is None:
        raise InputError(gone(Phrase.of("budget.thing"), item_id))
    save_item(db, replace(item, executed=executed, result=result))


def save_sheet(db: Database, sheet: BudgetSheet) -> int:
    """Record when the group reviewed a budget year's table and when it was filed."""
    if sheet.reviewed_on and sheet.filed_on and sheet.filed_on < sheet.reviewed_on:
        raise InputError(Phrase.of("budget.err.filed_before_review"), "filed_on")
    check_fields(sheet, dt.date.today())
    with db.atomic():
        return store.save_sheet(db, sheet)


def delete_item(db: Database, item_id: int, now: dt.datetime) -> int:
    item = store.get_item(db, item_id)
    if item is None:
        raise InputError(gone(Phrase.of("budget.thing"), item_id))
    return trash.move_to_trash(db, "budget_item", item_id, now, f"性別預算：{item.title}")


def items_of(db: Database, year: int) -> list[BudgetItem]:
    return store.list_items(db, year)


def sheet_of(db: Database, year: int) -> BudgetSheet:
    return store.get_sheet(db, year) or BudgetSheet(0, year)
