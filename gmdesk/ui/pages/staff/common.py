"""Small parts the staff page, its tabs and dialogs share."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QTableView

from gmdesk.domain.model import StaffCategory
from gmdesk.domain.rocdate import format_short
from gmdesk.services import settings as settings_service
from gmdesk.ui.context import AppContext
from gmdesk.ui.table_model import RecordTableModel
from gmdesk.ui.widgets.forms import ChoiceCombo, EnumCombo, unit_combo
from gmdesk.ui.widgets.tables import Fit, fit_to_sample, set_up_table


def day_text(value: dt.date | None) -> str:
    return format_short(value) if value else ""


def make_table(model: RecordTableModel[Any], sortable: bool = True) -> QTableView:
    """A staff table with the one look of every table (set_up_table: no row numbers, a cut
    cell's whole text as its tooltip, Tab leaving the table); columns the clerk may drag,
    fitted to their contents once (fit_columns_once)."""
    view = set_up_table(QTableView(), model, [Fit.FIXED] * model.columnCount(),
                        sortable=sortable)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setDefaultSectionSize(24)
    return view


def unit_filter(ctx: AppContext, all_label: str) -> ChoiceCombo:
    """The office's units, with `all_label` (value None) first."""
    return unit_combo(settings_service.unit_names(ctx.db), all_label)


def category_filter(all_label: str) -> EnumCombo:
    """The staff categories, with `all_label` (value None) first."""
    return EnumCombo(StaffCategory, empty=all_label)


def fit_columns_once(view: QTableView) -> None:
    """Size the columns to a sample of their contents the first time rows arrive; afterwards the
    widths stay as they are (or as the clerk dragged them) on every reload."""
    if view.property("fitted"):
        return
    fit_to_sample(view, rows=100)
    if view.model().rowCount():
        view.setProperty("fitted", True)


def source_label(source: str) -> str:
    if source.startswith("import:"):
        return "匯入 " + source.removeprefix("import:").rsplit("#", 1)[0]
    return {"manual": "手動", "course": "內部課程"}.get(source, source)
