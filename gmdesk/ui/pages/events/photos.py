"""The event's photos: a thumbnail strip that takes dropped files, captions and print order."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
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
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gmdesk.domain.errors import InputError
from gmdesk.domain.model import EventId, Photo
from gmdesk.services import events as svc
from gmdesk.ui.context import AppContext, Change
from gmdesk.ui.runner import Cancelled, error_message, error_text
from gmdesk.ui.widgets.forms import ElidedLabel


class PhotoStrip(QListWidget):
    """The event's photos as thumbnails, in print order; photo files can be dropped on it."""

    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setIconSize(QSize(120, 84))
        self.setGridSize(QSize(142, 128))
        self.setWordWrap(True)
        self.setFixedHeight(136)  # one row of thumbnails with their captions; the form gets the rest
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


class PhotosBox(QGroupBox):
    """活動照片 of the event being edited; every change is stored at once.

    The page supplies how to make sure the event is saved first (photos belong to a saved
    event; the callable returns its id or None), and how to ask, warn and show an error.
    """

    def __init__(self, ctx: AppContext, ensure_saved: Callable[[], EventId | None],
                 ask: Callable[[str, str], bool], warn: Callable[[str, str], None],
                 error: Callable[[str, QWidget | None], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._ensure_saved = ensure_saved
        self._confirm = ask
        self._warn = warn
        self._show_error = error
        self.event_id: EventId | None = None
        self.editing = False
        self.photos: list[Photo] = []
        self.setTitle(self.tr("活動照片"))
        layout = QVBoxLayout(self)
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
        hint = ElidedLabel(self.tr("可拖曳照片檔到上方；限 JPG、PNG"))
        hint.setStyleSheet("color: #666;")
        buttons.addWidget(hint, 1)
        layout.addLayout(buttons)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.strip)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_photo)

    def set_event(self, event_id: EventId | None, editing: bool) -> None:
        """Show the photos of this saved event (None or 0: none)."""
        self.event_id = event_id or None
        self.editing = editing
        self.load()

    def set_editing(self, editing: bool) -> None:
        self.editing = editing
        self._enable()

    def _enable(self) -> None:
        self.setEnabled(self.editing)
        has_photo = self.strip.currentRow() >= 0
        for widget in (self.up_button, self.down_button, self.remove_photo_button,
                       self.caption_edit):
            widget.setEnabled(self.editing and has_photo)

    def _now(self) -> dt.datetime:
        return dt.datetime.combine(self.ctx.today(), dt.datetime.now().time())

    def load(self, select: int | None = None) -> None:
        self.strip.clear()
        self.photos = []
        if self.event_id:
            self.photos = svc.list_photos(self.ctx.db, self.event_id)
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
        self.setTitle(self.tr("活動照片（%1張）").replace("%1", str(len(self.photos))))
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

    def choose_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("選擇活動照片"), str(Path.home()),
            self.tr("照片 (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG);;所有檔案 (*)"))
        if files:
            self.add_photo_files([Path(f) for f in files])

    def add_photo_files(self, paths: Sequence[Path]) -> None:
        """Prepare the files and store the good ones through the runner (its own connection);
        取消 while preparing stores none of them."""
        if self.ctx.readonly or not paths:
            return
        saved = self._ensure_saved()
        if not saved:
            return
        event_id = saved
        files = [Path(p) for p in paths]

        def task(db: Any, progress: Any) -> tuple[list[str], int | None]:
            problems: list[str] = []
            prepared: list[svc.PreparedPhoto] = []
            for done, path in enumerate(files):
                progress(done, len(files), path.name)
                try:
                    prepared.append(svc.prepare_photo(path))
                except InputError as exc:
                    problems.append(error_message(exc))
            progress(len(files), len(files), "")  # the last moment 取消 is heard
            last = None
            for photo in prepared:
                try:
                    last = svc.add_photo(db, event_id, photo)
                except InputError as exc:
                    problems.append(error_message(exc))
            return problems, last

        def done(result: tuple[list[str], int | None]) -> None:
            problems, last = result
            if self.event_id == event_id:
                self.load(select=last)
            if problems:
                self._warn(self.tr("部分照片未加入"), "\n\n".join(problems))

        def failed(exc: Exception) -> None:
            if isinstance(exc, Cancelled):
                self.ctx.status_message.emit(self.tr("已取消，照片未加入。"))
                return
            self._warn(self.tr("無法加入照片"), error_text(exc))

        self.ctx.runner.op(task, done, self.tr("處理照片"), writes=Change.EVENTS, on_error=failed)

    def save_caption(self) -> None:
        photo = self._selected_photo()
        if photo is None or self.ctx.readonly or self.caption_edit.text() == photo.caption:
            return
        try:
            svc.set_caption(self.ctx.db, photo.id, self.caption_edit.text())
        except InputError as exc:
            self._show_error(error_message(exc), self.caption_edit)
            return
        self.load(select=photo.id)

    def move_photo(self, step: int) -> None:
        photo = self._selected_photo()
        if photo is None or self.ctx.readonly:
            return
        self.save_caption()
        svc.move_photo(self.ctx.db, photo.id, step)
        self.load(select=photo.id)
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
        self.load()
        self.ctx.changed(Change.EVENTS)
