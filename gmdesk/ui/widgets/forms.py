"""Form fields: ROC date edit, enum and id combos, the one error area, the save/cancel row, findings."""

from __future__ import annotations

import datetime as dt
import enum
import html
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from gmdesk.domain.compliance import Finding, Status
from gmdesk.domain.errors import InputError
from gmdesk.domain.rocdate import DateError, format_short, parse_date
from gmdesk.domain.texts import Phrase
from gmdesk.ui import wording

STATUS_COLOURS = {Status.FAIL: "#c62828", Status.WARN: "#b26a00", Status.OK: "#2e7d32"}
STATUS_MARKS = {Status.FAIL: "✘", Status.WARN: "!", Status.OK: "✔"}


class DateEdit(QLineEdit):
    """A line edit for an ROC date (114/3/5, 1140305, 2025-03-05 …), read by the domain's parser."""

    def __init__(self, label: str, field: str, required: bool = True,
                 placeholder: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label, self.field, self.required = label, field, required
        self.setPlaceholderText(placeholder if placeholder is not None
                                else QCoreApplication.translate("Forms", "例：115/3/5"))
        self.setMaximumWidth(140)

    def set_date(self, day: dt.date | None) -> None:
        self.setText(format_short(day) if day else "")

    def date(self) -> dt.date | None:
        """Return the date typed, or raise InputError naming the field and an example."""
        return read_date(self, self.label, self.field, self.required)


def read_date(edit: QLineEdit, label: str, field: str, required: bool = True) -> dt.date | None:
    """Return the date typed in `edit`, or raise InputError naming the field."""
    text = edit.text().strip()
    if not text:
        if required:
            raise InputError(Phrase.of("date.field_empty", label=label), field)
        return None
    try:
        return parse_date(text)
    except DateError as exc:
        raise InputError(Phrase.of("date.field_invalid", label=label, error=exc.phrase), field) from None


def hinted(field: QWidget, hint: str) -> QWidget:
    """`field` with a short grey hint beside it (for a hint longer than the field's placeholder)."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(field)
    note = QLabel(hint)
    note.setStyleSheet("color:#666")
    row.addWidget(note, 1)
    return box


class ElidedLabel(QLabel):
    """One line of plain text that never widens the window: cut with … when it does not fit,
    the whole text in the tooltip (event titles, the office name, the file's path)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + 8,
                     super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                              max(self.width(), 0))
        super().setText(shown if self.width() > 0 else self._full)


def scrolling(widget: QWidget) -> QScrollArea:
    """`widget` in a frameless scroll area: a long form scrolls instead of making the window
    taller (or wider) than a 1366×768 screen, or 1920×1080 at 150 %."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


LONG_CHOICE_CHARS = 18


class ChoiceCombo(QComboBox):
    """A combo of (label, value) choices; `value()` is the chosen value, never the label.

    Values stay Python objects (enums, ids, None) compared with ==, not Qt variants.
    """

    def __init__(self, choices: Iterable[tuple[str, Any]] = (), empty: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty = empty
        self._values: list[Any] = []
        if wording.language() != "zh_TW":
            # English names run long: the longest must not widen the form (the list shows it whole)
            self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.setMinimumContentsLength(LONG_CHOICE_CHARS)
        self.set_choices(choices)

    def set_choices(self, choices: Iterable[tuple[str, Any]]) -> None:
        """Replace the choices, keeping the current value when it is still offered."""
        current = self.value()
        self.blockSignals(True)
        self.clear()
        self._values = []
        if self.empty is not None:
            self.addItem(self.empty)
            self._values.append(None)
        for label, value in choices:
            self.addItem(label)
            self._values.append(value)
        self.blockSignals(False)
        self.set_value(current)

    def values(self) -> list[Any]:
        return list(self._values)

    def value(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def set_value(self, value: Any) -> None:
        index = self._values.index(value) if value in self._values else 0
        self.setCurrentIndex(index if self._values else -1)


class EnumCombo(ChoiceCombo):
    """A combo over a labelled Enum, each member named in the window's language."""

    def __init__(self, kind: type[enum.Enum],
                 members: Sequence[enum.Enum] | None = None, empty: str | None = None,
                 parent: QWidget | None = None) -> None:
        self.kind = kind
        chosen = list(members) if members is not None else list(kind)
        super().__init__([(wording.label(m), m) for m in chosen],
                         empty=empty, parent=parent)


def unit_combo(units: dict[Any, str], empty: str) -> ChoiceCombo:
    """A combo of the office's units (id → name, in the office's order), `empty` for none."""
    return ChoiceCombo(((name, uid) for uid, name in units.items()), empty=empty)


REQUIRED_MARK = " *"


def required(label: str, field: QWidget) -> str:
    """Mark `field` as one that must be filled; return its label with the mark: 「姓名(&A) *」.

    The one way a form says a field is required: the mark in the label, the field's
    accessible description, and `field_is_valid` treating it as required.
    """
    field.setProperty("required", True)
    must = QCoreApplication.translate("Forms", "必填")
    field.setAccessibleDescription(must)
    field.setToolTip(field.toolTip() or must)
    return label + REQUIRED_MARK


def field_is_valid(field: QWidget) -> bool:
    """Whether `field` is now right as far as the form can tell: a date that parses, a
    required field filled. Any other field cannot tell (its rule is the service's): False,
    so a message about it stays until the next save."""
    if isinstance(field, DateEdit):
        try:
            field.date()
        except InputError:
            return False
        return True
    if not field.property("required"):
        return False
    if isinstance(field, QLineEdit):
        return bool(field.text().strip())
    if isinstance(field, (QPlainTextEdit, QTextEdit)):
        return bool(field.toPlainText().strip())
    if isinstance(field, QComboBox):
        return bool(field.currentText().strip())
    return False


def _edited_signal(field: QWidget) -> Any:
    if isinstance(field, (QLineEdit, QPlainTextEdit, QTextEdit)):
        return field.textChanged
    if isinstance(field, QComboBox):
        return field.currentIndexChanged
    if isinstance(field, (QSpinBox, QDoubleSpinBox)):
        return field.valueChanged
    if isinstance(field, QAbstractButton):
        return field.toggled
    return None


class ErrorLabel(QLabel):
    """The one error area of a page: red, wrapped, cleared once the field it names is right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error")
        self.setStyleSheet("color:#c62828;font-weight:bold")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._field: QWidget | None = None
        self._watched: set[int] = set()

    def show_error(self, text: str, field: QWidget | None = None) -> None:
        """Say what is wrong; with `field`, the message goes as soon as that field is valid
        (a date that parses, a required field filled) — it does not wait for the next save."""
        self.setText(text)
        self._field = field
        signal = _edited_signal(field) if field is not None else None
        if field is not None and signal is not None and id(field) not in self._watched:
            self._watched.add(id(field))
            signal.connect(lambda *_args, f=field: self._field_edited(f))

    def _field_edited(self, field: QWidget) -> None:
        if field is self._field and self.text() and field_is_valid(field):
            self.clear()

    def clear(self) -> None:
        self._field = None
        super().clear()


class HidingErrorLabel(ErrorLabel):
    """An ErrorLabel that takes no room while there is nothing to say (forms and dialogs
    where an empty line would push the fields down)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hide()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.hide()


class SaveCancelRow(QWidget):
    """儲存 and 放棄修改 at the foot of an editor; both disabled in read-only mode."""

    save = Signal()
    cancel = Signal()

    def __init__(self, save_text: str, cancel_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.save_button = QPushButton(save_text)
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(cancel_text)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.cancel_button)
        self.layout_.addWidget(self.save_button)

    def set_readonly(self, readonly: bool) -> None:
        self.save_button.setEnabled(not readonly)
        self.cancel_button.setEnabled(not readonly)

    @classmethod
    def for_dialog(cls, dialog: QDialog, save: Callable[[], object], save_text: str,
                   cancel_text: str) -> SaveCancelRow:
        """The row at the foot of an editing dialog: 儲存 runs `save`, 取消 rejects."""
        row = cls(save_text, cancel_text, dialog)
        row.save.connect(save)
        row.cancel.connect(dialog.reject)
        return row


def findings_html(findings: Sequence[Finding], ok_text: str) -> str:
    """Return findings as a coloured list (✘ fail, ! warn, ✔ ok) for a QLabel."""
    if not findings:
        return f"<span style='color:{STATUS_COLOURS[Status.OK]}'>✔ {html.escape(ok_text)}</span>"
    return "<br/>".join(
        f"<span style='color:{STATUS_COLOURS[f.status]}'>{STATUS_MARKS[f.status]} "
        f"{html.escape(wording.say(f))}</span>" for f in findings)


class FindingsView(QLabel):
    """Findings of a rule check, coloured by status, wrapped."""

    def __init__(self, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ok_text = ok_text
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    def show_findings(self, findings: Sequence[Finding]) -> None:
        self.setText(findings_html(findings, self.ok_text))
