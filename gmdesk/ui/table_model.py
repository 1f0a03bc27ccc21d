"""A table model over a list of records that filters and sorts in Python, fast at 100,000 rows.

QSortFilterProxyModel calls back into Python for every comparison and took seconds to sort
a large table; here filtering is one pass over precomputed search text and sorting one
list.sort on precomputed keys.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: its header, how to show a record, and how to sort it."""

    header: str
    text: Callable[[R], Any]
    sort_key: Callable[[R], Any] | None = None
    align_right: bool = False
    tooltip: Callable[[R], str] | None = None


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows are records (dataclasses); columns are Column definitions."""

    def __init__(self, columns: Sequence[Column[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._all: list[R] = []
        self._texts: list[list[str]] = []
        self._search: list[str] = []
        self._shown: list[int] = []
        self._filter = ""
        self._predicate: Callable[[R], bool] | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._keys: dict[int, list[Any]] = {}  # sort keys per column, in record order
        self.highlight: Callable[[R], str | None] | None = None  # returns a colour name

    # --- data in -------------------------------------------------------------
    def set_records(self, records: Sequence[R]) -> None:
        """Replace every record; keep the current filter and sort."""
        self.beginResetModel()
        self._all = list(records)
        self._texts = [[_as_text(c.text(r)) for c in self.columns] for r in self._all]
        self._search = ["\t".join(t).lower() for t in self._texts]
        self._keys.clear()
        self._apply()
        self.endResetModel()

    def records(self) -> list[R]:
        """Return the records shown, in the order shown."""
        return [self._all[i] for i in self._shown]

    def record(self, row: int) -> R:
        return self._all[self._shown[row]]

    def all_records(self) -> list[R]:
        return list(self._all)

    def sample_texts(self, column: int, rows: int) -> list[str]:
        """The texts of `column` in the first `rows` rows shown (widgets.tables.fit_to_sample)."""
        texts = self._texts
        return [texts[i][column] for i in self._shown[:rows]]

    # --- filter and sort -------------------------------------------------------
    def set_filter(self, text: str, predicate: Callable[[R], bool] | None = None) -> None:
        """Show only records whose text contains every word of `text` (and pass `predicate`)."""
        self.beginResetModel()
        self._filter = text.strip().lower()
        self._predicate = predicate
        self._apply()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_shown()  # the filter has not changed: only the order does
        self.layoutChanged.emit()

    def _apply(self) -> None:
        # Comprehensions with no Python call per row: 100,000 rows filter in a few ms.
        words = self._filter.split()
        search = self._search
        if not words:
            shown = list(range(len(search)))
        elif len(words) == 1:
            word = words[0]
            shown = [i for i, text in enumerate(search) if word in text]
        else:
            shown = [i for i, text in enumerate(search) if all(w in text for w in words)]
        if self._predicate is not None:
            keep, rows = self._predicate, self._all
            shown = [i for i in shown if keep(rows[i])]
        self._shown = shown
        self._sort_shown()

    def _sort_shown(self) -> None:
        if self._sort is None:
            return
        column, order = self._sort
        keys = self._keys.get(column)
        if keys is None:
            # One key per record, computed once per column until the records change.
            key_of = self.columns[column].sort_key
            keys = ([_sortable(key_of(r)) for r in self._all] if key_of is not None
                    else [t[column] for t in self._texts])
            self._keys[column] = keys
        self._shown.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)

    # --- Qt model interface ------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks about ten roles of every cell it paints: the text first, the rest
        # answered without a lookup of Qt's enums.
        if role == _DISPLAY:
            if not index.isValid():
                return None
            return self._texts[self._shown[index.row()]][index.column()]
        if role not in _ANSWERED or not index.isValid():
            return None
        if role == _ALIGN:
            return _RIGHT if self.columns[index.column()].align_right else None
        if role == _TOOLTIP:
            tip = self.columns[index.column()].tooltip
            return tip(self._all[self._shown[index.row()]]) if tip is not None else None
        if self.highlight is not None:  # the background
            colour = self.highlight(self._all[self._shown[index.row()]])
            return _brush(colour) if colour else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None


_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ANSWERED = frozenset({_ALIGN, _TOOLTIP, int(Qt.ItemDataRole.BackgroundRole.value)})
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
_BRUSHES: dict[str, QBrush] = {}


def _brush(colour: str) -> QBrush:
    """One brush per colour name (a highlight is asked for every cell of every paint)."""
    brush = _BRUSHES.get(colour)
    if brush is None:
        brush = _BRUSHES[colour] = QBrush(QColor(colour))
    return brush


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _sortable(value: Any) -> Any:
    # None sorts first; mixed types are compared as (type rank, value).
    if value is None:
        return (0, 0)
    if isinstance(value, int | float):
        return (1, value)
    return (2, str(value))
