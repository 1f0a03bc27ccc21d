"""性別預算 page: the items of a budget year, the table's review and filing, the execution."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from gmdesk.domain.budget import BudgetCategory, BudgetItem, BudgetItemId, BudgetSheet
from gmdesk.domain.compliance import Duty
from gmdesk.domain.errors import InputError, gone
from gmdesk.domain.model import MeetingId
from gmdesk.domain.texts import Phrase
from gmdesk.services import budget as svc
from gmdesk.services import duty_prints
from gmdesk.services import meetings as meeting_service
from gmdesk.ui import wording
from gmdesk.ui.context import AppContext
from gmdesk.ui.pages.duties.base import DutyPage
from gmdesk.ui.runner import error_message
from gmdesk.ui.table_model import Column
from gmdesk.ui.widgets.forms import ChoiceCombo, DateEdit, EnumCombo, HidingErrorLabel


class BudgetPage(DutyPage):
    """The table of one budget year: next year's by default (drafted, reviewed and filed this year)."""

    duty = Duty.BUDGET

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.budget_year = ctx.year + 1
        self.current = BudgetItem(BudgetItemId(0), self.budget_year, BudgetCategory.PLAN, "")
        super().__init__(ctx, parent)
        ctx.year_changed.connect(ctx.when_shown(self, lambda year: self._set_budget_year(year + 1)))

    def noun(self) -> str:
        return self.tr("這個預算項目")

    def empty_text(self) -> str:
        return self.tr("本預算年度尚無項目：\n按「新增」登錄性別預算編列情形表之項目。")

    def hint_text(self) -> str:
        return self.tr("請從左側清單選取一個預算項目來檢視或修改，\n或按「新增」登錄新的項目。")

    def columns(self) -> list[Column[BudgetItem]]:
        return [Column(self.tr("計畫名稱"), lambda i: i.title),
                Column(self.tr("類別"), lambda i: wording.label(i.category)),
                Column(self.tr("金額（千元）"), lambda i: f"{i.amount:,}", align_right=True),
                Column(self.tr("執行數"), lambda i: "" if i.executed is None else f"{i.executed:,}",
                       align_right=True)]

    def records(self) -> Sequence[BudgetItem]:
        return svc.items_of(self.ctx.db, self.budget_year)

    # --- the budget year and its table ---------------------------------------------------------
    def list_header(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("預算年度")))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1, 300)
        self.year_spin.setValue(self.budget_year)
        self.year_spin.setSuffix(self.tr(" 年度"))
        self.year_spin.valueChanged.connect(self._on_year_spin)
        row.addWidget(self.year_spin)
        self.total_label = QLabel()
        row.addWidget(self.total_label, 1)
        return box

    def list_footer(self) -> QWidget:
        group = QGroupBox(self.tr("小組檢視及報送"))
        form = QFormLayout(group)
        self.reviewed_edit = DateEdit(self.tr("小組檢視日期"), "reviewed_on", required=False)
        self.meeting_combo = ChoiceCombo(empty=self.tr("（書面檢視）"))
        self.filed_edit = DateEdit(self.tr("報送日期"), "filed_on", required=False)
        self.doc_edit = QLineEdit()
        form.addRow(self.tr("小組檢視日期"), self.reviewed_edit)
        form.addRow(self.tr("檢視之會議"), self.meeting_combo)
        form.addRow(self.tr("報送日期"), self.filed_edit)
        form.addRow(self.tr("報送文號"), self.doc_edit)
        self.sheet_error = HidingErrorLabel()
        form.addRow(self.sheet_error)
        self.sheet_button = QPushButton(self.tr("儲存檢視及報送"))
        self.sheet_button.clicked.connect(self.save_sheet)
        form.addRow(self.sheet_button)
        self.sheet_box = group
        return group

    def _on_year_spin(self, value: int) -> None:
        if value == self.budget_year:
            return
        if not self.confirm_leave():
            self.year_spin.blockSignals(True)
            self.year_spin.setValue(self.budget_year)
            self.year_spin.blockSignals(False)
            return
        self._set_budget_year(value)

    def _set_budget_year(self, year: int) -> None:
        self.budget_year = year
        self.year_spin.blockSignals(True)
        self.year_spin.setValue(year)
        self.year_spin.blockSignals(False)
        self.present(None, None)
        self.reload()

    def reload(self) -> None:
        super().reload()
        items = self.model.all_records()
        self.total_label.setText(self.tr("　%1項，計%2千元").replace("%1", str(len(items)))
                                 .replace("%2", f"{sum(i.amount for i in items):,}"))
        sheet = svc.sheet_of(self.ctx.db, self.budget_year)
        rows = meeting_service.list_rows(self.ctx.db, self.budget_year - 1)
        self.meeting_combo.set_choices([(wording.meeting_title(r.meeting.year, r.meeting.seq), r.meeting.id) for r in rows])
        self.reviewed_edit.set_date(sheet.reviewed_on)
        self.meeting_combo.set_value(sheet.meeting_id)
        self.filed_edit.set_date(sheet.filed_on)
        self.doc_edit.setText(sheet.doc_no)
        self.sheet_error.clear()
        self.sheet_box.setEnabled(not self.ctx.readonly)

    def save_sheet(self) -> bool:
        try:
            meeting = self.meeting_combo.value()
            svc.save_sheet(self.ctx.db, BudgetSheet(
                0, self.budget_year, self.reviewed_edit.date(), MeetingId(meeting) if meeting else None,
                self.filed_edit.date(), self.doc_edit.text().strip()))
        except InputError as exc:
            self.sheet_error.show_error(error_message(exc))
            return False
        self.sheet_error.clear()
        self.ctx.changed(self.writes)
        self.reload()
        return True

    # --- the item form -------------------------------------------------------------------------
    def build_form(self, form: QFormLayout) -> None:
        self.category_combo = EnumCombo(BudgetCategory)
        self.add(form, self.tr("類別"), "category", self.category_combo)
        self.title_edit = self.line(form, self.tr("計畫名稱"), "title")
        self.unit_edit = self.line(form, self.tr("主辦單位"), "unit")
        self.amount_spin = QSpinBox()
        self.amount_spin.setRange(0, 100_000_000)
        self.amount_spin.setGroupSeparatorShown(True)
        self.amount_spin.setSuffix(self.tr(" 千元"))
        self.add(form, self.tr("性別預算金額"), "amount", self.amount_spin)
        self.description_edit = self.box(form, self.tr("說明（對促進性別平等之效益）"), "description")
        self.indicator_edit = self.line(form, self.tr("衡量指標"), "indicator")
        self.target_edit = self.line(form, self.tr("目標值"), "target")
        self.executed_box = QCheckBox(self.tr("已填執行數（年度結束後）"))
        self.fields["executed_entered"] = self.executed_box
        self.watch(self.executed_box)
        form.addRow("", self.executed_box)
        self.executed_spin = QSpinBox()
        self.executed_spin.setRange(0, 100_000_000)
        self.executed_spin.setGroupSeparatorShown(True)
        self.executed_spin.setSuffix(self.tr(" 千元"))
        self.add(form, self.tr("執行數"), "executed", self.executed_spin)
        self.executed_box.toggled.connect(self.executed_spin.setEnabled)
        self.result_edit = self.box(form, self.tr("執行情形"), "result", 2)
        self.note_edit = self.box(form, self.tr("備註"), "note", 2)

    def load_draft(self, record_id: Any) -> BudgetItem:
        item = next((i for i in svc.items_of(self.ctx.db, self.budget_year) if i.id == record_id), None)
        if item is None:
            raise InputError(gone(Phrase.of("budget.thing"), record_id))
        return item

    def blank_draft(self) -> BudgetItem:
        return BudgetItem(BudgetItemId(0), self.budget_year, BudgetCategory.PLAN, "")

    def show_draft(self, draft: BudgetItem | None) -> None:
        item = draft or self.blank_draft()
        self.current = item
        self.category_combo.set_value(item.category)
        self.title_edit.setText(item.title)
        self.unit_edit.setText(item.unit)
        self.amount_spin.setValue(item.amount)
        self.description_edit.setPlainText(item.description)
        self.indicator_edit.setText(item.indicator)
        self.target_edit.setText(item.target)
        self.executed_box.setChecked(item.executed is not None)
        self.executed_spin.setValue(item.executed or 0)
        self.executed_spin.setEnabled(item.executed is not None)
        self.result_edit.setPlainText(item.result)
        self.note_edit.setPlainText(item.note)

    def draft(self) -> BudgetItem:
        return replace(self.current, year=self.budget_year, category=self.category_combo.value(),
                       title=self.title_edit.text(), unit=self.unit_edit.text(),
                       amount=self.amount_spin.value(), description=self.description_edit.toPlainText(),
                       indicator=self.indicator_edit.text(), target=self.target_edit.text(),
                       executed=self.executed_spin.value() if self.executed_box.isChecked() else None,
                       result=self.result_edit.toPlainText(), note=self.note_edit.toPlainText())

    def write(self, draft: BudgetItem, record_id: Any) -> BudgetItemId:
        return svc.save_item(self.ctx.db, replace(draft, id=BudgetItemId(record_id or 0)))

    def delete(self, record_id: int, now: dt.datetime) -> None:
        svc.delete_item(self.ctx.db, record_id, now)

    def print_record(self, record_id: int) -> tuple[str, Callable[[Path], Path]] | None:
        return self._sheet_file()

    def year_print(self) -> tuple[str, str, Callable[[Path], Path]] | None:
        name, write = self._sheet_file()
        return self.tr("預覽編列情形表"), name, write

    def _sheet_file(self) -> tuple[str, Callable[[Path], Path]]:
        year, today = self.budget_year, self.ctx.today()
        return (f"{year}年度性別預算編列情形表.pdf",
                lambda out: duty_prints.print_budget(self.ctx.db, year, today, out))
