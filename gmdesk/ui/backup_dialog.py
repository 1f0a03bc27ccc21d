"""備份與還原: the office's backups with their dates and record counts; back up, restore, move."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gmdesk.domain.rocdate import format_short
from gmdesk.services.safety import BACKUP_COUNTED, BackupError, BackupInfo
from gmdesk.ui.table_model import Column, RecordTableModel

REASON_LABELS = {"auto": QT_TRANSLATE_NOOP("BackupDialog", "自動（開啟時）"),
                 "close": QT_TRANSLATE_NOOP("BackupDialog", "自動（關閉時）"),
                 "manual": QT_TRANSLATE_NOOP("BackupDialog", "手動"),
                 "restore": QT_TRANSLATE_NOOP("BackupDialog", "還原前"),
                 "migration": QT_TRANSLATE_NOOP("BackupDialog", "更新格式前"),
                 "import": QT_TRANSLATE_NOOP("BackupDialog", "匯入前")}
# The record counts' names (storage.backup.COUNTED) for pyside6-lupdate.
COUNTED_NAMES = (QT_TRANSLATE_NOOP("BackupDialog", "人員"), QT_TRANSLATE_NOOP("BackupDialog", "會議"),
                 QT_TRANSLATE_NOOP("BackupDialog", "培力紀錄"),
                 QT_TRANSLATE_NOOP("BackupDialog", "活動"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupDialog", text)


class BackupService(Protocol):
    """What the dialog needs; gmdesk.services.safety.Session provides it."""

    def folder(self) -> Path: ...
    def list_backups(self) -> list[BackupInfo]: ...
    def backup_now(self) -> BackupInfo: ...
    def restore(self, backup: BackupInfo) -> None: ...
    def change_folder(self, folder: Path) -> None: ...


def when_text(info: BackupInfo) -> str:
    return f"{format_short(info.taken_at.date())} {info.taken_at:%H:%M}"


def _count(table: str) -> Callable[[BackupInfo], object]:
    def text(info: BackupInfo) -> object:
        return info.counts.get(table, 0) if info.counts else QCoreApplication.translate("BackupDialog", "無法讀取")
    return text


def _columns() -> list[Column[BackupInfo]]:
    columns: list[Column[BackupInfo]] = [
        Column(QCoreApplication.translate("BackupDialog", "備份時間"), when_text, lambda b: b.taken_at),
        Column(QCoreApplication.translate("BackupDialog", "原因"), lambda b: _tr(str(REASON_LABELS[b.reason])) if b.reason in REASON_LABELS
               else b.reason),
    ]
    for table, label in BACKUP_COUNTED.items():
        columns.append(Column(_tr(label), _count(table), align_right=True))
    columns.append(Column(QCoreApplication.translate("BackupDialog", "大小"), lambda b: f"{b.size / 1024 / 1024:.1f} MB", lambda b: b.size,
                          align_right=True))
    return columns


class BackupDialog(QDialog):
    """List the backups of one office file; back up now, restore the chosen one, change folder."""

    restored = Signal()  # the office file was replaced: reload everything from session.db

    def __init__(self, db_path: Path, service: BackupService, parent: QWidget | None = None, *,
                 confirm: Callable[[str], bool] | None = None,
                 choose_folder: Callable[[Path], Path | None] | None = None,
                 readonly: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("備份與還原"))
        self.db_path = db_path
        self.service = service
        self._confirm = confirm or self._ask
        self._choose_folder = choose_folder or self._pick_folder
        intro = QLabel(self.tr(
            "gmdesk 每天開啟時、關閉時、匯入及更新格式前都會自動備份，保留最近 14 天、8 週與 12 個月的備份。"
            "還原時會先把目前的資料另存一份備份，不會遺失。"))
        intro.setWordWrap(True)
        self.file_label = QLabel()
        self.folder_label = QLabel()
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model: RecordTableModel[BackupInfo] = RecordTableModel(_columns(), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.backup_button = QPushButton(self.tr("立即備份"))
        self.restore_button = QPushButton(self.tr("還原所選備份"))
        self.folder_button = QPushButton(self.tr("變更備份資料夾"))
        close = QPushButton(self.tr("關閉"))
        for button in (self.backup_button, self.restore_button, self.folder_button):
            button.setEnabled(not readonly)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button.clicked.connect(self.change_folder)
        close.clicked.connect(self.accept)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._readonly = readonly

        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.file_label)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(820, 460)
        self.reload()

    # --- state ---------------------------------------------------------------
    def reload(self) -> None:
        """Read the backup folder again."""
        self.file_label.setText(self.tr("資料檔：%1").replace("%1", str(self.db_path)))
        self.folder_label.setText(self.tr("備份資料夾：%1").replace("%1", str(self.service.folder())))
        try:
            backups = self.service.list_backups()
        except OSError as exc:
            backups = []
            self.status.setText(self.tr("無法讀取備份資料夾：%1").replace("%1", str(exc)))
        self.model.set_records(backups)
        if not backups:
            self.status.setText(self.tr("還沒有任何備份。請按「立即備份」。"))
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self, *_: Any) -> None:
        self.restore_button.setEnabled(not self._readonly and self.selected() is not None)

    # --- actions ---------------------------------------------------------------
    def backup_now(self) -> None:
        try:
            info = self.service.backup_now()
        except BackupError as exc:
            self._fail(str(exc))
            return
        self.reload()
        self.status.setText(self.tr("已備份（%1，共 %2 筆資料，檢查通過）。")
                            .replace("%1", when_text(info)).replace("%2", str(info.total)))

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        question = (self.tr("要把資料還原成 %1 的備份嗎？\n\n目前的資料會先另存一份備份，之後仍可再還原回來。")
                    .replace("%1", when_text(chosen)))
        if not self._confirm(question):
            return
        try:
            self.service.restore(chosen)
        except BackupError as exc:
            self._fail(str(exc))
            return
        self.reload()
        self.status.setText(self.tr("已還原 %1 的備份。").replace("%1", when_text(chosen)))
        self.restored.emit()

    def change_folder(self) -> None:
        folder = self._choose_folder(self.service.folder())
        if folder is None:
            return
        try:
            self.service.change_folder(folder)
        except BackupError as exc:
            self._fail(str(exc))
            return
        self.reload()
        self.status.setText(self.tr("之後的備份會存到「%1」。").replace("%1", str(folder)))

    def _fail(self, message: str) -> None:
        self.status.setText(message)
        QMessageBox.warning(self, self.tr("備份與還原"), message)

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("還原備份"), question)
        return answer == QMessageBox.StandardButton.Yes

    def _pick_folder(self, current: Path) -> Path | None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("選擇備份資料夾"), str(current))
        return Path(chosen) if chosen else None


def ask_recovery(message: str, offer: BackupInfo | None, parent: QWidget | None = None) -> bool:
    """Tell the clerk the file is damaged; return whether to restore the offered backup."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(box.tr("資料檔已毀損"))
    box.setText(message)
    restore = None
    if offer is not None:
        restore = box.addButton(box.tr("還原 %1 的備份").replace("%1", when_text(offer)),
                                QMessageBox.ButtonRole.AcceptRole)
    box.addButton(box.tr("取消"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return restore is not None and box.clickedButton() is restore
