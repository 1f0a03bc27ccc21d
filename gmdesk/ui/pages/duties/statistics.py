"""性別統計 page: indicators with their values by year and gender and this year's review, and the
year's analyses (性別分析專題)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gmdesk.domain.compliance import Duty
from gmdesk.domain.errors import InputError, gone
from gmdesk.domain.model import MeetingId
from gmdesk.domain.statistics import (
    Analysis,
    AnalysisId,
    AnalysisUse,
    Indicator,
    IndicatorId,
    ReviewAction,
    format_number,
)
from gmdesk.domain.texts import Label, Phrase
from gmdesk.services import duty_prints
from gmdesk.services import meetings as meeting_service
from gmdesk.services import statistics as svc
from gmdesk.ui import wording
from gmdesk.ui.context import AppContext
from gmdesk.ui.pages.duties.base import DutyPage, text_box
from gmdesk.ui.runner import error_message
from gmdesk.ui.table_model import Column, RecordTableModel
from gmdesk.ui.widgets.forms import (
    ChoiceCombo,
    DateEdit,
    EnumCombo,
    HidingErrorLabel,
    SaveCancelRow,
)
from gmdesk.ui.widgets.tables import EditColumn, Fit, RowsModel, set_attr, table


@dataclass
class ValueRow:
    year: str = ""
    male: str = "0"
    female: str = "0"
    other: str = "0"


@dataclass(frozen=True)
class Draft:
    indicator: Indicator
    values: tuple[ValueRow, ...]
    action: ReviewAction | None
    reviewed_on: dt.date | None
    meeting_id: int | None


def _number(text: str, gender: str, row: int) -> float:
    try:
        return float(text.replace(",", "").strip() or 0)
    except ValueError:
        raise InputError(Phrase.of("statistics.err.value_not_number", row=row,
                                   gender=Label("gender", gender), value=text), "values") from None


class StatisticsPage(DutyPage):
    duty = Duty.STATISTICS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.current = Indicator(IndicatorId(0), "")
        self.rows_by_id: dict[int, svc.IndicatorRow] = {}
        super().__init__(ctx, parent)

    def noun(self) -> str:
        return self.tr("這項指標")

    def empty_text(self) -> str:
        return self.tr("尚無性別統計指標：\n按「新增」登錄本所之指標，再填入各年數值。")

    def hint_text(self) -> str:
        return self.tr("請從左側清單選取一項指標來檢視數值及本年度檢討，\n或按「新增」登錄新的指標。")

    def columns(self) -> list[Column[svc.IndicatorRow]]:
        def latest(row: svc.IndicatorRow) -> str:
            if not row.values:
                return "—"
            year = max(row.values)
            value = row.values[year]
            return (self.tr("%1：男%2／女%3").replace("%1", str(year))
                    .replace("%2", format_number(value.male))
                    .replace("%3", format_number(value.female)))

        return [Column(self.tr("指標名稱"), lambda r: r.indicator.name),
                Column(self.tr("本年度檢討"),
                       lambda r: wording.label(r.review.action) if r.review else self.tr("尚未檢討")),
                Column(self.tr("最近數值"), latest)]

    def records(self) -> Sequence[svc.IndicatorRow]:
        rows = svc.indicator_rows(self.ctx.db, self.ctx.year)
        self.rows_by_id = {r.indicator.id: r for r in rows}
        return [r for r in rows if r.kept]

    def record_id_of(self, record: Any) -> int:
        return int(record.indicator.id)

    def label_of(self, record: Any) -> str:
        return str(record.indicator.name)

    # --- values from a sheet, above the list; analyses, under it --------------------------------
    def list_header(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.import_button = QPushButton(self.tr("由試算表匯入數值…"))
        self.import_button.setToolTip(self.tr("欄位：指標名稱、年度、男、女（其他可省略）"))
        self.import_button.clicked.connect(self.import_values)
        row.addWidget(self.import_button)
        row.addStretch(1)
        return box

    def import_values(self) -> None:
        if self.ctx.readonly or not self.confirm_leave():
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("選擇性別統計數值檔"), "",
                                              self.tr("試算表 (*.xlsx *.xls *.ods *.csv)"))
        if not path:
            return
        try:
            count = svc.import_values(self.ctx.db, path)
        except (InputError, OSError) as exc:
            self._warn(self.tr("無法匯入"), error_message(exc))
            return
        self.ctx.changed(self.writes)
        self.reload()
        if self.record_id is not None:
            self.open_record(self.record_id)
        self.ctx.status_message.emit(self.tr("已匯入%1筆數值").replace("%1", str(count)))

    def list_footer(self) -> QWidget:
        group = QGroupBox(self.tr("本年度性別分析專題"))
        layout = QVBoxLayout(group)
        self.analyses_model: RecordTableModel[Analysis] = RecordTableModel([
            Column(self.tr("題目"), lambda a: a.title), Column(self.tr("撰擬單位"), lambda a: a.unit)])
        self.analyses_table = table(self.analyses_model, [Fit.STRETCH])
        self.analyses_table.setMaximumHeight(130)
        self.analyses_table.doubleClicked.connect(lambda index: self.edit_analysis(index.row()))
        layout.addWidget(self.analyses_table)
        row = QHBoxLayout()
        self.new_analysis_button = QPushButton(self.tr("新增分析專題"))
        self.new_analysis_button.clicked.connect(lambda: self.edit_analysis(-1))
        self.edit_analysis_button = QPushButton(self.tr("修改所選"))
        self.edit_analysis_button.clicked.connect(
            lambda: self.edit_analysis(self.analyses_table.currentIndex().row()))
        row.addWidget(self.new_analysis_button)
        row.addWidget(self.edit_analysis_button)
        row.addStretch(1)
        layout.addLayout(row)
        return group

    def reload(self) -> None:
        super().reload()
        self.analyses_model.set_records(svc.list_analyses(self.ctx.db, self.ctx.year))
        self.meeting_combo.set_choices([(wording.meeting_title(r.meeting.year, r.meeting.seq), r.meeting.id)
                                        for r in meeting_service.list_rows(self.ctx.db, self.ctx.year)])
        for button in (self.new_analysis_button, self.import_button):
            button.setEnabled(not self.ctx.readonly)
        self.edit_analysis_button.setEnabled(not self.ctx.readonly and self.analyses_model.rowCount() > 0)

    def edit_analysis(self, row: int) -> None:
        if self.ctx.readonly:
            return
        analysis = (self.analyses_model.record(row) if 0 <= row < self.analyses_model.rowCount()
                    else Analysis(AnalysisId(0), self.ctx.year, "", done_on=self.ctx.today()))
        dialog = AnalysisDialog(self, analysis, [r.indicator.name for r in self.model.all_records()],
                                self.meeting_combo.values()[1:], [self.meeting_combo.itemText(i)
                                                                  for i in range(1, self.meeting_combo.count())])
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.changed(self.writes)
            self.reload()

    # --- the indicator form ---------------------------------------------------------------------
    def build_form(self, form: QFormLayout) -> None:
        self.name_edit = self.line(form, self.tr("指標名稱"), "name")
        self.unit_edit = self.line(form, self.tr("主辦單位"), "unit")
        self.source_edit = self.line(form, self.tr("資料來源"), "source")
        self.frequency_edit = self.line(form, self.tr("統計週期"), "frequency", self.tr("年、半年、季、月"))
        self.measure_edit = self.line(form, self.tr("計量單位"), "measure", self.tr("人、件、元"))
        self.breakdowns_edit = self.line(form, self.tr("複分類"), "breakdowns", self.tr("以頓號分隔，如 年齡、區域、族群"))
        self.note_edit = self.box(form, self.tr("備註"), "note", 2)
        form.addRow(QLabel(self.tr("各年數值（依性別；在表格中直接修改）")))
        self.values_model = RowsModel([
            EditColumn(self.tr("年度"), lambda r: r.year, set_attr("year")),
            EditColumn(self.tr("男"), lambda r: r.male, set_attr("male")),
            EditColumn(self.tr("女"), lambda r: r.female, set_attr("female")),
            EditColumn(self.tr("其他"), lambda r: r.other, set_attr("other")),
        ], self.mark_dirty)
        self.values_table = table(self.values_model, editable=True)
        self.values_table.setMinimumHeight(150)
        self.fields["values"] = self.values_table
        form.addRow(self.values_table)
        add = QPushButton(self.tr("新增年度"))
        add.clicked.connect(self._add_year)
        form.addRow(add)
        self.add_year_button = add
        review = QLabel(self.tr("本年度檢討"))
        review.setStyleSheet("font-weight: bold; margin-top: 8px;")
        form.addRow(review)
        self.action_combo = EnumCombo(ReviewAction, empty=self.tr("（尚未檢討）"))
        self.add(form, self.tr("檢討結果"), "action", self.action_combo)
        self.reviewed_edit = self.date(form, self.tr("檢討日期"), "reviewed_on")
        self.meeting_combo = ChoiceCombo(empty=self.tr("（書面檢討）"))
        self.add(form, self.tr("提報之小組會議"), "meeting", self.meeting_combo)

    def _add_year(self) -> None:
        years = [int(r.year) for r in self.values_model.rows if r.year.strip().isdigit()]
        self.values_model.set_rows([*self.values_model.rows, ValueRow(str(max(years) + 1 if years
                                                                          else self.ctx.year - 1))])
        self.mark_dirty()

    def load_draft(self, record_id: Any) -> Draft:
        row = self.rows_by_id.get(int(record_id))
        if row is None:
            raise InputError(gone(Phrase.of("statistics.thing"), record_id))
        values = tuple(ValueRow(str(y), format_number(v.male), format_number(v.female), format_number(v.other))
                       for y, v in sorted(row.values.items()))
        review = row.review
        return Draft(row.indicator, values, review.action if review else None,
                     review.reviewed_on if review else None, review.meeting_id if review else None)

    def blank_draft(self) -> Draft:
        return Draft(Indicator(IndicatorId(0), ""), (), ReviewAction.ADDED, self.ctx.today(), None)

    def show_draft(self, draft: Draft | None) -> None:
        shown = draft or self.blank_draft()
        indicator = shown.indicator
        self.current = indicator
        self.name_edit.setText(indicator.name)
        self.unit_edit.setText(indicator.unit)
        self.source_edit.setText(indicator.source)
        self.frequency_edit.setText(indicator.frequency)
        self.measure_edit.setText(indicator.measure)
        self.breakdowns_edit.setText("、".join(indicator.breakdowns))
        self.note_edit.setPlainText(indicator.note)
        self.values_model.set_rows([replace(v) for v in shown.values])
        self.action_combo.set_value(shown.action)
        self.reviewed_edit.set_date(shown.reviewed_on)
        self.meeting_combo.set_value(shown.meeting_id)
        self._saved_review = (shown.action, shown.reviewed_on, shown.meeting_id)

    def draft(self) -> Draft:
        breakdowns = tuple(p.strip() for p in self.breakdowns_edit.text().replace(",", "、").split("、") if p.strip())
        indicator = replace(self.current, name=self.name_edit.text(), unit=self.unit_edit.text(),
                            source=self.source_edit.text(), frequency=self.frequency_edit.text(),
                            measure=self.measure_edit.text(), breakdowns=breakdowns,
                            note=self.note_edit.toPlainText())
        return Draft(indicator, tuple(self.values_model.rows), self.action_combo.value(),
                     self.reviewed_edit.date(), self.meeting_combo.value())

    def write(self, draft: Draft, record_id: Any) -> IndicatorId:
        values: dict[int, tuple[float, float, float]] = {}
        for number, row in enumerate(draft.values, start=1):
            if not row.year.strip():
                continue
            if not row.year.strip().isdigit():
                raise InputError(Phrase.of("statistics.err.value_year", row=number, year=row.year),
                                 "values")
            values[int(row.year)] = (_number(row.male, "M", number), _number(row.female, "F", number),
                                     _number(row.other, "X", number))
        if draft.action is not None and draft.reviewed_on is None:
            raise InputError(Phrase.of("statistics.err.review_day"), "reviewed_on")
        indicator_id = svc.save_indicator(self.ctx.db, replace(draft.indicator, id=IndicatorId(record_id or 0)))
        svc.set_values(self.ctx.db, indicator_id, values)
        review = (draft.action, draft.reviewed_on, draft.meeting_id)
        if draft.action is not None and draft.reviewed_on is not None and (
                record_id is None or review != self._saved_review):
            svc.review_indicator(self.ctx.db, indicator_id, self.ctx.year, draft.action, draft.reviewed_on,
                                 draft.meeting_id)
        return indicator_id

    def delete(self, record_id: int, now: dt.datetime) -> None:
        svc.delete_indicator(self.ctx.db, record_id, now)

    def print_record(self, record_id: int) -> tuple[str, Callable[[Path], Path]] | None:
        return self._list_file()

    def year_print(self) -> tuple[str, str, Callable[[Path], Path]] | None:
        name, write = self._list_file()
        return self.tr("預覽指標一覽表"), name, write

    def _list_file(self) -> tuple[str, Callable[[Path], Path]]:
        year, today = self.ctx.year, self.ctx.today()
        return (f"{year}年度性別統計指標一覽表.pdf",
                lambda out: duty_prints.print_statistics(self.ctx.db, year, today, out))


class AnalysisDialog(QDialog):
    """One 性別分析專題: title, unit, date, the indicators used, its uses and the meeting."""

    def __init__(self, parent: StatisticsPage, analysis: Analysis, indicators: list[str],
                 meeting_ids: list[Any], meeting_titles: list[str]) -> None:
        super().__init__(parent)
        self.page = parent
        self.analysis = analysis
        self.setWindowTitle(self.tr("性別分析專題"))
        form = QFormLayout(self)
        self.title_edit = QLineEdit(analysis.title)
        self.unit_edit = QLineEdit(analysis.unit)
        self.done_edit = DateEdit(self.tr("完成日期"), "done_on", required=False)
        self.done_edit.set_date(analysis.done_on)
        self.indicators_edit = QLineEdit("、".join(analysis.indicators))
        self.indicators_edit.setPlaceholderText("、".join(indicators[:2]))
        self.use_boxes = {use: QCheckBox(wording.label(use)) for use in AnalysisUse}
        uses = QWidget()
        row = QHBoxLayout(uses)
        row.setContentsMargins(0, 0, 0, 0)
        for use, box in self.use_boxes.items():
            box.setChecked(use.value in analysis.uses)
            row.addWidget(box)
        self.meeting_combo = ChoiceCombo(zip(meeting_titles, meeting_ids, strict=True), empty=self.tr("（尚未提報）"))
        self.meeting_combo.set_value(analysis.meeting_id)
        self.note_edit = text_box(3)
        self.note_edit.setPlainText(analysis.note)
        for label, widget in ((self.tr("題目"), self.title_edit), (self.tr("撰擬單位"), self.unit_edit),
                              (self.tr("完成日期"), self.done_edit), (self.tr("使用之指標"), self.indicators_edit),
                              (self.tr("運用情形"), uses), (self.tr("提報小組會議"), self.meeting_combo),
                              (self.tr("摘要"), self.note_edit)):
            form.addRow(label, widget)
        self.error = HidingErrorLabel()
        form.addRow(self.error)
        form.addRow(SaveCancelRow.for_dialog(self, self.save, self.tr("儲存(&S)"), self.tr("取消")))
        self.resize(560, 380)

    def save(self) -> None:
        try:
            meeting = self.meeting_combo.value()
            svc.save_analysis(self.page.ctx.db, replace(
                self.analysis, title=self.title_edit.text(), unit=self.unit_edit.text(),
                done_on=self.done_edit.date(),
                indicators=tuple(p.strip() for p in self.indicators_edit.text().split("、") if p.strip()),
                uses=tuple(u.value for u, box in self.use_boxes.items() if box.isChecked()),
                meeting_id=MeetingId(meeting) if meeting else None, note=self.note_edit.toPlainText()))
        except InputError as exc:
            self.error.show_error(error_message(exc))
            return
        self.accept()
