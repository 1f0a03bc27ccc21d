"""Tables: an editable rows model, a drop-down delegate, one view set-up with column policies,
and the hint an empty table shows."""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFontMetricsF, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex


class Fit(enum.Enum):
    """How a column takes its width.

    CONTENT: as wide as its longest text (short columns: state, dates, counts, titles that must
    never be cut off). STRETCH: takes the room left (long free text). FIXED: a set width the clerk
    may drag (free text in big tables, where measuring every row would be slow).
    """

    CONTENT = "content"
    STRETCH = "stretch"
    FIXED = "fixed"


class ElideTipDelegate(QStyledItemDelegate):
    """Cells elide text that does not fit and show the whole text as a tooltip (a capped
    column such as 角色 keeps the columns after it in view without hiding anything)."""

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
                  index: Index) -> bool:
        if event.type() == QEvent.Type.ToolTip and not index.data(Qt.ItemDataRole.ToolTipRole):
            text = index.data(Qt.ItemDataRole.DisplayRole)
            if text is not None and str(text):
                needed = option.fontMetrics.horizontalAdvance(str(text)) + 8
                if needed > option.rect.width():
                    QToolTip.showText(event.globalPos(), str(text), view)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().helpEvent(event, view, option, index)


def set_up_table(view: QTableView, model: QAbstractItemModel,
                 policies: Sequence[Fit | int] = (), editable: bool = False,
                 sortable: bool = False) -> QTableView:
    """Give `view` the one look every table has: whole rows selected, no row numbers,
    Tab leaving the table; columns sized by `policies` (a Fit, or a fixed width in pixels).

    Columns without a policy fit their contents; the last column stretches. CONTENT columns
    are measured from a sample of rows each time the rows change (`ContentFit`), never on
    every row of a big table. A width in pixels caps a column of long text (the clerk may
    drag it wider; a cut cell shows its whole text as a tooltip).
    """
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    view.setItemDelegate(ElideTipDelegate(view))
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setSortingEnabled(sortable)
    if not editable:
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setResizeContentsPrecision(200)  # measure a sample of rows, not 100,000
    content = []
    for column in range(model.columnCount()):
        policy = policies[column] if column < len(policies) else Fit.CONTENT
        if isinstance(policy, int):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, policy)
        elif policy is Fit.STRETCH:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        elif policy is Fit.FIXED:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            content.append(column)
    if content:
        ContentFit(view, content)
    return view


class ContentFit(QObject):
    """Keep some columns of a view as wide as their texts, as ResizeToContents does, measured
    once each time the rows or headers change (fit_to_sample). Qt's own mode asks the delegate
    for every cell's size on every layout pass: most of a page's first visit went there."""

    def __init__(self, view: QTableView, columns: Sequence[int]) -> None:
        super().__init__(view)
        self.view, self.columns = view, list(columns)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                       model.rowsRemoved, model.dataChanged, model.headerDataChanged):
            signal.connect(self.fit)
        self.fit()

    def fit(self, *_args: object) -> None:
        fit_to_sample(self.view, columns=self.columns)


def fit_to_sample(view: QTableView, rows: int = 200,
                  columns: Sequence[int] | None = None) -> None:
    """Size each column to its header and the widest text of the first `rows` rows, measured
    with the view's font: what resizeColumnsToContents gives for plain text, without asking
    the delegate for every cell's size hint (a first visit stays quick on a big table).
    `columns`: only these (default: every column)."""
    model = view.model()
    if model is None:
        return
    metrics, header = QFontMetricsF(view.font()), view.horizontalHeader()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
                  + 1) + 1  # the delegate's text margins and the grid line
    count = min(model.rowCount(), rows)
    # a model that keeps its texts (RecordTableModel) gives the sample without a call per cell
    sample = getattr(model, "sample_texts", None)
    for column in range(model.columnCount()) if columns is None else columns:
        if column >= model.columnCount() or view.isColumnHidden(column):
            continue
        width = header.sectionSizeHint(column)  # the title (and room for the sort arrow)
        if sample is not None:
            texts = set(sample(column, count))
        else:
            texts = {str(text) for row in range(count)
                     if (text := model.index(row, column).data(Qt.ItemDataRole.DisplayRole))
                     is not None}
        lines = {line for text in texts for line in text.split("\n")}  # each text measured once
        if lines:
            width = max(width, math.ceil(max(map(metrics.horizontalAdvance, lines))) + margin)
        header.resizeSection(column, width)


class EmptyHint(QLabel):
    """A grey sentence across an empty table: how to fill it, or why nothing is shown."""

    def __init__(self, view: QTableView, text: Callable[[], str]) -> None:
        super().__init__(view.viewport())
        self.view, self.text_for = view, text
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet("color:#666; padding:12px")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):
            signal.connect(self.refresh)
        view.viewport().installEventFilter(self)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.resize(self.view.viewport().size())
        return False

    def refresh(self, *_args: object) -> None:
        empty = self.view.model().rowCount() == 0
        if empty:
            self.setText(self.text_for())
            self.resize(self.view.viewport().size())
        self.setVisible(empty)


def table(model: QAbstractItemModel, policies: Sequence[Fit | int] = (),
          editable: bool = False, sortable: bool = False) -> QTableView:
    """Return a new view over `model` set up by `set_up_table`."""
    return set_up_table(QTableView(), model, policies, editable, sortable)


@dataclass(frozen=True)
class EditColumn:
    """A column of an editable table: how to show a row, and how to write an edit back."""

    header: str
    get: Callable[[Any], str]
    set: Callable[[Any, str], None] | None = None
    choices: Sequence[tuple[str, str]] = ()  # (label, value) for a drop-down


def set_attr(name: str) -> Callable[[Any, str], None]:
    """Return a setter writing the edited text into the row's attribute `name`."""
    def write(row: Any, value: str) -> None:
        setattr(row, name, value)
    return write


class RowsModel(QAbstractTableModel):
    """An editable table over a list of mutable rows (one dataclass each)."""

    def __init__(self, columns: Sequence[EditColumn], on_edit: Callable[[], None],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self.on_edit = on_edit
        self.readonly = False

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row_changed(self, row: int) -> None:
        """Repaint one row after its object was changed in place."""
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        column = self.columns[index.column()]
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = column.get(row)
            if column.choices and role == Qt.ItemDataRole.DisplayRole:
                return next((label for label, v in column.choices if v == value), value)
            return value
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.readonly:
            return False
        column = self.columns[index.column()]
        if column.set is None:
            return False
        column.set(self.rows[index.row()], str(value))
        self.row_changed(index.row())
        self.on_edit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].set is not None and not self.readonly:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header if 0 <= section < len(self.columns) else None
        return str(section + 1)


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down editor for a column with choices (出席狀態, 列管建議)."""

    def __init__(self, choices: Sequence[tuple[str, str]], parent: Any = None) -> None:
        super().__init__(parent)
        self.choices = list(choices)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        for label, value in self.choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
