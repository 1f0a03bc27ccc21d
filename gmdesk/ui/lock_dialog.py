"""Tell the clerk who has the office file open, and offer a read-only view."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from gmdesk.domain.rocdate import format_short
from gmdesk.services.safety import LockInfo

READONLY, CLEAR, CANCEL = "readonly", "clear", "cancel"


class LockDialog(QMessageBox):
    """Who holds the file (user, PC, since when); 唯讀開啟, 清除鎖定 (stale only), 取消."""

    def __init__(self, db_path: Path, holder: LockInfo | None, stale: bool,
                 parent: QWidget | None = None, *,
                 confirm: Callable[[str], bool] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("資料檔使用中"))
        self.setIcon(QMessageBox.Icon.Warning)
        self.choice = CANCEL
        self._confirm = confirm or self._ask
        if holder is not None and holder.user:
            since = f"{format_short(holder.since.date())} {holder.since:%H:%M}"
            who = (self.tr("使用者：%1\n電腦：%2\n開啟時間：%3")
                   .replace("%1", holder.user).replace("%2", holder.host).replace("%3", since))
        else:
            who = self.tr("無法得知是誰開啟（鎖定檔內容不完整）。")
        self.setText(self.tr("「%1」正由另一個 gmdesk 使用中。").replace("%1", db_path.name))
        if stale:
            detail = self.tr("這個鎖定看來已失效：開啟它的程式已經結束，或很久沒有動靜"
                             "（例如電腦當機）。確認沒有人在使用後，可以清除鎖定再開啟。")
        else:
            detail = self.tr("同一時間只能有一個人修改資料。您可以先以唯讀方式查看、列印，"
                             "或請對方關閉 gmdesk 後再開啟。")
        self.setInformativeText(f"{who}\n\n{detail}")
        self.readonly_button: QPushButton = self.addButton(self.tr("唯讀開啟"),
                                                           QMessageBox.ButtonRole.AcceptRole)
        self.clear_button: QPushButton | None = None
        if stale:
            self.clear_button = self.addButton(self.tr("清除鎖定"),
                                               QMessageBox.ButtonRole.DestructiveRole)
        self.cancel_button: QPushButton = self.addButton(self.tr("取消"),
                                                         QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.readonly_button)
        self.setEscapeButton(self.cancel_button)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: object) -> None:
        if button is self.readonly_button:
            self.choice = READONLY
        elif self.clear_button is not None and button is self.clear_button:
            question = self.tr("確定沒有其他人正在使用這個資料檔嗎？\n"
                               "若對方其實還在使用，清除鎖定可能讓兩人的修改互相覆蓋。")
            self.choice = CLEAR if self._confirm(question) else CANCEL
        else:
            self.choice = CANCEL

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("清除鎖定"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


def ask_lock(db_path: Path, holder: LockInfo | None, stale: bool,
             parent: QWidget | None = None) -> str:
    """Show the lock dialog; return READONLY, CLEAR (confirmed) or CANCEL."""
    dialog = LockDialog(db_path, holder, stale, parent)
    dialog.exec()
    return dialog.choice
