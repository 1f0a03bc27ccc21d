"""The 出席 tab: the members serving on the day with their status, proxies and fees, and 列席."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gmdesk.domain import group as group_rules
from gmdesk.domain.model import AttendanceStatus, AttendeeKind, PersonId, Role
from gmdesk.services import meetings as service
from gmdesk.services import settings as settings_service
from gmdesk.services import staff as staff_service
from gmdesk.ui.context import AppContext
from gmdesk.ui.pages.meetings.rows import AttendRow, GuestRow, fee_value, setter
from gmdesk.ui.widgets.rows import ChoiceDelegate, EditColumn, RowsModel, editable_table


class AttendanceTab(QWidget):
    """Who attended: members (status drives the quorum) and guests (列席)."""

    attendance_edited = Signal()  # a member's status changed: the quorum line follows
    edited = Signal()  # a guest added, removed or changed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        statuses = [(self.tr(s.label), s.value) for s in AttendanceStatus]
        self.attend_model = RowsModel([
            EditColumn(self.tr("姓名"), lambda r: r.name),
            EditColumn(self.tr("單位職稱"), lambda r: r.post),
            EditColumn(self.tr("性別"), lambda r: r.gender),
            EditColumn(self.tr("角色"), lambda r: r.role),
            EditColumn(self.tr("出席狀態"), lambda r: r.status.value,
                       lambda r, v: setattr(r, "status", AttendanceStatus(v)), statuses),
            EditColumn(self.tr("代理人"), lambda r: r.proxy_name, setter("proxy_name")),
            EditColumn(self.tr("出席費"), lambda r: "" if r.fee is None else str(r.fee),
                       lambda r, v: setattr(r, "fee", fee_value(v))),
        ], self.attendance_edited.emit, self)
        self.attend_view = editable_table(self.attend_model)
        self.attend_view.setItemDelegateForColumn(4, ChoiceDelegate(statuses, self.attend_view))
        self.guest_model = RowsModel([
            EditColumn(self.tr("列席人員"), lambda r: r.name),
            EditColumn(self.tr("單位職稱"), lambda r: r.post),
            EditColumn(self.tr("出席費"), lambda r: "" if r.fee is None else str(r.fee),
                       lambda r, v: setattr(r, "fee", fee_value(v))),
        ], self.edited.emit, self)
        self.guest_view = editable_table(self.guest_model)
        self.guest_pick = QComboBox()
        self.guest_pick.setEditable(False)
        add_guest = QPushButton(self.tr("加入列席(&A)"))
        add_guest.clicked.connect(self._add_guest)
        remove_guest = QPushButton(self.tr("移除列席"))
        remove_guest.clicked.connect(self._remove_guest)
        all_present = QPushButton(self.tr("全部出席"))
        all_present.clicked.connect(self._all_present)
        guest_row = QHBoxLayout()
        guest_label = QLabel(self.tr("列席人員(&G)"))
        guest_label.setBuddy(self.guest_pick)
        guest_row.addWidget(guest_label)
        guest_row.addWidget(self.guest_pick, 1)
        guest_row.addWidget(add_guest)
        guest_row.addWidget(remove_guest)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("委員出席情形（狀態欄按 F2 或直接選擇）")))
        top.addStretch(1)
        top.addWidget(all_present)
        layout.addLayout(top)
        layout.addWidget(self.attend_view, 3)
        layout.addLayout(guest_row)
        layout.addWidget(self.guest_view, 1)

    # --- filling ------------------------------------------------------------------------------
    def fill_members(self, day: dt.date, draft: service.MeetingInput | None = None
                     ) -> list[AttendRow]:
        """List the members serving on `day`, keeping statuses already entered; return them.

        With a draft (a meeting opened), the statuses come from the draft instead.
        """
        known = {r.person_id: r for r in self.attend_model.rows}
        recorded = {}
        if draft is not None:
            known = {}
            recorded = {a.person_id: a for a in draft.attendance
                        if a.kind is AttendeeKind.MEMBER}
        units = settings_service.unit_names(self.ctx.db)
        rows = []
        for seat in service.member_seats(self.ctx.db, day):
            person = seat.person
            if person.id in known:
                rows.append(known[person.id])
                continue
            row = AttendRow(person.id, person.name,
                            units.get(person.unit_id or 0, "") + person.title,
                            self.tr(person.gender.label), group_rules.role_text(seat.membership),
                            external=person.external or seat.membership.role is Role.EXTERNAL)
            saved = recorded.get(person.id)
            if saved is not None:
                row.status, row.proxy_name, row.fee = saved.status, saved.proxy_name, saved.fee
            elif draft is not None and draft.attendance:
                row.status = AttendanceStatus.ABSENT
            rows.append(row)
        self.attend_model.set_rows(rows)
        member_ids = {r.person_id for r in rows}
        self.guest_pick.clear()
        for person in sorted(staff_service.list_people(self.ctx.db),
                             key=lambda p: (units.get(p.unit_id or 0, "~"), p.name)):
            if person.id not in member_ids:
                self.guest_pick.addItem(
                    f"{person.name}　{units.get(person.unit_id or 0, '')}{person.title}",
                    person.id)
        return rows

    def show_guests(self, draft: service.MeetingInput) -> None:
        persons = staff_service.people_by_id(self.ctx.db)
        units = settings_service.unit_names(self.ctx.db)

        def post(person_id: PersonId) -> str:
            person = persons[person_id]
            return units.get(person.unit_id or 0, "") + person.title
        self.guest_model.set_rows([
            GuestRow(a.person_id, persons[a.person_id].name, post(a.person_id), a.fee)
            for a in draft.attendance if a.kind is AttendeeKind.GUEST])

    def read(self) -> tuple[service.AttendanceInput, ...]:
        members = [service.AttendanceInput(r.person_id, AttendeeKind.MEMBER, r.status,
                                           r.proxy_name, r.fee)
                   for r in self.attend_model.rows]
        guests = [service.AttendanceInput(r.person_id, AttendeeKind.GUEST,
                                          AttendanceStatus.PRESENT, "", r.fee)
                  for r in self.guest_model.rows]
        return tuple(members + guests)

    # --- the clerk's actions ---------------------------------------------------------------
    def _all_present(self) -> None:
        for row in self.attend_model.rows:
            row.status, row.proxy_name = AttendanceStatus.PRESENT, ""
        self.attend_model.set_rows(self.attend_model.rows)
        self.attendance_edited.emit()

    def _add_guest(self) -> None:
        person_id = self.guest_pick.currentData()
        if person_id is None or any(r.person_id == person_id for r in self.guest_model.rows):
            return
        person = staff_service.get_person(self.ctx.db, person_id)
        if person is None:
            return
        units = settings_service.unit_names(self.ctx.db)
        self.guest_model.set_rows([*self.guest_model.rows, GuestRow(
            person.id, person.name, units.get(person.unit_id or 0, "") + person.title)])
        self.edited.emit()

    def _remove_guest(self) -> None:
        index = self.guest_view.currentIndex()
        if index.isValid():
            rows = list(self.guest_model.rows)
            del rows[index.row()]
            self.guest_model.set_rows(rows)
            self.edited.emit()
