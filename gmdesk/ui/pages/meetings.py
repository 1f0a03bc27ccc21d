"""會議: the year's meetings, the meeting editor, follow-up, quorum, and the three printed forms."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gmdesk.domain import group as group_rules
from gmdesk.domain.errors import InputError
from gmdesk.domain.model import (
    AttendanceStatus,
    AttendeeKind,
    FollowUpId,
    ItemKind,
    PersonId,
    Role,
)
from gmdesk.domain.rocdate import format_short, parse_time
from gmdesk.services import meetings as service
from gmdesk.services import printing
from gmdesk.services import settings as settings_service
from gmdesk.services import staff as staff_service
from gmdesk.ui.context import AppContext, Change
from gmdesk.ui.editor import UnsavedGuard
from gmdesk.ui.pages.group import date_field, read_date
from gmdesk.ui.table_model import Column, RecordTableModel

Index = QModelIndex | QPersistentModelIndex


# --- editable rows --------------------------------------------------------------------------


@dataclass
class AttendRow:
    person_id: PersonId
    name: str
    post: str
    gender: str
    role: str
    status: AttendanceStatus = AttendanceStatus.PRESENT
    proxy_name: str = ""
    fee: int | None = None
    external: bool = False


@dataclass
class GuestRow:
    person_id: PersonId
    name: str
    post: str
    fee: int | None = None


@dataclass
class ItemRow:
    kind: ItemKind
    title: str = ""
    unit: str = ""
    explanation: str = ""
    decision: str = ""
    followup_unit: str = ""
    item_id: Any = None


@dataclass
class ProgressRow:
    followup_id: FollowUpId
    source: str
    title: str
    unit: str
    text: str = ""
    proposal: str = "continue"
    decision: str = ""


@dataclass(frozen=True)
class EditColumn:
    """A column of an editable table: how to show a row, and how to write an edit back."""

    header: str
    get: Callable[[Any], str]
    set: Callable[[Any, str], None] | None = None
    choices: Sequence[tuple[str, str]] = ()  # (label, value) for a drop-down


class RowsModel(QAbstractTableModel):
    """An editable table over a list of mutable rows (one per dataclass)."""

    def __init__(self, columns: Sequence[EditColumn], on_edit: Callable[[], None],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[Any] = []
        self.on_edit = on_edit

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = column.get(row)
            if column.choices and role == Qt.ItemDataRole.DisplayRole:
                return next((label for label, v in column.choices if v == value), value)
            return value
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        column = self.columns[index.column()]
        if role != Qt.ItemDataRole.EditRole or column.set is None:
            return False
        column.set(self.rows[index.row()], str(value))
        self.dataChanged.emit(self.index(index.row(), 0),
                              self.index(index.row(), self.columnCount() - 1))
        self.on_edit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.columns[index.column()].set is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down editor for columns with choices (出席狀態, 列管建議)."""

    def __init__(self, choices: Sequence[tuple[str, str]], parent: Any = None) -> None:
        super().__init__(parent)
        self.choices = list(choices)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        for label, value in self.choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


def _table(model: QAbstractTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    return view


def _fee(text: str) -> int | None:
    digits = "".join(ch for ch in text if ch.isdigit())
    return int(digits) if digits else None


def _set(name: str) -> Callable[[Any, str], None]:
    def write(row: Any, value: str) -> None:
        setattr(row, name, value)
    return write


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

        # --- 基本資料 ---
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
        basic = QFormLayout()
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
                basic.addRow(label, times)
            elif widget is self.notice_no:
                basic.addRow(label, number_row)
            else:
                basic.addRow(label, widget)
        basic_tab = QWidget()
        basic_tab.setLayout(basic)

        # --- 出席 ---
        statuses = [(self.tr(s.label), s.value) for s in AttendanceStatus]
        self.attend_model = RowsModel([
            EditColumn(self.tr("姓名"), lambda r: r.name),
            EditColumn(self.tr("單位職稱"), lambda r: r.post),
            EditColumn(self.tr("性別"), lambda r: r.gender),
            EditColumn(self.tr("角色"), lambda r: r.role),
            EditColumn(self.tr("出席狀態"), lambda r: r.status.value,
                       lambda r, v: setattr(r, "status", AttendanceStatus(v)), statuses),
            EditColumn(self.tr("代理人"), lambda r: r.proxy_name, _set("proxy_name")),
            EditColumn(self.tr("出席費"), lambda r: "" if r.fee is None else str(r.fee),
                       lambda r, v: setattr(r, "fee", _fee(v))),
        ], self._attendance_edited, self)
        self.attend_view = _table(self.attend_model)
        self.attend_view.setItemDelegateForColumn(4, ChoiceDelegate(statuses, self.attend_view))
        self.guest_model = RowsModel([
            EditColumn(self.tr("列席人員"), lambda r: r.name),
            EditColumn(self.tr("單位職稱"), lambda r: r.post),
            EditColumn(self.tr("出席費"), lambda r: "" if r.fee is None else str(r.fee),
                       lambda r, v: setattr(r, "fee", _fee(v))),
        ], self._mark_dirty, self)
        self.guest_view = _table(self.guest_model)
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
        attend_tab = QWidget()
        attend_layout = QVBoxLayout(attend_tab)
        attend_top = QHBoxLayout()
        attend_top.addWidget(QLabel(self.tr("委員出席情形（狀態欄按 F2 或直接選擇）")))
        attend_top.addStretch(1)
        attend_top.addWidget(all_present)
        attend_layout.addLayout(attend_top)
        attend_layout.addWidget(self.attend_view, 3)
        attend_layout.addLayout(guest_row)
        attend_layout.addWidget(self.guest_view, 1)

        # --- 議程 ---
        kinds = [(self.tr(k.label), k.value) for k in ItemKind]
        self.item_model = RowsModel([
            EditColumn(self.tr("類別"), lambda r: r.kind.value, None, kinds),
            EditColumn(self.tr("案由"), lambda r: r.title),
            EditColumn(self.tr("單位"), lambda r: r.unit),
            EditColumn(self.tr("列管"), lambda r: r.followup_unit),
        ], self._mark_dirty, self)
        self.item_view = _table(self.item_model)
        self.item_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.item_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_item())
        self.item_kind = QComboBox()
        for kind_label, value in kinds:
            self.item_kind.addItem(kind_label, value)
        self.item_title = QLineEdit()
        self.item_unit = QLineEdit()
        self.item_explanation = QPlainTextEdit()
        self.item_explanation.setTabChangesFocus(True)
        self.item_explanation.setMaximumHeight(80)
        self.item_decision = QPlainTextEdit()
        self.item_decision.setTabChangesFocus(True)
        self.item_decision.setMaximumHeight(60)
        self.item_followup = QLineEdit()
        self.item_followup.setPlaceholderText(self.tr("需列管時填辦理單位，例：秘書室"))
        item_form = QFormLayout()
        for text, widget in (
            (self.tr("類別(&K)"), self.item_kind), (self.tr("案由(&I)"), self.item_title),
            (self.tr("提案/報告單位"), self.item_unit), (self.tr("說明"), self.item_explanation),
            (self.tr("決議/決定"), self.item_decision), (self.tr("列管辦理單位"), self.item_followup),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            item_form.addRow(label, widget)
        item_buttons = QHBoxLayout()
        for text, kind in ((self.tr("新增報告事項"), ItemKind.REPORT),
                           (self.tr("新增討論事項"), ItemKind.DISCUSSION),
                           (self.tr("新增臨時動議"), ItemKind.MOTION)):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, k=kind: self._add_item(k))
            item_buttons.addWidget(button)
        for text, slot in ((self.tr("上移"), lambda: self._move_item(-1)),
                           (self.tr("下移"), lambda: self._move_item(1)),
                           (self.tr("刪除項目"), self._remove_item)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            item_buttons.addWidget(button)
        items_tab = QWidget()
        items_layout = QVBoxLayout(items_tab)
        items_layout.addLayout(item_buttons)
        items_layout.addWidget(self.item_view, 1)
        items_layout.addLayout(item_form)
        for edit in (self.item_title, self.item_unit, self.item_followup):
            edit.textEdited.connect(lambda _t: self._item_edited())
        for plain in (self.item_explanation, self.item_decision):
            plain.textChanged.connect(self._item_edited)
        self.item_kind.currentIndexChanged.connect(lambda _i: self._item_edited())

        # --- 列管追蹤 ---
        proposals = [(self.tr("繼續列管"), "continue"), (self.tr("解除列管"), "close")]
        self.progress_model = RowsModel([
            EditColumn(self.tr("來源"), lambda r: r.source),
            EditColumn(self.tr("案由"), lambda r: r.title),
            EditColumn(self.tr("辦理單位"), lambda r: r.unit),
            EditColumn(self.tr("執行情形"), lambda r: r.text, _set("text")),
            EditColumn(self.tr("列管建議"), lambda r: r.proposal, _set("proposal"), proposals),
            EditColumn(self.tr("決定"), lambda r: r.decision, _set("decision")),
        ], self._mark_dirty, self)
        self.progress_view = _table(self.progress_model)
        self.progress_view.setItemDelegateForColumn(
            4, ChoiceDelegate(proposals, self.progress_view))
        self.progress_view.setWordWrap(True)
        header = self.progress_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((150, 190, 70, 230, 80)):
            header.resizeSection(column, width)
        progress_tab = QWidget()
        progress_layout = QVBoxLayout(progress_tab)
        progress_note = QLabel(self.tr("上次會議決議事項執行情形：前次會議列管之決議，"
                                       "逐案填寫執行情形；選「解除列管」即於本次會議結案。"))
        progress_note.setWordWrap(True)
        progress_layout.addWidget(progress_note)
        progress_layout.addWidget(self.progress_view, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(basic_tab, self.tr("基本資料"))
        self.tabs.addTab(attend_tab, self.tr("出席"))
        self.tabs.addTab(items_tab, self.tr("議程"))
        self.tabs.addTab(progress_tab, self.tr("列管追蹤"))

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

        for edit in (self.start, self.end, self.place, self.recorder, self.notice_date,
                     self.notice_no, self.note, self.previous_minutes):
            edit.textEdited.connect(lambda _t: self._mark_dirty())
        self.day.textEdited.connect(lambda _t: self._day_edited())
        self.remarks.textChanged.connect(self._mark_dirty)
        self.seq.valueChanged.connect(lambda _v: self._mark_dirty())
        self.chair.currentIndexChanged.connect(lambda _i: self._attendance_edited())
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
        self._fill_members(draft.day, draft)
        self.chair.setCurrentIndex(max(0, self.chair.findData(draft.chair_id)))
        persons = staff_service.people_by_id(self.ctx.db)
        units = settings_service.unit_names(self.ctx.db)

        def post(person_id: PersonId) -> str:
            person = persons[person_id]
            return units.get(person.unit_id or 0, "") + person.title
        self.guest_model.set_rows([
            GuestRow(a.person_id, persons[a.person_id].name, post(a.person_id), a.fee)
            for a in draft.attendance if a.kind is AttendeeKind.GUEST])
        self.item_model.set_rows([
            ItemRow(i.kind, i.title, i.unit, i.explanation, i.decision, i.followup_unit,
                    i.item_id) for i in draft.items])
        self._fill_progress(draft)
        self.error.clear()
        self._loading = False
        self._dirty = False
        self._show_item()
        self._update_status()

    def _fill_members(self, day: dt.date, draft: service.MeetingInput | None = None) -> None:
        """List the members serving on `day`, keeping statuses already entered."""
        known = {r.person_id: r for r in self.attend_model.rows}
        if draft is not None:
            known = {}
            recorded = {a.person_id: a for a in draft.attendance
                        if a.kind is AttendeeKind.MEMBER}
        else:
            recorded = {}
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
        chair = self.chair.currentData()
        was_loading = self._loading
        self._loading = True
        self.chair.clear()
        self.chair.addItem(self.tr("（未定）"), None)
        for row in rows:
            self.chair.addItem(f"{row.name}（{row.role}）", row.person_id)
        self.chair.setCurrentIndex(max(0, self.chair.findData(chair)))
        self._loading = was_loading
        member_ids = {r.person_id for r in rows}
        self.guest_pick.clear()
        for person in sorted(staff_service.list_people(self.ctx.db),
                             key=lambda p: (units.get(p.unit_id or 0, "~"), p.name)):
            if person.id not in member_ids:
                self.guest_pick.addItem(
                    f"{person.name}　{units.get(person.unit_id or 0, '')}{person.title}",
                    person.id)

    def _fill_progress(self, draft: service.MeetingInput) -> None:
        entered = {p.followup_id: p for p in draft.progress}
        rows = []
        for entry in service.open_followups(self.ctx.db, draft.day, self._meeting_id):
            saved = entered.get(entry.followup.id)
            last = entry.history[-1].text if entry.history else ""
            rows.append(ProgressRow(
                entry.followup.id, entry.source_text, entry.item.title,
                entry.followup.owner_unit, saved.text if saved else last,
                saved.proposal if saved else "continue", saved.decision if saved else ""))
        self.progress_model.set_rows(rows)
        self.progress_view.resizeRowsToContents()

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
            day = read_date(self.day, self.tr("開會日期"), "day")
        except InputError:
            return
        assert day is not None
        self._fill_members(day)
        self._fill_progress(self._progress_draft(day))
        self._update_status()

    def _progress_draft(self, day: dt.date) -> service.MeetingInput:
        return service.MeetingInput(self.ctx.year, 1, day, dt.time(0), progress=tuple(
            service.ProgressInput(r.followup_id, r.text, r.proposal, r.decision)
            for r in self.progress_model.rows))

    def _all_present(self) -> None:
        for row in self.attend_model.rows:
            row.status, row.proxy_name = AttendanceStatus.PRESENT, ""
        self.attend_model.set_rows(self.attend_model.rows)
        self._attendance_edited()

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
        self._mark_dirty()

    def _remove_guest(self) -> None:
        index = self.guest_view.currentIndex()
        if index.isValid():
            rows = list(self.guest_model.rows)
            del rows[index.row()]
            self.guest_model.set_rows(rows)
            self._mark_dirty()

    def _current_item(self) -> ItemRow | None:
        index = self.item_view.currentIndex()
        if not index.isValid() or index.row() >= len(self.item_model.rows):
            return None
        row: ItemRow = self.item_model.rows[index.row()]
        return row

    def _show_item(self) -> None:
        item = self._current_item()
        was_loading = self._loading
        self._loading = True
        for widget in (self.item_kind, self.item_title, self.item_unit, self.item_explanation,
                       self.item_decision, self.item_followup):
            widget.setEnabled(item is not None)
        if item is None:
            for edit in (self.item_title, self.item_unit, self.item_followup):
                edit.clear()
            self.item_explanation.clear()
            self.item_decision.clear()
        else:
            self.item_kind.setCurrentIndex(self.item_kind.findData(item.kind.value))
            self.item_title.setText(item.title)
            self.item_unit.setText(item.unit)
            self.item_explanation.setPlainText(item.explanation)
            self.item_decision.setPlainText(item.decision)
            self.item_followup.setText(item.followup_unit)
        self._loading = was_loading

    def _item_edited(self) -> None:
        item = self._current_item()
        if item is None or self._loading:
            return
        item.kind = ItemKind(self.item_kind.currentData())
        item.title = self.item_title.text()
        item.unit = self.item_unit.text()
        item.explanation = self.item_explanation.toPlainText()
        item.decision = self.item_decision.toPlainText()
        item.followup_unit = self.item_followup.text()
        row = self.item_model.rows.index(item)
        self.item_model.dataChanged.emit(self.item_model.index(row, 0),
                                         self.item_model.index(row, 3))
        self._mark_dirty()

    def _add_item(self, kind: ItemKind) -> None:
        decision = self.tr("洽悉。") if kind is ItemKind.REPORT else ""
        rows = [*self.item_model.rows, ItemRow(kind, decision=decision)]
        rows.sort(key=lambda r: list(ItemKind).index(r.kind))
        new = rows[max(i for i, r in enumerate(rows) if r.kind is kind)]
        self.item_model.set_rows(rows)
        self.item_view.selectRow(rows.index(new))
        self._show_item()
        self._mark_dirty()
        self.item_title.setFocus()

    def _move_item(self, step: int) -> None:
        item = self._current_item()
        if item is None:
            return
        rows = list(self.item_model.rows)
        here = rows.index(item)
        there = here + step
        if 0 <= there < len(rows) and rows[there].kind is item.kind:
            rows[here], rows[there] = rows[there], rows[here]
            self.item_model.set_rows(rows)
            self.item_view.selectRow(there)
            self._mark_dirty()

    def _remove_item(self) -> None:
        item = self._current_item()
        if item is not None:
            rows = [r for r in self.item_model.rows if r is not item]
            self.item_model.set_rows(rows)
            self._show_item()
            self._mark_dirty()

    def _take_number(self) -> None:
        self.notice_no.setText(service.next_notice_no(self.ctx.db, self.ctx.year))
        if not self.notice_date.text().strip():
            self.notice_date.setText(format_short(self.ctx.today()))
        self._mark_dirty()

    # --- the draft, status and saving ------------------------------------------------------
    def draft(self) -> service.MeetingInput:
        """Return what the editor holds; raise InputError naming a field that cannot be read."""
        day = read_date(self.day, self.tr("開會日期"), "day")
        assert day is not None
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
        attendance = [service.AttendanceInput(r.person_id, AttendeeKind.MEMBER, r.status,
                                              r.proxy_name, r.fee)
                      for r in self.attend_model.rows]
        attendance += [service.AttendanceInput(r.person_id, AttendeeKind.GUEST,
                                               AttendanceStatus.PRESENT, "", r.fee)
                       for r in self.guest_model.rows]
        return service.MeetingInput(
            self.ctx.year, self.seq.value(), day, start, end, self.place.text(),
            self.chair.currentData(), self.recorder.text(),
            read_date(self.notice_date, self.tr("發文日期"), "notice_date", required=False),
            self.notice_no.text(), self.remarks.toPlainText(), self.previous_minutes.text(),
            self.note.text(), tuple(attendance),
            tuple(service.ItemInput(r.kind, r.title, r.unit, r.explanation, r.decision,
                                    r.followup_unit, r.item_id)
                  for r in self.item_model.rows),
            tuple(service.ProgressInput(r.followup_id, r.text, r.proposal, r.decision)
                  for r in self.progress_model.rows))

    def _update_status(self) -> None:
        try:
            draft = self.draft()
        except InputError:
            return
        result, genders, short = service.attendance_status(self.ctx.db, draft)
        quorum = (self.tr("法定人數：達到") if result.reached else self.tr("法定人數：未達"))
        colour = "#2e7d32" if result.reached else "#c62828"
        parts = [f"<b style='color:{colour}'>{quorum}</b>",
                 self.tr("應出席 %1 人，出席（含代理）%2 人，需 %3 人以上")
                 .replace("%1", str(result.members)).replace("%2", str(result.present))
                 .replace("%3", str(result.needed))]
        preset = settings_service.preset_for(self.ctx.db, self.ctx.year)
        if preset.quorum_external_min:
            parts.append(self.tr("府外委員出席 %1 人（需 %2 人）")
                         .replace("%1", str(result.external_present))
                         .replace("%2", str(preset.quorum_external_min)))
        gender_text = (self.tr("出席者男 %1、女 %2").replace("%1", str(genders.male))
                       .replace("%2", str(genders.female)))
        if short:
            gender_text = f"<span style='color:#b26a00'>{gender_text}：{'；'.join(short)}</span>"
        else:
            gender_text += self.tr("，符合三分之一性別比例")
        parts.append(gender_text)
        reasons = "".join(f"<br/><span style='color:#c62828'>{r}</span>"
                          for r in result.reasons)
        self.quorum_label.setText("　".join(parts) + reasons)

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
        widget = {"day": self.day, "seq": self.seq, "chair": self.chair, "end": self.end,
                  "start": self.start, "notice_date": self.notice_date}.get(field)
        if widget is not None:
            widget.setFocus()

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



