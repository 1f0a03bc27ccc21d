"""資源回收筒: what was deleted in the last 90 days, restorable with one click."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gmdesk.domain.errors import InputError
from gmdesk.domain.rocdate import format_short
from gmdesk.services import safety
from gmdesk.services.safety import TrashItem
from gmdesk.ui.context import AppContext, Change
from gmdesk.ui.runner import error_message
from gmdesk.ui.table_model import Column, RecordTableModel


class TrashDialog(QDialog):
    """List deletions, newest first; 還原 puts the record and its rows back."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("資源回收筒"))
        self.resize(760, 420)
        self.model: RecordTableModel[TrashItem] = RecordTableModel([
            Column(self.tr("刪除時間"), lambda t: f"{format_short(t.deleted_at.date())} "
                   f"{t.deleted_at:%H:%M}", lambda t: t.deleted_at),
            Column(self.tr("資料"), lambda t: t.label or t.table_name),
            Column(self.tr("筆數"), lambda t: t.row_count, lambda t: t.row_count, True),
            Column(self.tr("可還原至"), lambda t: format_short(t.expires()), lambda t: t.expires()),
        ])
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setColumnWidth(1, 360)
        note = QLabel(self.tr("刪除的資料保留 90 天，期間可以還原；超過期限請從備份還原。"))
        note.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("還原所選資料(&R)"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.setEnabled(not ctx.readonly)
        close = QPushButton(self.tr("關閉"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.model.set_records(safety.list_trash(self.ctx.db))
        self.view.resizeColumnToContents(0)
        if self.model.rowCount():
            self.view.selectRow(0)

    def restore_selected(self) -> bool:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return False
        item = self.model.record(rows[0].row())
        try:
            safety.restore_from_trash(self.ctx.db, item.id, dt.datetime.now())
        except InputError as exc:
            QMessageBox.warning(self, self.tr("無法還原"), error_message(exc))
            return False
        self.ctx.changed(Change.ALL)
        self.ctx.status_message.emit(self.tr("已還原：%1").replace("%1", item.label))
        self.reload()
        return True
