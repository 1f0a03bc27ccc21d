"""性別影響評估 page: the year's cases, each in the fields of the 性別影響評估檢視表."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from gmdesk.domain import impact as impact_rules
from gmdesk.domain.compliance import Duty
from gmdesk.domain.impact import (
    Adoption,
    ExpertSource,
    GiaCase,
    GiaCaseId,
    GiaKind,
    ParticipationWay,
)
from gmdesk.services import duty_prints
from gmdesk.services import impact as svc
from gmdesk.ui import wording
from gmdesk.ui.context import AppContext
from gmdesk.ui.pages.duties.base import DutyPage
from gmdesk.ui.table_model import Column
from gmdesk.ui.widgets.forms import EnumCombo


def _section(form: QFormLayout, text: str) -> None:
    label = QLabel(text)
    label.setStyleSheet("font-weight: bold; margin-top: 8px;")
    form.addRow(label)


class ImpactPage(DutyPage):
    duty = Duty.IMPACT

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.current = svc.blank_case(ctx.year, ctx.today())
        super().__init__(ctx, parent)

    def noun(self) -> str:
        return self.tr("這個性別影響評估案")

    def empty_text(self) -> str:
        return self.tr("本年度尚無性別影響評估案：\n有應辦理之計畫或法案時，按「新增」登錄。")

    def hint_text(self) -> str:
        return self.tr("請從左側清單選取一案來檢視或修改，\n或按「新增」登錄新的性別影響評估案。")

    def columns(self) -> list[Column[GiaCase]]:
        return [Column(self.tr("計畫（法案）名稱"), lambda c: c.title),
                Column(self.tr("類別"), lambda c: wording.label(c.kind)),
                Column(self.tr("辦理狀態"), lambda c: wording.say(impact_rules.status_phrase(c)))]

    def records(self) -> Sequence[GiaCase]:
        return svc.list_year(self.ctx.db, self.ctx.year)

    def build_form(self, form: QFormLayout) -> None:
        _section(form, self.tr("壹、基本資料"))
        self.title_edit = self.line(form, self.tr("計畫（法案）名稱"), "title")
        self.kind_combo = EnumCombo(GiaKind)
        self.add(form, self.tr("類別"), "kind", self.kind_combo)
        self.unit_edit = self.line(form, self.tr("主辦單位"), "unit", self.tr("例如：經建課"))
        self.started_edit = self.date(form, self.tr("辦理日期"), "started")
        self.version_edit = self.line(form, self.tr("檢視表版本"), "form_version", self.tr("例如：一般表108年版"))
        self.authority_edit = self.line(form, self.tr("主管機關"), "authority")
        self.organizer_edit = self.line(form, self.tr("主辦機關"), "organizer")
        self.area_edit = self.line(form, self.tr("計畫內容涉及領域"), "field_area", self.tr("例如：3-7 環境、能源與科技"))
        _section(form, self.tr("貳、機關自評"))
        self.situation_edit = self.box(form, self.tr("問題現況評析及需求評估概述"), "situation")
        self.statistics_edit = self.box(form, self.tr("性別統計及性別分析"), "statistics", 2)
        _section(form, self.tr("參、程序參與"))
        self.required_box = self.check(form, self.tr("本案須辦理程序參與"), "participation_required")
        self.expert_edit = self.line(form, self.tr("程序參與人員姓名"), "expert_name")
        self.expert_title_edit = self.line(form, self.tr("職稱"), "expert_title")
        self.expert_org_edit = self.line(form, self.tr("服務單位"), "expert_org")
        self.source_combo = EnumCombo(ExpertSource, empty=self.tr("（未填）"))
        self.add(form, self.tr("人員來源"), "expert_source", self.source_combo)
        self.way_combo = EnumCombo(ParticipationWay, empty=self.tr("（未填）"))
        self.add(form, self.tr("參與方式"), "way", self.way_combo)
        self.participated_edit = self.date(form, self.tr("參與日期"), "participated_on")
        self.opinion_edit = self.box(form, self.tr("程序參與意見"), "opinion")
        _section(form, self.tr("肆、參採情形"))
        self.adoption_combo = EnumCombo(Adoption, empty=self.tr("（未填）"))
        self.add(form, self.tr("參採情形"), "adoption", self.adoption_combo)
        self.reason_edit = self.box(form, self.tr("說明（未參採或部分參採之理由）"), "adoption_reason", 2)
        self.revision_edit = self.box(form, self.tr("計畫（法案）修正情形"), "revision", 2)
        self.submitted_to_edit = self.line(form, self.tr("送主管單位"), "submitted_to")
        self.submitted_edit = self.date(form, self.tr("送主管單位日期"), "submitted_on")
        self.closed_edit = self.date(form, self.tr("結案日期"), "closed_on")
        self.note_edit = self.box(form, self.tr("備註"), "note", 2)

    def load_draft(self, record_id: Any) -> GiaCase:
        return svc.get_case(self.ctx.db, record_id)

    def blank_draft(self) -> GiaCase:
        return svc.blank_case(self.ctx.year, self.ctx.today())

    def show_draft(self, draft: GiaCase | None) -> None:
        case = draft or svc.blank_case(self.ctx.year, self.ctx.today())
        self.current = case
        for edit, value in ((self.title_edit, case.title), (self.unit_edit, case.unit),
                            (self.version_edit, case.form_version), (self.authority_edit, case.authority),
                            (self.organizer_edit, case.organizer), (self.area_edit, case.field_area),
                            (self.expert_edit, case.expert_name), (self.expert_title_edit, case.expert_title),
                            (self.expert_org_edit, case.expert_org), (self.submitted_to_edit, case.submitted_to)):
            edit.setText(value)
        for box, value in ((self.situation_edit, case.situation), (self.statistics_edit, case.statistics),
                           (self.opinion_edit, case.opinion), (self.reason_edit, case.adoption_reason),
                           (self.revision_edit, case.revision), (self.note_edit, case.note)):
            box.setPlainText(value)
        self.kind_combo.set_value(case.kind)
        self.source_combo.set_value(case.expert_source)
        self.way_combo.set_value(case.way)
        self.adoption_combo.set_value(case.adoption)
        self.required_box.setChecked(case.participation_required)
        for edit, day in ((self.started_edit, case.started), (self.participated_edit, case.participated_on),
                          (self.submitted_edit, case.submitted_on), (self.closed_edit, case.closed_on)):
            edit.set_date(day)

    def draft(self) -> GiaCase:
        return replace(
            self.current, title=self.title_edit.text(), kind=self.kind_combo.value(),
            unit=self.unit_edit.text(), started=self.started_edit.date(),
            form_version=self.version_edit.text(), authority=self.authority_edit.text(),
            organizer=self.organizer_edit.text(), field_area=self.area_edit.text(),
            situation=self.situation_edit.toPlainText(), statistics=self.statistics_edit.toPlainText(),
            participation_required=self.required_box.isChecked(), expert_name=self.expert_edit.text(),
            expert_title=self.expert_title_edit.text(), expert_org=self.expert_org_edit.text(),
            expert_source=self.source_combo.value(), way=self.way_combo.value(),
            participated_on=self.participated_edit.date(), opinion=self.opinion_edit.toPlainText(),
            adoption=self.adoption_combo.value(), adoption_reason=self.reason_edit.toPlainText(),
            revision=self.revision_edit.toPlainText(), submitted_to=self.submitted_to_edit.text(),
            submitted_on=self.submitted_edit.date(), closed_on=self.closed_edit.date(),
            note=self.note_edit.toPlainText())

    def write(self, draft: GiaCase, record_id: Any) -> GiaCaseId:
        return svc.save_case(self.ctx.db, replace(draft, id=GiaCaseId(record_id or 0)))

    def delete(self, record_id: int, now: dt.datetime) -> None:
        svc.delete_case(self.ctx.db, record_id, now)

    def print_record(self, record_id: int) -> tuple[str, Callable[[Path], Path]] | None:
        case = svc.get_case(self.ctx.db, record_id)
        name = f"{case.year}年度性別影響評估程序參與及參採情形表（{case.title[:20]}）.pdf"
        return name, lambda out: duty_prints.print_impact_case(self.ctx.db, record_id, out)

    def year_print(self) -> tuple[str, str, Callable[[Path], Path]] | None:
        return (self.tr("預覽一覽表"), f"{self.ctx.year}年度性別影響評估辦理情形一覽表.pdf",
                lambda out: duty_prints.print_impact_list(self.ctx.db, self.ctx.year, self.ctx.today(), out))
