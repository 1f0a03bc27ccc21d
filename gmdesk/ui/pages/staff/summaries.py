"""The staff page's summary tabs: 達成進度 (who is short), 類別×性別 (completion) and 課程統計."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gmdesk.domain import training as rules
from gmdesk.domain.model import StaffCategory
from gmdesk.services import settings as settings_service
from gmdesk.services import training as training_service
from gmdesk.ui import wording
from gmdesk.ui.context import AppContext
from gmdesk.ui.pages.staff.common import (
    category_filter,
    day_text,
    fit_columns_once,
    make_table,
    unit_filter,
)
from gmdesk.ui.pages.staff.roster import FILTER_DELAY_MS
from gmdesk.ui.table_model import Column, RecordTableModel
from gmdesk.ui.widgets.tables import EmptyHint


class ProgressTab(QWidget):
    """Each person's hours against what their category requires; the short ones first."""

    def __init__(self, ctx: AppContext, open_person: Callable[[int], None],
                 print_reminders: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._open_person = open_person
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._filter_progress)
        self.progress_search = QLineEdit()
        self.progress_search.setPlaceholderText(self.tr("搜尋姓名…"))
        self.progress_search.setClearButtonEnabled(True)
        self.progress_unit = unit_filter(self.ctx, self.tr("全部單位"))
        self.progress_category = category_filter(self.tr("全部類別"))
        self.only_short = QCheckBox(self.tr("只顯示未達時數者(&S)"))
        self.only_short.setChecked(True)
        self.print_button = QPushButton(self.tr("列印提醒名單(&P)…"))
        self.print_button.clicked.connect(print_reminders)
        filters = QHBoxLayout()
        filters.addWidget(self.progress_search, 2)
        filters.addWidget(self.progress_unit, 1)
        filters.addWidget(self.progress_category, 1)
        filters.addWidget(self.only_short)
        filters.addWidget(self.print_button)
        self.progress_summary = QLabel()
        self.progress_summary.setWordWrap(True)
        self._units: dict[int, str] = {}
        self.progress_model: RecordTableModel[rules.PersonProgress] = RecordTableModel([
            Column(self.tr("單位"), lambda r: self._units.get(r.person.unit_id or 0, "")),
            Column(self.tr("姓名"), lambda r: r.person.name),
            Column(self.tr("性別"), lambda r: wording.label(r.person.gender)),
            Column(self.tr("人員類別"), lambda r: wording.label(r.category)),
            Column(self.tr("應完成時數"), lambda r: r.required, lambda r: r.required, True),
            Column(self.tr("已完成時數"), lambda r: r.done, lambda r: r.done, True),
            Column(self.tr("進階（已完成/應完成）"),
                   lambda r: f"{r.advanced_done:g}/{r.advanced_required:g}"
                   if r.advanced_required else "", lambda r: r.advanced_done, True),
            Column(self.tr("尚差時數"), lambda r: r.short if r.short else "",
                   lambda r: r.short, True),
            Column(self.tr("狀態"), self._state,
                   tooltip=lambda r: r.exempt_reason),
        ], self)
        self.progress_model.highlight = (
            lambda r: "#fde2e1" if not r.exempt and not r.complete else None)
        self.progress_view = make_table(self.progress_model)
        self.progress_hint = EmptyHint(self.progress_view, self._empty_progress_text)
        self.progress_view.sortByColumn(7, Qt.SortOrder.DescendingOrder)
        self.progress_view.doubleClicked.connect(self._open_progress_person)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.progress_summary)
        layout.addWidget(self.progress_view)
        self.progress_search.textChanged.connect(lambda _text: self._filter_timer.start())
        self.progress_unit.currentIndexChanged.connect(self._filter_progress)
        self.progress_category.currentIndexChanged.connect(self._filter_progress)
        self.only_short.toggled.connect(self._filter_progress)


    def _state(self, row: rules.PersonProgress) -> str:
        """免訓, 已完成 or 未完成 (the domain decides which)."""
        if row.exempt:
            return self.tr("免訓")
        return self.tr("已完成") if row.complete else self.tr("未完成")

    def _empty_progress_text(self) -> str:
        if not self.progress_model.all_records():
            return self.tr("本年度尚無應受訓人員：請先在「人員名冊」登錄人員。")
        if self.only_short.isChecked() and not (self.progress_search.text().strip()
                                                or self.progress_unit.currentIndex()
                                                or self.progress_category.currentIndex()):
            return self.tr("✔ 全部人員皆已達成本年度時數（取消勾選「只顯示未達時數者」可看全部）。")
        return self.tr("沒有符合搜尋或篩選條件的人員。")

    def load(self) -> None:
        """Read the year's progress again and say how many are done."""
        self._units = settings_service.unit_names(self.ctx.db)
        year = self.ctx.year
        progress = training_service.progress(self.ctx.db, year)
        self.progress_model.set_records(progress)
        self._filter_progress()
        counted = [r for r in progress if not r.exempt]
        done = sum(r.complete for r in counted)
        exempt = len(progress) - len(counted)
        self.progress_summary.setText(
            self.tr("%1年度：應受訓%2人，已完成%3人（%4），尚未達時數%5人，免訓%6人。")
            .replace("%1", str(year)).replace("%2", str(len(counted)))
            .replace("%3", str(done))
            .replace("%4", f"{done / len(counted):.0%}" if counted else "—")
            .replace("%5", str(len(counted) - done)).replace("%6", str(exempt)))
        fit_columns_once(self.progress_view)

    def focus_filter(self) -> None:
        self.progress_search.setFocus()
        self.progress_search.selectAll()

    def _filter_progress(self) -> None:
        unit = self.progress_unit.value()
        category = self.progress_category.value()
        only_short = self.only_short.isChecked()

        def keep(row: rules.PersonProgress) -> bool:
            return ((not only_short or (not row.exempt and not row.complete))
                    and (unit is None or row.person.unit_id == unit)
                    and (category is None or row.category == category))

        self.progress_model.set_filter(self.progress_search.text(), keep)

    def _open_progress_person(self, index: QModelIndex) -> None:
        self._open_person(self.progress_model.record(index.row()).person.id)


class CompletionTab(QWidget):
    """Completion by staff category and gender, as the yearly report counts it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

        columns: list[Column[rules.CompletionLine]] = [Column(self.tr("人員類別"), _line_label)]
        for which, label in enumerate((self.tr("男"), self.tr("女"), self.tr("計"))):
            columns.append(Column(self.tr("應受訓") + label, _pick("required", which), None, True))
        columns.append(Column(self.tr("免訓"), lambda r: r.exempt, None, True))
        for which, label in enumerate((self.tr("男"), self.tr("女"), self.tr("計"))):
            columns.append(Column(self.tr("已完成") + label, _pick("completed", which), None, True))
        for which, label in enumerate((self.tr("男"), self.tr("女"), self.tr("計"))):
            columns.append(Column(self.tr("完成率") + label, _rate(which), None, True))
        columns.append(Column(self.tr("平均時數"), lambda r: f"{r.average_hours:.1f}", None, True))
        self.completion_model: RecordTableModel[rules.CompletionLine] = RecordTableModel(
            columns, self)
        self.completion_view = make_table(self.completion_model, sortable=False)
        note = QLabel(self.tr("依人員類別與性別統計：免訓人員（在職未滿規定日數、留職停薪等）不列入應受訓人數。"))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.completion_view)


    def load(self) -> None:
        progress = training_service.progress(self.ctx.db, self.ctx.year)
        self.completion_model.set_records(rules.completion_lines(progress))
        fit_columns_once(self.completion_view)


class CoursesTab(QWidget):
    """The year's courses: participants by gender, hours and satisfaction."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.course_model: RecordTableModel[rules.CourseSummary] = RecordTableModel([
            Column(self.tr("日期"), lambda r: day_text(r.day), lambda r: r.day),
            Column(self.tr("課程名稱"), lambda r: r.title),
            Column(self.tr("辦理機關"), lambda r: r.provider),
            Column(self.tr("等級"), lambda r: wording.label(r.level)),
            Column(self.tr("課程時數"), lambda r: r.hours, lambda r: r.hours, True),
            Column(self.tr("男"), lambda r: r.male, lambda r: r.male, True),
            Column(self.tr("女"), lambda r: r.female, lambda r: r.female, True),
            Column(self.tr("其他"), lambda r: r.other, lambda r: r.other, True),
            Column(self.tr("合計"), lambda r: r.participants, lambda r: r.participants, True),
            Column(self.tr("總時數"), lambda r: r.person_hours, lambda r: r.person_hours, True),
            Column(self.tr("滿意度平均"),
                   lambda r: f"{r.satisfaction:.2f}" if r.satisfaction is not None else "",
                   lambda r: r.satisfaction, True),
        ], self)
        self.course_view = make_table(self.course_model)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("本年度各課程參訓人數（依性別）、時數與滿意度（1-5分）平均")))
        layout.addWidget(self.course_view)


    def load(self) -> None:
        self.course_model.set_records(training_service.course_summary(self.ctx.db, self.ctx.year))
        fit_columns_once(self.course_view)


def _pick(name: str, which: int) -> Callable[[rules.CompletionLine], int]:
    return lambda line: int(getattr(line, name)[which])


def _rate(which: int) -> Callable[[rules.CompletionLine], str]:
    def text(line: rules.CompletionLine) -> str:
        value = line.rate(which)
        return "—" if value is None else f"{value:.1%}"

    return text


def _line_label(line: rules.CompletionLine) -> str:
    """A category's name (or the total) in the window's language."""
    category = next((c for c in StaffCategory if c.label == line.label), None)
    if category is not None:
        return wording.label(category)
    return QCoreApplication.translate("CompletionTab", "合計") if line.label == "合計" \
        else wording.say(line.label)
