"""What the four duty pages share: the duty's findings on top, a list on the left, a scrolling
form on the right, 新增／刪除／儲存／預覽 — an EditorPage, nothing more."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gmdesk.domain.compliance import Duty
from gmdesk.domain.errors import InputError
from gmdesk.services import check, output
from gmdesk.ui.context import AppContext, Change
from gmdesk.ui.editor import EditorPage
from gmdesk.ui.pdf_preview import preview_file, show_pdf
from gmdesk.ui.runner import error_message
from gmdesk.ui.table_model import Column, RecordTableModel
from gmdesk.ui.widgets.forms import DateEdit, FindingsView, HidingErrorLabel
from gmdesk.ui.widgets.tables import EmptyHint, Fit, table


def text_box(lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(22 * lines + 12)
    return box


class DutyPage(EditorPage):
    """A duty's records of the year; subclasses give the columns, the form and the service calls."""

    writes = Change.DUTIES
    duty: Duty = Duty.IMPACT

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.error = HidingErrorLabel()
        self.fields: dict[str, QWidget] = {}
        self._has_draft = False
        self.model: RecordTableModel[Any] = RecordTableModel(self.columns())
        self._build()
        ctx.year_changed.connect(ctx.when_shown(self, lambda _year: self.reload()))
        ctx.listen(Change.DUTIES | Change.OFFICE | Change.MEETINGS, lambda _what: self.reload())
        self.reload()
        self.present(None, None)

    # --- hooks --------------------------------------------------------------------------------
    def columns(self) -> list[Column[Any]]:
        raise NotImplementedError

    def records(self) -> Sequence[Any]:
        """The list's records for the year in view."""
        raise NotImplementedError

    def build_form(self, form: QFormLayout) -> None:
        raise NotImplementedError

    def list_header(self) -> QWidget | None:
        """A widget above the list (a budget year chooser), or None."""
        return None

    def list_footer(self) -> QWidget | None:
        """A widget below the list's buttons (the budget table's filing), or None."""
        return None

    def empty_text(self) -> str:
        """The grey sentence across the list when the year has no record yet."""
        return self.tr("本年度尚無資料：按「新增」登錄第一筆。")

    def hint_text(self) -> str:
        """What stands in the form's place while no record is chosen."""
        return self.tr("請從左側清單選取一筆來檢視或修改，\n或按「新增」登錄新的一筆。")

    def record_id_of(self, record: Any) -> int:
        return int(record.id)

    def label_of(self, record: Any) -> str:
        return str(getattr(record, "title", getattr(record, "name", "")))

    def delete(self, record_id: int, now: dt.datetime) -> None:
        raise NotImplementedError

    def print_record(self, record_id: int) -> tuple[str, Callable[[Path], Path]] | None:
        """The file name and writer of the record's print (None: nothing to print)."""
        return None

    def year_print(self) -> tuple[str, str, Callable[[Path], Path]] | None:
        """The button text, file name and writer of the year's list (None: no such button)."""
        return None

    # --- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.findings = FindingsView(self.tr("本項工作目前無待改善事項"))
        outer.addWidget(self.findings)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        header = self.list_header()
        if header is not None:
            column.addWidget(header)
        self.table: QTableView = table(self.model, [Fit.STRETCH])
        self.empty_hint = EmptyHint(self.table, self.empty_text)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self._chosen(current.row()))
        column.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("新增(&N)"))
        self.new_button.clicked.connect(self.new_record)
        self.delete_button = QPushButton(self.tr("刪除"))
        self.delete_button.clicked.connect(self.delete_current)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.year_button: QPushButton | None = None
        year_print = self.year_print()
        if year_print is not None:
            self.year_button = QPushButton(year_print[0])
            self.year_button.clicked.connect(self.preview_year)
            buttons.addWidget(self.year_button)
        column.addLayout(buttons)
        footer = self.list_footer()
        if footer is not None:
            column.addWidget(footer)
        splitter.addWidget(left)
        panel = QWidget()
        right = QVBoxLayout(panel)
        right.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        top.addWidget(self.heading, 1)
        self.save_button = QPushButton(self.tr("儲存(&S)"))
        self.save_button.setToolTip(self.tr("儲存（Ctrl+S）"))
        self.save_button.clicked.connect(self.save)
        top.addWidget(self.save_button)
        self.print_button = QPushButton(self.tr("預覽列印"))
        self.print_button.setToolTip(self.tr("預覽、列印（Ctrl+P）"))
        self.print_button.clicked.connect(self.print_current)
        top.addWidget(self.print_button)
        right.addLayout(top)
        right.addWidget(self.error)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_widget = QWidget()
        form = QFormLayout(self.form_widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.build_form(form)
        scroll.setWidget(self.form_widget)
        # With nothing chosen, a hint instead of a grey, disabled form.
        self.hint = QLabel(self.hint_text())
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:#555;font-size:12pt")
        self.editor_stack = QStackedWidget()
        self.editor_stack.addWidget(self.hint)
        self.editor_stack.addWidget(scroll)
        right.addWidget(self.editor_stack, 1)
        splitter.addWidget(panel)
        # Half and half: the list's titles are what the clerk scans; the form fits in half.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([520, 520])
        outer.addWidget(splitter, 1)

    # --- field helpers ------------------------------------------------------------------------
    def add(self, form: QFormLayout, label: str, field: str, widget: QWidget) -> QWidget:
        """Add a watched field to the form under `label`; `field` names it for InputError."""
        self.fields[field] = widget
        if isinstance(widget, DateEdit):
            widget.textChanged.connect(self.mark_dirty)
        elif not isinstance(widget, QLabel):
            self.watch(widget)
        form.addRow(label, widget)
        return widget

    def line(self, form: QFormLayout, label: str, field: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        self.add(form, label, field, edit)
        return edit

    def box(self, form: QFormLayout, label: str, field: str, lines: int = 3) -> QPlainTextEdit:
        edit = text_box(lines)
        self.add(form, label, field, edit)
        return edit

    def date(self, form: QFormLayout, label: str, field: str, required: bool = False) -> DateEdit:
        edit = DateEdit(label, field, required)
        self.add(form, label, field, edit)
        return edit

    def check(self, form: QFormLayout, label: str, field: str) -> QCheckBox:
        box = QCheckBox(label)
        self.fields[field] = box
        self.watch(box)
        form.addRow("", box)
        return box

    # --- list ---------------------------------------------------------------------------------
    def reload(self) -> None:
        keep = self.record_id
        self.model.set_records(list(self.records()))
        result = check.check_duty(self.ctx.db, self.duty, self.ctx.year, self.ctx.today())
        self.findings.show_findings(list(result.findings))
        if keep is not None:
            self.select(keep)
        self._enable()

    def select(self, record_id: int) -> None:
        for row, record in enumerate(self.model.records()):
            if self.record_id_of(record) == record_id:
                self.table.blockSignals(True)
                self.table.selectRow(row)
                self.table.blockSignals(False)
                return

    def _chosen(self, row: int) -> None:
        if row < 0:
            return
        record_id = self.record_id_of(self.model.record(row))
        if record_id == self.record_id:
            return
        if not self.confirm_leave():
            if self.record_id is not None:
                self.select(self.record_id)
            return
        self.open_record(record_id)

    def focus_record(self, record: str) -> None:
        if record.strip().isdigit():
            self.reload()
            self.select(int(record))
            if self.confirm_leave():
                try:
                    self.open_record(int(record))
                except InputError:
                    return

    # --- EditorPage -----------------------------------------------------------------------------
    def present(self, draft: Any, record_id: Any) -> None:
        """Show a record (None: nothing chosen, a hint in the form's place), clean."""
        self._has_draft = draft is not None
        super().present(draft, record_id)
        self.editor_stack.setCurrentIndex(1 if self._has_draft else 0)
        if draft is None:
            self.heading.setText("")  # the hint in the form's place says what to do
            self.table.selectionModel().clear()
        elif record_id is None:
            self.heading.setText(self.tr("新增"))
        else:
            self.heading.setText(self.label_of(draft))
        self._enable()

    def after_save(self) -> None:
        self.reload()
        if self.record_id is not None:
            self.select(self.record_id)
            self.heading.setText(self.label_of(self.load_draft(self.record_id)))
        self._enable()
        self.ctx.status_message.emit(self.tr("已儲存"))

    def show_field(self, field: str) -> None:
        widget = self.fields.get(field)
        if widget is not None:
            widget.setFocus()

    def save(self) -> bool:
        if not self.form_widget.isEnabled():
            return False
        return super().save()

    def _editing(self) -> bool:
        return self._has_draft and not self.ctx.readonly

    def _enable(self) -> None:
        editing = self._editing()
        self.form_widget.setEnabled(editing)
        self.save_button.setEnabled(editing)
        saved = self.record_id is not None
        self.print_button.setEnabled(saved and self.print_record(int(self.record_id)) is not None
                                     if saved else False)
        self.delete_button.setEnabled(saved and not self.ctx.readonly)
        self.new_button.setEnabled(not self.ctx.readonly)

    def delete_current(self) -> None:
        if self.record_id is None or self.ctx.readonly:
            return
        label = self.heading.text()
        if not self._confirm(self.tr("刪除"), self.tr("確定刪除「%1」？可從資源回收筒還原。").replace("%1", label)):
            return
        try:
            self.delete(int(self.record_id), dt.datetime.combine(self.ctx.today(), dt.datetime.now().time()))
        except InputError as exc:
            self._warn(self.tr("無法刪除"), error_message(exc))
            return
        self.present(None, None)
        self.ctx.changed(self.writes)
        self.reload()

    def _confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    # --- printing -------------------------------------------------------------------------------
    def print_current(self) -> None:
        if self.record_id is None or not self.ask_save_first() or self.record_id is None:
            return
        made = self.print_record(int(self.record_id))
        if made is not None:
            self._show(made[0], made[1])

    def preview_year(self) -> None:
        made = self.year_print()
        if made is not None:
            self._show(made[1], made[2])

    def _show(self, name: str, write: Callable[[Path], Path]) -> Path | None:
        try:
            out = write(preview_file(name))
        except InputError as exc:
            self._warn(self.tr("無法輸出"), error_message(exc))
            return None
        show_pdf(self, out, name.removesuffix(".pdf"), output.output_dir(self.ctx.db))
        return out
