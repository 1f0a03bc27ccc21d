"""The event form: kind, dates, names, audiences, methods, CEDAW references, counts and texts."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from gmdesk.domain import outreach as rules
from gmdesk.domain.errors import InputError
from gmdesk.domain.model import AUDIENCES, METHODS, Event, EventKind
from gmdesk.ui import wording
from gmdesk.ui.runner import error_message
from gmdesk.ui.widgets.forms import ChoiceCombo, DateEdit, required


class EventForm(QWidget):
    """The fields of one event; `load` fills them, `draft` reads them back as an Event."""

    problem = Signal(str, object)  # message, the widget to focus (or None)

    def __init__(self, mark_dirty: Callable[..., None], parent: QWidget | None = None) -> None:
        """`mark_dirty` is called on every edit the clerk makes (the page knows when it is
        filling the form itself)."""
        super().__init__(parent)
        self._mark_dirty = mark_dirty
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind_combo = ChoiceCombo([(self.tr("CEDAW宣導"), EventKind.CEDAW),
                                       (self.tr("其他性別平等措施"), EventKind.MEASURE)])
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.category_combo = QComboBox()
        self.category_combo.setEditable(True)
        self._fill_categories(rules.MEASURE_CATEGORIES)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_combo)
        self.category_label = QLabel(self.tr("措施類別(&G)"))
        self.category_label.setBuddy(self.category_combo)
        kind_row.addWidget(self.category_label)
        kind_row.addWidget(self.category_combo, 1)
        form.addRow(self._label(self.tr("性質(&I)"), self.kind_combo), kind_row)

        self.start_edit = DateEdit(self.tr("辦理日期"), "start", placeholder=self.tr("例：115/3/8"))
        self.end_edit = DateEdit(self.tr("結束日期"), "end", required=False,
                                 placeholder=self.tr("單日免填"))
        date_row = QHBoxLayout()
        date_row.addWidget(self.start_edit)
        to_label = QLabel(self.tr("至(&O)"))
        to_label.setBuddy(self.end_edit)
        date_row.addWidget(to_label)
        date_row.addWidget(self.end_edit)
        form.addRow(self._label(required(self.tr("辦理日期(&A)"), self.start_edit), self.start_edit),
                    date_row)

        self.title_edit = QLineEdit()
        form.addRow(self._label(required(self.tr("名稱(&T)"), self.title_edit), self.title_edit),
                    self.title_edit)
        self.place_edit = QLineEdit()
        form.addRow(self._label(self.tr("辦理地點(&L)"), self.place_edit), self.place_edit)
        self.organizer_combo = QComboBox()
        self.organizer_combo.setEditable(True)
        form.addRow(self._label(self.tr("主辦單位(&U)"), self.organizer_combo),
                    self.organizer_combo)
        self.co_edit = QLineEdit()
        self.co_edit.setPlaceholderText(self.tr("多個單位以、分隔"))
        form.addRow(self._label(self.tr("協辦單位(&C)"), self.co_edit), self.co_edit)
        self.partners_edit = QLineEdit()
        self.partners_edit.setPlaceholderText(self.tr("例：婦女會、社區發展協會"))
        form.addRow(self._label(self.tr("合作團體(&R)"), self.partners_edit), self.partners_edit)

        self.audience_boxes, self.audience_other, audience_widget = self._checks(
            "audience", AUDIENCES, self.tr("其他對象，以、分隔"))
        self.audience_boxes["內部同仁"].setToolTip(self.tr("對象僅內部同仁的場次，不計入對外宣導"))
        form.addRow(self._label(self.tr("對象(&B)"), self.audience_boxes[AUDIENCES[0]]),
                    audience_widget)
        self.method_boxes, self.method_other, method_widget = self._checks(
            "method", METHODS, self.tr("其他方式，以、分隔"))
        form.addRow(self._label(self.tr("方式(&W)"), self.method_boxes[METHODS[0]]),
                    method_widget)

        form.addRow(self._label(self.tr("CEDAW內容(&E)"), self._build_refs()), self.refs_widget)

        self.male_spin, self.female_spin, self.other_spin = (self._count_spin() for _ in range(3))
        self.total_label = QLabel()
        people = QHBoxLayout()
        for text, spin in ((self.tr("男"), self.male_spin), (self.tr("女"), self.female_spin),
                           (self.tr("其他"), self.other_spin)):
            label = QLabel(text)
            label.setBuddy(spin)
            people.addWidget(label)
            people.addWidget(spin)
        people.addWidget(self.total_label, 1)
        form.addRow(self._label(self.tr("參加人數(&P)"), self.male_spin), people)

        self.budget_spin = QSpinBox()
        self.budget_spin.setRange(0, rules.MAX_BUDGET)
        self.budget_spin.setSingleStep(1000)
        self.budget_spin.setSuffix(self.tr(" 元"))
        self.budget_spin.setGroupSeparatorShown(True)
        form.addRow(self._label(self.tr("經費(&$)"), self.budget_spin), self.budget_spin)
        self.outcome_edit = self._text_box()
        form.addRow(self._label(self.tr("活動成效(&F)"), self.outcome_edit), self.outcome_edit)
        self.review_edit = self._text_box()
        form.addRow(self._label(self.tr("檢討與建議(&V)"), self.review_edit), self.review_edit)
        self.note_edit = QLineEdit()
        form.addRow(self._label(self.tr("備註"), self.note_edit), self.note_edit)
        self._watch_changes()

    def _build_refs(self) -> QWidget:
        self.refs_widget = QWidget()
        grid = QGridLayout(self.refs_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        self.refs_list = QListWidget()
        self.refs_list.setMaximumHeight(72)
        grid.addWidget(self.refs_list, 0, 0, 1, 4)
        self.pick_combo = QComboBox()
        self.pick_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pick_combo.setMinimumContentsLength(12)
        for ref in rules.pick_list():
            self.pick_combo.addItem(wording.cedaw_ref(ref), ref.label)
        self.pick_add = QPushButton(self.tr("加入"))
        self.pick_add.clicked.connect(self._add_picked)
        self.ref_remove = QPushButton(self.tr("移除"))
        self.ref_remove.clicked.connect(self._remove_ref)
        grid.addWidget(self.pick_combo, 1, 0, 1, 2)
        grid.addWidget(self.pick_add, 1, 2)
        grid.addWidget(self.ref_remove, 1, 3)
        self.round_spin = QSpinBox()
        self.round_spin.setRange(1, 20)
        self.round_spin.setValue(rules.REPORT_ROUNDS[-1])
        self.round_spin.setPrefix(self.tr("第"))
        self.round_spin.setSuffix(self.tr("次國家報告"))
        self.paragraph_spin = QSpinBox()
        self.paragraph_spin.setRange(1, 999)
        self.paragraph_spin.setPrefix(self.tr("結論性意見第"))
        self.paragraph_spin.setSuffix(self.tr("點"))
        self.observation_add = QPushButton(self.tr("加入"))
        self.observation_add.clicked.connect(self._add_observation)
        grid.addWidget(self.round_spin, 2, 0)
        grid.addWidget(self.paragraph_spin, 2, 1)
        grid.addWidget(self.observation_add, 2, 2)
        self.free_edit = QLineEdit()
        self.free_edit.setPlaceholderText(self.tr("自行填寫，例：CEDAW施行法、性別平等指引"))
        self.free_edit.returnPressed.connect(self._add_free)
        self.free_add = QPushButton(self.tr("加入"))
        self.free_add.clicked.connect(self._add_free)
        grid.addWidget(self.free_edit, 3, 0, 1, 2)
        grid.addWidget(self.free_add, 3, 2)
        return self.refs_list

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _checks(self, kind: str, names: Sequence[str], other_hint: str
                ) -> tuple[dict[str, QCheckBox], QLineEdit, QWidget]:
        widget = QWidget()
        grid = QGridLayout(widget)
        grid.setContentsMargins(0, 0, 0, 0)
        boxes: dict[str, QCheckBox] = {}
        for index, name in enumerate(names):
            box = QCheckBox(wording.label_of(kind, name, name))  # keyed by the stored zh word
            boxes[name] = box
            grid.addWidget(box, index // 4, index % 4)
        other = QLineEdit()
        other.setPlaceholderText(other_hint)
        grid.addWidget(other, len(names) // 4 + 1, 0, 1, 4)
        return boxes, other, widget

    def _count_spin(self) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, rules.MAX_PARTICIPANTS)
        spin.valueChanged.connect(self._update_total)
        return spin

    def _text_box(self) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setTabChangesFocus(True)
        box.setFixedHeight(64)
        return box

    def _watch_changes(self) -> None:
        for edit in (self.start_edit, self.end_edit, self.title_edit, self.place_edit,
                     self.co_edit, self.partners_edit, self.note_edit, self.audience_other,
                     self.method_other):
            edit.textChanged.connect(self._mark_dirty)
        for combo in (self.kind_combo, self.category_combo, self.organizer_combo):
            combo.currentTextChanged.connect(self._mark_dirty)
        for box in (*self.audience_boxes.values(), *self.method_boxes.values()):
            box.toggled.connect(self._mark_dirty)
        for spin in (self.male_spin, self.female_spin, self.other_spin, self.budget_spin):
            spin.valueChanged.connect(self._mark_dirty)
        for text in (self.outcome_edit, self.review_edit):
            text.textChanged.connect(self._mark_dirty)
        self.refs_list.model().rowsInserted.connect(self._mark_dirty)
        self.refs_list.model().rowsRemoved.connect(self._mark_dirty)

    def _on_kind_changed(self, *_args: object) -> None:
        measure = self.kind_combo.value() is EventKind.MEASURE
        self.category_combo.setEnabled(measure)
        self.category_label.setEnabled(measure)
        if not measure:
            self.category_combo.setCurrentText("")

    def _update_total(self, *_args: object) -> None:
        total = self.male_spin.value() + self.female_spin.value() + self.other_spin.value()
        self.total_label.setText(self.tr("合計 %1 人").replace("%1", str(total)))

    def _refs(self) -> list[str]:
        return [self.refs_list.item(i).text() for i in range(self.refs_list.count())]

    def _add_ref(self, label: str) -> None:
        if label and label not in self._refs():
            self.refs_list.addItem(label)

    def _add_picked(self) -> None:
        self._add_ref(str(self.pick_combo.currentData() or ""))

    def _add_observation(self) -> None:
        ref = rules.observation(self.round_spin.value(), self.paragraph_spin.value())
        self._add_ref(ref.label)

    def _add_free(self) -> None:
        try:
            ref = rules.free_text(self.free_edit.text())
        except InputError as exc:
            self._show_error(error_message(exc), self.free_edit)
            return
        self._add_ref(ref.label)
        self.free_edit.clear()

    def _remove_ref(self) -> None:
        row = self.refs_list.currentRow()
        if row >= 0:
            self.refs_list.takeItem(row)

    def set_categories(self, categories: Sequence[str]) -> None:
        """Offer the preset's measure categories (the text typed stays)."""
        if [self.category_combo.itemData(i) for i in range(self.category_combo.count())] != list(categories):
            text = self._category()
            self._fill_categories(categories)
            self._show_category(text)

    # The categories show in the window's language; the event keeps the zh-TW term (or the
    # clerk's own words, typed).
    def _fill_categories(self, categories: Sequence[str]) -> None:
        self.category_combo.clear()
        for name in categories:
            self.category_combo.addItem(wording.label_of("measure_category", name, name), name)

    def _show_category(self, name: str) -> None:
        index = self.category_combo.findData(name)
        self.category_combo.setCurrentText(self.category_combo.itemText(index) if index >= 0
                                           else name)

    def _category(self) -> str:
        text = self.category_combo.currentText()
        index = self.category_combo.findText(text)
        data = self.category_combo.itemData(index) if index >= 0 else None
        return str(data) if data else text

    def load(self, event: Event | None, blank: Event, units: Sequence[str]) -> None:
        """Show `event` (None: `blank`, with the date left empty); `units` fill 主辦單位."""
        self.organizer_combo.clear()
        self.organizer_combo.addItems(list(units))
        e = event or blank
        self.kind_combo.set_value(e.kind)
        self._show_category(e.category)
        self.start_edit.set_date(e.start if event and (e.id or e.title) else None)
        self.end_edit.set_date(e.end)
        self.title_edit.setText(e.title)
        self.place_edit.setText(e.place)
        self.organizer_combo.setCurrentText(e.organizer)
        self.co_edit.setText(e.co_organizers)
        self.partners_edit.setText(e.partners)
        _set_checks(self.audience_boxes, self.audience_other, e.audiences)
        _set_checks(self.method_boxes, self.method_other, e.methods)
        self.refs_list.clear()
        self.refs_list.addItems(list(e.cedaw_refs))
        self.male_spin.setValue(e.male)
        self.female_spin.setValue(e.female)
        self.other_spin.setValue(e.other)
        self.budget_spin.setValue(e.budget)
        self.outcome_edit.setPlainText(e.outcome)
        self.review_edit.setPlainText(e.review)
        self.note_edit.setText(e.note)
        self._on_kind_changed()
        self._update_total()

    def draft(self, base: Event) -> Event:
        """Return the event the form describes; raise InputError naming a bad field."""
        kind: EventKind = self.kind_combo.value()
        start = self.start_edit.date()
        assert start is not None
        end = self.end_edit.date()
        return Event(
            base.id, kind, self.title_edit.text(), start, end,
            category=self._category() if kind is EventKind.MEASURE else "",
            place=self.place_edit.text(), organizer=self.organizer_combo.currentText(),
            co_organizers=self.co_edit.text(),
            audiences=_checked(self.audience_boxes, self.audience_other),
            methods=_checked(self.method_boxes, self.method_other),
            cedaw_refs=tuple(self._refs()),
            male=self.male_spin.value(), female=self.female_spin.value(),
            other=self.other_spin.value(), budget=self.budget_spin.value(),
            partners=self.partners_edit.text(), outcome=self.outcome_edit.toPlainText(),
            review=self.review_edit.toPlainText(), note=self.note_edit.text(),
        )

    def field_widget(self, field: str) -> QWidget | None:
        return {
            "title": self.title_edit, "start": self.start_edit, "end": self.end_edit,
            "category": self.category_combo, "audiences": self.audience_boxes[AUDIENCES[0]],
            "participants": self.male_spin, "budget": self.budget_spin,
            "cedaw_refs": self.free_edit,
        }.get(field)

    def _show_error(self, message: str, widget: QWidget | None = None) -> None:
        self.problem.emit(message, widget)


def _set_checks(boxes: dict[str, QCheckBox], other: QLineEdit, values: Sequence[str]) -> None:
    for name, box in boxes.items():
        box.setChecked(name in values)
    other.setText("、".join(v for v in values if v not in boxes))


def _checked(boxes: dict[str, QCheckBox], other: QLineEdit) -> tuple[str, ...]:
    chosen = [name for name, box in boxes.items() if box.isChecked()]
    extra = other.text().replace(",", "、").replace("，", "、").split("、")
    return tuple(chosen + [e.strip() for e in extra if e.strip()])
