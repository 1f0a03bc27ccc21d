"""人員與培力: the staff roster, training records, progress, completion, courses and imports."""

from __future__ import annotations

import dataclasses
import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gmdesk.domain import importing
from gmdesk.domain import training as rules
from gmdesk.domain.errors import InputError
from gmdesk.domain.importing import FIELDS, ImportKind
from gmdesk.domain.model import (
    CATEGORY_LABELS,
    Course,
    CourseId,
    Delivery,
    Gender,
    Level,
    Person,
    PersonId,
    StaffCategory,
    TrainingId,
    TrainingRecord,
    UnitId,
)
from gmdesk.domain.rocdate import format_short, parse_date
from gmdesk.services import safety
from gmdesk.services import settings as settings_service
from gmdesk.services import staff as staff_service
from gmdesk.services import training as training_service
from gmdesk.ui.context import AppContext, Change
from gmdesk.ui.table_model import Column, RecordTableModel


def _day(value: dt.date | None) -> str:
    return format_short(value) if value else ""


def _table(model: RecordTableModel[Any], sortable: bool = True) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(sortable)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


def _unit_combo(ctx: AppContext, all_label: str) -> QComboBox:
    box = QComboBox()
    box.addItem(all_label, None)
    for unit in settings_service.units(ctx.db):
        box.addItem(unit.name, unit.id)
    return box


def _category_combo(all_label: str | None) -> QComboBox:
    box = QComboBox()
    if all_label is not None:
        box.addItem(all_label, None)
    for category, label in CATEGORY_LABELS.items():
        box.addItem(label, category.value)
    return box


class StaffPage(QWidget):
    """Roster, a person's records, who is short, completion and course summaries."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)
        self._build_roster()
        self._build_progress()
        self._build_completion()
        self._build_courses()
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_filter)
        QShortcut(QKeySequence.StandardKey.New, self, self._new_for_tab)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_reminders)
        ctx.year_changed.connect(ctx.when_shown(self, lambda _year: self.reload()))
        ctx.listen(Change.TRAINING | Change.PEOPLE | Change.GROUP | Change.OFFICE,
                   self._on_data_changed)
        self.reload()

    # --- building ------------------------------------------------------------------------
    def _build_roster(self) -> None:
        page = QWidget()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜尋姓名、編號、職稱…（Ctrl+F）"))
        self.search.setClearButtonEnabled(True)
        self.unit_filter = _unit_combo(self.ctx, self.tr("全部單位"))
        self.category_filter = _category_combo(self.tr("全部類別"))
        self.show_left = QCheckBox(self.tr("顯示已離職人員(&L)"))
        filters = QHBoxLayout()
        search_label = QLabel(self.tr("搜尋(&F)："))
        search_label.setBuddy(self.search)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.unit_filter, 1)
        filters.addWidget(self.category_filter, 1)
        filters.addWidget(self.show_left)

        self.roster_model: RecordTableModel[staff_service.StaffRow] = RecordTableModel([
            Column(self.tr("員工編號"), lambda r: r.person.staff_no),
            Column(self.tr("姓名"), lambda r: r.person.name),
            Column(self.tr("性別"), lambda r: r.person.gender.label),
            Column(self.tr("單位"), lambda r: r.unit),
            Column(self.tr("職稱"), lambda r: r.person.title),
            Column(self.tr("人員類別"), lambda r: r.category_label),
            Column(self.tr("到職日"), lambda r: _day(r.start), lambda r: r.start),
            Column(self.tr("離職日"), lambda r: _day(r.end), lambda r: r.end),
            Column(self.tr("本年度免訓"), lambda r: r.exemption),
        ], self)
        self.roster_model.highlight = lambda r: "#eeeeee" if r.left else None
        self.roster_view = _table(self.roster_model)
        self.roster_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.roster_view.doubleClicked.connect(lambda _i: self.edit_person())
        self.roster_view.selectionModel().currentRowChanged.connect(
            lambda _a, _b: self._load_person_records())

        self.new_button = QPushButton(self.tr("新增人員(&N)"))
        self.edit_button = QPushButton(self.tr("編輯(&E)"))
        self.exempt_button = QPushButton(self.tr("本年度免訓(&X)…"))
        self.import_staff_button = QPushButton(self.tr("匯入名冊(&I)…"))
        self.new_button.clicked.connect(self.new_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.exempt_button.clicked.connect(self.set_exemption)
        self.import_staff_button.clicked.connect(lambda: self.start_import(ImportKind.STAFF))
        self.count_label = QLabel()
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.exempt_button,
                       self.import_staff_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)

        # A person's training records, below the roster.
        self.records_title = QLabel(self.tr("培力紀錄"))
        self.records_model: RecordTableModel[TrainingRecord] = RecordTableModel([
            Column(self.tr("日期"), lambda r: _day(r.day), lambda r: r.day),
            Column(self.tr("課程名稱"), lambda r: r.title),
            Column(self.tr("時數"), lambda r: r.hours, lambda r: r.hours, align_right=True),
            Column(self.tr("等級"), lambda r: r.level.label),
            Column(self.tr("CEDAW"), lambda r: "是" if r.cedaw else "否"),
            Column(self.tr("方式"), lambda r: r.delivery.label),
            Column(self.tr("辦理機關"), lambda r: r.provider),
            Column(self.tr("來源"), lambda r: _source_label(r.source)),
        ], self)
        self.records_view = _table(self.records_model)
        self.records_view.doubleClicked.connect(lambda _i: self.edit_record())
        self.add_record_button = QPushButton(self.tr("新增紀錄(&R)…"))
        self.delete_record_button = QPushButton(self.tr("刪除紀錄(&D)"))
        self.course_button = QPushButton(self.tr("登錄內部課程與出席名單(&C)…"))
        self.import_training_button = QPushButton(self.tr("匯入時數(&H)…"))
        self.add_record_button.clicked.connect(self.add_record)
        self.delete_record_button.clicked.connect(self.delete_record)
        self.course_button.clicked.connect(self.record_course)
        self.import_training_button.clicked.connect(
            lambda: self.start_import(ImportKind.TRAINING))
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.records_view, self.delete_record)
        record_buttons = QHBoxLayout()
        for button in (self.add_record_button, self.delete_record_button, self.course_button,
                       self.import_training_button):
            record_buttons.addWidget(button)
        record_buttons.addStretch(1)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        top_layout.addWidget(self.roster_view)
        top_layout.addLayout(buttons)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.records_title)
        bottom_layout.addWidget(self.records_view)
        bottom_layout.addLayout(record_buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(page)
        layout.addWidget(splitter)
        self.tabs.addTab(page, self.tr("人員名冊"))

        self.search.textChanged.connect(self._filter_roster)
        self.unit_filter.currentIndexChanged.connect(self._filter_roster)
        self.category_filter.currentIndexChanged.connect(self._filter_roster)
        self.show_left.toggled.connect(self._filter_roster)
        for widget in (self.new_button, self.edit_button, self.exempt_button,
                       self.import_staff_button, self.add_record_button,
                       self.delete_record_button, self.course_button,
                       self.import_training_button):
            widget.setEnabled(not self.ctx.readonly)

    def _build_progress(self) -> None:
        page = QWidget()
        self.progress_search = QLineEdit()
        self.progress_search.setPlaceholderText(self.tr("搜尋姓名…"))
        self.progress_search.setClearButtonEnabled(True)
        self.progress_unit = _unit_combo(self.ctx, self.tr("全部單位"))
        self.progress_category = _category_combo(self.tr("全部類別"))
        self.only_short = QCheckBox(self.tr("只顯示未達時數者(&S)"))
        self.only_short.setChecked(True)
        self.print_button = QPushButton(self.tr("列印提醒名單(&P)…"))
        self.print_button.clicked.connect(self.print_reminders)
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
            Column(self.tr("性別"), lambda r: r.person.gender.label),
            Column(self.tr("人員類別"), lambda r: r.category.label),
            Column(self.tr("應完成時數"), lambda r: r.required, lambda r: r.required, True),
            Column(self.tr("已完成時數"), lambda r: r.done, lambda r: r.done, True),
            Column(self.tr("進階（已完成/應完成）"),
                   lambda r: f"{r.advanced_done:g}/{r.advanced_required:g}"
                   if r.advanced_required else "", lambda r: r.advanced_done, True),
            Column(self.tr("尚差時數"), lambda r: r.short if r.short else "",
                   lambda r: r.short, True),
            Column(self.tr("狀態"), lambda r: r.status,
                   tooltip=lambda r: r.exempt_reason),
        ], self)
        self.progress_model.highlight = (
            lambda r: "#fde2e1" if not r.exempt and not r.complete else None)
        self.progress_view = _table(self.progress_model)
        self.progress_view.sortByColumn(7, Qt.SortOrder.DescendingOrder)
        self.progress_view.doubleClicked.connect(self._open_progress_person)
        layout = QVBoxLayout(page)
        layout.addLayout(filters)
        layout.addWidget(self.progress_summary)
        layout.addWidget(self.progress_view)
        self.tabs.addTab(page, self.tr("達成進度"))
        self.progress_search.textChanged.connect(self._filter_progress)
        self.progress_unit.currentIndexChanged.connect(self._filter_progress)
        self.progress_category.currentIndexChanged.connect(self._filter_progress)
        self.only_short.toggled.connect(self._filter_progress)

    def _build_completion(self) -> None:
        page = QWidget()

        columns: list[Column[rules.CompletionLine]] = [Column(self.tr("人員類別"), lambda r: r.label)]
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
        self.completion_view = _table(self.completion_model, sortable=False)
        note = QLabel(self.tr("依人員類別與性別統計：免訓人員（在職未滿規定日數、留職停薪等）不列入應受訓人數。"))
        note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(note)
        layout.addWidget(self.completion_view)
        self.tabs.addTab(page, self.tr("類別×性別"))

    def _build_courses(self) -> None:
        page = QWidget()
        self.course_model: RecordTableModel[rules.CourseSummary] = RecordTableModel([
            Column(self.tr("日期"), lambda r: _day(r.day), lambda r: r.day),
            Column(self.tr("課程名稱"), lambda r: r.title),
            Column(self.tr("辦理機關"), lambda r: r.provider),
            Column(self.tr("等級"), lambda r: r.level.label),
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
        self.course_view = _table(self.course_model)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("本年度各課程參訓人數（依性別）、時數與滿意度（1-5分）平均")))
        layout.addWidget(self.course_view)
        self.tabs.addTab(page, self.tr("課程統計"))

    # --- data ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read everything the tabs show for the year in view."""
        self._units = settings_service.unit_names(self.ctx.db)
        year, today = self.ctx.year, self.ctx.today()
        current = self._current_person_id()
        self.roster_model.set_records(staff_service.roster(self.ctx.db, year, today))
        self._filter_roster()
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
        self.completion_model.set_records(rules.completion_lines(progress))
        self.course_model.set_records(training_service.course_summary(self.ctx.db, year))
        for view in (self.roster_view, self.progress_view, self.completion_view,
                     self.course_view):
            view.resizeColumnsToContents()
        if current is not None:
            self.select_person(current)
        self._load_person_records()

    def _on_data_changed(self, _what: Change) -> None:
        self.reload()

    def _filter_roster(self) -> None:
        unit = self.unit_filter.currentData()
        category = self.category_filter.currentData()
        show_left = self.show_left.isChecked()

        def keep(row: staff_service.StaffRow) -> bool:
            return ((show_left or not row.left)
                    and (unit is None or row.person.unit_id == unit)
                    and (category is None
                         or (row.category is not None and row.category.value == category)))

        self.roster_model.set_filter(self.search.text(), keep)
        shown = self.roster_model.rowCount()
        total = len(self.roster_model.all_records())
        self.count_label.setText(self.tr("顯示 %1 / %2 人").replace("%1", str(shown))
                                 .replace("%2", str(total)))

    def _filter_progress(self) -> None:
        unit = self.progress_unit.currentData()
        category = self.progress_category.currentData()
        only_short = self.only_short.isChecked()

        def keep(row: rules.PersonProgress) -> bool:
            return ((not only_short or (not row.exempt and not row.complete))
                    and (unit is None or row.person.unit_id == unit)
                    and (category is None or row.category.value == category))

        self.progress_model.set_filter(self.progress_search.text(), keep)

    def _current_person_id(self) -> PersonId | None:
        index = self.roster_view.currentIndex()
        if not index.isValid():
            return None
        return self.roster_model.record(index.row()).person.id

    def select_person(self, person_id: int) -> bool:
        for row, record in enumerate(self.roster_model.records()):
            if record.person.id == person_id:
                self.roster_view.selectRow(row)
                self.roster_view.setCurrentIndex(self.roster_model.index(row, 0))
                return True
        return False

    def _load_person_records(self) -> None:
        pid = self._current_person_id()
        if pid is None:
            self.records_model.set_records([])
            self.records_title.setText(self.tr("培力紀錄：請在上方選擇人員"))
            return
        records = training_service.records_of_person(self.ctx.db, pid)
        name = self.roster_model.record(self.roster_view.currentIndex().row()).person.name
        year_records = [r for r in records if r.day.year - 1911 == self.ctx.year]
        hours = sum(r.hours for r in rules.count_once(year_records))
        self.records_title.setText(
            self.tr("%1 的培力紀錄（本年度 %2 小時，共 %3 筆紀錄）").replace("%1", name)
            .replace("%2", f"{hours:g}").replace("%3", str(len(records))))
        self.records_model.set_records(records)

    # --- navigation ----------------------------------------------------------------------
    def focus_record(self, record: str) -> None:
        """Show a person (a "person:ID" target) or, for the duty itself, who is short."""
        if record.isdigit():
            self.tabs.setCurrentIndex(0)
            if not self.select_person(int(record)):
                self.show_left.setChecked(True)
                self.select_person(int(record))
        else:
            self.tabs.setCurrentIndex(1)

    def _open_progress_person(self, index: QModelIndex) -> None:
        self.focus_record(str(self.progress_model.record(index.row()).person.id))

    def _focus_filter(self) -> None:
        target = {0: self.search, 1: self.progress_search}.get(self.tabs.currentIndex())
        if target is not None:
            target.setFocus()
            target.selectAll()

    def _new_for_tab(self) -> None:
        if self.tabs.currentIndex() == 0 and not self.ctx.readonly:
            self.new_person()

    # --- actions -------------------------------------------------------------------------
    def new_person(self) -> None:
        dialog = PersonDialog(self.ctx, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._saved(dialog.saved_id)

    def edit_person(self) -> None:
        index = self.roster_view.currentIndex()
        if not index.isValid() or self.ctx.readonly:
            return
        dialog = PersonDialog(self.ctx, self.roster_model.record(index.row()), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._saved(dialog.saved_id)

    def _saved(self, person_id: int | None) -> None:
        self.ctx.changed(Change.PEOPLE | Change.TRAINING)
        if person_id:
            self.select_person(person_id)
        self.ctx.status_message.emit(self.tr("已儲存"))

    def set_exemption(self) -> None:
        index = self.roster_view.currentIndex()
        if not index.isValid():
            QMessageBox.information(self, self.tr("免訓"), self.tr("請先在名冊中選擇人員。"))
            return
        row = self.roster_model.record(index.row())
        reason, ok = QInputDialog.getText(
            self, self.tr("本年度免訓"),
            self.tr("%1 在 %2 年度免訓的原因（例如：留職停薪、育嬰假；留空則取消免訓）：")
            .replace("%1", row.person.name).replace("%2", str(self.ctx.year)),
            text=row.exemption)
        if not ok:
            return
        if reason.strip():
            staff_service.set_exemption(self.ctx.db, row.person.id, self.ctx.year, reason)
        else:
            staff_service.clear_exemption(self.ctx.db, row.person.id, self.ctx.year)
        self._saved(row.person.id)

    def add_record(self) -> None:
        pid = self._current_person_id()
        if pid is None:
            QMessageBox.information(self, self.tr("新增紀錄"), self.tr("請先在名冊中選擇人員。"))
            return
        dialog = RecordDialog(self.ctx, pid, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._saved(pid)

    def edit_record(self) -> None:
        index = self.records_view.currentIndex()
        if not index.isValid() or self.ctx.readonly:
            return
        record = self.records_model.record(index.row())
        dialog = RecordDialog(self.ctx, record.person_id, record, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._saved(record.person_id)

    def delete_record(self) -> None:
        index = self.records_view.currentIndex()
        if not index.isValid() or self.ctx.readonly:
            return
        record = self.records_model.record(index.row())
        answer = QMessageBox.question(
            self, self.tr("刪除紀錄"),
            self.tr("確定刪除 %1「%2」%3小時 這筆培力紀錄？可從資源回收筒還原。").replace("%1", _day(record.day))
            .replace("%2", record.title).replace("%3", f"{record.hours:g}"))
        if answer == QMessageBox.StandardButton.Yes:
            training_service.delete_record(self.ctx.db, record.id)
            self._saved(record.person_id)

    def record_course(self) -> None:
        dialog = CourseDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._saved(self._current_person_id())

    def print_reminders(self) -> None:
        """Render the reminder list of who is short and show it."""
        out = Path(tempfile.mkdtemp(prefix="gmdesk-")) / f"{self.ctx.year}年度培力時數提醒名單.pdf"
        try:
            training_service.print_reminders(self.ctx.db, self.ctx.year, self.ctx.today(), out)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("無法產生名單"), str(exc))
            return
        from gmdesk.ui.pdf_preview import show_pdf

        show_pdf(self, out, self.tr("培力時數提醒名單"))

    def start_import(self, kind: ImportKind, path: Path | None = None) -> ImportDialog | None:
        """Ask for a file, then open the mapping/preview dialog for it."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("選擇要匯入的檔案"), str(Path.home()),
                self.tr("試算表 (*.xlsx *.xls *.ods *.csv)"))
            if not name:
                return None
            path = Path(name)
        try:
            source = training_service.open_source(self.ctx.db, path, kind)
        except (InputError, OSError) as exc:
            QMessageBox.warning(self, self.tr("無法讀取檔案"), str(exc))
            return None
        dialog = ImportDialog(self.ctx, source, self)
        dialog.finished.connect(lambda _code: self.reload() if dialog.applied else None)
        dialog.open()
        return dialog


def _source_label(source: str) -> str:
    if source.startswith("import:"):
        return "匯入 " + source.removeprefix("import:").rsplit("#", 1)[0]
    return {"manual": "手動", "course": "內部課程"}.get(source, source)


def _save_cancel(dialog: QDialog, save: str, cancel: str) -> QDialogButtonBox:
    """Return 儲存 / 取消 buttons wired to the dialog's save() and reject()."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(save)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)
    buttons.accepted.connect(dialog.save)  # type: ignore[attr-defined]
    buttons.rejected.connect(dialog.reject)
    return buttons


class _ErrorLabel(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setStyleSheet("color: #b00020")
        self.setWordWrap(True)
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class PersonDialog(QDialog):
    """Add or edit a staff member: person, category and period; leaving sets an end date."""

    def __init__(self, ctx: AppContext, row: staff_service.StaffRow | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.row = row
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("編輯人員") if row else self.tr("新增人員"))
        person = row.person if row else None
        self.name = QLineEdit(person.name if person else "")
        self.gender = QComboBox()
        for gender in Gender:
            self.gender.addItem(gender.label, gender.value)
        if person:
            self.gender.setCurrentIndex(self.gender.findData(person.gender.value))
        self.unit = _unit_combo(ctx, self.tr("（未指定）"))
        if person and person.unit_id:
            self.unit.setCurrentIndex(max(self.unit.findData(person.unit_id), 0))
        self.title_edit = QLineEdit(person.title if person else "")
        self.staff_no = QLineEdit(person.staff_no if person else "")
        self.id_masked = QLineEdit(person.id_masked if person else "")
        self.id_masked.setPlaceholderText(self.tr("可只填遮蔽後的號碼，如 A12****789"))
        self.category = _category_combo(None)
        if row and row.category:
            self.category.setCurrentIndex(self.category.findData(row.category.value))
        today = ctx.today()
        self.start = QLineEdit(_day(row.start) if row and row.start else _day(today))
        self.end = QLineEdit(_day(row.end) if row and row.end else "")
        self.end.setPlaceholderText(self.tr("在職中請留空；離職者保留紀錄"))
        self.change_from = QLineEdit()
        self.change_from.setPlaceholderText(self.tr("類別變更時填生效日（留空則直接更正）"))
        self.note = QLineEdit(person.note if person else "")
        self.error = _ErrorLabel()
        form = QFormLayout()
        for label, widget in ((self.tr("姓名(&A)"), self.name), (self.tr("性別(&G)"), self.gender),
                              (self.tr("單位(&U)"), self.unit), (self.tr("職稱(&T)"), self.title_edit),
                              (self.tr("員工編號(&O)"), self.staff_no),
                              (self.tr("身分證字號"), self.id_masked),
                              (self.tr("人員類別(&C)"), self.category),
                              (self.tr("到職日期"), self.start), (self.tr("離職日期"), self.end),
                              (self.tr("類別變更生效日"), self.change_from),
                              (self.tr("備註"), self.note)):
            form.addRow(label, widget)
        if row is None:
            self.change_from.setEnabled(False)
        buttons = _save_cancel(self, self.tr("儲存"), self.tr("取消"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def form(self) -> staff_service.StaffForm:
        def day(edit: QLineEdit, label: str, required: bool) -> dt.date | None:
            text = edit.text().strip()
            if not text:
                if required:
                    raise InputError(f"請填寫{label}", label)
                return None
            try:
                return parse_date(text)
            except ValueError as exc:
                edit.setFocus()
                raise InputError(f"{label}：{exc}", label) from None

        unit = self.unit.currentData()
        person = Person(
            self.row.person.id if self.row else PersonId(0), self.name.text().strip(),
            Gender(self.gender.currentData()), self.title_edit.text().strip(),
            UnitId(unit) if unit else None, self.staff_no.text().strip(),
            importing.parse_id(self.id_masked.text()) if self.id_masked.text().strip() else "",
            False, self.note.text().strip())
        start = day(self.start, "到職日期", True)
        assert start is not None
        return staff_service.StaffForm(person, StaffCategory(self.category.currentData()),
                                       start, day(self.end, "離職日期", False),
                                       day(self.change_from, "類別變更生效日", False))

    def save(self) -> None:
        try:
            self.saved_id = staff_service.save_staff(self.ctx.db, self.form())
        except (InputError, importing.CellError) as exc:
            self.error.show_error(str(exc))
            return
        self.accept()


class RecordDialog(QDialog):
    """Add or edit one training record of one person."""

    def __init__(self, ctx: AppContext, person_id: int, record: TrainingRecord | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.record = record
        self.setWindowTitle(self.tr("編輯培力紀錄") if record else self.tr("新增培力紀錄"))
        self.title_edit = QLineEdit(record.title if record else "")
        self.day = QLineEdit(_day(record.day if record else ctx.today()))
        self.day.setPlaceholderText(self.tr("例：115/3/5"))
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0.5, 12)
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(1)
        self.hours.setValue(record.hours if record else 2)
        self.level = QComboBox()
        for level in Level:
            self.level.addItem(level.label, level.value)
        self.cedaw = QCheckBox(self.tr("含CEDAW內容"))
        self.cedaw.setChecked(record.cedaw if record else True)
        self.delivery = QComboBox()
        for delivery in Delivery:
            self.delivery.addItem(delivery.label, delivery.value)
        self.provider = QLineEdit(record.provider if record else "")
        self.satisfaction = QSpinBox()
        self.satisfaction.setRange(0, 5)
        self.satisfaction.setSpecialValueText(self.tr("（未填）"))
        self.note = QLineEdit(record.note if record else "")
        if record:
            self.level.setCurrentIndex(self.level.findData(record.level.value))
            self.delivery.setCurrentIndex(self.delivery.findData(record.delivery.value))
            self.satisfaction.setValue(record.satisfaction or 0)
        self.error = _ErrorLabel()
        form = QFormLayout()
        for label, widget in ((self.tr("課程名稱(&T)"), self.title_edit),
                              (self.tr("上課日期(&D)"), self.day), (self.tr("時數(&H)"), self.hours),
                              (self.tr("等級"), self.level), (self.tr("CEDAW"), self.cedaw),
                              (self.tr("上課方式"), self.delivery),
                              (self.tr("辦理機關"), self.provider),
                              (self.tr("滿意度(1-5)"), self.satisfaction),
                              (self.tr("備註"), self.note)):
            form.addRow(label, widget)
        buttons = _save_cancel(self, self.tr("儲存"), self.tr("取消"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            day = parse_date(self.day.text())
        except ValueError as exc:
            self.error.show_error(self.tr("上課日期：") + str(exc))
            self.day.setFocus()
            return
        base = self.record or TrainingRecord(TrainingId(0), PersonId(self.person_id), "", day, 1)
        record = dataclasses.replace(
            base, title=self.title_edit.text().strip(), day=day, hours=self.hours.value(),
            level=Level(self.level.currentData()), cedaw=self.cedaw.isChecked(),
            delivery=Delivery(self.delivery.currentData()), provider=self.provider.text().strip(),
            satisfaction=self.satisfaction.value() or None, note=self.note.text().strip())
        try:
            training_service.save_record(self.ctx.db, record)
        except InputError as exc:
            self.error.show_error(str(exc))
            return
        self.accept()


class CourseDialog(QDialog):
    """An in-house course entered once, with its attendance list: everyone gets the hours."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_: training_service.CourseResult | None = None
        self.setWindowTitle(self.tr("登錄內部課程與出席名單"))
        self.resize(720, 620)
        self.title_edit = QLineEdit()
        self.day = QLineEdit(_day(ctx.today()))
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0.5, 12)
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(1)
        self.hours.setValue(2)
        self.level = QComboBox()
        for level in Level:
            self.level.addItem(level.label, level.value)
        self.delivery = QComboBox()
        for delivery in Delivery:
            self.delivery.addItem(delivery.label, delivery.value)
        self.cedaw = QCheckBox(self.tr("含CEDAW內容"))
        self.cedaw.setChecked(True)
        self.provider = QLineEdit(self.tr("本所"))
        form = QGridLayout()
        pairs = ((self.tr("課程名稱(&T)"), self.title_edit), (self.tr("日期(&D)"), self.day),
                 (self.tr("時數(&H)"), self.hours), (self.tr("等級"), self.level),
                 (self.tr("方式"), self.delivery), (self.tr("辦理機關"), self.provider))
        for i, (label, widget) in enumerate(pairs):
            caption = QLabel(label)
            caption.setBuddy(widget)
            form.addWidget(caption, i // 2, (i % 2) * 2)
            form.addWidget(widget, i // 2, (i % 2) * 2 + 1)
        form.addWidget(self.cedaw, 3, 1)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("篩選姓名或單位…"))
        self.people_model = QStandardItemModel(self)
        units = settings_service.unit_names(ctx.db)
        for row in staff_service.roster(ctx.db, ctx.year, ctx.today()):
            if row.left:
                continue
            item = QStandardItem(f"{units.get(row.person.unit_id or 0, '')}　{row.person.name}"
                                 f"　{row.person.title}")
            item.setCheckable(True)
            item.setEditable(False)
            item.setData(row.person.id, Qt.ItemDataRole.UserRole)
            self.people_model.appendRow(item)
        self.people_view = QListView()
        self.people_view.setModel(self.people_model)
        self.filter.textChanged.connect(self._filter)
        all_button = QPushButton(self.tr("全選顯示者"))
        none_button = QPushButton(self.tr("全不選"))
        all_button.clicked.connect(lambda: self._check_shown(True))
        none_button.clicked.connect(lambda: self._check_shown(False))
        pick = QHBoxLayout()
        pick.addWidget(self.filter, 1)
        pick.addWidget(all_button)
        pick.addWidget(none_button)
        self.error = _ErrorLabel()
        buttons = _save_cancel(self, self.tr("儲存"), self.tr("取消"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        box = QGroupBox(self.tr("出席人員（勾選）"))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(pick)
        box_layout.addWidget(self.people_view)
        layout.addWidget(box, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _filter(self, text: str) -> None:
        words = text.strip().split()
        for row in range(self.people_model.rowCount()):
            label = self.people_model.item(row).text()
            self.people_view.setRowHidden(row, not all(w in label for w in words))

    def _check_shown(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.people_model.rowCount()):
            if not self.people_view.isRowHidden(row):
                self.people_model.item(row).setCheckState(state)

    def checked_ids(self) -> list[int]:
        return [int(self.people_model.item(r).data(Qt.ItemDataRole.UserRole))
                for r in range(self.people_model.rowCount())
                if self.people_model.item(r).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        try:
            day = parse_date(self.day.text())
        except ValueError as exc:
            self.error.show_error(self.tr("日期：") + str(exc))
            return
        course = Course(CourseId(0), self.title_edit.text().strip(), day, self.hours.value(),
                        Level(self.level.currentData()), self.cedaw.isChecked(),
                        Delivery(self.delivery.currentData()), self.provider.text().strip())
        try:
            self.result_ = training_service.record_course(self.ctx.db, course, self.checked_ids())
        except InputError as exc:
            self.error.show_error(str(exc))
            return
        if self.result_.skipped:
            QMessageBox.information(
                self, self.tr("已登錄"),
                self.tr("%1 人已有這堂課的紀錄，未重複登錄：%2")
                .replace("%1", str(len(self.result_.skipped)))
                .replace("%2", "、".join(self.result_.skipped)))
        self.accept()


class ImportDialog(QDialog):
    """Map the file's columns, preview, dry run, then import in the background."""

    NOT_MAPPED = -1

    def __init__(self, ctx: AppContext, source: training_service.ImportSource,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.source = source
        self.applied = False
        self.last_result: training_service.ImportResult | None = None
        self.setWindowTitle(self.tr("匯入%1：%2").replace("%1", source.kind.label)
                            .replace("%2", source.path.name))
        self.resize(1100, 720)
        intro = QLabel(self.tr("檔案「%1」：標題在第 %2 列，共 %3 列資料。請確認每個欄位對應到檔案的哪一欄"
                               "（已依標題自動判斷，並記住上次的選擇）。")
                       .replace("%1", source.path.name)
                       .replace("%2", str(source.header_index + 1))
                       .replace("%3", str(source.data_rows)))
        intro.setWordWrap(True)
        self.seen_label = QLabel()
        self.seen_label.setStyleSheet("color: #8a5a00")
        self.seen_label.setWordWrap(True)
        if source.seen_before is not None:
            self.seen_label.setText(
                self.tr("注意：這個檔案已於 %1 以「%2」匯入過；再次匯入時已登錄的資料會略過。")
                .replace("%1", source.seen_before.imported_at[:10])
                .replace("%2", source.seen_before.file_name))
        else:
            self.seen_label.hide()

        mapping_box = QGroupBox(self.tr("欄位對應"))
        grid = QGridLayout(mapping_box)
        self.combos: dict[str, QComboBox] = {}
        for i, spec in enumerate(FIELDS[source.kind]):
            combo = QComboBox()
            combo.addItem(self.tr("（不匯入）"), self.NOT_MAPPED)
            for column, header in enumerate(source.headers):
                combo.addItem(f"{importing.column_letter(column)}：{header or '（無標題）'}", column)
            combo.setCurrentIndex(max(combo.findData(source.mapping.get(spec.code,
                                                                         self.NOT_MAPPED)), 0))
            combo.currentIndexChanged.connect(self._mapping_changed)
            label = QLabel(spec.label + (" *" if spec.required else ""))
            label.setBuddy(combo)
            grid.addWidget(label, i // 3, (i % 3) * 2)
            grid.addWidget(combo, i // 3, (i % 3) * 2 + 1)
            self.combos[spec.code] = combo

        self.preview_model: RecordTableModel[tuple[int, list[object]]] = RecordTableModel(
            self._preview_columns(), self)
        self.preview_model.set_records(source.sample(50))
        self.preview_view = _table(self.preview_model, sortable=False)
        self.preview_view.verticalHeader().hide()
        self.result_text = QPlainTextEdit()
        self.result_text.setReadOnly(True)
        self.result_text.setPlaceholderText(self.tr("按「試算」看匯入後會新增或變更什麼（不會寫入資料）。"))
        self.dry_button = QPushButton(self.tr("試算(&D)"))
        self.import_button = QPushButton(self.tr("匯入(&I)"))
        self.close_button = QPushButton(self.tr("關閉"))
        self.dry_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        self.close_button.clicked.connect(self.reject)
        self.import_button.setEnabled(not ctx.readonly)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.dry_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(QLabel(self.tr("預覽（前 50 列；第一欄是檔案中的列號）")))
        preview_layout.addWidget(self.preview_view)
        splitter.addWidget(preview)
        splitter.addWidget(self.result_text)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.seen_label)
        layout.addWidget(mapping_box)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.preview_view.resizeColumnsToContents()

    def _preview_columns(self) -> list[Column[tuple[int, list[object]]]]:
        mapped = {column: code for code, column in self.mapping().items()} \
            if hasattr(self, "combos") else {}
        labels = {s.code: s.label for s in FIELDS[self.source.kind]}
        columns: list[Column[tuple[int, list[object]]]] = [
            Column(self.tr("列"), lambda r: r[0], lambda r: r[0], True)]
        for index, header in enumerate(self.source.headers):
            title = f"{importing.column_letter(index)} {header}"
            if index in mapped:
                title = f"→ {labels[mapped[index]]}\n{title}"
            columns.append(Column(title, _cell_of(index)))
        return columns

    def mapping(self) -> dict[str, int]:
        """Return the mapping the clerk chose: field code -> column index."""
        return {code: int(combo.currentData()) for code, combo in self.combos.items()
                if int(combo.currentData()) != self.NOT_MAPPED}

    def _mapping_changed(self) -> None:
        self.preview_model.columns = self._preview_columns()
        self.preview_model.set_records(self.preview_model.all_records())
        self.preview_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                                  len(self.preview_model.columns) - 1)

    def run(self, dry_run: bool) -> None:
        """Run the import (or the dry run) on the runner, with its own connection."""
        mapping = self.mapping()
        missing = importing.missing_fields(mapping, self.source.kind)
        if missing:
            self.result_text.setPlainText(
                self.tr("請指定這些欄位：") + "、".join(s.label for s in missing))
            return
        source, path, today = self.source, self.ctx.path, self.ctx.today()

        def task(progress: Callable[[int, int, str], None]) -> training_service.ImportResult:
            db = safety.open_worker_db(path)
            try:
                return training_service.run_import(db, source, mapping, dry_run=dry_run,
                                                   today=today, progress_fn=progress)
            finally:
                db.close()

        self.dry_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.ctx.runner.run(task, self.tr("匯入中…") if not dry_run else self.tr("試算中…"),
                            self._done, self._failed, cancellable=True)

    def _done(self, result: training_service.ImportResult) -> None:
        self.last_result = result
        self.dry_button.setEnabled(True)
        self.import_button.setEnabled(not self.ctx.readonly and not result.applied)
        lines = [result.summary(), ""]
        if result.errors:
            lines.append(self.tr("無法讀取的列（列號、欄位、內容、原因）："))
            lines += [f"  {e}" for e in result.errors]
        else:
            lines += result.changes[:500]
            if len(result.changes) > 500:
                lines.append(f"…另有{len(result.changes) - 500}項")
        self.result_text.setPlainText("\n".join(lines))
        if result.applied:
            self.applied = True
            self.ctx.changed(Change.PEOPLE | Change.TRAINING)
            self.ctx.status_message.emit(result.summary())

    def _failed(self, exc: Exception) -> None:
        self.dry_button.setEnabled(True)
        self.import_button.setEnabled(not self.ctx.readonly)
        from gmdesk.ui.runner import Cancelled

        if isinstance(exc, Cancelled):
            self.result_text.setPlainText(self.tr("已取消：資料未變更。"))
        else:
            self.result_text.setPlainText(self.tr("匯入失敗，資料未變更：") + str(exc))


def _pick(name: str, which: int) -> Callable[[rules.CompletionLine], int]:
    return lambda line: int(getattr(line, name)[which])


def _rate(which: int) -> Callable[[rules.CompletionLine], str]:
    def text(line: rules.CompletionLine) -> str:
        value = line.rate(which)
        return "—" if value is None else f"{value:.1%}"

    return text


def _cell_of(index: int) -> Callable[[tuple[int, list[object]]], str]:
    return lambda row: _cell_text(row[1], index)


def _cell_text(cells: list[object], index: int) -> str:
    if index >= len(cells) or cells[index] is None:
        return ""
    value = cells[index]
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
