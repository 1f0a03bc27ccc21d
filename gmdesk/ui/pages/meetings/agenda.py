"""The 議程 tab (report items, discussion items, motions) and the 列管追蹤 tab (follow-up)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gmdesk.domain.model import ItemKind
from gmdesk.services import meetings as service
from gmdesk.ui.context import AppContext
from gmdesk.ui.pages.meetings.rows import ItemRow, ProgressRow, setter
from gmdesk.ui.widgets.rows import ChoiceDelegate, EditColumn, RowsModel, editable_table


class AgendaTab(QWidget):
    """The agenda as a list, with the selected item's text in a form under it."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        kinds = [(self.tr(k.label), k.value) for k in ItemKind]
        self.item_model = RowsModel([
            EditColumn(self.tr("類別"), lambda r: r.kind.value, None, kinds),
            EditColumn(self.tr("案由"), lambda r: r.title),
            EditColumn(self.tr("單位"), lambda r: r.unit),
            EditColumn(self.tr("列管"), lambda r: r.followup_unit),
        ], self.edited.emit, self)
        self.item_view = editable_table(self.item_model)
        self.item_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.item_view.selectionModel().currentRowChanged.connect(lambda *_: self.show_item())
        self.item_kind = QComboBox()
        for kind_label, value in kinds:
            self.item_kind.addItem(kind_label, value)
        self.item_title = QLineEdit()
        self.item_unit = QLineEdit()
        self.item_explanation = QPlainTextEdit()
        self.item_explanation.setTabChangesFocus(True)
        self.item_explanation.setMaximumHeight(80)
        self.item_decision = QPlainTextEdit()
        self.item_decision.setTabChangesFocus(True)
        self.item_decision.setMaximumHeight(60)
        self.item_followup = QLineEdit()
        self.item_followup.setPlaceholderText(self.tr("需列管時填辦理單位，例：秘書室"))
        form = QFormLayout()
        for text, widget in (
            (self.tr("類別(&K)"), self.item_kind), (self.tr("案由(&I)"), self.item_title),
            (self.tr("提案/報告單位"), self.item_unit), (self.tr("說明"), self.item_explanation),
            (self.tr("決議/決定"), self.item_decision), (self.tr("列管辦理單位"), self.item_followup),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        buttons = QHBoxLayout()
        for text, kind in ((self.tr("新增報告事項"), ItemKind.REPORT),
                           (self.tr("新增討論事項"), ItemKind.DISCUSSION),
                           (self.tr("新增臨時動議"), ItemKind.MOTION)):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, k=kind: self._add_item(k))
            buttons.addWidget(button)
        for text, slot in ((self.tr("上移"), lambda: self._move_item(-1)),
                           (self.tr("下移"), lambda: self._move_item(1)),
                           (self.tr("刪除項目"), self._remove_item)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.item_view, 1)
        layout.addLayout(form)
        for edit in (self.item_title, self.item_unit, self.item_followup):
            edit.textEdited.connect(lambda _t: self._item_edited())
        for plain in (self.item_explanation, self.item_decision):
            plain.textChanged.connect(self._item_edited)
        self.item_kind.currentIndexChanged.connect(lambda _i: self._item_edited())

    def show_draft(self, draft: service.MeetingInput) -> None:
        self.item_model.set_rows([
            ItemRow(i.kind, i.title, i.unit, i.explanation, i.decision, i.followup_unit,
                    i.item_id) for i in draft.items])
        self.show_item()

    def read(self) -> tuple[service.ItemInput, ...]:
        return tuple(service.ItemInput(r.kind, r.title, r.unit, r.explanation, r.decision,
                                       r.followup_unit, r.item_id)
                     for r in self.item_model.rows)

    def _current_item(self) -> ItemRow | None:
        index = self.item_view.currentIndex()
        if not index.isValid() or index.row() >= len(self.item_model.rows):
            return None
        row: ItemRow = self.item_model.rows[index.row()]
        return row

    def show_item(self) -> None:
        """Show the selected item in the form (or an empty, disabled form)."""
        item = self._current_item()
        was_loading = self._loading
        self._loading = True
        for widget in (self.item_kind, self.item_title, self.item_unit, self.item_explanation,
                       self.item_decision, self.item_followup):
            widget.setEnabled(item is not None)
        if item is None:
            for edit in (self.item_title, self.item_unit, self.item_followup):
                edit.clear()
            self.item_explanation.clear()
            self.item_decision.clear()
        else:
            self.item_kind.setCurrentIndex(self.item_kind.findData(item.kind.value))
            self.item_title.setText(item.title)
            self.item_unit.setText(item.unit)
            self.item_explanation.setPlainText(item.explanation)
            self.item_decision.setPlainText(item.decision)
            self.item_followup.setText(item.followup_unit)
        self._loading = was_loading

    def _item_edited(self) -> None:
        item = self._current_item()
        if item is None or self._loading:
            return
        item.kind = ItemKind(self.item_kind.currentData())
        item.title = self.item_title.text()
        item.unit = self.item_unit.text()
        item.explanation = self.item_explanation.toPlainText()
        item.decision = self.item_decision.toPlainText()
        item.followup_unit = self.item_followup.text()
        row = self.item_model.rows.index(item)
        self.item_model.dataChanged.emit(self.item_model.index(row, 0),
                                         self.item_model.index(row, 3))
        self.edited.emit()

    def _add_item(self, kind: ItemKind) -> None:
        decision = self.tr("洽悉。") if kind is ItemKind.REPORT else ""
        rows = [*self.item_model.rows, ItemRow(kind, decision=decision)]
        rows.sort(key=lambda r: list(ItemKind).index(r.kind))
        new = rows[max(i for i, r in enumerate(rows) if r.kind is kind)]
        self.item_model.set_rows(rows)
        self.item_view.selectRow(rows.index(new))
        self.show_item()
        self.edited.emit()
        self.item_title.setFocus()

    def _move_item(self, step: int) -> None:
        item = self._current_item()
        if item is None:
            return
        rows = list(self.item_model.rows)
        here = rows.index(item)
        there = here + step
        if 0 <= there < len(rows) and rows[there].kind is item.kind:
            rows[here], rows[there] = rows[there], rows[here]
            self.item_model.set_rows(rows)
            self.item_view.selectRow(there)
            self.edited.emit()

    def _remove_item(self) -> None:
        item = self._current_item()
        if item is not None:
            self.item_model.set_rows([r for r in self.item_model.rows if r is not item])
            self.show_item()
            self.edited.emit()


class FollowUpTab(QWidget):
    """Resolutions still under follow-up before this meeting, with this meeting's progress."""

    edited = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        proposals = [(self.tr("繼續列管"), "continue"), (self.tr("解除列管"), "close")]
        self.progress_model = RowsModel([
            EditColumn(self.tr("來源"), lambda r: r.source),
            EditColumn(self.tr("案由"), lambda r: r.title),
            EditColumn(self.tr("辦理單位"), lambda r: r.unit),
            EditColumn(self.tr("執行情形"), lambda r: r.text, setter("text")),
            EditColumn(self.tr("列管建議"), lambda r: r.proposal, setter("proposal"), proposals),
            EditColumn(self.tr("決定"), lambda r: r.decision, setter("decision")),
        ], self.edited.emit, self)
        self.progress_view = editable_table(self.progress_model)
        self.progress_view.setItemDelegateForColumn(
            4, ChoiceDelegate(proposals, self.progress_view))
        self.progress_view.setWordWrap(True)
        header = self.progress_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((150, 190, 70, 230, 80)):
            header.resizeSection(column, width)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("上次會議決議事項執行情形：前次會議列管之決議，"
                              "逐案填寫執行情形；選「解除列管」即於本次會議結案。"))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.progress_view, 1)

    def fill(self, draft: service.MeetingInput, meeting_id: int | None) -> None:
        """List what is under follow-up on the draft's day, with the progress it records."""
        entered = {p.followup_id: p for p in draft.progress}
        rows = []
        for entry in service.open_followups(self.ctx.db, draft.day, meeting_id):
            saved = entered.get(entry.followup.id)
            last = entry.history[-1].text if entry.history else ""
            rows.append(ProgressRow(
                entry.followup.id, entry.source_text, entry.item.title,
                entry.followup.owner_unit, saved.text if saved else last,
                saved.proposal if saved else "continue", saved.decision if saved else ""))
        self.progress_model.set_rows(rows)
        self.progress_view.resizeRowsToContents()

    def refill(self, day: dt.date, year: int, meeting_id: int | None) -> None:
        """The date changed: list what is open on the new day, keeping progress typed."""
        self.fill(service.MeetingInput(year, 1, day, dt.time(0), progress=self.read()),
                  meeting_id)

    def read(self) -> tuple[service.ProgressInput, ...]:
        return tuple(service.ProgressInput(r.followup_id, r.text, r.proposal, r.decision)
                     for r in self.progress_model.rows)
