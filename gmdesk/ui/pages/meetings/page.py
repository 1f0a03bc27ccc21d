"""會議: the year's meetings on the left, the meeting editor (four tabs) on the right.

The page holds the list, the tabs and the actions; each tab is its own widget (basics.py,
attendance.py, agenda.py) and says through signals when the clerk edited it.
"""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gmdesk.domain.errors import InputError
from gmdesk.domain.rocdate import format_short
from gmdesk.services import meetings as service
from gmdesk.services import printing
from gmdesk.services import settings as settings_service
from gmdesk.ui.context import AppContext, Change
from gmdesk.ui.editor import UnsavedGuard
from gmdesk.ui.pages.meetings.agenda import AgendaTab, FollowUpTab
from gmdesk.ui.pages.meetings.attendance import AttendanceTab
from gmdesk.ui.pages.meetings.basics import BasicsTab
from gmdesk.ui.pages.meetings.status import quorum_html
from gmdesk.ui.table_model import Column, RecordTableModel


class MeetingsPage(QWidget):
    """The year's meetings on the left, the meeting being edited on the right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._meeting_id: int | None = None
        self.guard = UnsavedGuard(self, self.tr("這次會議"), self.save)
        self.guard.readonly = ctx.readonly
        self._loading = False

        # --- the year's list ---
        self.list_model: RecordTableModel[service.MeetingRow] = RecordTableModel([
            Column(self.tr("次別"), lambda r: r.meeting.title.removesuffix("會議"),
                   sort_key=lambda r: r.meeting.seq),
            Column(self.tr("日期"), lambda r: format_short(r.meeting.day)),
            Column(self.tr("主席"), lambda r: r.chair),
            Column(self.tr("出席"), lambda r: f"{r.present}/{r.members}"),
            Column(self.tr("法定人數"), lambda r: self._quorum_word(r)),
        ], self)
        self.list_view = QTableView()
        self.list_view.setModel(self.list_model)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.verticalHeader().setVisible(False)
        self.list_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.list_view.horizontalHeader().setStretchLastSection(True)
        self.list_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._open_selected())
        self.new_button = QPushButton(self.tr("新增會議(&N)"))
        self.new_button.setToolTip("Ctrl+N")
        self.new_button.clicked.connect(self.new_meeting)
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

        # --- the editor: four tabs ---
        self.basics = BasicsTab(ctx)
        self.attendance = AttendanceTab(ctx)
        self.agenda = AgendaTab()
        self.followup = FollowUpTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.basics, self.tr("基本資料"))
        self.tabs.addTab(self.attendance, self.tr("出席"))
        self.tabs.addTab(self.agenda, self.tr("議程"))
        self.tabs.addTab(self.followup, self.tr("列管追蹤"))
        # The fields tests and 總覽 links reach by name.
        self.seq, self.day, self.place = self.basics.seq, self.basics.day, self.basics.place
        self.chair = self.basics.chair
        self.attend_model = self.attendance.attend_model
        self.guest_model = self.attendance.guest_model
        self.item_model = self.agenda.item_model
        self.progress_model = self.followup.progress_model

        # --- status and actions ---
        self.quorum_label = QLabel()
        self.quorum_label.setWordWrap(True)
        self.quorum_label.setTextFormat(Qt.TextFormat.RichText)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color:#c62828;font-weight:bold")
        self.error.setWordWrap(True)
        self.save_button = QPushButton(self.tr("儲存(&S)"))
        self.save_button.setToolTip("Ctrl+S")
        self.save_button.clicked.connect(self.save)
        self.notice_button = QPushButton(self.tr("開會通知單(&O)"))
        self.notice_button.clicked.connect(lambda: self.preview("notice"))
        self.signin_button = QPushButton(self.tr("簽到表(&I)"))
        self.signin_button.clicked.connect(lambda: self.preview("signin"))
        self.minutes_button = QPushButton(self.tr("會議紀錄(&M)"))
        self.minutes_button.setToolTip("Ctrl+P")
        self.minutes_button.clicked.connect(lambda: self.preview("minutes"))
        actions = QHBoxLayout()
        actions.addWidget(QLabel(self.tr("預覽／列印：")))
        actions.addWidget(self.notice_button)
        actions.addWidget(self.signin_button)
        actions.addWidget(self.minutes_button)
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

        QShortcut(QKeySequence.StandardKey.New, self, self.new_meeting)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.Print, self, lambda: self.preview("minutes"))
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.list_view, self.delete_meeting)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

        for tab in (self.basics, self.attendance, self.agenda, self.followup):
            tab.edited.connect(self._mark_dirty)
        self.attendance.attendance_edited.connect(self._attendance_edited)
        self.basics.chair_changed.connect(self._attendance_edited)
        self.basics.day_edited.connect(self._day_edited)
        ctx.year_changed.connect(ctx.when_shown(self, lambda _y: self.reload()))
        ctx.listen(Change.GROUP | Change.PEOPLE | Change.OFFICE,
                   self._on_data_changed)
        for button in (self.new_button, self.delete_button, self.save_button):
            button.setEnabled(not ctx.readonly)
        self.reload()

    # --- list -----------------------------------------------------------------------------
    def _quorum_word(self, row: service.MeetingRow) -> str:
        if row.meeting.day > self.ctx.today():
            return self.tr("尚未開會")
        return self.tr("達到") if row.quorum.reached else self.tr("未達")

    def _on_data_changed(self, _what: Change) -> None:
        if not self._dirty:
            self.reload()

    def reload(self) -> None:
        """Reload the year's meetings and open the selected (or latest) one."""
        rows = service.list_rows(self.ctx.db, self.ctx.year)
        self.list_model.set_records(rows)
        self.year_label.setText(self.tr("%1年度會議（應至少 %2 次）")
                                .replace("%1", str(self.ctx.year))
                                .replace("%2", str(settings_service.preset_for(
                                    self.ctx.db, self.ctx.year).meetings_per_year)))
        wanted = self._meeting_id
        if wanted is None or all(r.meeting.id != wanted for r in rows):
            wanted = rows[-1].meeting.id if rows else None
        if wanted is None:
            self.new_meeting()
        else:
            self._select(wanted)
            self.open_meeting(wanted)

    def _select(self, meeting_id: int) -> None:
        for row, record in enumerate(self.list_model.records()):
            if record.meeting.id == meeting_id:
                self._loading = True
                self.list_view.selectRow(row)
                self._loading = False
                return

    def focus_record(self, record: str) -> None:
        """Open the meeting with that id (from a 總覽 finding)."""
        if record.isdigit():
            self._select(int(record))
            self.open_meeting(int(record))

    def _open_selected(self) -> None:
        if self._loading:
            return
        index = self.list_view.currentIndex()
        if not index.isValid():
            return
        meeting_id = self.list_model.record(index.row()).meeting.id
        if meeting_id != self._meeting_id:
            if not self.confirm_leave():
                self._select(self._meeting_id or 0)
                return
            self.open_meeting(meeting_id)

    def confirm_leave(self) -> bool:
        """Ask before unsaved edits are dropped; True when it is fine to go on."""
        return self.guard.confirm_leave()

    @property
    def _dirty(self) -> bool:
        return self.guard.dirty

    @_dirty.setter
    def _dirty(self, value: bool) -> None:
        self.guard.dirty = value

    # --- load a meeting into the editor ----------------------------------------------------
    def open_meeting(self, meeting_id: int) -> None:
        self._meeting_id = meeting_id
        self._show(service.draft_of(self.ctx.db, meeting_id))

    def new_meeting(self) -> None:
        """Start a new meeting: next number, the convener chairing, every member listed."""
        if self.ctx.readonly or not self.confirm_leave():
            return
        self._meeting_id = None
        self.list_view.clearSelection()
        self._show(service.new_draft(self.ctx.db, self.ctx.year, self.ctx.today()))
        self.tabs.setCurrentIndex(0)
        self.day.setFocus()
        self.day.selectAll()

    def _show(self, draft: service.MeetingInput) -> None:
        self._loading = True
        self.basics.show_draft(draft)
        members = self.attendance.fill_members(draft.day, draft)
        self.basics.set_chairs(members, draft.chair_id)
        self.attendance.show_guests(draft)
        self.agenda.show_draft(draft)
        self.followup.fill(draft, self._meeting_id)
        self.error.clear()
        self._loading = False
        self._dirty = False
        self._update_status()

    # --- edits --------------------------------------------------------------------------------
    def _mark_dirty(self) -> None:
        if not self._loading:
            self._dirty = True

    def _attendance_edited(self) -> None:
        self._mark_dirty()
        if not self._loading:
            self._update_status()

    def _day_edited(self) -> None:
        self._mark_dirty()
        try:
            day = self.basics.read_day()
        except InputError:
            return
        members = self.attendance.fill_members(day)
        self.basics.set_chairs(members, self.chair.currentData())
        self.followup.refill(day, self.ctx.year, self._meeting_id)
        self._update_status()

    # --- the draft, status and saving ------------------------------------------------------
    def draft(self) -> service.MeetingInput:
        """Return what the editor holds; raise InputError naming a field that cannot be read."""
        return dataclasses.replace(
            self.basics.read(self.ctx.year), attendance=self.attendance.read(),
            items=self.agenda.read(), progress=self.followup.read())

    def _update_status(self) -> None:
        try:
            draft = self.draft()
        except InputError:
            return
        result, genders, short = service.attendance_status(self.ctx.db, draft)
        preset = settings_service.preset_for(self.ctx.db, self.ctx.year)
        self.quorum_label.setText(quorum_html(result, genders, short, preset))

    def save(self) -> bool:
        """Save the meeting with its attendance, items and follow-up, or nothing."""
        if self.ctx.readonly:
            return False
        try:
            meeting_id = service.save_meeting(self.ctx.db, self.draft(), self._meeting_id)
        except InputError as exc:
            self.error.setText(str(exc))
            self._show_field(exc.field)
            return False
        self.error.clear()
        self._meeting_id = meeting_id
        self._dirty = False
        self.reload()
        self.ctx.changed(Change.MEETINGS)
        self.ctx.status_message.emit(self.tr("會議已儲存"))
        return True

    def _show_field(self, field: str) -> None:
        tabs = {"attendance": 1, "proxy": 1, "fee": 1, "items": 2, "progress": 3}
        self.tabs.setCurrentIndex(tabs.get(field, 0))
        self.basics.focus_field(field)

    def delete_meeting(self) -> None:
        if self.ctx.readonly or self._meeting_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("刪除會議"),
            self.tr("確定刪除這次會議及其出席、議程與列管紀錄？刪除的會議會移到「資源回收筒」，可從那裡還原。"))
        if answer != QMessageBox.StandardButton.Yes:
            return
        service.delete_meeting(self.ctx.db, self._meeting_id)
        self._meeting_id = None
        self._dirty = False
        self.reload()
        self.ctx.changed(Change.MEETINGS)

    # --- printing -------------------------------------------------------------------------------
    def write_form(self, form: str, folder: Path) -> Path | None:
        """Write one of the three forms of the saved meeting into `folder`; return its path.

        Printing never creates or changes a meeting: a new or edited meeting is printed only
        after the clerk chooses to save it.
        """
        if (self._dirty or self._meeting_id is None) and not self._save_before_print():
            return None
        assert self._meeting_id is not None
        try:
            name = printing.meeting_form_file(self.ctx.db, self._meeting_id, form)
            return printing.print_meeting_form(self.ctx.db, self._meeting_id, form,
                                               folder / name, self.ctx.today())
        except InputError as exc:
            self.error.setText(str(exc))
            return None

    def _save_before_print(self) -> bool:
        """Ask to save a new or edited meeting before printing it; True once it is saved."""
        if self.ctx.readonly:
            self.error.setText(self.tr("這次會議尚未儲存，唯讀開啟時無法列印未儲存的會議"))
            return False
        text = (self.tr("這次會議尚未儲存。要先儲存再列印嗎？") if self._meeting_id is None
                else self.tr("這次會議的修改尚未儲存。要先儲存再列印嗎？（印出的是儲存後的內容）"))
        answer = QMessageBox.question(
            self, self.tr("先儲存再列印"), text,
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save)
        return answer == QMessageBox.StandardButton.Save and self.save()

    def preview(self, form: str) -> None:
        """Show the form in the preview window (with save and print)."""
        path = self.write_form(form, Path(tempfile.mkdtemp(prefix="gmdesk-")))
        if path is None:
            return
        from gmdesk.ui.pdf_preview import show_pdf

        show_pdf(self, path, path.stem)



