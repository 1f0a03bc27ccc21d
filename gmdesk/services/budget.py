"""性別預算: the items of a budget year, the table's review and filing, the execution."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlite_utils import Database

from gmdesk.domain import budget as rules
from gmdesk.domain.budget import BudgetItem, BudgetItemId, BudgetSheet
from gmdesk.domain.errors import InputError
from gmdesk.domain.importing import check_fields
from gmdesk.storage import duties as store
from gmdesk.storage import trash


def save_item(db: Database, item: BudgetItem) -> BudgetItemId:
    cleaned = rules.validate_item(item)
    check_fields(cleaned, dt.date.today())
    with db.atomic():
        if cleaned.id:
            if store.get_item(db, cleaned.id) is None:
                raise InputError(f"找不到編號 {cleaned.id} 的性別預算項目，可能已被刪除：請重新整理後再試")
            store.update_item(db, cleaned)
            return cleaned.id
        return store.add_item(db, cleaned)


def record_execution(db: Database, item_id: int, executed: int, result: str) -> None:
    """Enter an item's 執行數 (NT$ thousand) and 執行情形 after its year."""
    item = store.get_item(db, item_id)
    if item is None:
        raise InputError(f"找不到編號 {item_id} 的性別預算項目，可能已被刪除")
    save_item(db, replace(item, executed=executed, result=result))


def save_sheet(db: Database, sheet: BudgetSheet) -> int:
    """Record when the group reviewed a budget year's table and when it was filed."""
    if sheet.reviewed_on and sheet.filed_on and sheet.filed_on < sheet.reviewed_on:
        raise InputError("報送日期早於小組檢視日期：請先經小組檢視再報送，或改正日期", "filed_on")
    check_fields(sheet, dt.date.today())
    with db.atomic():
        return store.save_sheet(db, sheet)


def delete_item(db: Database, item_id: int, now: dt.datetime) -> int:
    item = store.get_item(db, item_id)
    if item is None:
        raise InputError(f"找不到編號 {item_id} 的性別預算項目，可能已被刪除")
    return trash.move_to_trash(db, "budget_item", item_id, now, f"性別預算：{item.title}")


def items_of(db: Database, year: int) -> list[BudgetItem]:
    return store.list_items(db, year)


def sheet_of(db: Database, year: int) -> BudgetSheet:
    return store.get_sheet(db, year) or BudgetSheet(0, year)
