"""The list-and-editor page base: load / blank / draft / save, the dirty flag, one question.

A page that edits records (a meeting, an event, a member) subclasses `EditorPage` and fills in
five hooks: `load_draft(id)`, `blank_draft()`, `show_draft(draft)`, `draft()` and
`write(draft, id)`. The base keeps the dirty flag, asks 儲存／放棄／取消 before an unsaved edit
would be replaced (another record, another year, another page, closing the window), turns
read-only mode on, gives every page Ctrl+N / Ctrl+S / Ctrl+P / Ctrl+F, and shows errors in one
place next to the form.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShortcut
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

from gmdesk.domain.errors import InputError
from gmdesk.ui.context import AppContext, Change
from gmdesk.ui.runner import error_message
from gmdesk.ui.widgets.forms import ErrorLabel


class Answer(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget, noun: str) -> Answer:
    """The one 儲存／放棄／取消 question before edits to `noun` (「這次會議」) would be lost."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("EditorPage", "尚未儲存"),
        QCoreApplication.translate("EditorPage", "%1的修改尚未儲存，要儲存嗎？").replace("%1", noun),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
    if answer == QMessageBox.StandardButton.Save:
        return Answer.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Answer.DISCARD
    return Answer.CANCEL


class EditorPage(QWidget):
    """A page with a list of records and an editor for one of them."""

    writes: Change = Change(0)  # what a save changes (announced to every page)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id: Any = None
        self._dirty = False
        self._loading = False
        self.error = ErrorLabel()
        for key, slot in ((QKeySequence.StandardKey.New, self.new_record),
                          (QKeySequence.StandardKey.Save, self.save),
                          (QKeySequence.StandardKey.Print, self.print_current),
                          (QKeySequence.StandardKey.Find, self.focus_filter)):
            QShortcut(key, self, slot)

    # --- hooks a page fills in --------------------------------------------------------------
    def noun(self) -> str:
        """What is edited, for the question: 「這次會議」."""
        return self.tr("這筆資料")

    def load_draft(self, record_id: Any) -> Any:
        raise NotImplementedError

    def blank_draft(self) -> Any:
        raise NotImplementedError

    def show_draft(self, draft: Any) -> None:
        raise NotImplementedError

    def draft(self) -> Any:
        """Return what the editor holds; raise InputError naming a field that cannot be read."""
        raise NotImplementedError

    def write(self, draft: Any, record_id: Any) -> Any:
        """Save `draft` (as `record_id`, None for new); return the saved record's id."""
        raise NotImplementedError

    def after_save(self) -> None:
        """Reload the list after a save (the page's own views)."""

    def field_widget(self, field: str) -> QWidget | None:
        """The widget holding `field` (an InputError's field), or None."""
        return None

    def show_field(self, field: str) -> None:
        """Bring the widget for `field` (an InputError's field) into view and focus it."""
        widget = self.field_widget(field)
        if widget is not None:
            widget.setFocus()

    def print_current(self) -> None:
        """Ctrl+P: print the record in the editor (pages that print override this)."""

    def focus_filter(self) -> None:
        """Ctrl+F: move to the list's filter (pages with a filter override this)."""

    # --- state ------------------------------------------------------------------------------
    @property
    def dirty(self) -> bool:
        return self._dirty

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Fill widgets without marking the editor dirty."""
        was = self._loading
        self._loading = True
        try:
            yield
        finally:
            self._loading = was

    def mark_dirty(self, *_args: object) -> None:
        if not self._loading and not self.ctx.readonly:
            self._dirty = True

    def watch(self, *widgets: QWidget) -> None:
        """Mark the editor dirty whenever the clerk changes one of `widgets`."""
        for widget in widgets:
            if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
                widget.textChanged.connect(self.mark_dirty)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(self.mark_dirty)
            elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
                widget.valueChanged.connect(self.mark_dirty)
            elif isinstance(widget, QAbstractButton):
                widget.toggled.connect(self.mark_dirty)
            else:
                raise TypeError(f"EditorPage cannot watch {type(widget).__name__}")

    def present(self, draft: Any, record_id: Any) -> None:
        """Show `draft` as the record `record_id` (None for a new one), clean."""
        self.record_id = record_id
        with self.loading():
            self.show_draft(draft)
        self.error.clear()
        self._dirty = False

    # --- moving between records --------------------------------------------------------------
    def open_record(self, record_id: Any) -> None:
        """Load the saved record into the editor (no question: callers ask first)."""
        self.present(self.load_draft(record_id), record_id)

    def new_record(self) -> None:
        """Start a blank record, after asking about unsaved edits."""
        if self.ctx.readonly or not self.confirm_leave():
            return
        self.present(self.blank_draft(), None)

    def revert(self) -> None:
        """Drop the edits: show the saved record again (or a blank one)."""
        if self.record_id is None:
            self.present(self.blank_draft(), None)
        else:
            self.open_record(self.record_id)

    def ask_unsaved(self) -> Answer:
        return ask_unsaved(self, self.noun())

    def confirm_leave(self) -> bool:
        """Ask 儲存／放棄／取消 when there are unsaved edits; True when it is fine to go on.

        儲存 saves (and stays when the save fails); 放棄 shows the saved record again;
        取消 keeps the edits and says no.
        """
        if not self._dirty:
            return True
        answer = self.ask_unsaved()
        if answer is Answer.SAVE:
            return self.save()
        if answer is Answer.DISCARD:
            self.revert()
            return True
        return False

    # --- saving ------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save what the editor holds, or show why not and change nothing."""
        if self.ctx.readonly:
            return False
        try:
            record_id = self.write(self.draft(), self.record_id)
        except InputError as exc:
            # the message goes once the named field is right (widgets/forms.ErrorLabel)
            self.error.show_error(error_message(exc), self.field_widget(exc.field))
            self.show_field(exc.field)
            return False
        self.error.clear()
        self.record_id = record_id
        self._dirty = False
        self.after_save()
        if self.writes:
            self.ctx.changed(self.writes)
        return True

    def ask_save_first(self) -> bool:
        """Before printing: unsaved or new records must be saved; True when saved now.

        Answering 取消 prints nothing and creates no record.
        """
        if not self._dirty and self.record_id is not None:
            return True
        if self.ctx.readonly:
            return self.record_id is not None
        answer = QMessageBox.question(
            self, self.tr("先儲存"),
            self.tr("%1尚未儲存，列印前要先儲存嗎？").replace("%1", self.noun()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        if answer != QMessageBox.StandardButton.Save:
            return False
        return self.save()
