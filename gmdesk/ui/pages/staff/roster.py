"""人員名冊 tab: the roster with its filters, and the chosen person's training records below it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gmdesk.domain import training as rules
from gmdesk.domain.importing import ImportKind
from gmdesk.domain.model import (
    PersonId,
    TrainingRecord,
)
from gmdesk.services import staff as staff_service
from gmdesk.services import training as training_service
from gmdesk.ui import wording
from gmdesk.ui.context import AppContext, Change
from gmdesk.ui.pages.staff.common import (
    category_filter,
    day_text,
    fit_columns_once,
    make_table,
    source_label,
    unit_filter,
)
from gmdesk.ui.pages.staff.dialogs import CourseDialog, PersonDialog, RecordDialog
from gmdesk.ui.pages.staff.exemption import ExemptionDialog
from gmdesk.ui.table_model import Column, RecordTableModel
from gmdesk.ui.widgets.tables import EmptyHint

FILTER_DELAY_MS = 250  # typing in the search box filters once the clerk pauses


class RosterTab(QWidget):
    """Everyone on the roster (filtered), and the records of the person chosen in it."""

    def __init__(self, ctx: AppContext, start_import: Callable[[ImportKind], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._start_import = start_import
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._filter_roster)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜尋姓名、編號、職稱…（Ctrl+F）"))
        self.search.setClearButtonEnabled(True)
        self.unit_filter = unit_filter(self.ctx, self.tr("全部單位"))
        self.category_filter = category_filter(self.tr("全部類別"))
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
            Column(self.tr("性別"), lambda r: wording.label(r.person.gender)),
            Column(self.tr("單位"), lambda r: r.unit),
            Column(self.tr("職稱"), lambda r: r.person.title),
            Column(self.tr("人員類別"), lambda r: wording.label(r.category) if r.category else ""),
            Column(self.tr("到職日"), lambda r: day_text(r.start), lambda r: r.start),
            Column(self.tr("離職日"), lambda r: day_text(r.end), lambda r: r.end),
            Column(self.tr("本年度免訓"), lambda r: wording.say(r.exemption)),
        ], self)
        self.roster_model.highlight = lambda r: "#eeeeee" if r.left else None
        self.roster_view = make_table(self.roster_model)
        self.roster_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.roster_hint = EmptyHint(self.roster_view, lambda: self.tr(
            "沒有符合搜尋或篩選條件的人員。") if self.roster_model.all_records() else self.tr(
            "尚無人員：按「新增人員」逐筆登錄，或按「匯入名冊」從 Excel 匯入。"))
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
        self.import_staff_button.clicked.connect(lambda: self._start_import(ImportKind.STAFF))
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
            Column(self.tr("日期"), lambda r: day_text(r.day), lambda r: r.day),
            Column(self.tr("課程名稱"), lambda r: r.title),
            Column(self.tr("時數"), lambda r: r.hours, lambda r: r.hours, align_right=True),
            Column(self.tr("等級"), lambda r: wording.label(r.level)),
            Column(self.tr("CEDAW"), lambda r: "是" if r.cedaw else "否"),
            Column(self.tr("方式"), lambda r: wording.label(r.delivery)),
            Column(self.tr("辦理機關"), lambda r: r.provider),
            Column(self.tr("來源"), lambda r: source_label(r.source)),
        ], self)
        self.records_view = make_table(self.records_model)
        self.records_view.doubleClicked.connect(lambda _i: self.edit_record())
        self.add_record_button = QPushButton(self.tr("新增紀錄(&R)…"))
        self.delete_record_button = QPushButton(self.tr("刪除紀錄(&D)"))
        self.course_button = QPushButton(self.tr("登錄內部課程與出席名單(&C)…"))
        self.import_training_button = QPushButton(self.tr("匯入時數(&H)…"))
        self.add_record_button.clicked.connect(self.add_record)
        self.delete_record_button.clicked.connect(self.delete_record)
        self.course_button.clicked.connect(self.record_course)
        self.import_training_button.clicked.connect(
            lambda: self._start_import(ImportKind.TRAINING))
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
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.search.textChanged.connect(lambda _text: self._filter_timer.start())
        self.unit_filter.currentIndexChanged.connect(self._filter_roster)
        self.category_filter.currentIndexChanged.connect(self._filter_roster)
        self.show_left.toggled.connect(self._filter_roster)
        for widget in (self.new_button, self.edit_button, self.exempt_button,
                       self.import_staff_button, self.add_record_button,
                       self.delete_record_button, self.course_button,
                       self.import_training_button):
            widget.setEnabled(not self.ctx.readonly)


    def load(self) -> None:
        """Read the year's roster again, keeping the chosen person."""
        current = self._current_person_id()
        self.roster_model.set_records(
            staff_service.roster(self.ctx.db, self.ctx.year, self.ctx.today()))
        self._filter_roster()
        fit_columns_once(self.roster_view)
        if current is not None:
            self.select_person(current)
        self._load_person_records()

    def focus_filter(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def show_person(self, person_id: int) -> None:
        """Select the person, showing people who have left if need be."""
        if not self.select_person(person_id):
            self.show_left.setChecked(True)
            self.select_person(person_id)

    def _filter_roster(self) -> None:
        unit = self.unit_filter.value()
        category = self.category_filter.value()
        show_left = self.show_left.isChecked()

        def keep(row: staff_service.StaffRow) -> bool:
            return ((show_left or not row.left)
                    and (unit is None or row.person.unit_id == unit)
                    and (category is None
                         or row.category == category))

        self.roster_model.set_filter(self.search.text(), keep)
        shown = self.roster_model.rowCount()
        total = len(self.roster_model.all_records())
        self.count_label.setText(self.tr("顯示 %1 / %2 人").replace("%1", str(shown))
                                 .replace("%2", str(total)))

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
        self.records_view.resizeColumnsToContents()  # a person's few records: 課程名稱 whole


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

    def set_exemption(self) -> ExemptionDialog | None:
        """Open the 免訓 dialog for the chosen person (the roster's 本年度免訓)."""
        index = self.roster_view.currentIndex()
        if not index.isValid():
            QMessageBox.information(self, self.tr("免訓"), self.tr("請先在名冊中選擇人員。"))
            return None
        row = self.roster_model.record(index.row())
        dialog = ExemptionDialog(self.ctx, row.person.id, row.person.name, self)
        dialog.accepted.connect(lambda: self._saved(row.person.id) if dialog.changed else None)
        dialog.open()
        return dialog

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
            self.tr("確定刪除 %1「%2」%3小時 這筆培力紀錄？可從資源回收筒還原。").replace("%1", day_text(record.day))
            .replace("%2", record.title).replace("%3", f"{record.hours:g}"))
        if answer == QMessageBox.StandardButton.Yes:
            training_service.delete_record(self.ctx.db, record.id)
            self._saved(record.person_id)

    def record_course(self) -> None:
        dialog = CourseDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._saved(self._current_person_id())

