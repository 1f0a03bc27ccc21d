"""CEDAW宣導與措施 page: the year's outreach sessions and other measures, their form and photos."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gmdesk.domain import outreach as rules
from gmdesk.domain.errors import InputError
from gmdesk.domain.model import Event, EventId, EventKind
from gmdesk.domain.outputs import Output, output_name
from gmdesk.services import events as svc
from gmdesk.services import output
from gmdesk.ui import wording
from gmdesk.ui.context import AppContext, Change
from gmdesk.ui.editor import EditorPage
from gmdesk.ui.pages.events.form import EventForm
from gmdesk.ui.pages.events.listing import EventList
from gmdesk.ui.pages.events.models import EventRow
from gmdesk.ui.pages.events.photos import PhotosBox
from gmdesk.ui.runner import Cancelled, error_message, error_text
from gmdesk.ui.widgets.forms import ElidedLabel, HidingErrorLabel, scrolling


def show_pdf(parent: QWidget, path: Path, title: str, folder: Path | None = None) -> None:
    """The preview (PDFium, the print support) loads when a report is first shown."""
    from gmdesk.ui import pdf_preview

    pdf_preview.show_pdf(parent, path, title, folder)


def _preview_file(name: str) -> Path:
    from gmdesk.ui.pdf_preview import preview_file

    return preview_file(name)


class EventsPage(EditorPage):
    """The year's events on the left, the selected event's form and photos on the right.

    `current` is the event in the form (None: nothing chosen, the form disabled); a new one
    has id 0 until it is saved.
    """

    writes = Change.EVENTS

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.error = HidingErrorLabel()
        self.current: Event | None = None
        self._new_kind = EventKind.CEDAW
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
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_editor())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([500, 650])  # the list wide enough for the events' names
        outer.addWidget(splitter, 1)

    def _build_list(self) -> QWidget:
        self.events_list = EventList(self.ctx, lambda: self.current.id if self.current else None)
        self.events_list.chosen.connect(self._on_row_chosen)
        lst = self.events_list
        self.kind_filter, self.search, self.table = lst.kind_filter, lst.search, lst.table
        self.rows, self.model = lst.rows, lst.model
        self.new_button, self.new_measure_button = lst.new_button, lst.new_measure_button
        self.delete_button, self.year_button = lst.delete_button, lst.year_button
        self.new_button.clicked.connect(lambda: self.new_event(EventKind.CEDAW))
        self.new_measure_button.clicked.connect(lambda: self.new_event(EventKind.MEASURE))
        self.delete_button.clicked.connect(self.delete_current)
        self.year_button.clicked.connect(self.preview_year)
        return lst

    def _build_editor(self) -> QWidget:
        panel = QWidget()
        outer = QVBoxLayout(panel)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.heading = ElidedLabel()
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
        outer.addWidget(self.error)
        holder = QWidget()
        layout = QVBoxLayout(holder)
        self.form = EventForm(self.mark_dirty)
        self.form.problem.connect(self._show_error)
        layout.addWidget(self.form)
        layout.addStretch(1)
        # The photos stay in sight below the form, whatever part of it is scrolled to; the
        # form takes the height the photos do not need.
        self.photos = PhotosBox(self.ctx, self._saved_id,
                                ask=lambda title, text: self._confirm(title, text),
                                warn=lambda title, text: self._warn(title, text),
                                error=self._show_error)
        editor = QSplitter(Qt.Orientation.Vertical)
        editor.addWidget(scrolling(holder))
        editor.addWidget(self.photos)
        editor.setStretchFactor(0, 1)
        editor.setStretchFactor(1, 0)
        editor.setChildrenCollapsible(False)
        editor.setSizes([720, 200])  # most of the height for the form; the photos at their least
        # With nothing chosen, a hint instead of a grey, disabled form.
        self.hint = QLabel(self.tr("請從左側清單選取一場活動來檢視或修改，\n"
                                   "或按「新增宣導」「新增措施」登錄新的一筆。"))
        self.hint.setObjectName("eventsHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:#555;font-size:12pt")
        self.editor_stack = QStackedWidget()
        self.editor_stack.addWidget(self.hint)
        self.editor_stack.addWidget(editor)
        outer.addWidget(self.editor_stack, 1)
        return panel

    def _shortcuts(self) -> None:
        """Delete on the list deletes (Ctrl+N/S/P/F come with EditorPage)."""
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current)

    # --- list -------------------------------------------------------------------------------
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
        text = self.tr("%1年度：").replace("%1", str(self.ctx.year)) + self.tr(
            "本年度對外宣導 %1/%2 場").replace("%1", str(status.sessions)).replace(
            "%2", str(status.required))
        if status.planned:
            text += self.tr("（另已排定 %1 場）").replace("%1", str(status.planned))
        text += self.tr("；其他性別平等措施 %1/%2 項").replace("%1", str(status.measures)).replace(
            "%2", str(status.required_measures))
        self.status.setText(text)
        self.status.setStyleSheet(f"font-weight: bold; font-size: 12pt; color: {colour};")

    def _focus_search(self) -> None:
        self.events_list.focus_search()

    def _select(self, event_id: int, load: bool = True) -> None:
        row = self.events_list.select(event_id)
        if load and row >= 0:
            self._show_event(self.model.record(row).event)

    def _on_row_chosen(self, event: Event) -> None:
        """The clerk chose another event in the list: ask about edits first."""
        if self.current is not None and event.id == self.current.id:
            return
        if not self.confirm_leave():
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
        """Fill the form with an event (None: empty and disabled) and its photos, clean."""
        self.present(event, event.id if event is not None and event.id else None)

    # --- EditorPage hooks -------------------------------------------------------------------
    def noun(self) -> str:
        return self.tr("活動資料")

    def load_draft(self, record_id: Any) -> Event:
        return svc.get_event(self.ctx.db, record_id)

    def blank_draft(self) -> Event:
        return svc.blank_event(self._new_kind, self.ctx.today())

    def show_draft(self, draft: Event | None) -> None:
        self.current = draft
        self.form.set_categories(svc.measure_categories(self.ctx.db, self.ctx.year))
        self.form.load(draft, svc.blank_event(EventKind.CEDAW, self.ctx.today()),
                       svc.unit_names(self.ctx.db))
        if draft is None:
            self.heading.setText("")  # the hint in the editor's place says what to do
        elif not draft.id:
            self.heading.setText(self.tr("新增：") + self.rows.kind_text(draft))
        else:
            self.heading.setText(f"{self.rows.kind_text(draft)}{wording.gap()}{draft.title}")
        self.photos.set_event(draft.id if draft is not None else None, self._editing())
        self.editor_stack.setCurrentIndex(0 if draft is None else 1)
        self._enable()

    def draft(self) -> Event:
        return self.form_event()

    def write(self, draft: Event, record_id: Any) -> EventId:
        return svc.save_event(self.ctx.db, draft, year=self.ctx.year)

    def after_save(self) -> None:
        saved = svc.get_event(self.ctx.db, self.record_id)
        self.current = saved
        self.heading.setText(f"{self.rows.kind_text(saved)}{wording.gap()}{saved.title}")
        self.reload()
        self.search.clear()
        self.kind_filter.setCurrentIndex(0)
        self._select(saved.id)
        self._enable()
        self.ctx.status_message.emit(self.tr("已儲存「%1」").replace("%1", saved.title))

    def field_widget(self, field: str) -> QWidget | None:
        return self.form.field_widget(field)

    def print_current(self) -> None:
        self.preview_report()

    def focus_filter(self) -> None:
        self._focus_search()

    def new_record(self) -> None:
        self.new_event(EventKind.CEDAW)

    def _editing(self) -> bool:
        return self.current is not None and not self.ctx.readonly

    def _enable(self) -> None:
        editing = self._editing()
        self.form.setEnabled(editing)
        self.save_button.setEnabled(editing)
        saved = self.current is not None and bool(self.current.id)
        self.preview_button.setEnabled(saved)
        self.delete_button.setEnabled(saved and not self.ctx.readonly)
        self.photos.set_editing(editing)

    def set_readonly(self, readonly: bool) -> None:
        for button in (self.new_button, self.new_measure_button):
            button.setEnabled(not readonly)
        self._enable()

    def new_event(self, kind: EventKind) -> None:
        """Start a new, unsaved session or measure in the form."""
        if self.ctx.readonly or not self.confirm_leave():
            return
        self.table.clearSelection()
        self._new_kind = kind
        self._show_event(self.blank_draft())
        self.form.start_edit.setFocus()

    def form_event(self) -> Event:
        """Return the event the form describes; raise InputError naming a bad field."""
        base = self.current or svc.blank_event(EventKind.CEDAW, self.ctx.today())
        return self.form.draft(base)

    def save(self) -> bool:
        """Check and save the form in one transaction; show what is wrong next to it."""
        if self.current is None:
            return False
        return super().save()

    def _show_error(self, message: str, widget: QWidget | None = None) -> None:
        self.error.show_error(message)
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
            self._warn(self.tr("無法刪除"), error_message(exc))
            return
        self._show_event(None)
        self.ctx.changed(Change.EVENTS)
        self.reload()
        self.ctx.status_message.emit(self.tr("已刪除「%1」").replace("%1", event.title))

    def _now(self) -> dt.datetime:
        return dt.datetime.combine(self.ctx.today(), dt.datetime.now().time())

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def _ensure_saved(self) -> bool:
        """Save a new or edited event first: photos and reports belong to a saved event."""
        if self.current is None:
            return False
        if not self.current.id or self.dirty:
            return self.save()
        return True

    def _saved_id(self) -> EventId | None:
        """The event's id once it is saved (saving it first if need be), for its photos."""
        if not self._ensure_saved() or self.current is None:
            return None
        return self.current.id

    # --- printing ---------------------------------------------------------------------------
    def preview_report(self) -> Path | None:
        """Save if needed, write this event's results report to a temp file and show it."""
        if self.current is None:
            return None
        if not self.ctx.readonly and not self._ensure_saved():
            return None
        if not self.current.id:
            return None
        try:
            from gmdesk.services import printing  # the document modules load when printing

            out = _preview_file(printing.event_report_file(self.ctx.db, self.current.id))
            printing.print_event_report(self.ctx.db, self.current.id, out)
        except InputError as exc:
            self._warn(self.tr("無法輸出"), error_message(exc))
            return None
        show_pdf(self, out, self.tr("成果報告：%1").replace("%1", self.current.title),
                 output.output_dir(self.ctx.db))
        return out

    def preview_year(self) -> None:
        """Write the year's collection through the runner (its own connection) and show it."""
        year, today = self.ctx.year, self.ctx.today()
        out = _preview_file(output_name(Output.OUTREACH_YEAR, year))
        save_to = output.output_dir(self.ctx.db)
        reading, writing = self.tr("讀取資料並產生PDF"), self.tr("完成")

        def task(db: Any, progress: Any) -> Path:
            from gmdesk.services import printing

            progress(0, 2, reading)
            result = printing.print_outreach_collection(db, year, out, today)
            progress(2, 2, writing)
            return result

        def failed(exc: Exception) -> None:
            if isinstance(exc, Cancelled):
                self.ctx.status_message.emit(self.tr("已取消，沒有留下未完成的檔案。"))
                return
            self._warn(self.tr("無法輸出"), error_text(exc))

        self.ctx.runner.op(
            task,
            lambda result: show_pdf(self, result, self.tr("%1年度CEDAW宣導成果彙編")
                                    .replace("%1", str(year)), save_to),
            self.tr("產生年度彙編"), on_error=failed)
