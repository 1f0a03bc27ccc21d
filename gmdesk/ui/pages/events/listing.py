"""The year's events as a list: kind filter, search, the table and the list's buttons."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gmdesk.domain.model import EventKind
from gmdesk.ui.context import AppContext
from gmdesk.ui.pages.events.models import EventRow, EventRows
from gmdesk.ui.widgets.tables import ContentFit


class EventList(QWidget):
    """The list beside the form. `chosen` says the clerk picked another row; selecting a row
    from code (`select`) says nothing. `current_id()` is the event in the form, kept selected
    when the filter changes."""

    chosen = Signal(object)  # the Event of the row the clerk moved to

    def __init__(self, ctx: AppContext, current_id: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._current_id = current_id
        self._selecting = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("全部"), "")
        self.kind_filter.addItem(self.tr("CEDAW宣導"), EventKind.CEDAW.value)
        self.kind_filter.addItem(self.tr("其他性別平等措施"), EventKind.MEASURE.value)
        self.kind_filter.currentIndexChanged.connect(self.apply_filter)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜尋名稱、對象… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        kind_label = QLabel(self.tr("類別(&K)"))
        kind_label.setBuddy(self.kind_filter)
        filters.addWidget(kind_label)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.search, 1)
        layout.addLayout(filters)
        self.rows = EventRows(self.ctx.today, self)
        self.model = self.rows.model()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        ContentFit(self.table, [c for c in range(self.model.columnCount()) if c != 2])
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("新增宣導(&N)"))
        self.new_button.setToolTip(self.tr("新增CEDAW宣導活動（Ctrl+N）"))
        self.new_measure_button = QPushButton(self.tr("新增措施(&M)"))
        self.delete_button = QPushButton(self.tr("刪除(&D)"))
        self.delete_button.setToolTip(self.tr("刪除選取的活動（Delete）；可從資源回收筒還原"))
        self.year_button = QPushButton(self.tr("年度彙編PDF(&Y)"))
        self.year_button.setToolTip(self.tr("年度宣導統計表及各活動成果報告"))
        for button in (self.new_button, self.new_measure_button, self.delete_button,
                       self.year_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

    def apply_filter(self) -> None:
        kind = self.kind_filter.currentData()
        predicate: Callable[[EventRow], bool] | None = (
            (lambda r: r.event.kind.value == kind) if kind else None)
        self.model.set_filter(self.search.text(), predicate)
        current = self._current_id()
        if current:
            self.select(current)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def row_of(self, event_id: int) -> int:
        for row, record in enumerate(self.model.records()):
            if record.event.id == event_id:
                return row
        return -1

    def select(self, event_id: int) -> int:
        """Select the event's row (if shown) without announcing it; return the row or -1."""
        row = self.row_of(event_id)
        if row < 0:
            return row
        self._selecting = True
        try:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        finally:
            self._selecting = False
        return row

    def _on_row_changed(self, current: Any, _previous: Any) -> None:
        if self._selecting or not current.isValid():
            return
        self.chosen.emit(self.model.record(current.row()).event)
