"""會議 › 出席: members' attendance (status, proxy, fee) and the guests (列席)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gmdesk.domain.model import AttendanceStatus
from gmdesk.ui import wording
from gmdesk.ui.pages.meetings.rows import AttendRow, GuestRow, fee_of
from gmdesk.ui.widgets.forms import ChoiceCombo
from gmdesk.ui.widgets.tables import ChoiceDelegate, EditColumn, Fit, RowsModel, set_attr, table


class AttendanceTab(QWidget):
    """Who attended; `on_attendance` runs after every change that moves the quorum."""

    def __init__(self, on_attendance: Callable[[], None], on_edit: Callable[[], None],
                 add_guest: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_attendance = on_attendance
        self.on_edit = on_edit
        statuses = [(wording.label(s), s.value) for s in AttendanceStatus]
        self.attend_model = RowsModel([
            EditColumn(self.tr("姓名"), lambda r: r.name),
            EditColumn(self.tr("單位職稱"), lambda r: r.post),
            EditColumn(self.tr("性別"), lambda r: r.gender),
            EditColumn(self.tr("角色"), lambda r: r.role),
            EditColumn(self.tr("出席狀態"), lambda r: r.status.value,
                       lambda r, v: setattr(r, "status", AttendanceStatus(v)), statuses),
            EditColumn(self.tr("代理人"), lambda r: r.proxy_name, set_attr("proxy_name")),
            EditColumn(self.tr("出席費"), lambda r: "" if r.fee is None else str(r.fee),
                       lambda r, v: setattr(r, "fee", fee_of(v))),
        ], on_attendance, self)
        # 單位職稱 and 角色 capped so 出席狀態, 代理人 and 出席費 stay in view (whole text in a tooltip)
        self.attend_view = table(self.attend_model, [Fit.CONTENT, 150, Fit.CONTENT, 130],
                                 editable=True)
        self.attend_view.setItemDelegateForColumn(4, ChoiceDelegate(statuses, self.attend_view))
        self.guest_model = RowsModel([
            EditColumn(self.tr("列席人員"), lambda r: r.name),
            EditColumn(self.tr("單位職稱"), lambda r: r.post),
            EditColumn(self.tr("出席費"), lambda r: "" if r.fee is None else str(r.fee),
                       lambda r, v: setattr(r, "fee", fee_of(v))),
        ], on_edit, self)
        self.guest_view = table(self.guest_model, [Fit.CONTENT, 220], editable=True)
        self.guest_pick = ChoiceCombo()
        self.add_guest_button = QPushButton(self.tr("加入列席(&A)"))
        self.add_guest_button.clicked.connect(add_guest)
        self.remove_guest_button = QPushButton(self.tr("移除列席"))
        self.remove_guest_button.clicked.connect(self.remove_guest)
        self.all_present_button = QPushButton(self.tr("全部出席"))
        self.all_present_button.clicked.connect(self.all_present)
        guest_row = QHBoxLayout()
        guest_label = QLabel(self.tr("列席人員(&G)"))
        guest_label.setBuddy(self.guest_pick)
        guest_row.addWidget(guest_label)
        guest_row.addWidget(self.guest_pick, 1)
        guest_row.addWidget(self.add_guest_button)
        guest_row.addWidget(self.remove_guest_button)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("委員出席情形（狀態欄按 F2 或直接選擇）")))
        top.addStretch(1)
        top.addWidget(self.all_present_button)
        layout.addLayout(top)
        layout.addWidget(self.attend_view, 4)
        layout.addLayout(guest_row)
        layout.addWidget(self.guest_view, 1)

    def all_present(self) -> None:
        for row in self.attend_model.rows:
            row.status, row.proxy_name = AttendanceStatus.PRESENT, ""
        self.attend_model.set_rows(self.attend_model.rows)
        self.on_attendance()

    def append_guest(self, row: GuestRow) -> None:
        if any(r.person_id == row.person_id for r in self.guest_model.rows):
            return
        self.guest_model.set_rows([*self.guest_model.rows, row])
        self.on_edit()

    def remove_guest(self) -> None:
        index = self.guest_view.currentIndex()
        if index.isValid():
            rows = list(self.guest_model.rows)
            del rows[index.row()]
            self.guest_model.set_rows(rows)
            self.on_edit()

    def members(self) -> list[AttendRow]:
        return list(self.attend_model.rows)

    def set_readonly(self, readonly: bool) -> None:
        self.attend_model.readonly = self.guest_model.readonly = readonly
        for widget in (self.guest_pick, self.add_guest_button, self.remove_guest_button,
                       self.all_present_button):
            widget.setEnabled(not readonly)
