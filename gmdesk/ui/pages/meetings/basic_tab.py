"""會議 › 基本資料: number, date, time, place, chair, recorder, the notice's date and number."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import (
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
from gmdesk.domain.rocdate import parse_time
from gmdesk.domain.texts import Phrase
from gmdesk.services.meetings import MeetingInput
from gmdesk.ui.widgets.forms import ChoiceCombo, DateEdit, required


class BasicTab(QWidget):
    """The meeting's own fields; the page reads and fills them."""

    def __init__(self, on_edit: Callable[[], None], on_day: Callable[[], None],
                 on_chair: Callable[[], None], on_number: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seq = QSpinBox()
        self.seq.setRange(1, 99)
        self.day = DateEdit(self.tr("開會日期"), "day")
        self.start = QLineEdit()
        self.start.setPlaceholderText("14:30")
        self.start.setMaximumWidth(100)
        self.end = QLineEdit()
        self.end.setPlaceholderText("16:00")
        self.end.setMaximumWidth(100)
        self.place = QLineEdit()
        self.chair = ChoiceCombo(empty=self.tr("（未定）"))
        self.recorder = QLineEdit()
        self.notice_date = DateEdit(self.tr("發文日期"), "notice_date", required=False)
        self.notice_no = QLineEdit()
        self.number_button = QPushButton(self.tr("取號(&G)"))
        self.number_button.clicked.connect(on_number)
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
        number_row.addWidget(self.number_button)
        form = QFormLayout(self)
        for text, widget in (
            (self.tr("次別(&Q)"), self.seq), (required(self.tr("開會日期(&D)"), self.day),
            self.day),
            (required(self.tr("開會時間(&T)"), self.start), self.start), (self.tr("地點(&L)"), self.place),
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
            edit.textEdited.connect(lambda _t: on_edit())
        self.day.textEdited.connect(lambda _t: on_day())
        self.remarks.textChanged.connect(on_edit)
        self.seq.valueChanged.connect(lambda _v: on_edit())
        self.chair.currentIndexChanged.connect(lambda _i: on_chair())

    def set_readonly(self, readonly: bool) -> None:
        for edit in (self.start, self.end, self.place, self.recorder, self.notice_date,
                     self.notice_no, self.note, self.previous_minutes, self.day):
            edit.setReadOnly(readonly)
        self.remarks.setReadOnly(readonly)
        for widget in (self.seq, self.chair, self.number_button):
            widget.setEnabled(not readonly)

    def fill(self, draft: MeetingInput) -> None:
        """Fill the fields from `draft` (the chair is chosen once the members are listed)."""
        self.seq.setValue(draft.seq)
        self.day.set_date(draft.day)
        self.start.setText(draft.start.strftime("%H:%M"))
        self.end.setText(draft.end.strftime("%H:%M") if draft.end else "")
        self.place.setText(draft.place)
        self.recorder.setText(draft.recorder)
        self.notice_date.set_date(draft.notice_date)
        self.notice_no.setText(draft.notice_no)
        self.note.setText(draft.note)
        self.previous_minutes.setText(draft.previous_minutes)
        self.remarks.setPlainText(draft.chair_remarks)

    def times(self) -> tuple[dt.time, dt.time | None]:
        """Return 開會時間 and 散會時間 (or None); raise InputError naming a bad one."""
        try:
            start = parse_time(self.start.text())
        except ValueError as exc:
            raise InputError(Phrase.of("meetings.err.start_time", error=_phrase(exc)), "start") from None
        if not self.end.text().strip():
            return start, None
        try:
            return start, parse_time(self.end.text())
        except ValueError as exc:
            raise InputError(Phrase.of("meetings.err.end_time", error=_phrase(exc)), "end") from None

    def field_widget(self, field: str) -> QWidget | None:
        return {"day": self.day, "seq": self.seq, "chair": self.chair, "end": self.end,
                "start": self.start, "notice_date": self.notice_date}.get(field)


def _phrase(exc: ValueError) -> Phrase | str:
    """A time error's phrase (parse_time's ReadError), or its text."""
    phrase = getattr(exc, "phrase", None)
    return phrase if isinstance(phrase, Phrase) else str(exc)
