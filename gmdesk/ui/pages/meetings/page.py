"""會議: the year's meetings on the left, the meeting being edited (four tabs) on the right."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gmdesk.domain.errors import InputError
from gmdesk.domain.model import AttendanceStatus, AttendeeKind, PersonId
from gmdesk.domain.rocdate import format_short
from gmdesk.services import meetings as service
from gmdesk.services import output
from gmdesk.services import settings as settings_service
from gmdesk.services import staff as staff_service
from gmdesk.ui import wording
from gmdesk.ui.context import AppContext, Change
from gmdesk.ui.editor import EditorPage
from gmdesk.ui.pages.meetings.attendance_tab import AttendanceTab
from gmdesk.ui.pages.meetings.basic_tab import BasicTab
from gmdesk.ui.pages.meetings.items_tab import ItemsTab
from gmdesk.ui.pages.meetings.progress_tab import ProgressTab
from gmdesk.ui.pages.meetings.roster import guest_choices, member_rows, progress_rows
from gmdesk.ui.pages.meetings.rows import GuestRow, ItemRow
from gmdesk.ui.pages.meetings.status import StatusLine
from gmdesk.ui.runner import error_message, error_text
from gmdesk.ui.table_model import Column, RecordTableModel
from gmdesk.ui.widgets.forms import scrolling
from gmdesk.ui.widgets.tables import EmptyHint, Fit, table

if TYPE_CHECKING:
    from gmdesk.services.safety import Database

LIST_MAX_WIDTH = 460


class MeetingsPage(EditorPage):
    """The year's meetings and the meeting editor: attendance, agenda, follow-up, forms."""

    writes = Change.MEETINGS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._asked = 0  # the latest reload asked of the runner; older answers are dropped
        self._loaded = 0  # the latest answer shown
        self._focus: int | None = None  # a meeting to open once the year's rows have come
        self.list_model: RecordTableModel[service.MeetingRow] = RecordTableModel([
            Column(self.tr("次別"), lambda r: wording.meeting_title(r.meeting.year, r.meeting.seq, short=True),
                   sort_key=lambda r: r.meeting.seq),
            Column(self.tr("日期"), lambda r: format_short(r.meeting.day)),
            Column(self.tr("主席"), lambda r: r.chair),
            Column(self.tr("出席"), lambda r: f"{r.present}/{r.members}"),
            Column(self.tr("法定人數"), lambda r: self._quorum_word(r)),
        ], self)
        self.list_view = table(self.list_model, [Fit.CONTENT] * 5)
        self.empty_hint = EmptyHint(self.list_view, lambda: self.tr(
            "本年度尚無會議：右側已備好第一次會議，填寫後按「儲存」。"))
        self.list_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._open_selected())
        self.new_button = QPushButton(self.tr("新增會議(&N)"))
        self.new_button.setToolTip("Ctrl+N")
        self.new_button.clicked.connect(self.new_record)
        self.delete_button = QPushButton(self.tr("刪除會議"))
        self.delete_button.setToolTip("Delete")
        self.delete_button.clicked.connect(self.delete_meeting)
        self.year_label = QLabel()
        self.year_label.setStyleSheet("font-weight:bold")
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.delete_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.year_label)
        left_layout.addWidget(self.list_view, 1)
        left_layout.addLayout(list_buttons)

        self.basic = BasicTab(self.mark_dirty, self._day_edited, self._attendance_edited,
                              self._take_number)
        self.attendance = AttendanceTab(self._attendance_edited, self.mark_dirty,
                                        self._add_guest)
        self.items = ItemsTab(self.mark_dirty)
        self.progress = ProgressTab(self.mark_dirty)
        # the fields tests and the status line reach for
        self.seq, self.day, self.chair = self.basic.seq, self.basic.day, self.basic.chair
        self.attend_model = self.attendance.attend_model
        self.guest_model = self.attendance.guest_model
        self.item_model = self.items.item_model
        self.progress_model = self.progress.progress_model
        self.tabs = QTabWidget()
        self.tabs.addTab(scrolling(self.basic), self.tr("基本資料"))
        self.tabs.addTab(self.attendance, self.tr("出席"))
        self.tabs.addTab(scrolling(self.items), self.tr("議程"))
        self.tabs.addTab(self.progress, self.tr("列管追蹤"))

        self.quorum_label = StatusLine()
        self.save_button = QPushButton(self.tr("儲存(&S)"))
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        self.form_buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("預覽／列印：")))
        for form, text in (("notice", self.tr("開會通知單(&O)")), ("signin", self.tr("簽到表(&I)")),
                           ("minutes", self.tr("會議紀錄(&M)"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, f=form: self.preview(f))
            actions.addWidget(button)
            self.form_buttons[form] = button
        self.form_buttons["minutes"].setToolTip("Ctrl+P")
        actions.addStretch(1)
        actions.addWidget(self.save_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addWidget(self.quorum_label)
        right_layout.addWidget(self.error)
        right_layout.addLayout(actions)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([360, 820])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.list_view, self.delete_meeting)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

        ctx.year_changed.connect(ctx.when_shown(self, lambda _y: self.reload()))
        ctx.listen(Change.GROUP | Change.PEOPLE | Change.OFFICE, self._on_data_changed)
        for button in (self.new_button, self.delete_button, self.save_button):
            button.setEnabled(not ctx.readonly)
        for tab in (self.basic, self.attendance, self.items, self.progress):
            tab.set_readonly(ctx.readonly)
        self.reload()

    @property
    def _meeting_id(self) -> int | None:
        return self.record_id

    def noun(self) -> str:
        return self.tr("這次會議")

    # --- list -----------------------------------------------------------------------------
    def _quorum_word(self, row: service.MeetingRow) -> str:
        if row.meeting.day > self.ctx.today():
            return self.tr("尚未開會")
        return self.tr("達到") if row.quorum.reached else self.tr("未達")

    def _on_data_changed(self, _what: Change) -> None:
        if not self.dirty:
            self.reload()

    def reload(self) -> None:
        """Reload the year's meetings and open the selected (or latest) one; the rows and that
        meeting are read through the runner (its own connection) and shown when they come."""
        year, asked_for = self.ctx.year, self.record_id
        self._asked += 1
        asked = self._asked

        def task(db: Database, _progress: object) -> tuple[list[service.MeetingRow], int,
                                                           int | None, Any]:
            rows = service.list_rows(db, year)
            per_year = settings_service.preset_for(db, year).meetings_per_year
            wanted = asked_for
            if wanted is None or all(r.meeting.id != wanted for r in rows):
                wanted = rows[-1].meeting.id if rows else None
            return rows, per_year, wanted, (service.draft_of(db, wanted)
                                            if wanted is not None else None)

        def done(answer: tuple[list[service.MeetingRow], int, int | None, Any]) -> None:
            if asked == self._asked:
                self._loaded = asked
                self._show_rows(*answer)

        self.ctx.runner.op(task, done, self.tr("整理本年度會議…"), quiet=True)

    def _show_rows(self, rows: list[service.MeetingRow], per_year: int, read: int | None,
                   read_draft: service.MeetingInput | None) -> None:
        self.list_model.set_records(rows)
        # every column in view (English headers are wider), up to a third of a small screen
        view, header = self.list_view, self.list_view.horizontalHeader()
        last = self.list_model.columnCount() - 1
        columns = sum(max(view.sizeHintForColumn(c), header.sectionSizeHint(c),
                          header.defaultSectionSize() if c == last else 0)  # stretched last
                      for c in range(last + 1))
        view.setMinimumWidth(min(LIST_MAX_WIDTH, columns + 2 * view.frameWidth()
                                 + view.verticalScrollBar().sizeHint().width()))
        self.year_label.setText(self.tr("%1年度會議（應至少 %2 次）")
                                .replace("%1", str(self.ctx.year)).replace("%2", str(per_year)))
        focus, self._focus = self._focus, None
        if self.dirty and focus is None:  # the clerk is editing: the list changes, not the form
            self._select(self.record_id)
            return
        wanted = focus if focus is not None else self.record_id
        if wanted is None or all(r.meeting.id != wanted for r in rows):
            wanted = rows[-1].meeting.id if rows else None
        if wanted is None:
            self.present(self.blank_draft(), None)
            self.list_view.clearSelection()
            return
        self._select(wanted)
        if wanted == read and read_draft is not None:
            self.present(read_draft, wanted)
        else:
            self.open_record(wanted)

    after_save = reload

    def _select(self, meeting_id: int | None) -> None:
        with self.loading():
            for row, record in enumerate(self.list_model.records()):
                if record.meeting.id == meeting_id:
                    self.list_view.selectRow(row)
                    return
            self.list_view.clearSelection()

    def focus_record(self, record: str) -> None:
        """Open the meeting with that id (from a 總覽 finding)."""
        if record.isdigit() and self.confirm_leave():
            if self._loaded != self._asked:  # the year's meetings are on their way
                self._focus = int(record)
                return
            self._select(int(record))
            self.open_record(int(record))

    def _open_selected(self) -> None:
        if self._loading:
            return
        index = self.list_view.currentIndex()
        if not index.isValid():
            return
        meeting_id = self.list_model.record(index.row()).meeting.id
        if meeting_id != self.record_id:
            if not self.confirm_leave():
                self._select(self.record_id)
                return
            self._select(meeting_id)
            self.open_record(meeting_id)

    def open_meeting(self, meeting_id: int) -> None:
        self.open_record(meeting_id)

    def new_meeting(self) -> None:
        self.new_record()

    def new_record(self) -> None:
        """Start a new meeting: next number, the convener chairing, every member listed."""
        if self.ctx.readonly or not self.confirm_leave():
            return
        self.present(self.blank_draft(), None)
        self.list_view.clearSelection()
        self.tabs.setCurrentIndex(0)
        self.day.setFocus()
        self.day.selectAll()

    # --- the editor hooks -----------------------------------------------------------------
    def load_draft(self, record_id: Any) -> service.MeetingInput:
        return service.draft_of(self.ctx.db, record_id)

    def blank_draft(self) -> service.MeetingInput:
        return service.new_draft(self.ctx.db, self.ctx.year, self.ctx.today())

    def show_draft(self, draft: service.MeetingInput) -> None:
        # one reading: the members, guests and follow-ups each read the staff once, not four times
        with self.ctx.db.reading():
            self._show_draft(draft)

    def _show_draft(self, draft: service.MeetingInput) -> None:
        self.basic.fill(draft)
        self._fill_members(draft.day, draft)
        self.basic.chair.set_value(draft.chair_id)
        persons = staff_service.people_by_id(self.ctx.db)
        units = settings_service.unit_names(self.ctx.db)

        def post(person_id: PersonId) -> str:
            person = persons[person_id]
            return units.get(person.unit_id or 0, "") + person.title
        self.guest_model.set_rows([
            GuestRow(a.person_id, persons[a.person_id].name, post(a.person_id), a.fee)
            for a in draft.attendance if a.kind is AttendeeKind.GUEST])
        self.items.set_items([
            ItemRow(i.kind, i.title, i.unit, i.explanation, i.decision, i.followup_unit,
                    i.item_id) for i in draft.items])
        self._fill_progress(draft)
        self._update_status()

    def _fill_members(self, day: dt.date, draft: service.MeetingInput | None = None) -> None:
        """List the members serving on `day`, keeping statuses already entered."""
        rows = member_rows(self.ctx.db, day, self.attend_model.rows, draft, self.tr)
        self.attend_model.set_rows(rows)
        with self.loading():
            self.chair.set_choices([(self.tr("%1（%2）").replace("%1", r.name).replace("%2", r.role),
                                     r.person_id) for r in rows])
            self.attendance.guest_pick.set_choices(
                guest_choices(self.ctx.db, {r.person_id for r in rows}))

    def _fill_progress(self, draft: service.MeetingInput) -> None:
        self.progress.set_rows(progress_rows(self.ctx.db, draft, self.record_id))

    # --- edits --------------------------------------------------------------------------------
    def _attendance_edited(self) -> None:
        self.mark_dirty()
        if not self._loading:
            self._update_status()

    def _day_edited(self) -> None:
        self.mark_dirty()
        try:
            day = self.day.date()
        except InputError:
            return
        assert day is not None
        self._fill_members(day)
        self._fill_progress(service.MeetingInput(
            self.ctx.year, 1, day, dt.time(0), progress=tuple(
                service.ProgressInput(r.followup_id, r.text, r.proposal, r.decision)
                for r in self.progress_model.rows)))
        self._update_status()

    def _add_guest(self) -> None:
        person_id = self.attendance.guest_pick.value()
        person = staff_service.get_person(self.ctx.db, person_id) if person_id is not None else None
        if person is None:
            return
        units = settings_service.unit_names(self.ctx.db)
        self.attendance.append_guest(GuestRow(
            person.id, person.name, units.get(person.unit_id or 0, "") + person.title))

    def _take_number(self) -> None:
        self.basic.notice_no.setText(service.next_notice_no(self.ctx.db, self.ctx.year))
        if not self.basic.notice_date.text().strip():
            self.basic.notice_date.set_date(self.ctx.today())
        self.mark_dirty()

    # --- the draft, status and saving ------------------------------------------------------
    def draft(self) -> service.MeetingInput:
        """Return what the editor holds; raise InputError naming a field that cannot be read."""
        b = self.basic
        day = b.day.date()
        assert day is not None
        start, end = b.times()
        attendance = [service.AttendanceInput(r.person_id, AttendeeKind.MEMBER, r.status,
                                              r.proxy_name, r.fee)
                      for r in self.attend_model.rows]
        attendance += [service.AttendanceInput(r.person_id, AttendeeKind.GUEST,
                                               AttendanceStatus.PRESENT, "", r.fee)
                       for r in self.guest_model.rows]
        return service.MeetingInput(
            self.ctx.year, b.seq.value(), day, start, end, b.place.text(),
            b.chair.value(), b.recorder.text(), b.notice_date.date(),
            b.notice_no.text(), b.remarks.toPlainText(), b.previous_minutes.text(),
            b.note.text(), tuple(attendance),
            tuple(service.ItemInput(r.kind, r.title, r.unit, r.explanation, r.decision,
                                    r.followup_unit, r.item_id)
                  for r in self.item_model.rows),
            tuple(service.ProgressInput(r.followup_id, r.text, r.proposal, r.decision)
                  for r in self.progress_model.rows))

    def write(self, draft: service.MeetingInput, record_id: Any) -> int:
        meeting_id = service.save_meeting(self.ctx.db, draft, record_id)
        self.ctx.status_message.emit(self.tr("會議已儲存"))
        return meeting_id

    def _update_status(self) -> None:
        try:
            draft = self.draft()
        except InputError:
            return
        self.quorum_label.show_status(self.ctx.db, self.ctx.year, draft)

    def field_widget(self, field: str) -> QWidget | None:
        return self.basic.field_widget(field)

    def show_field(self, field: str) -> None:
        tabs = {"attendance": 1, "proxy": 1, "fee": 1, "items": 2, "progress": 3}
        self.tabs.setCurrentIndex(tabs.get(field, 0))
        widget = self.field_widget(field)
        if widget is not None:
            widget.setFocus()

    def delete_meeting(self) -> None:
        if self.ctx.readonly or self.record_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("刪除會議"),
            self.tr("確定刪除這次會議及其出席、議程與列管紀錄？刪除的會議會移到「資源回收筒」，可從那裡還原。"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        service.delete_meeting(self.ctx.db, self.record_id)
        self.record_id = None
        self._dirty = False
        self.reload()
        self.ctx.changed(Change.MEETINGS)

    # --- printing -------------------------------------------------------------------------------
    def print_current(self) -> None:
        self.preview("minutes")

    def write_form(self, form: str, folder: Path) -> Path | None:
        """Write one of the three forms of the saved meeting into `folder`; return its path.

        An unsaved or new meeting is saved first only when the clerk says so; otherwise
        nothing is printed and no meeting is created.
        """
        if not self.ask_save_first():
            return None
        assert self.record_id is not None
        from gmdesk.ui.pages.meetings.printing import write_meeting_form  # loads the documents

        try:
            return write_meeting_form(self.ctx.db, self.record_id, form, folder, self.ctx.today())
        except InputError as exc:
            self.error.show_error(error_message(exc))
            return None

    def preview(self, form: str) -> None:
        """Render the form through the runner (off the UI thread), then show it in the
        preview window (with save and print)."""
        if not self.ask_save_first():
            return
        meeting_id, today = self.record_id, self.ctx.today()
        from gmdesk.ui.pages.meetings.printing import write_meeting_form  # loads the documents
        from gmdesk.ui.pdf_preview import document_copies, preview_folder, show_pdf

        folder, save_to = preview_folder(), output.output_dir(self.ctx.db)
        # the notice and the minutes may also be saved as .odt / .docx to edit before signing
        copies = document_copies(self.ctx.runner, form, int(meeting_id), today)

        def render(db: Any, _progress: Any) -> Path:
            return write_meeting_form(db, meeting_id, form, folder, today)

        def show(path: Path) -> None:
            show_pdf(self, path, path.stem, save_to, copies)

        self.ctx.runner.op(render, show, self.tr("正在產生表單…"),
                           on_error=lambda exc: self.error.show_error(error_text(exc)),
                           cancellable=False)
