"""Small parts the staff page, its tabs and dialogs share."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableView,
)

from gmdesk.domain.model import (
    CATEGORY_LABELS,
)
from gmdesk.domain.rocdate import format_short
from gmdesk.services import settings as settings_service
from gmdesk.ui.context import AppContext
from gmdesk.ui.table_model import RecordTableModel


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


def unit_combo(ctx: AppContext, all_label: str) -> QComboBox:
    box = QComboBox()
    box.addItem(all_label, None)
    for unit in settings_service.units(ctx.db):
        box.addItem(unit.name, unit.id)
    return box


def category_combo(all_label: str | None) -> QComboBox:
    box = QComboBox()
    if all_label is not None:
        box.addItem(all_label, None)
    for category, label in CATEGORY_LABELS.items():
        box.addItem(label, category.value)
    return box



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


def save_cancel(dialog: QDialog, save: str, cancel: str) -> QDialogButtonBox:
    """Return 儲存 / 取消 buttons wired to the dialog's save() and reject()."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(save)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)
    buttons.accepted.connect(dialog.save)  # type: ignore[attr-defined]
    buttons.rejected.connect(dialog.reject)
    return buttons
