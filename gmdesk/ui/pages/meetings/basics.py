"""The 基本資料 tab: number, date and time, place, chair, recorder, the notice's number and date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from gmdesk.domain.errors import InputError
from gmdesk.domain.rocdate import format_short, parse_time
from gmdesk.services import meetings as service
from gmdesk.ui.context import AppContext
from gmdesk.ui.pages.meetings.rows import AttendRow
from gmdesk.ui.widgets.dates import date_field, read_date


class BasicsTab(QWidget):
    """The meeting's own fields; the page reads and fills them through `show` and `read`."""

    edited = Signal()  # the clerk changed a field
    day_edited = Signal()  # the date changed: members and follow-up follow it
    chair_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.seq = QSpinBox()
        self.seq.setRange(1, 99)
        self.day = date_field()
        self.start = QLineEdit()
        self.start.setPlaceholderText("14:30")
        self.start.setMaximumWidth(100)
        self.end = QLineEdit()
        self.end.setPlaceholderText("16:00")
        self.end.setMaximumWidth(100)
        self.place = QLineEdit()
        self.chair = QComboBox()
        self.recorder = QLineEdit()
        self.notice_date = date_field()
        self.notice_no = QLineEdit()
        number_button = QPushButton(self.tr("取號(&G)"))
        number_button.clicked.connect(self._take_number)
        self.note = QLineEdit()
        self.previous_minutes = QLineEdit()
        self.remarks = QPlainTextEdit()
        self.remarks.setTabChangesFocus(True)
        self.remarks.setPlaceholderText(self.tr("主席致詞（未填時紀錄印「略」）"))
        self.remarks.setMaximumHeight(90)
        times = QHBoxLayout()
        times.addWidget(self.start)
        end_label = QLabel(self.tr("散會時間(&E)"))
        end_label.setBuddy(self.end)
        times.addWidget(end_label)
        times.addWidget(self.end)
        times.addStretch(1)
        number_row = QHBoxLayout()
        number_row.addWidget(self.notice_no, 1)
        number_row.addWidget(number_button)
        form = QFormLayout(self)
        for text, widget in (
            (self.tr("次別(&Q)"), self.seq), (self.tr("開會日期(&D)"), self.day),
            (self.tr("開會時間(&T)"), self.start), (self.tr("地點(&L)"), self.place),
            (self.tr("主席(&C)"), self.chair), (self.tr("紀錄(&R)"), self.recorder),
            (self.tr("發文日期"), self.notice_date), (self.tr("發文字號"), self.notice_no),
            (self.tr("通知單備註"), self.note), (self.tr("確認上次會議紀錄"), self.previous_minutes),
            (self.tr("主席致詞"), self.remarks),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            if widget is self.start:
                form.addRow(label, times)
            elif widget is self.notice_no:
                form.addRow(label, number_row)
            else:
                form.addRow(label, widget)
        for edit in (self.start, self.end, self.place, self.recorder, self.notice_date,
                     self.notice_no, self.note, self.previous_minutes):
            edit.textEdited.connect(lambda _t: self.edited.emit())
        self.day.textEdited.connect(lambda _t: self.day_edited.emit())
        self.remarks.textChanged.connect(self.edited.emit)
        self.seq.valueChanged.connect(lambda _v: self.edited.emit())
        self.chair.currentIndexChanged.connect(lambda _i: self.chair_changed.emit())

    def show_draft(self, draft: service.MeetingInput) -> None:
        """Fill the fields from a draft (the chair once the members are listed: set_chairs)."""
        self.seq.setValue(draft.seq)
        self.day.setText(format_short(draft.day))
        self.start.setText(draft.start.strftime("%H:%M"))
        self.end.setText(draft.end.strftime("%H:%M") if draft.end else "")
        self.place.setText(draft.place)
        self.recorder.setText(draft.recorder)
        self.notice_date.setText(format_short(draft.notice_date) if draft.notice_date else "")
        self.notice_no.setText(draft.notice_no)
        self.note.setText(draft.note)
        self.previous_minutes.setText(draft.previous_minutes)
        self.remarks.setPlainText(draft.chair_remarks)

    def set_chairs(self, members: list[AttendRow], chosen: object) -> None:
        """Offer the members serving on the day as chair, keeping `chosen` when listed."""
        blocked = self.chair.blockSignals(True)
        self.chair.clear()
        self.chair.addItem(self.tr("（未定）"), None)
        for row in members:
            self.chair.addItem(f"{row.name}（{row.role}）", row.person_id)
        self.chair.setCurrentIndex(max(0, self.chair.findData(chosen)))
        self.chair.blockSignals(blocked)

    def read_day(self) -> dt.date:
        """Return the meeting date typed, or raise InputError naming the field."""
        day = read_date(self.day, self.tr("開會日期"), "day")
        assert day is not None
        return day

    def read(self, year: int) -> service.MeetingInput:
        """Return the fields as a draft without attendance, agenda or follow-up (the other
        tabs add theirs); raise InputError naming a field that cannot be read."""
        day = self.read_day()
        try:
            start = parse_time(self.start.text())
        except ValueError as exc:
            raise InputError(f"「開會時間」{exc}", "start") from None
        end = None
        if self.end.text().strip():
            try:
                end = parse_time(self.end.text())
            except ValueError as exc:
                raise InputError(f"「散會時間」{exc}", "end") from None
        return service.MeetingInput(
            year, self.seq.value(), day, start, end, self.place.text(),
            self.chair.currentData(), self.recorder.text(),
            read_date(self.notice_date, self.tr("發文日期"), "notice_date", required=False),
            self.notice_no.text(), self.remarks.toPlainText(), self.previous_minutes.text(),
            self.note.text())

    def focus_field(self, field: str) -> bool:
        """Put the cursor in the field an error names; False when it is not on this tab."""
        widget = {"day": self.day, "seq": self.seq, "chair": self.chair, "end": self.end,
                  "start": self.start, "notice_date": self.notice_date}.get(field)
        if widget is not None:
            widget.setFocus()
        return widget is not None

    def _take_number(self) -> None:
        self.notice_no.setText(service.next_notice_no(self.ctx.db, self.ctx.year))
        if not self.notice_date.text().strip():
            self.notice_date.setText(format_short(self.ctx.today()))
        self.edited.emit()
