"""The one guard for unsaved edits: every page that edits a record in place uses it.

A page gives the guard its save (returns True once saved) and its discard (reload the record
as saved); the guard tracks whether the form holds edits and asks the one question
「儲存／放棄／取消」 before anything would replace them: selecting another record, a reload
after another page wrote, switching year or page, closing the window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)


class UnsavedGuard:
    """Whether a page's form holds edits, and the question before they would be lost."""

    def __init__(self, page: QWidget, what: str, save: Callable[[], bool],
                 discard: Callable[[], None] | None = None,
                 filling: Callable[[], bool] | None = None) -> None:
        """`filling()` says the page is filling its form itself (its own loading flag)."""
        self.page = page
        self._filling = filling
        self.what = what  # e.g. 「這次會議」, 「成員資料」: named in the question
        self._save = save
        self._discard = discard
        self.dirty = False
        self._loading = 0
        self.readonly = False

    # --- tracking ---------------------------------------------------------------------------
    def mark(self, *_args: object) -> None:
        """The clerk changed something (connected to the form's edit signals)."""
        if self._loading or self.readonly or (self._filling is not None and self._filling()):
            return
        self.dirty = True

    def clean(self) -> None:
        """The form shows the record as saved (after loading, saving or discarding)."""
        self.dirty = False

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Fill the form from a record without it counting as an edit."""
        self._loading += 1
        try:
            yield
        finally:
            self._loading -= 1

    @property
    def is_loading(self) -> bool:
        return self._loading > 0

    def watch(self, *widgets: QWidget) -> None:
        """Mark the form edited whenever the clerk changes one of `widgets`."""
        for widget in widgets:
            if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
                widget.textChanged.connect(self.mark)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.mark)
            elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
                widget.valueChanged.connect(self.mark)
            elif isinstance(widget, QAbstractButton):
                widget.toggled.connect(self.mark)
            else:
                raise TypeError(f"UnsavedGuard cannot watch {type(widget).__name__}")

    # --- the question -------------------------------------------------------------------------
    def confirm_leave(self) -> bool:
        """Ask 儲存／放棄／取消 when there are edits; True when it is fine to go on."""
        if not self.dirty or self.readonly:
            return True
        answer = QMessageBox.question(
            self.page, QCoreApplication.translate("UnsavedGuard", "尚未儲存"),
            QCoreApplication.translate("UnsavedGuard", "%1的修改尚未儲存，要儲存嗎？")
            .replace("%1", self.what),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            return self._save()
        if answer == QMessageBox.StandardButton.Discard:
            self.dirty = False
            if self._discard is not None:
                self._discard()
            return True
        return False


def pages_may_leave(pages: list[QWidget]) -> bool:
    """Ask every page holding unsaved edits; False as soon as the clerk chooses 取消."""
    for page in pages:
        confirm = getattr(page, "confirm_leave", None)
        if confirm is not None and not confirm():
            return False
    return True
