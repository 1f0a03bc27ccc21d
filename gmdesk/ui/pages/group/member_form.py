"""執行小組 › 成員資料: the person (chosen or new), role, post, term dates."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QWidget

from gmdesk.domain.model import (
    POST_LABELS,
    ROLE_LABELS,
    Gender,
    Membership,
    Person,
    PersonId,
    Role,
    UnitId,
)
from gmdesk.services import group as service
from gmdesk.ui import wording
from gmdesk.ui.widgets.forms import ChoiceCombo, DateEdit, EnumCombo, required


class MemberForm(QWidget):
    """The member's fields; `draft()` reads them, `show_*` fills them."""

    def __init__(self, on_edit: Callable[[], None], on_person: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.person = ChoiceCombo(empty=self.tr("（新增人員）"))
        self.name = QLineEdit()
        self.gender = EnumCombo(Gender)
        self.title = QLineEdit()
        self.unit = ChoiceCombo(empty="")
        self.external = QCheckBox(self.tr("府外人士"))
        self.role = ChoiceCombo([(wording.label(role), role) for role in ROLE_LABELS])
        self.post = ChoiceCombo([(wording.label_of("post", code, label), code)
                                 for code, label in POST_LABELS.items()],
                                empty="")
        self.committee = QCheckBox(self.tr("現任或曾任婦權會委員"))
        self.start = DateEdit(self.tr("聘任日"), "start")
        self.term_end = DateEdit(self.tr("任期屆滿日"), "term_end", required=False)
        self.end = DateEdit(self.tr("離任日"), "end", required=False, placeholder=self.tr("在任免填"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for text, widget in (
            (self.tr("人員(&P)"), self.person), (required(self.tr("姓名"), self.name), self.name),
            (self.tr("性別"), self.gender), (self.tr("職稱"), self.title),
            (self.tr("單位"), self.unit), ("", self.external), (self.tr("角色(&R)"), self.role),
            (self.tr("當然成員職務"), self.post), ("", self.committee),
            (required(self.tr("聘任日"), self.start), self.start), (self.tr("任期屆滿日"), self.term_end),
            (self.tr("離任日"), self.end),
        ):
            if text:
                buddy = QLabel(text)
                buddy.setBuddy(widget)
                form.addRow(buddy, widget)
            else:
                form.addRow(widget)
        self.person.currentIndexChanged.connect(lambda _i: on_person())
        for combo in (self.gender, self.unit, self.role, self.post):
            combo.currentIndexChanged.connect(lambda _i: on_edit())
        for edit in (self.name, self.title, self.start, self.term_end, self.end):
            edit.textChanged.connect(lambda _t: on_edit())
        for box in (self.external, self.committee):
            box.toggled.connect(lambda _on: on_edit())

    def show_membership(self, m: Membership | None, start: object = None) -> None:
        """Fill the form with `m`, or blank for a new member starting on `start`."""
        if m is None:
            self.person.set_value(None)
            for edit in (self.name, self.title, self.term_end, self.end):
                edit.clear()
            self.start.setText(str(start or ""))
            self.role.set_value(Role.APPOINTED)
            self.post.set_value(None)
            self.committee.setChecked(False)
            self.external.setChecked(False)
            return
        self.person.set_value(m.person_id)
        self.role.set_value(m.role)
        self.post.set_value(m.post or None)
        self.committee.setChecked(m.committee)
        self.start.set_date(m.start)
        self.term_end.set_date(m.term_end)
        self.end.set_date(m.end)

    def show_person(self, person: Person | None) -> None:
        """Fill the person's fields from the chosen person (editable only for a new one)."""
        for widget in (self.name, self.gender, self.title, self.unit, self.external):
            widget.setEnabled(person is None)
        if person is not None:
            self.name.setText(person.name)
            self.gender.set_value(person.gender)
            self.title.setText(person.title)
            self.unit.set_value(person.unit_id)
            self.external.setChecked(person.external)

    def update_enabled(self, readonly: bool) -> None:
        role = self.role.value()
        self.post.setEnabled(role is Role.EX_OFFICIO and not readonly)
        self.committee.setEnabled(role is Role.EXTERNAL and not readonly)

    def draft(self) -> service.MemberInput:
        """Return what the form holds; raise InputError naming a field that cannot be read."""
        person_id = self.person.value()
        start = self.start.date()
        assert start is not None
        unit_id = self.unit.value()
        return service.MemberInput(
            PersonId(person_id) if person_id is not None else None, self.role.value(), start,
            self.term_end.date(), self.end.date(), self.post.value() or "",
            self.committee.isChecked(), self.name.text(), self.gender.value(), self.title.text(),
            UnitId(unit_id) if unit_id is not None else None, self.external.isChecked())

    def set_readonly(self, readonly: bool) -> None:
        for widget in (self.person, self.gender, self.unit, self.role, self.post, self.external,
                       self.committee):
            widget.setEnabled(not readonly)
        for edit in (self.name, self.title, self.start, self.term_end, self.end):
            edit.setReadOnly(readonly)
