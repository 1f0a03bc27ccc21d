"""登錄範本: map the city's .xlsx template visually — its cells on one side, gmdesk fields on the other.

The template's sheets are shown as a grid (column letters, row numbers, its own text). Single
cells get one field each (「機關名稱」 → 總表!B2); a table is a header row in the template whose
columns each get a field of one source (CEDAW宣導場次 → 日期, 活動名稱 …), filled from the row
below it downwards. 預覽 fills the template with the year in view (in the background, nothing
written) so the clerk sees the first rows as the city will. Saving goes through
services.reports.parse_mapping, the same reader the JSON file uses.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gmdesk.domain.errors import InputError
from gmdesk.domain.importing import column_letter
from gmdesk.domain.texts import Phrase
from gmdesk.services import reports
from gmdesk.services.reports import SheetGrid, TemplateMapping
from gmdesk.ui.context import AppContext
from gmdesk.ui.runner import error_message, error_text
from gmdesk.ui.widgets.forms import ChoiceCombo, HidingErrorLabel
from gmdesk.ui.widgets.tables import ChoiceDelegate, EditColumn, RowsModel, table

Index = QModelIndex | QPersistentModelIndex
CELL_COLOUR = "#fff1b8"  # a single cell gmdesk fills
TABLE_COLOUR = "#d9f0d3"  # the first data row of a table
HEADER_COLOUR = "#e3ecf7"  # a table's header row
PREVIEW_DELAY_MS = 400


@dataclass
class CellRow:
    where: str  # 總表!B2
    hint: str  # the template's text next to it (the label the city wrote)
    field: str


@dataclass
class ColumnRow:
    letter: str
    header: str
    field: str = ""


@dataclass
class TableDraft:
    sheet: str
    source: str
    start_row: int
    columns: dict[str, str] = field(default_factory=dict)
    max_rows: int = 0


class FieldDelegate(ChoiceDelegate):
    """The field drop-down, always open: a choice is written at once, not when focus leaves."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        combo = super().createEditor(parent, option, index)
        assert isinstance(combo, QComboBox)
        combo.currentIndexChanged.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        editor.blockSignals(True)
        super().setEditorData(editor, index)
        editor.blockSignals(False)


class GridModel(QAbstractTableModel):
    """A sheet as a grid: its text (or the preview's), mapped cells coloured, fields as tooltips."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid: SheetGrid | None = None
        self.marks: dict[tuple[int, int], tuple[str, str]] = {}  # (row, col) 1-based -> (colour, tip)

    def show(self, grid: SheetGrid | None, marks: dict[tuple[int, int], tuple[str, str]]) -> None:
        self.beginResetModel()
        self.grid, self.marks = grid, marks
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.grid is None:
            return 0
        return max(len(self.grid.rows), max((r for r, _ in self.marks), default=0))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.grid is None:
            return 0
        width = max((len(r) for r in self.grid.rows), default=0)
        return max(width, max((c for _, c in self.marks), default=0), 1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.grid is None:
            return None
        where = (index.row() + 1, index.column() + 1)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.grid.text(*where)
        mark = self.marks.get(where)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole text of a cell the column cuts off, and what gmdesk writes there.
            parts = [self.grid.text(*where), mark[1] if mark else ""]
            return "\n".join(p for p in parts if p) or None
        if role == Qt.ItemDataRole.BackgroundRole and mark is not None:
            return QBrush(QColor(mark[0]))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return column_letter(section) if orientation == Qt.Orientation.Horizontal else str(section + 1)


class TemplateMappingDialog(QDialog):
    """Map a template's cells and table columns to gmdesk fields; `mapping` holds the result."""

    def __init__(self, ctx: AppContext, template: bytes, file_name: str,
                 mapping: TemplateMapping | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.template = template
        self.mapping: TemplateMapping | None = None
        self.grids = reports.template_grids(template)
        self.sheet_names = [g.name for g in self.grids]
        self.preview: dict[str, SheetGrid] = {}
        self._grid_sheet = ""  # the sheet the grid shows
        choices, self.source_labels = reports.template_fields()
        self.scalar_choices = [(label, key) for key, label in choices[""]]
        self.field_labels = {source: dict(fields) for source, fields in choices.items()}
        start = mapping or TemplateMapping()
        self.cells = [CellRow(where, "", what) for where, what in start.cells.items()]
        self.tables = [TableDraft(t.sheet, t.source, t.start_row, dict(t.columns), t.max_rows)
                       for t in start.tables]
        for row in self.cells:
            row.hint = self._hint(row.where)
        self.setWindowTitle(self.tr("範本對應：%1").replace("%1", file_name))
        self.resize(1120, 640)  # fits a 1366×768 screen with the taskbar

        intro = QLabel(self.tr("左邊是範本的儲存格。單一儲存格：點選儲存格後按「加入所選儲存格」，再選要填入的欄位。"
                               "表格：點選表格的標題列後按「新增表格」，再為每一欄選擇欄位；資料從標題列的下一列起逐列填入。"))
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(start.name)
        self.name_edit.setPlaceholderText(self.tr("例：高雄市115年度性別主流化成果報表"))

        # Left: the template as a grid.
        self.sheet_combo = ChoiceCombo([(name, name) for name in self.sheet_names])
        self.sheet_combo.currentIndexChanged.connect(lambda _i: self._refresh_grid())
        self.preview_check = QCheckBox(self.tr("預覽填入本年度資料(&P)"))
        self.preview_check.toggled.connect(self._preview_toggled)
        self.preview_status = QLabel()
        self.preview_status.setWordWrap(True)
        self.grid_model = GridModel(self)
        self.grid_view = QTableView()
        self.grid_view.setModel(self.grid_model)
        self.grid_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid_view.horizontalHeader().setDefaultSectionSize(110)
        self.grid_view.verticalHeader().setDefaultSectionSize(24)
        self.grid_view.selectionModel().currentChanged.connect(lambda _a, _b: self._selected())
        self.selected_label = QLabel()
        sheet_row = QHBoxLayout()
        sheet_label = QLabel(self.tr("工作表(&S)："))
        sheet_label.setBuddy(self.sheet_combo)
        sheet_row.addWidget(sheet_label)
        sheet_row.addWidget(self.sheet_combo, 1)
        sheet_row.addWidget(self.preview_check)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(sheet_row)
        left_layout.addWidget(self.grid_view, 1)
        left_layout.addWidget(self.selected_label)
        left_layout.addWidget(self.preview_status)

        # Right: single cells and tables.
        self.tabs = QTabWidget()
        self.tabs.addTab(self._cells_tab(), self.tr("單一儲存格"))
        self.tabs.addTab(self._tables_tab(), self.tr("表格"))
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.error = HidingErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("儲存對應"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("範本名稱(&M)"), self.name_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.run_preview)
        self._reload_cells()
        self._reload_tables()
        self._refresh_grid()

    # --- parts ----------------------------------------------------------------------------
    def _cells_tab(self) -> QWidget:
        self.cells_model = RowsModel([
            EditColumn(self.tr("儲存格"), lambda r: r.where),
            EditColumn(self.tr("範本文字"), lambda r: r.hint),
            EditColumn(self.tr("填入欄位"), lambda r: r.field, self._set_cell_field,
                       self.scalar_choices),
        ], self._edited, self)
        self.cells_view = table(self.cells_model, editable=True)
        self.cells_view.setItemDelegateForColumn(
            2, FieldDelegate(self.scalar_choices, self.cells_view))
        self.cells_view.doubleClicked.connect(self._go_to_cell)
        self.add_cell_button = QPushButton(self.tr("加入所選儲存格(&A)"))
        self.remove_cell_button = QPushButton(self.tr("移除(&R)"))
        self.add_cell_button.clicked.connect(self.add_cell)
        self.remove_cell_button.clicked.connect(self.remove_cell)
        row = QHBoxLayout()
        row.addWidget(self.add_cell_button)
        row.addWidget(self.remove_cell_button)
        row.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.cells_view, 1)
        layout.addLayout(row)
        return tab

    def _tables_tab(self) -> QWidget:
        self.table_combo = ChoiceCombo()
        self.table_combo.currentIndexChanged.connect(lambda _i: self._show_table())
        self.add_table_button = QPushButton(self.tr("新增表格(&N)"))
        self.add_table_button.setToolTip(self.tr("以左邊所選儲存格的那一列為表格的標題列"))
        self.remove_table_button = QPushButton(self.tr("移除表格"))
        self.add_table_button.clicked.connect(self.add_table)
        self.remove_table_button.clicked.connect(self.remove_table)
        pick = QHBoxLayout()
        pick.addWidget(self.add_table_button)
        pick.addWidget(self.remove_table_button)
        pick.addStretch(1)
        self.source_combo = ChoiceCombo([(label, key) for key, label in self.source_labels.items()])
        self.table_sheet_combo = ChoiceCombo([(name, name) for name in self.sheet_names])
        self.start_spin = QSpinBox()
        self.start_spin.setRange(1, 100000)
        self.max_spin = QSpinBox()
        self.max_spin.setRange(0, 100000)
        self.max_spin.setSpecialValueText(self.tr("不限"))
        self.source_combo.currentIndexChanged.connect(lambda _i: self._table_changed("source"))
        self.table_sheet_combo.currentIndexChanged.connect(lambda _i: self._table_changed("sheet"))
        self.start_spin.valueChanged.connect(lambda _v: self._table_changed("start"))
        self.max_spin.valueChanged.connect(lambda _v: self._table_changed("max"))
        form = QFormLayout()
        form.addRow(self.tr("資料來源"), self.source_combo)
        form.addRow(self.tr("工作表"), self.table_sheet_combo)
        form.addRow(self.tr("第一筆資料在第幾列"), self.start_spin)
        form.addRow(self.tr("列數上限"), self.max_spin)
        self.columns_model = RowsModel([
            EditColumn(self.tr("欄"), lambda r: r.letter),
            EditColumn(self.tr("範本標題"), lambda r: r.header),
            EditColumn(self.tr("填入欄位"), lambda r: r.field, self._set_column_field),
        ], self._edited, self)
        self.columns_view = table(self.columns_model, editable=True)
        self.columns_delegate = FieldDelegate([], self.columns_view)
        self.columns_view.setItemDelegateForColumn(2, self.columns_delegate)
        self.table_box = QWidget()
        box = QVBoxLayout(self.table_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(form)
        box.addWidget(self.columns_view, 1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.table_combo)
        layout.addLayout(pick)
        layout.addWidget(self.table_box, 1)
        return tab

    # --- state ----------------------------------------------------------------------------
    def current_sheet(self) -> str:
        return str(self.sheet_combo.value() or "")

    def _grid(self, sheet: str) -> SheetGrid | None:
        return next((g for g in self.grids if g.name == sheet), None)

    def _hint(self, where: str) -> str:
        """Return the template's own text at or next to a cell: the label the city wrote."""
        sheet, _, cell = where.rpartition("!")
        grid = self._grid(sheet)
        if grid is None:
            return self.tr("（範本沒有這個工作表）")
        row, column = _cell_position(cell)
        own = grid.text(row, column)
        if own:
            return own
        return next((grid.text(row, c) for c in range(column - 1, 0, -1) if grid.text(row, c)),
                    grid.text(row - 1, column))

    def _selected_cell(self) -> tuple[int, int] | None:
        index = self.grid_view.currentIndex()
        return (index.row() + 1, index.column() + 1) if index.isValid() else None

    def _selected(self) -> None:
        cell = self._selected_cell()
        if cell is None:
            self.selected_label.setText(self.tr("請在範本中點選儲存格"))
            return
        where = f"{self.current_sheet()}!{column_letter(cell[1] - 1)}{cell[0]}"
        used = next((self.field_labels[""].get(r.field, r.field) for r in self.cells
                     if r.where == where), "")
        text = self.tr("所選儲存格：%1").replace("%1", where)
        if used:
            text += self.tr("（填入「%1」）").replace("%1", used)
        self.selected_label.setText(text)

    def _reload_cells(self) -> None:
        self.cells_model.set_rows(self.cells)
        for row in range(len(self.cells)):
            self.cells_view.openPersistentEditor(self.cells_model.index(row, 2))

    def _reload_tables(self, select: int | None = None) -> None:
        current = self.table_combo.value() if select is None else select
        self.table_combo.set_choices(
            [(self.tr("表格 %1：%2（%3 第 %4 列起）").replace("%1", str(i + 1))
              .replace("%2", self.source_labels.get(t.source, t.source))
              .replace("%3", t.sheet).replace("%4", str(t.start_row)), i)
             for i, t in enumerate(self.tables)])
        self.table_combo.set_value(current if current is not None else 0)
        self._show_table()

    def _current_table(self) -> TableDraft | None:
        index = self.table_combo.value()
        return self.tables[index] if isinstance(index, int) and index < len(self.tables) else None

    def _show_table(self) -> None:
        draft = self._current_table()
        self.table_box.setEnabled(draft is not None)
        self.remove_table_button.setEnabled(draft is not None)
        if draft is None:
            self.columns_model.set_rows([])
            return
        for widget in (self.source_combo, self.table_sheet_combo, self.start_spin, self.max_spin):
            widget.blockSignals(True)
        self.source_combo.set_value(draft.source)
        self.table_sheet_combo.set_value(draft.sheet)
        self.start_spin.setValue(draft.start_row)
        self.max_spin.setValue(draft.max_rows)
        for widget in (self.source_combo, self.table_sheet_combo, self.start_spin, self.max_spin):
            widget.blockSignals(False)
        self._fill_columns(draft)

    def _fill_columns(self, draft: TableDraft) -> None:
        choices = [(self.tr("（不填）"), "")] + [
            (label, key) for key, label in self.field_labels.get(draft.source, {}).items()]
        self.columns_delegate.choices = choices
        self.columns_model.columns[2] = EditColumn(self.tr("填入欄位"), lambda r: r.field,
                                                   self._set_column_field, choices)
        grid = self._grid(draft.sheet)
        width = max([len(r) for r in grid.rows] if grid else [0])
        width = max([width] + [_column_number(c) for c in draft.columns])
        rows = [ColumnRow(column_letter(c), self._header_text(grid, draft.start_row, c + 1),
                          draft.columns.get(column_letter(c), ""))
                for c in range(width)]
        self.columns_model.set_rows(rows)
        for row in range(len(rows)):
            self.columns_view.openPersistentEditor(self.columns_model.index(row, 2))

    @staticmethod
    def _header_text(grid: SheetGrid | None, start_row: int, column: int) -> str:
        if grid is None:
            return ""
        # The header right above the first data row, else the merged parent above it.
        return grid.text(start_row - 1, column) or grid.text(start_row - 2, column)

    # --- edits ----------------------------------------------------------------------------
    def _edited(self) -> None:
        self.error.clear()
        self._refresh_grid()
        if self.preview_check.isChecked():
            self.preview_status.setText(self.tr("對應已變更，預覽更新中…"))
            self._preview_timer.start()

    def _set_cell_field(self, row: CellRow, value: str) -> None:
        row.field = value

    def _set_column_field(self, row: ColumnRow, value: str) -> None:
        row.field = value
        draft = self._current_table()
        if draft is None:
            return
        if value:
            draft.columns[row.letter] = value
        else:
            draft.columns.pop(row.letter, None)

    def add_cell(self) -> None:
        """Add the cell chosen in the grid as a single cell (its field chosen next)."""
        cell = self._selected_cell()
        if cell is None:
            self.error.show_error(self.tr("請先在左邊的範本點選要填入的儲存格。"))
            return
        where = f"{self.current_sheet()}!{column_letter(cell[1] - 1)}{cell[0]}"
        existing = next((i for i, r in enumerate(self.cells) if r.where == where), None)
        if existing is None:
            self.cells.append(CellRow(where, self._hint(where), self.scalar_choices[0][1]))
            self._reload_cells()
            existing = len(self.cells) - 1
            self._edited()
        self.cells_view.setCurrentIndex(self.cells_model.index(existing, 2))

    def remove_cell(self) -> None:
        index = self.cells_view.currentIndex()
        if not index.isValid():
            return
        del self.cells[index.row()]
        self._reload_cells()
        self._edited()

    def _go_to_cell(self, index: QModelIndex) -> None:
        sheet, _, cell = self.cells[index.row()].where.rpartition("!")
        if sheet in self.sheet_names:
            self.sheet_combo.set_value(sheet)
            row, column = _cell_position(cell)
            self.grid_view.setCurrentIndex(self.grid_model.index(row - 1, column - 1))

    def add_table(self) -> None:
        """Add a table whose header row is the row chosen in the grid; guess its columns."""
        cell = self._selected_cell()
        if cell is None:
            self.error.show_error(self.tr("請先在左邊的範本點選表格標題列的任一格。"))
            return
        sheet = self.current_sheet()
        source = next(iter(self.source_labels))
        draft = TableDraft(sheet, source, cell[0] + 1)
        self._guess(draft)
        self.tables.append(draft)
        self._reload_tables(len(self.tables) - 1)
        self.tabs.setCurrentIndex(1)
        self._edited()

    def _guess(self, draft: TableDraft) -> None:
        grid = self._grid(draft.sheet)
        if grid is None:
            return
        width = max((len(r) for r in grid.rows), default=0)
        headers = {column_letter(c): self._header_text(grid, draft.start_row, c + 1)
                   for c in range(width)}
        draft.columns = reports.guess_columns(draft.source, headers)

    def remove_table(self) -> None:
        draft = self._current_table()
        if draft is None:
            return
        self.tables.remove(draft)
        self._reload_tables(max(0, len(self.tables) - 1))
        self._edited()

    def _table_changed(self, what: str) -> None:
        draft = self._current_table()
        if draft is None:
            return
        if what == "source":
            draft.source = str(self.source_combo.value())
            self._guess(draft)  # another source has other fields: start from the headers
        elif what == "sheet":
            draft.sheet = str(self.table_sheet_combo.value())
        elif what == "start":
            draft.start_row = self.start_spin.value()
        else:
            draft.max_rows = self.max_spin.value()
        if what == "max":
            self._edited()
            return
        self._reload_tables(self.tables.index(draft))
        self._edited()

    # --- the grid -------------------------------------------------------------------------
    def _marks(self, sheet: str) -> dict[tuple[int, int], tuple[str, str]]:
        marks: dict[tuple[int, int], tuple[str, str]] = {}
        for row in self.cells:
            where_sheet, _, cell = row.where.rpartition("!")
            if where_sheet != sheet:
                continue
            label = self.field_labels[""].get(row.field, row.field)
            marks[_cell_position(cell)] = (
                CELL_COLOUR, self.tr("填入「%1」").replace("%1", label))
        for draft in self.tables:
            if draft.sheet != sheet:
                continue
            source = self.source_labels.get(draft.source, draft.source)
            for letter, what in draft.columns.items():
                column = _column_number(letter)
                label = self.field_labels.get(draft.source, {}).get(what, what)
                marks[draft.start_row, column] = (
                    TABLE_COLOUR, self.tr("%1：「%2」從這一列起逐列填入")
                    .replace("%1", source).replace("%2", label))
                if draft.start_row > 1:
                    marks.setdefault((draft.start_row - 1, column), (
                        HEADER_COLOUR, self.tr("%1 的標題列").replace("%1", source)))
        return marks

    def _refresh_grid(self) -> None:
        sheet = self.current_sheet()
        shown = self.preview.get(sheet) if self.preview_check.isChecked() else None
        grid = shown or self._grid(sheet)
        kept = self._selected_cell() if sheet == self._grid_sheet else None
        self._grid_sheet = sheet
        self.grid_model.show(grid, self._marks(sheet))
        if kept is not None:  # a model reset forgets the chosen cell: the clerk has not
            self.grid_view.setCurrentIndex(self.grid_model.index(kept[0] - 1, kept[1] - 1))
        self.grid_view.clearSpans()
        for merged in grid.merged if grid else []:
            first, _, last = merged.partition(":")
            (r1, c1), (r2, c2) = _cell_position(first), _cell_position(last or first)
            if r1 <= self.grid_model.rowCount() and c1 <= self.grid_model.columnCount():
                self.grid_view.setSpan(r1 - 1, c1 - 1, r2 - r1 + 1, c2 - c1 + 1)
        self._selected()

    # --- preview --------------------------------------------------------------------------
    def draft_mapping(self) -> TemplateMapping:
        """Return the mapping as the dialog shows it, read by the JSON reader (InputError)."""
        data = {
            "version": 1, "name": self.name_edit.text().strip(),
            "cells": {r.where: r.field for r in self.cells if r.field},
            "tables": [{"sheet": t.sheet, "source": t.source, "start_row": t.start_row,
                        "columns": dict(t.columns), "max_rows": t.max_rows}
                       for t in self.tables],
        }
        return reports.parse_mapping(json.dumps(data, ensure_ascii=False))

    def _preview_toggled(self, on: bool) -> None:
        if on:
            self.run_preview()
        else:
            self.preview_status.setText("")
            self._refresh_grid()

    def run_preview(self) -> None:
        """Fill the template with the year in view, in the background, and show it."""
        try:
            mapping = self.draft_mapping()
            reports.check_mapping(mapping, self.template)
        except InputError as exc:
            self.preview_status.setText(self.tr("無法預覽：%1").replace("%1", error_text(exc)))
            return
        year, today, template = self.ctx.year, self.ctx.today(), self.template

        def task(db: Any, progress: Callable[[int, int, str | Phrase], None]) -> list[SheetGrid]:
            return reports.preview_template(db, year, today, template, mapping, progress)

        self.preview_status.setText(self.tr("預覽中…"))
        self.ctx.runner.op(task, self._previewed, self.tr("預覽範本…"),
                           on_error=self._preview_failed)

    def _previewed(self, grids: list[SheetGrid]) -> None:
        self.preview = {g.name: g for g in grids}
        self.preview_status.setText(self.tr("預覽：以 %1 年度的資料填入（未寫入任何檔案）。")
                                    .replace("%1", str(self.ctx.year)))
        self._refresh_grid()

    def _preview_failed(self, exc: Exception) -> None:
        self.preview_status.setText(self.tr("無法預覽：%1").replace("%1", error_text(exc)))

    # --- save -----------------------------------------------------------------------------
    def save(self) -> None:
        try:
            mapping = self.draft_mapping()
            reports.check_mapping(mapping, self.template)
        except InputError as exc:
            self.error.show_error(error_message(exc))
            return
        if not mapping.cells and not mapping.tables:
            self.error.show_error(self.tr("還沒有任何對應：請至少加入一個儲存格或一個表格。"))
            return
        self.mapping = mapping
        self.accept()


def _cell_position(cell: str) -> tuple[int, int]:
    """Return (row, column), 1-based, of an address such as B3."""
    letters = "".join(ch for ch in cell if ch.isalpha())
    return int("".join(ch for ch in cell if ch.isdigit()) or 1), _column_number(letters)


def _column_number(letters: str) -> int:
    number = 0
    for char in letters.upper():
        number = number * 26 + ord(char) - 64
    return number


def mapping_dialog(ctx: AppContext, parent: QWidget,
                   path: Path | None = None) -> TemplateMappingDialog | None:
    """Return the mapping dialog for a template file being registered (`path`) or for the
    registered one; the current mapping is the starting point. None (after saying why) when
    the file cannot be read."""
    current = reports.load_template(ctx.db)
    try:
        if path is not None:
            data, name = path.read_bytes(), path.name
        elif current is not None:
            data, name = current.data, current.file_name
        else:
            return None
        return TemplateMappingDialog(ctx, data, name, current.mapping if current else None, parent)
    except (InputError, OSError) as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("TemplateMappingDialog", "無法開啟範本"),
                            error_text(exc))
        return None
