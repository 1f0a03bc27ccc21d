"""委員會性別比例 page: the office's committees, their members by gender and the one-third rule."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from gmdesk.domain.committees import (
    Committee,
    CommitteeId,
    CommitteeKind,
    CommitteeMember,
    composition,
    meets,
)
from gmdesk.domain.compliance import Duty
from gmdesk.domain.errors import InputError
from gmdesk.domain.model import Gender
from gmdesk.domain.rocdate import DateError, format_short, parse_date
from gmdesk.domain.rules import GenderCount, meets_one_third, one_third_needed
from gmdesk.domain.texts import Phrase
from gmdesk.services import check, duty_prints
from gmdesk.services import committees as svc
from gmdesk.ui import wording
from gmdesk.ui.context import AppContext
from gmdesk.ui.pages.duties.base import DutyPage
from gmdesk.ui.table_model import Column
from gmdesk.ui.widgets.forms import EnumCombo
from gmdesk.ui.widgets.tables import ChoiceDelegate, EditColumn, Fit, RowsModel, set_attr, table


@dataclass
class MemberRow:
    """One member as the table edits it (text until saved)."""

    id: int = 0
    name: str = ""
    gender: str = Gender.FEMALE.value
    title: str = ""
    ex_officio: str = "0"
    start: str = ""
    end: str = ""


@dataclass(frozen=True)
class Draft:
    committee: Committee
    members: tuple[MemberRow, ...]


def _day(text: str, which: str, number: int) -> dt.date | None:
    if not text.strip():
        return None
    try:
        return parse_date(text)
    except DateError as exc:
        raise InputError(Phrase.of(f"committees.err.member_{which}", number=number,
                                   error=exc.phrase), "members") from None


class CommitteesPage(DutyPage):
    duty = Duty.COMMITTEES

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.current = Committee(CommitteeId(0), "", CommitteeKind.APPRAISAL)
        super().__init__(ctx, parent)

    def noun(self) -> str:
        return self.tr("這個委員會")

    def empty_text(self) -> str:
        return self.tr("尚未登錄委員會：\n按「新增」登錄考績、甄審等委員會及其委員。")

    def hint_text(self) -> str:
        return self.tr("請從左側清單選取一個委員會來檢視委員名單，\n或按「新增」登錄新的委員會。")

    def columns(self) -> list[Column[Committee]]:
        day = check.reference_day(self.ctx.year, self.ctx.today())

        def count(c: Committee) -> str:
            gc = composition(svc.members_of(self.ctx.db, c.id), day)
            return self.tr("男%1、女%2").replace("%1", str(gc.male)).replace("%2", str(gc.female))

        def rule(c: Committee) -> str:
            ok = meets(svc.members_of(self.ctx.db, c.id), day)
            return self.tr("符合") if ok else (self.tr("未符合，已報府備查") if c.filed_on else self.tr("未符合"))

        return [Column(self.tr("委員會"), lambda c: c.name), Column(self.tr("委員"), count),
                Column(self.tr("三分之一原則"), rule)]

    def records(self) -> Sequence[Committee]:
        return svc.list_committees(self.ctx.db)

    def label_of(self, record: Any) -> str:
        committee = record.committee if isinstance(record, Draft) else record
        return str(committee.name)

    def build_form(self, form: QFormLayout) -> None:
        self.name_edit = self.line(form, self.tr("委員會名稱"), "name", self.tr("例如：考績委員會"))
        self.kind_combo = EnumCombo(CommitteeKind)
        self.add(form, self.tr("類別"), "kind", self.kind_combo)
        self.basis_edit = self.line(form, self.tr("設置依據"), "basis")
        self.term_start_edit = self.date(form, self.tr("任期起"), "term_start")
        self.term_end_edit = self.date(form, self.tr("任期迄"), "term_end")
        self.members_model = RowsModel([
            EditColumn(self.tr("姓名"), lambda r: r.name, set_attr("name")),
            EditColumn(self.tr("性別"), lambda r: r.gender, set_attr("gender"),
                       [(wording.label(g), g.value) for g in Gender]),
            EditColumn(self.tr("職稱"), lambda r: r.title, set_attr("title")),
            EditColumn(self.tr("當然委員"), lambda r: r.ex_officio, set_attr("ex_officio"),
                       [(self.tr("是"), "1"), (self.tr("否"), "0")]),
            EditColumn(self.tr("就任日期"), lambda r: r.start, set_attr("start")),
            EditColumn(self.tr("離任日期"), lambda r: r.end, set_attr("end")),
        ], self._members_edited)
        self.members_table = table(self.members_model, [Fit.STRETCH, Fit.CONTENT, Fit.STRETCH],
                                   editable=True)
        for column in (1, 3):
            self.members_table.setItemDelegateForColumn(
                column, ChoiceDelegate(self.members_model.columns[column].choices, self.members_table))
        self.members_table.setMinimumHeight(200)
        self.fields["members"] = self.members_table
        form.addRow(QLabel(self.tr("委員名單（在表格中直接修改）")))
        form.addRow(self.members_table)
        row = QHBoxLayout()
        self.add_member_button = QPushButton(self.tr("新增委員"))
        self.add_member_button.clicked.connect(self._add_member)
        self.remove_member_button = QPushButton(self.tr("移除所選委員"))
        self.remove_member_button.clicked.connect(self._remove_member)
        row.addWidget(self.add_member_button)
        row.addWidget(self.remove_member_button)
        row.addStretch(1)
        holder = QWidget()
        holder.setLayout(row)
        form.addRow(holder)
        self.count_label = QLabel()
        form.addRow(self.count_label)
        self.reason_edit = self.box(form, self.tr("無法符合三分之一原則之理由"), "exception_reason", 2)
        self.filed_edit = self.date(form, self.tr("報府備查日期"), "filed_on")
        self.doc_edit = self.line(form, self.tr("備查文號"), "doc_no")
        self.note_edit = self.box(form, self.tr("備註"), "note", 2)

    def _members_edited(self) -> None:
        self.mark_dirty()
        self._show_count()

    def _show_count(self) -> None:
        rows = [r for r in self.members_model.rows if r.name.strip()]
        if not rows:
            self.count_label.setText(self.tr("尚未登錄委員：按「新增委員」逐一填寫姓名、性別及職稱"))
            self.count_label.setStyleSheet("color: #555;")
            return
        count = GenderCount.of(Gender(r.gender) for r in rows)
        text = self.tr("委員%1人（男%2、女%3），任一性別至少%4人").replace("%1", str(count.total)) \
            .replace("%2", str(count.male)).replace("%3", str(count.female)) \
            .replace("%4", str(one_third_needed(count.total)))
        ok = meets_one_third(count)
        self.count_label.setText(text + (wording.gap() + ("✔" if ok else "✘")))
        self.count_label.setStyleSheet(f"color: {'#2e7d32' if ok else '#c62828'}; font-weight: bold;")

    def _add_member(self) -> None:
        self.members_model.set_rows([*self.members_model.rows, MemberRow()])
        self._members_edited()
        self.members_table.setCurrentIndex(self.members_model.index(len(self.members_model.rows) - 1, 0))

    def _remove_member(self) -> None:
        row = self.members_table.currentIndex().row()
        if 0 <= row < len(self.members_model.rows):
            rows = list(self.members_model.rows)
            rows.pop(row)
            self.members_model.set_rows(rows)
            self._members_edited()

    def load_draft(self, record_id: Any) -> Draft:
        committee = next(c for c in svc.list_committees(self.ctx.db) if c.id == record_id)
        members = tuple(MemberRow(m.id, m.name, m.gender.value, m.title, "1" if m.ex_officio else "0",
                                  format_short(m.start) if m.start else "", format_short(m.end) if m.end else "")
                        for m in svc.members_of(self.ctx.db, committee.id))
        return Draft(committee, members)

    def blank_draft(self) -> Draft:
        return Draft(Committee(CommitteeId(0), "", CommitteeKind.APPRAISAL), ())

    def show_draft(self, draft: Draft | None) -> None:
        shown = draft or self.blank_draft()
        committee = shown.committee
        self.current = committee
        self.name_edit.setText(committee.name)
        self.kind_combo.set_value(committee.kind)
        self.basis_edit.setText(committee.basis)
        self.term_start_edit.set_date(committee.term_start)
        self.term_end_edit.set_date(committee.term_end)
        self.reason_edit.setPlainText(committee.exception_reason)
        self.filed_edit.set_date(committee.filed_on)
        self.doc_edit.setText(committee.doc_no)
        self.note_edit.setPlainText(committee.note)
        self.members_model.set_rows([replace(r) for r in shown.members])
        self._show_count()

    def draft(self) -> Draft:
        committee = replace(
            self.current, name=self.name_edit.text(), kind=self.kind_combo.value(),
            basis=self.basis_edit.text(), term_start=self.term_start_edit.date(),
            term_end=self.term_end_edit.date(), exception_reason=self.reason_edit.toPlainText(),
            filed_on=self.filed_edit.date(), doc_no=self.doc_edit.text(), note=self.note_edit.toPlainText())
        return Draft(committee, tuple(r for r in self.members_model.rows if r.name.strip() or r.id))

    def write(self, draft: Draft, record_id: Any) -> CommitteeId:
        members = []
        for number, row in enumerate(draft.members, start=1):
            if not row.name.strip():
                raise InputError(Phrase.of("committees.err.member_row_no_name", number=number),
                                 "members")
            members.append(CommitteeMember(row.id, CommitteeId(record_id or 0), row.name, Gender(row.gender),
                                           row.title, row.ex_officio == "1", _day(row.start, "start", number),
                                           _day(row.end, "end", number)))
        return svc.save_with_members(self.ctx.db, replace(draft.committee, id=CommitteeId(record_id or 0)),
                                     members)

    def delete(self, record_id: int, now: dt.datetime) -> None:
        svc.delete_committee(self.ctx.db, record_id, now)

    def print_record(self, record_id: int) -> tuple[str, Callable[[Path], Path]] | None:
        return self._year_file()

    def year_print(self) -> tuple[str, str, Callable[[Path], Path]] | None:
        name, write = self._year_file()
        return self.tr("預覽比例情形表"), name, write

    def _year_file(self) -> tuple[str, Callable[[Path], Path]]:
        year, today = self.ctx.year, self.ctx.today()
        return (f"{year}年度各委員會性別比例情形表.pdf",
                lambda out: duty_prints.print_committees(self.ctx.db, year, today, out))
