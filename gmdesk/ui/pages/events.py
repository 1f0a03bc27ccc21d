"""CEDAW宣導與措施 page: the year's outreach sessions and other measures, their form and photos."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gmdesk.domain import outreach as rules
from gmdesk.domain.errors import InputError
from gmdesk.domain.model import AUDIENCES, METHODS, Event, EventId, EventKind, Photo
from gmdesk.domain.rocdate import DateError, format_short, parse_date
from gmdesk.services import events as svc
from gmdesk.services import printing, safety
from gmdesk.ui.context import AppContext, Change
from gmdesk.ui.editor import UnsavedGuard
from gmdesk.ui.pdf_preview import show_pdf
from gmdesk.ui.table_model import Column, RecordTableModel


@dataclass(frozen=True)
class EventRow:
    """One line of the year's list: the event, its photo count and why it does not count."""

    event: Event
    photos: int
    reason: str


class PhotoStrip(QListWidget):
    """The event's photos as thumbnails, in print order; photo files can be dropped on it."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setIconSize(QSize(150, 105))
        self.setGridSize(QSize(172, 150))
        self.setWordWrap(True)
        self.setFixedHeight(176)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

    @staticmethod
    def _paths(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
        data = event.mimeData()
        if not data.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._paths(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(paths)


class EventsPage(QWidget):
    """The year's events on the left, the selected event's form and photos on the right."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current: Event | None = None
        self.guard = UnsavedGuard(self, self.tr("活動資料"), self.save)
        self.guard.readonly = ctx.readonly
        self._loading = False
        self.photos: list[Photo] = []
        self._build()
        self._shortcuts()
        ctx.year_changed.connect(ctx.when_shown(self, lambda _year: self.reload()))
        ctx.listen(Change.EVENTS | Change.OFFICE, self._on_data_changed)
        self.reload()
        self.set_readonly(ctx.readonly)
        self._show_event(None)

    # --- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setObjectName("eventsStatus")
        self.status.setStyleSheet("font-weight: bold; font-size: 12pt;")
        outer.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_editor())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([380, 600])
        outer.addWidget(splitter, 1)

    def _build_list(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("全部"), "")
        self.kind_filter.addItem(self.tr("CEDAW宣導"), EventKind.CEDAW.value)
        self.kind_filter.addItem(self.tr("其他性別平等措施"), EventKind.MEASURE.value)
        self.kind_filter.currentIndexChanged.connect(self._apply_filter)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜尋名稱、對象… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        kind_label = QLabel(self.tr("類別(&K)"))
        kind_label.setBuddy(self.kind_filter)
        filters.addWidget(kind_label)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.search, 1)
        layout.addLayout(filters)
        columns: list[Column[EventRow]] = [
            Column(self.tr("日期"), lambda r: format_short(r.event.start),
                   sort_key=lambda r: r.event.start),
            Column(self.tr("類別"), lambda r: self.tr("宣導") if r.event.kind is EventKind.CEDAW
                   else self.tr("措施"), tooltip=lambda r: self._kind_text(r.event)),
            Column(self.tr("名稱"), lambda r: r.event.title),
            Column(self.tr("人數"), lambda r: r.event.total, align_right=True),
            Column(self.tr("照片"), lambda r: r.photos, align_right=True),
            Column(self.tr("計入"), self._counted_text,
                   tooltip=lambda r: r.reason or self.tr("計入本年度對外宣導場次")),
        ]
        self.model: RecordTableModel[EventRow] = RecordTableModel(columns, self)
        self.model.highlight = lambda r: ("#fff4d6" if r.reason
                                          and r.event.kind is EventKind.CEDAW else None)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._on_row_changed)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("新增宣導(&N)"))
        self.new_button.setToolTip(self.tr("新增CEDAW宣導活動（Ctrl+N）"))
        self.new_button.clicked.connect(lambda: self.new_event(EventKind.CEDAW))
        self.new_measure_button = QPushButton(self.tr("新增措施(&M)"))
        self.new_measure_button.clicked.connect(lambda: self.new_event(EventKind.MEASURE))
        self.delete_button = QPushButton(self.tr("刪除(&D)"))
        self.delete_button.setToolTip(self.tr("刪除選取的活動（Delete）；可從資源回收筒還原"))
        self.delete_button.clicked.connect(self.delete_current)
        self.year_button = QPushButton(self.tr("年度彙編PDF(&Y)"))
        self.year_button.setToolTip(self.tr("年度宣導統計表及各活動成果報告"))
        self.year_button.clicked.connect(self.preview_year)
        for button in (self.new_button, self.new_measure_button, self.delete_button,
                       self.year_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        return box

    def _build_editor(self) -> QWidget:
        panel = QWidget()
        outer = QVBoxLayout(panel)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 13pt; font-weight: bold;")
        top.addWidget(self.heading, 1)
        self.save_button = QPushButton(self.tr("儲存(&S)"))
        self.save_button.setToolTip(self.tr("儲存（Ctrl+S）"))
        self.save_button.clicked.connect(self.save)
        self.preview_button = QPushButton(self.tr("預覽成果報告"))
        self.preview_button.setToolTip(self.tr("預覽、列印成果報告（Ctrl+P）"))
        self.preview_button.clicked.connect(self.preview_report)
        top.addWidget(self.save_button)
        top.addWidget(self.preview_button)
        outer.addLayout(top)
        self.error = QLabel()
        self.error.setObjectName("eventError")
        self.error.setStyleSheet("color: #c62828; font-weight: bold;")
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        self.form_box = QWidget()
        form = QFormLayout(self.form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("CEDAW宣導"), EventKind.CEDAW.value)
        self.kind_combo.addItem(self.tr("其他性別平等措施"), EventKind.MEASURE.value)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.category_combo = QComboBox()
        self.category_combo.setEditable(True)
        self.category_combo.addItems(list(rules.MEASURE_CATEGORIES))
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_combo)
        self.category_label = QLabel(self.tr("措施類別(&G)"))
        self.category_label.setBuddy(self.category_combo)
        kind_row.addWidget(self.category_label)
        kind_row.addWidget(self.category_combo, 1)
        form.addRow(self._label(self.tr("性質(&I)"), self.kind_combo), kind_row)

        self.start_edit = QLineEdit()
        self.start_edit.setPlaceholderText(self.tr("例：115/3/8"))
        self.end_edit = QLineEdit()
        self.end_edit.setPlaceholderText(self.tr("單日免填"))
        date_row = QHBoxLayout()
        date_row.addWidget(self.start_edit)
        to_label = QLabel(self.tr("至(&O)"))
        to_label.setBuddy(self.end_edit)
        date_row.addWidget(to_label)
        date_row.addWidget(self.end_edit)
        form.addRow(self._label(self.tr("辦理日期(&A)"), self.start_edit), date_row)

        self.title_edit = QLineEdit()
        form.addRow(self._label(self.tr("名稱(&T)"), self.title_edit), self.title_edit)
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
            AUDIENCES, self.tr("其他對象，以、分隔"))
        self.audience_boxes["內部同仁"].setToolTip(self.tr("對象僅內部同仁的場次，不計入對外宣導"))
        form.addRow(self._label(self.tr("對象(&B)"), self.audience_boxes[AUDIENCES[0]]),
                    audience_widget)
        self.method_boxes, self.method_other, method_widget = self._checks(
            METHODS, self.tr("其他方式，以、分隔"))
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
        layout.addWidget(self.form_box)
        layout.addStretch(1)
        scroll.setWidget(holder)
        outer.addWidget(scroll, 1)
        # The photos stay in sight below the form, whatever part of it is scrolled to.
        outer.addWidget(self._build_photos())
        self._watch_changes()
        return panel

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
            self.pick_combo.addItem(ref.label, ref.label)
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

    def _build_photos(self) -> QWidget:
        self.photo_box = QGroupBox(self.tr("活動照片"))
        layout = QVBoxLayout(self.photo_box)
        self.strip = PhotoStrip()
        self.strip.setToolTip(self.tr("可將照片檔拖曳到這裡。只收 JPG、PNG，自動縮小以利列印；建議2至4張。"))
        self.strip.files_dropped.connect(self.add_photo_files)
        self.strip.currentRowChanged.connect(self._on_photo_changed)
        layout.addWidget(self.strip)
        caption_row = QHBoxLayout()
        self.caption_edit = QLineEdit()
        self.caption_edit.setPlaceholderText(self.tr("照片說明，例：講師說明CEDAW重點"))
        self.caption_edit.editingFinished.connect(self.save_caption)
        caption_label = QLabel(self.tr("照片說明(&H)"))
        caption_label.setBuddy(self.caption_edit)
        caption_row.addWidget(caption_label)
        caption_row.addWidget(self.caption_edit, 1)
        layout.addLayout(caption_row)
        buttons = QHBoxLayout()
        self.add_photo_button = QPushButton(self.tr("加入照片…"))
        self.add_photo_button.clicked.connect(self.choose_photos)
        self.up_button = QPushButton(self.tr("上移"))
        self.up_button.clicked.connect(lambda: self.move_photo(-1))
        self.down_button = QPushButton(self.tr("下移"))
        self.down_button.clicked.connect(lambda: self.move_photo(1))
        self.remove_photo_button = QPushButton(self.tr("移除照片"))
        self.remove_photo_button.clicked.connect(self.remove_photo)
        for button in (self.add_photo_button, self.up_button, self.down_button,
                       self.remove_photo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        hint = QLabel(self.tr("可拖曳照片檔到上方；限 JPG、PNG"))
        hint.setStyleSheet("color: #666;")
        buttons.addWidget(hint)
        layout.addLayout(buttons)
        return self.photo_box

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _checks(self, names: Sequence[str], other_hint: str
                ) -> tuple[dict[str, QCheckBox], QLineEdit, QWidget]:
        widget = QWidget()
        grid = QGridLayout(widget)
        grid.setContentsMargins(0, 0, 0, 0)
        boxes: dict[str, QCheckBox] = {}
        for index, name in enumerate(names):
            box = QCheckBox(name)
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

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in ((QKeySequence.StandardKey.New, lambda: self.new_event(EventKind.CEDAW)),
                           (QKeySequence.StandardKey.Save, self.save),
                           (QKeySequence.StandardKey.Print, self.preview_report),
                           (QKeySequence.StandardKey.Find, self._focus_search)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current)
        photo_delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.strip)
        photo_delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        photo_delete.activated.connect(self.remove_photo)

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

    # --- list -------------------------------------------------------------------------------
    def _counted_text(self, row: EventRow) -> str:
        if row.event.kind is EventKind.MEASURE:
            return "－"
        if not row.reason:
            return self.tr("✔ 計入")
        if not rules.held(row.event, self.ctx.today()) and row.event.external:
            return self.tr("未辦理")
        return self.tr("✘ 不計入")

    def _kind_text(self, event: Event) -> str:
        if event.kind is EventKind.CEDAW:
            return self.tr("CEDAW宣導")
        return self.tr("措施：") + (event.category or self.tr("未分類"))

    def reload(self) -> None:
        """Read the year's events again and keep the selection."""
        keep = self.current.id if self.current is not None else None
        events = svc.list_year(self.ctx.db, self.ctx.year)
        counts = svc.photo_counts(self.ctx.db, [e.id for e in events])
        today = self.ctx.today()
        rows = [EventRow(e, counts.get(e.id, 0), rules.not_counted_reason(e, today))
                for e in events]
        self.model.set_records(rows)
        self.update_status()
        if keep is not None and any(r.event.id == keep for r in rows):
            # Only the list is refreshed: the form may hold edits not yet saved.
            self._select(keep, load=False)
        elif keep is not None:
            self._show_event(None)

    def update_status(self) -> None:
        status = svc.count_status(self.ctx.db, self.ctx.year, self.ctx.today())
        colour = "#2e7d32" if status.met else "#b26a00"
        text = self.tr("%1年度：").replace("%1", str(self.ctx.year)) + status.text
        self.status.setText(text)
        self.status.setStyleSheet(f"font-weight: bold; font-size: 12pt; color: {colour};")

    def _apply_filter(self) -> None:
        kind = self.kind_filter.currentData()
        predicate: Callable[[EventRow], bool] | None = (
            (lambda r: r.event.kind.value == kind) if kind else None)
        self.model.set_filter(self.search.text(), predicate)
        if self.current is not None and self.current.id:
            self._select(self.current.id, load=False)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _row_of(self, event_id: int) -> int:
        for row, record in enumerate(self.model.records()):
            if record.event.id == event_id:
                return row
        return -1

    def _select(self, event_id: int, load: bool = True) -> None:
        row = self._row_of(event_id)
        if row < 0:
            return
        self._loading_selection = True  # the form is loaded below, once
        try:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        finally:
            self._loading_selection = False
        if load:
            self._show_event(self.model.record(row).event)

    _loading_selection = False

    def _on_row_changed(self, current: Any, _previous: Any) -> None:
        if self._loading_selection or not current.isValid():
            return
        event = self.model.record(current.row()).event
        if self.current is not None and event.id == self.current.id:
            return
        if not self._may_discard():
            if self.current is not None and self.current.id:
                self._select(self.current.id, load=False)
            return
        self._show_event(event)

    def focus_record(self, record: str) -> None:
        """Select the event with this id, switching to its year if need be."""
        if not record.strip().isdigit():
            return
        try:
            event = svc.get_event(self.ctx.db, int(record))
        except InputError:
            return
        if event.year != self.ctx.year:
            self.ctx.set_year(event.year)
        self.reload()
        self.kind_filter.setCurrentIndex(0)
        self.search.clear()
        self._select(event.id)

    def _on_data_changed(self, _what: Change) -> None:
        self.reload()

    # --- form -------------------------------------------------------------------------------
    def _show_event(self, event: Event | None) -> None:
        """Fill the form with an event (None: empty and disabled) and its photos."""
        self._loading = True
        try:
            self.current = event
            self.error.hide()
            units = _unit_names(self.ctx)
            self.organizer_combo.clear()
            self.organizer_combo.addItems(units)
            e = event or svc.blank_event(EventKind.CEDAW, self.ctx.today())
            self.kind_combo.setCurrentIndex(0 if e.kind is EventKind.CEDAW else 1)
            self.category_combo.setCurrentText(e.category)
            self.start_edit.setText(format_short(e.start) if event and (e.id or e.title) else "")
            self.end_edit.setText(format_short(e.end) if e.end else "")
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
            self.dirty = False
        finally:
            self._loading = False
        if event is None:
            self.heading.setText(self.tr("請從左側選取活動，或按「新增宣導」"))
        elif not event.id:
            self.heading.setText(self.tr("新增：") + self._kind_text(event))
        else:
            self.heading.setText(f"{self._kind_text(event)}　{event.title}")
        self._load_photos()
        self._enable()

    def _enable(self) -> None:
        editing = self.current is not None and not self.ctx.readonly
        self.form_box.setEnabled(editing)
        self.save_button.setEnabled(editing)
        saved = self.current is not None and bool(self.current.id)
        self.preview_button.setEnabled(saved)
        self.delete_button.setEnabled(saved and not self.ctx.readonly)
        self.photo_box.setEnabled(editing)
        has_photo = self.strip.currentRow() >= 0
        for widget in (self.up_button, self.down_button, self.remove_photo_button,
                       self.caption_edit):
            widget.setEnabled(editing and has_photo)

    def set_readonly(self, readonly: bool) -> None:
        for button in (self.new_button, self.new_measure_button):
            button.setEnabled(not readonly)
        self._enable()

    def _mark_dirty(self, *_args: object) -> None:
        if not self._loading:
            self.dirty = True

    def _on_kind_changed(self, *_args: object) -> None:
        measure = self.kind_combo.currentData() == EventKind.MEASURE.value
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
            self._show_error(str(exc), self.free_edit)
            return
        self._add_ref(ref.label)
        self.free_edit.clear()

    def _remove_ref(self) -> None:
        row = self.refs_list.currentRow()
        if row >= 0:
            self.refs_list.takeItem(row)

    def new_event(self, kind: EventKind) -> None:
        """Start a new, unsaved session or measure in the form."""
        if self.ctx.readonly or not self._may_discard():
            return
        self.table.clearSelection()
        self._show_event(svc.blank_event(kind, self.ctx.today()))
        self.start_edit.setFocus()

    def form_event(self) -> Event:
        """Return the event the form describes; raise InputError naming a bad field."""
        base = self.current or svc.blank_event(EventKind.CEDAW, self.ctx.today())
        kind = EventKind(self.kind_combo.currentData())
        try:
            start = parse_date(self.start_edit.text()) if self.start_edit.text().strip() else None
        except DateError as exc:
            raise InputError(self.tr("辦理日期：") + str(exc), "start") from exc
        if start is None:
            raise InputError(self.tr("請填寫辦理日期，例如 %1/3/8").replace("%1", str(self.ctx.year)),
                             "start")
        try:
            end = parse_date(self.end_edit.text()) if self.end_edit.text().strip() else None
        except DateError as exc:
            raise InputError(self.tr("結束日期：") + str(exc), "end") from exc
        return Event(
            base.id, kind, self.title_edit.text(), start, end,
            category=self.category_combo.currentText() if kind is EventKind.MEASURE else "",
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

    def save(self) -> bool:
        """Check and save the form in one transaction; show what is wrong next to it."""
        if self.current is None or self.ctx.readonly:
            return False
        try:
            event = self.form_event()
            event_id = svc.save_event(self.ctx.db, event, year=self.ctx.year)
        except InputError as exc:
            self._show_error(str(exc), self._field_widget(exc.field))
            return False
        self.error.hide()
        self.dirty = False
        saved = svc.get_event(self.ctx.db, event_id)
        self.current = saved
        self.ctx.changed(Change.EVENTS)
        self.reload()
        self.search.clear()
        self.kind_filter.setCurrentIndex(0)
        self._select(event_id)
        self.ctx.status_message.emit(self.tr("已儲存「%1」").replace("%1", saved.title))
        return True

    def _field_widget(self, field: str) -> QWidget | None:
        return {
            "title": self.title_edit, "start": self.start_edit, "end": self.end_edit,
            "category": self.category_combo, "audiences": self.audience_boxes[AUDIENCES[0]],
            "participants": self.male_spin, "budget": self.budget_spin,
            "cedaw_refs": self.free_edit,
        }.get(field)

    def _show_error(self, message: str, widget: QWidget | None = None) -> None:
        self.error.setText(message)
        self.error.show()
        if widget is not None:
            widget.setFocus()

    def delete_current(self) -> None:
        if self.current is None or not self.current.id or self.ctx.readonly:
            return
        event = self.current
        if not self._confirm(self.tr("刪除活動"),
                             self.tr("確定刪除「%1」及其照片？可從資源回收筒還原。")
                             .replace("%1", event.title)):
            return
        try:
            svc.delete_event(self.ctx.db, event.id, self._now())
        except InputError as exc:
            self._warn(self.tr("無法刪除"), str(exc))
            return
        self._show_event(None)
        self.ctx.changed(Change.EVENTS)
        self.reload()
        self.ctx.status_message.emit(self.tr("已刪除「%1」").replace("%1", event.title))

    def _now(self) -> dt.datetime:
        return dt.datetime.combine(self.ctx.today(), dt.datetime.now().time())

    def confirm_leave(self) -> bool:
        return self.guard.confirm_leave()

    def _may_discard(self) -> bool:
        return self.guard.confirm_leave()

    @property
    def dirty(self) -> bool:
        return self.guard.dirty

    @dirty.setter
    def dirty(self, value: bool) -> None:
        self.guard.dirty = value

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    # --- photos -----------------------------------------------------------------------------
    def _load_photos(self, select: int | None = None) -> None:
        self.strip.clear()
        self.photos = []
        if self.current is not None and self.current.id:
            self.photos = svc.list_photos(self.ctx.db, self.current.id)
        for photo in self.photos:
            pixmap = QPixmap()
            pixmap.loadFromData(photo.data)
            icon = QIcon(pixmap.scaled(self.strip.iconSize(), Qt.AspectRatioMode.KeepAspectRatio,
                                       Qt.TransformationMode.SmoothTransformation))
            item = QListWidgetItem(icon, f"{photo.seq}. {photo.caption or self.tr('（未填說明）')}")
            item.setData(Qt.ItemDataRole.UserRole, photo.id)
            item.setToolTip(f"{photo.width}×{photo.height}，{len(photo.data) // 1024} KB")
            self.strip.addItem(item)
        if self.photos:
            index = next((i for i, p in enumerate(self.photos) if p.id == select), 0)
            self.strip.setCurrentRow(index)
        self.photo_box.setTitle(self.tr("活動照片（%1張）").replace("%1", str(len(self.photos))))
        self._on_photo_changed(self.strip.currentRow())

    def _selected_photo(self) -> Photo | None:
        row = self.strip.currentRow()
        return self.photos[row] if 0 <= row < len(self.photos) else None

    def _on_photo_changed(self, _row: int) -> None:
        photo = self._selected_photo()
        self.caption_edit.blockSignals(True)
        self.caption_edit.setText(photo.caption if photo else "")
        self.caption_edit.blockSignals(False)
        self._enable()

    def _ensure_saved(self) -> bool:
        """Save a new or edited event first: photos and reports belong to a saved event."""
        if self.current is None:
            return False
        if not self.current.id or self.dirty:
            return self.save()
        return True

    def choose_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("選擇活動照片"), str(Path.home()),
            self.tr("照片 (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG);;所有檔案 (*)"))
        if files:
            self.add_photo_files([Path(f) for f in files])

    def add_photo_files(self, paths: Sequence[Path]) -> None:
        """Prepare the files on the worker thread, then store the good ones."""
        if self.ctx.readonly or not paths or not self._ensure_saved():
            return
        assert self.current is not None
        event_id = self.current.id
        files = [Path(p) for p in paths]

        def task(progress: Any) -> list[tuple[Path, svc.PreparedPhoto | str]]:
            results: list[tuple[Path, svc.PreparedPhoto | str]] = []
            for done, path in enumerate(files):
                progress(done, len(files), path.name)
                try:
                    results.append((path, svc.prepare_photo(path)))
                except InputError as exc:
                    results.append((path, str(exc)))
            progress(len(files), len(files), "")
            return results

        self.ctx.runner.run(task, self.tr("處理照片"),
                            lambda results: self._store_prepared(event_id, results),
                            lambda exc: self._warn(self.tr("無法加入照片"), str(exc)))

    def _store_prepared(self, event_id: EventId,
                        results: list[tuple[Path, svc.PreparedPhoto | str]]) -> None:
        problems = [message for _, message in results if isinstance(message, str)]
        last = None
        for _path, prepared in results:
            if isinstance(prepared, str):
                continue
            try:
                last = svc.add_photo(self.ctx.db, event_id, prepared)
            except InputError as exc:
                problems.append(str(exc))
        if self.current is not None and self.current.id == event_id:
            self._load_photos(select=last)
        self.ctx.changed(Change.EVENTS)
        if problems:
            self._warn(self.tr("部分照片未加入"), "\n\n".join(problems))

    def save_caption(self) -> None:
        photo = self._selected_photo()
        if photo is None or self.ctx.readonly or self.caption_edit.text() == photo.caption:
            return
        try:
            svc.set_caption(self.ctx.db, photo.id, self.caption_edit.text())
        except InputError as exc:
            self._show_error(str(exc), self.caption_edit)
            return
        self._load_photos(select=photo.id)

    def move_photo(self, step: int) -> None:
        photo = self._selected_photo()
        if photo is None or self.ctx.readonly:
            return
        self.save_caption()
        svc.move_photo(self.ctx.db, photo.id, step)
        self._load_photos(select=photo.id)
        self.ctx.changed(Change.EVENTS)

    def remove_photo(self) -> None:
        photo = self._selected_photo()
        if photo is None or self.ctx.readonly:
            return
        if not self._confirm(self.tr("移除照片"),
                             self.tr("確定移除第%1張照片？可從資源回收筒還原。")
                             .replace("%1", str(photo.seq))):
            return
        svc.remove_photo(self.ctx.db, photo.id, self._now())
        self._load_photos()
        self.ctx.changed(Change.EVENTS)

    # --- printing ---------------------------------------------------------------------------
    def preview_report(self) -> Path | None:
        """Save if needed, write this event's results report to a temp file and show it."""
        if self.current is None:
            return None
        if not self.ctx.readonly and not self._ensure_saved():
            return None
        if not self.current.id:
            return None
        out = Path(tempfile.mkdtemp(prefix="gmdesk-")) / f"成果報告-{self.current.id}.pdf"
        try:
            printing.print_event_report(self.ctx.db, self.current.id, out)
        except InputError as exc:
            self._warn(self.tr("無法輸出"), str(exc))
            return None
        show_pdf(self, out, self.tr("成果報告：%1").replace("%1", self.current.title))
        return out

    def preview_year(self) -> None:
        """Write the year's collection on the worker thread and show it."""
        path, year, today = self.ctx.path, self.ctx.year, self.ctx.today()
        if path is None:
            self._warn(self.tr("無法輸出"), self.tr("資料檔尚未儲存，無法產生年度彙編"))
            return
        out = Path(tempfile.mkdtemp(prefix="gmdesk-")) / f"{year}年度CEDAW宣導成果彙編.pdf"
        reading, writing = self.tr("讀取資料並產生PDF"), self.tr("完成")

        def task(progress: Any) -> Path:
            progress(0, 2, reading)
            db = safety.open_worker_db(path, readonly=True)
            try:
                result = printing.print_outreach_collection(db, year, out, today)
            finally:
                db.close()
            progress(2, 2, writing)
            return result

        self.ctx.runner.run(
            task, self.tr("產生年度彙編"),
            lambda result: show_pdf(self, result, self.tr("%1年度CEDAW宣導成果彙編")
                                    .replace("%1", str(year))),
            lambda exc: self._warn(self.tr("無法輸出"), str(exc)))


def _unit_names(ctx: AppContext) -> list[str]:
    return svc.unit_names(ctx.db)


def _set_checks(boxes: dict[str, QCheckBox], other: QLineEdit, values: Sequence[str]) -> None:
    for name, box in boxes.items():
        box.setChecked(name in values)
    other.setText("、".join(v for v in values if v not in boxes))


def _checked(boxes: dict[str, QCheckBox], other: QLineEdit) -> tuple[str, ...]:
    chosen = [name for name, box in boxes.items() if box.isChecked()]
    extra = other.text().replace(",", "、").replace("，", "、").split("、")
    return tuple(chosen + [e.strip() for e in extra if e.strip()])
