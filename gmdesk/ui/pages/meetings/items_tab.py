"""會議 › 議程: report items, discussion items and motions, in order, with follow-up units."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gmdesk.domain.model import ItemKind
from gmdesk.ui import wording
from gmdesk.ui.pages.meetings.rows import ItemRow
from gmdesk.ui.widgets.forms import EnumCombo
from gmdesk.ui.widgets.tables import EditColumn, Fit, RowsModel, table


class ItemsTab(QWidget):
    """The agenda: a list of items and a form for the selected one."""

    def __init__(self, on_edit: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_edit = on_edit
        self._filling = False
        kinds = [(wording.label(k), k.value) for k in ItemKind]
        self.item_model = RowsModel([
            EditColumn(self.tr("類別"), lambda r: r.kind.value, None, kinds),
            EditColumn(self.tr("案由"), lambda r: r.title),
            EditColumn(self.tr("單位"), lambda r: r.unit),
            EditColumn(self.tr("列管"), lambda r: r.followup_unit),
        ], on_edit, self)
        self.item_view = table(self.item_model, [Fit.CONTENT, Fit.STRETCH, Fit.CONTENT,
                                                 Fit.CONTENT])
        self.item_view.horizontalHeader().setStretchLastSection(False)
        self.item_view.selectionModel().currentRowChanged.connect(lambda *_: self.show_item())
        self.item_kind = EnumCombo(ItemKind)
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
        self.buttons: list[QPushButton] = []
        buttons = QHBoxLayout()
        for text, kind in ((self.tr("新增報告事項"), ItemKind.REPORT),
                           (self.tr("新增討論事項"), ItemKind.DISCUSSION),
                           (self.tr("新增臨時動議"), ItemKind.MOTION)):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, k=kind: self.add_item(k))
            buttons.addWidget(button)
            self.buttons.append(button)
        for text, slot in ((self.tr("上移"), lambda: self.move_item(-1)),
                           (self.tr("下移"), lambda: self.move_item(1)),
                           (self.tr("刪除項目"), self.remove_item)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons.append(button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.item_view, 1)
        layout.addLayout(form)
        for edit in (self.item_title, self.item_unit, self.item_followup):
            edit.textEdited.connect(lambda _t: self.item_edited())
        for plain in (self.item_explanation, self.item_decision):
            plain.textChanged.connect(self.item_edited)
        self.item_kind.currentIndexChanged.connect(lambda _i: self.item_edited())

    def set_items(self, rows: list[ItemRow]) -> None:
        self.item_model.set_rows(rows)
        self.show_item()

    def current_item(self) -> ItemRow | None:
        index = self.item_view.currentIndex()
        if not index.isValid() or index.row() >= len(self.item_model.rows):
            return None
        row: ItemRow = self.item_model.rows[index.row()]
        return row

    def show_item(self) -> None:
        item = self.current_item()
        self._filling = True
        for widget in (self.item_kind, self.item_title, self.item_unit, self.item_explanation,
                       self.item_decision, self.item_followup):
            widget.setEnabled(item is not None and not self.item_model.readonly)
        if item is None:
            for edit in (self.item_title, self.item_unit, self.item_followup):
                edit.clear()
            self.item_explanation.clear()
            self.item_decision.clear()
        else:
            self.item_kind.set_value(item.kind)
            self.item_title.setText(item.title)
            self.item_unit.setText(item.unit)
            self.item_explanation.setPlainText(item.explanation)
            self.item_decision.setPlainText(item.decision)
            self.item_followup.setText(item.followup_unit)
        self._filling = False

    def item_edited(self) -> None:
        item = self.current_item()
        if item is None or self._filling:
            return
        item.kind = self.item_kind.value()
        item.title = self.item_title.text()
        item.unit = self.item_unit.text()
        item.explanation = self.item_explanation.toPlainText()
        item.decision = self.item_decision.toPlainText()
        item.followup_unit = self.item_followup.text()
        self.item_model.row_changed(self.item_model.rows.index(item))
        self.on_edit()

    def add_item(self, kind: ItemKind) -> None:
        decision = self.tr("洽悉。") if kind is ItemKind.REPORT else ""
        rows = [*self.item_model.rows, ItemRow(kind, decision=decision)]
        rows.sort(key=lambda r: list(ItemKind).index(r.kind))
        new = rows[max(i for i, r in enumerate(rows) if r.kind is kind)]
        self.item_model.set_rows(rows)
        self.item_view.selectRow(rows.index(new))
        self.show_item()
        self.on_edit()
        self.item_title.setFocus()

    def move_item(self, step: int) -> None:
        item = self.current_item()
        if item is None:
            return
        rows = list(self.item_model.rows)
        here = rows.index(item)
        there = here + step
        if 0 <= there < len(rows) and rows[there].kind is item.kind:
            rows[here], rows[there] = rows[there], rows[here]
            self.item_model.set_rows(rows)
            self.item_view.selectRow(there)
            self.on_edit()

    def remove_item(self) -> None:
        item = self.current_item()
        if item is not None:
            self.item_model.set_rows([r for r in self.item_model.rows if r is not item])
            self.show_item()
            self.on_edit()

    def set_readonly(self, readonly: bool) -> None:
        self.item_model.readonly = readonly
        for button in self.buttons:
            button.setEnabled(not readonly)
        self.show_item()
