"""The staff page's editors: a person, a training record, an in-house course with its attendance."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gmdesk.domain import importing
from gmdesk.domain.errors import InputError
from gmdesk.domain.model import (
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
from gmdesk.services import people as people_service
from gmdesk.services import settings as settings_service
from gmdesk.services import staff as staff_service
from gmdesk.services import training as training_service
from gmdesk.ui.context import AppContext
from gmdesk.ui.runner import error_message
from gmdesk.ui.widgets.forms import (
    DateEdit,
    EnumCombo,
    HidingErrorLabel,
    SaveCancelRow,
    hinted,
    required,
    unit_combo,
)


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
        self.gender = EnumCombo(Gender)
        if person:
            self.gender.set_value(person.gender)
        self.unit = unit_combo(settings_service.unit_names(ctx.db), self.tr("（未指定）"))
        self.unit.set_value(person.unit_id if person else None)
        self.title_edit = QLineEdit(person.title if person else "")
        self.staff_no = QLineEdit(person.staff_no if person else "")
        self.id_masked = QLineEdit(person.id_masked if person else "")
        self.id_masked.setPlaceholderText(self.tr("可只填遮蔽後的號碼，如 A12****789"))
        self.category = EnumCombo(StaffCategory)
        if row and row.category:
            self.category.set_value(row.category)
        self.start = DateEdit(self.tr("到職日期"), "start")
        self.start.set_date(row.start if row and row.start else ctx.today())
        self.end = DateEdit(self.tr("離職日期"), "end", required=False)
        self.end.set_date(row.end if row else None)
        self.change_from = DateEdit(self.tr("類別變更生效日"), "change_from", required=False)
        self.note = QLineEdit(person.note if person else "")
        self.error = HidingErrorLabel()
        form = QFormLayout()
        for label, widget in ((required(self.tr("姓名(&A)"), self.name), self.name),
                              (self.tr("性別(&G)"), self.gender),
                              (self.tr("單位(&U)"), self.unit), (self.tr("職稱(&T)"), self.title_edit),
                              (self.tr("員工編號(&O)"), self.staff_no),
                              (self.tr("身分證字號"), self.id_masked),
                              (self.tr("人員類別(&C)"), self.category),
                              (required(self.tr("到職日期"), self.start), self.start),
                              (self.tr("離職日期"),
                               hinted(self.end, self.tr("在職中請留空；離職者保留紀錄"))),
                              (self.tr("類別變更生效日"),
                               hinted(self.change_from,
                                      self.tr("類別變更時填生效日（留空則直接更正）"))),
                              (self.tr("備註"), self.note)):
            form.addRow(label, widget)
        if row is None:
            self.change_from.setEnabled(False)
        buttons = SaveCancelRow.for_dialog(self, self.save, self.tr("儲存"), self.tr("取消"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def form(self) -> staff_service.StaffForm:
        unit = self.unit.value()
        person = Person(
            self.row.person.id if self.row else PersonId(0), self.name.text().strip(),
            self.gender.value(), self.title_edit.text().strip(),
            UnitId(unit) if unit else None, self.staff_no.text().strip(),
            importing.parse_id(self.id_masked.text()) if self.id_masked.text().strip() else "",
            False, self.note.text().strip())
        start = self.start.date()
        assert start is not None
        return staff_service.StaffForm(person, self.category.value(), start, self.end.date(),
                                       self.change_from.date())

    def save(self) -> None:
        try:
            self.saved_id = staff_service.save_staff(self.ctx.db, self.form())
        except (InputError, importing.CellError) as exc:
            fields = {"name": self.name, "start": self.start, "end": self.end,
                      "change_from": self.change_from}
            focus = fields.get(getattr(exc, "field", ""))
            self.error.show_error(error_message(exc), focus)
            if focus is not None:
                focus.setFocus()
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
        self.day = DateEdit(self.tr("上課日期"), "day")
        self.day.set_date(record.day if record else ctx.today())
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0.5, 12)
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(1)
        self.hours.setValue(record.hours if record else 2)
        self.level = EnumCombo(Level)
        self.cedaw = QCheckBox(self.tr("含CEDAW內容"))
        self.cedaw.setChecked(record.cedaw if record else True)
        self.delivery = EnumCombo(Delivery)
        self.provider = QLineEdit(record.provider if record else "")
        self.satisfaction = QSpinBox()
        self.satisfaction.setRange(0, 5)
        self.satisfaction.setSpecialValueText(self.tr("（未填）"))
        self.note = QLineEdit(record.note if record else "")
        if record:
            self.level.set_value(record.level)
            self.delivery.set_value(record.delivery)
            self.satisfaction.setValue(record.satisfaction or 0)
        self.error = HidingErrorLabel()
        form = QFormLayout()
        for label, widget in ((required(self.tr("課程名稱(&T)"), self.title_edit), self.title_edit),
                              (required(self.tr("上課日期(&D)"), self.day), self.day),
                              (self.tr("時數(&H)"), self.hours),
                              (self.tr("等級"), self.level), (self.tr("CEDAW"), self.cedaw),
                              (self.tr("上課方式"), self.delivery),
                              (self.tr("辦理機關"), self.provider),
                              (self.tr("滿意度(1-5)"), self.satisfaction),
                              (self.tr("備註"), self.note)):
            form.addRow(label, widget)
        buttons = SaveCancelRow.for_dialog(self, self.save, self.tr("儲存"), self.tr("取消"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            day = self.day.date()
        except InputError as exc:
            self.error.show_error(error_message(exc), self.day)
            self.day.setFocus()
            return
        assert day is not None
        base = self.record or TrainingRecord(TrainingId(0), PersonId(self.person_id), "", day, 1)
        record = dataclasses.replace(
            base, title=self.title_edit.text().strip(), day=day, hours=self.hours.value(),
            level=self.level.value(), cedaw=self.cedaw.isChecked(),
            delivery=self.delivery.value(), provider=self.provider.text().strip(),
            satisfaction=self.satisfaction.value() or None, note=self.note.text().strip())
        try:
            training_service.save_record(self.ctx.db, record)
        except InputError as exc:
            self.error.show_error(error_message(exc), self.title_edit if exc.field == "title" else None)
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
        self.day = DateEdit(self.tr("日期"), "day")
        self.day.set_date(ctx.today())
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0.5, 12)
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(1)
        self.hours.setValue(2)
        self.level = EnumCombo(Level)
        self.delivery = EnumCombo(Delivery)
        self.cedaw = QCheckBox(self.tr("含CEDAW內容"))
        self.cedaw.setChecked(True)
        self.provider = QLineEdit(self.tr("本所"))
        form = QGridLayout()
        pairs = ((required(self.tr("課程名稱(&T)"), self.title_edit), self.title_edit),
                 (required(self.tr("日期(&D)"), self.day), self.day),
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
        serving = [r.person for r in staff_service.roster(ctx.db, ctx.year, ctx.today())
                   if not r.left]
        for row in people_service.person_rows(ctx.db, serving):
            item = QStandardItem(row.label)
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
        self.error = HidingErrorLabel()
        buttons = SaveCancelRow.for_dialog(self, self.save, self.tr("儲存"), self.tr("取消"))
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
            day = self.day.date()
        except InputError as exc:
            self.error.show_error(error_message(exc), self.day)
            self.day.setFocus()
            return
        assert day is not None
        course = Course(CourseId(0), self.title_edit.text().strip(), day, self.hours.value(),
                        self.level.value(), self.cedaw.isChecked(),
                        self.delivery.value(), self.provider.text().strip())
        try:
            self.result_ = training_service.record_course(self.ctx.db, course, self.checked_ids())
        except InputError as exc:
            self.error.show_error(error_message(exc), self.title_edit if exc.field == "title" else None)
            return
        if self.result_.skipped:
            QMessageBox.information(
                self, self.tr("已登錄"),
                self.tr("%1 人已有這堂課的紀錄，未重複登錄：%2")
                .replace("%1", str(len(self.result_.skipped)))
                .replace("%2", "、".join(self.result_.skipped)))
        self.accept()


