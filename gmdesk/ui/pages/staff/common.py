"""Small parts the staff page, its tabs and dialogs share."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from gmdesk.domain.model import StaffCategory
from gmdesk.domain.rocdate import format_short
from gmdesk.services import settings as settings_service
from gmdesk.ui.context import AppContext
from gmdesk.ui.table_model import RecordTableModel
from gmdesk.ui.widgets.forms import ChoiceCombo, EnumCombo, unit_combo


def day_text(value: dt.date | None) -> str:
    return format_short(value) if value else ""


def make_table(model: RecordTableModel[Any], sortable: bool = True) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(sortable)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # Fitting the columns measures a sample of rows, not every row of a 10,000-row roster.
    view.horizontalHeader().setResizeContentsPrecision(200)
    return view


def unit_filter(ctx: AppContext, all_label: str) -> ChoiceCombo:
    """The office's units, with `all_label` (value None) first."""
    return unit_combo(settings_service.unit_names(ctx.db), all_label)


def category_filter(all_label: str) -> EnumCombo:
    """The staff categories, with `all_label` (value None) first."""
    return EnumCombo(StaffCategory, lambda text: text, empty=all_label)


def fit_columns_once(view: QTableView) -> None:
    """Size the columns to a sample of their contents the first time rows arrive; afterwards the
    widths stay as they are (or as the clerk dragged them) on every reload."""
    if view.property("fitted"):
        return
    view.resizeColumnsToContents()
    if view.model().rowCount():
        view.setProperty("fitted", True)


def source_label(source: str) -> str:
    if source.startswith("import:"):
        return "匯入 " + source.removeprefix("import:").rsplit("#", 1)[0]
    return {"manual": "手動", "course": "內部課程"}.get(source, source)
