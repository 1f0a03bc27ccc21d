"""Show a PDF the app made, inside the window: pages, zoom, 列印 and 另存新檔.

`show_pdf` is the one entry point every page uses. A preview's file is written by the page
into `preview_file(name)`, a private scratch folder that is removed when the preview closes
(and at exit), so nothing is left behind in the temp folder; 另存新檔 offers the office's
output folder and the clerk-recognisable name, never overwriting without asking, and — for a
document that has them (`Copies`: the notice, the minutes, the annual report) — the editable
formats too (.odt, .docx), written from the same content by the runner.
"""

from __future__ import annotations

import atexit
import datetime as dt
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gmdesk.domain.errors import InputError
from gmdesk.services import output
from gmdesk.ui.runner import Runner, error_message, error_text
from gmdesk.ui.save_as import ask_save_path
from gmdesk.ui.widgets.preview import PdfView, print_pdf

if TYPE_CHECKING:
    from gmdesk.services.safety import Database

SCRATCH_PREFIX = "gmdesk-preview-"
STALE_HOURS = 12  # a scratch folder this old was left by a gmdesk that did not exit normally
MARGIN = 6
_scratch: set[Path] = set()
_swept = False


def preview_folder() -> Path:
    """Return a new private scratch folder for one preview's PDF; it is removed when that
    preview closes (or when gmdesk exits). The first call also removes scratch folders a
    crashed gmdesk left behind."""
    global _swept
    if not _swept:
        _swept = True
        sweep_stale(Path(tempfile.gettempdir()), time.time())
    folder = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX))
    _scratch.add(folder)
    return folder


def sweep_stale(temp: Path, now: float) -> int:
    """Remove preview scratch folders older than STALE_HOURS in `temp`; return how many."""
    removed = 0
    for folder in temp.glob(f"{SCRATCH_PREFIX}*"):
        try:
            old = now - folder.stat().st_mtime > STALE_HOURS * 3600
        except OSError:
            continue
        if old and folder.is_dir() and folder not in _scratch:
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed


def preview_file(name: str) -> Path:
    """Return where a preview's PDF called `name` is written (see preview_folder)."""
    return preview_folder() / name


def discard(path: Path) -> None:
    """Remove a preview's scratch folder (a file elsewhere is the clerk's and stays)."""
    folder = path.parent
    if folder in _scratch:
        shutil.rmtree(folder, ignore_errors=True)
        _scratch.discard(folder)


@atexit.register
def _discard_all() -> None:
    for folder in list(_scratch):
        shutil.rmtree(folder, ignore_errors=True)
    _scratch.clear()


@dataclass(frozen=True)
class Copies:
    """The formats a previewed document can be saved in besides its PDF, and how one is written
    (`write(db, out, progress)`, run by `runner` on its own connection)."""

    suffixes: tuple[str, ...]  # the PDF first
    runner: Runner
    write: Callable[[Database, Path, Any], Path]


def document_copies(runner: Runner, kind: str, subject: int, today: dt.date) -> Copies:
    """The save-as formats of a printed document (services.printing: notice, minutes, annual)."""
    from gmdesk.services import printing

    def write(db: Database, out: Path, progress: Any) -> Path:
        return printing.save_document(db, kind, subject, out, today, progress)

    return Copies(printing.save_formats(kind), runner, write)


class PdfPreview(QDialog):
    """The form as it will print: pages, zoom, 列印 through the print dialog, 另存新檔."""

    def __init__(self, path: Path, title: str, parent: QWidget | None = None,
                 folder: Path | None = None, copies: Copies | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.folder = folder or output.default_output_dir()
        self.copies = copies
        self.saved: Path | None = None
        self.printing = False
        self.setWindowTitle(title)
        self._fit_screen(parent)
        self.view = PdfView(self)
        self.view.load(path, self.width() - 2 * MARGIN)  # page 1 renders while we build
        self.view.page_changed.connect(lambda *_: self._pages_known())
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.hide()
        buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("列印(&P)…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.ask_print)
        self.save_button = QPushButton(self.tr("另存新檔(&S)…"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save_as)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("關閉"))
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.finished.connect(self._closed)
        self.view.area.setFocus()

    def show_file(self, path: Path, title: str, folder: Path | None = None,
                  copies: Copies | None = None) -> None:
        """Show another PDF in this (closed) preview: the window is kept, not rebuilt, so
        the next 預覽 shows its first page sooner."""
        self.path = path
        self.folder = folder or output.default_output_dir()
        self.copies = copies
        self.saved = None
        self.setWindowTitle(title)
        self._say("")
        self.print_button.setEnabled(False)
        self.view.load(path, self.view.width() or self.width() - 2 * MARGIN)
        self.view.area.setFocus()

    def _fit_screen(self, parent: QWidget | None) -> None:
        screen = (parent.screen() if parent is not None else self.screen())
        available = screen.availableGeometry() if screen is not None else None
        width, height = 860, 1000
        if available is not None:
            width = min(width, available.width() - 40)
            height = min(height, available.height() - 60)
        self.resize(max(width, 400), max(height, 300))

    def _pages_known(self) -> None:
        self.print_button.setEnabled(self.view.page_count() > 0)

    def _closed(self) -> None:
        self.view.close_document()
        self.view.page.clear()  # the pixels go now; the window waits for the next preview
        discard(self.path)

    # --- 另存新檔 ---------------------------------------------------------------------------
    def suggested_path(self) -> Path:
        """The output folder and the form's own name; 「(2)」 when that name is taken."""
        return output.unused_path(self.folder, self.path.name)

    def formats(self) -> tuple[str, ...]:
        """The suffixes 另存新檔 offers: the PDF, and the editable copies when there are any."""
        return self.copies.suffixes if self.copies is not None else (".pdf",)

    def save_as(self) -> Path | None:
        """Ask where and in which format; the PDF is copied at once, an editable copy is
        written in the background (its path is returned; `saved` is set when it is done)."""
        try:
            output.ensure_dir(self.folder)
        except InputError as exc:
            self._say(error_message(exc), error=True)
        target = ask_save_path(self, self.tr("另存新檔"), self.suggested_path(), self.formats())
        if target is None:
            return None
        return self.save_to(target)

    def save_to(self, target: Path) -> Path | None:
        """Save to `target` in the format its suffix names (the file dialog has asked before
        replacing a file); a name without a known suffix becomes a PDF."""
        suffix = target.suffix.lower()
        if suffix not in self.formats():
            target = target.with_name(target.name + ".pdf")
        elif suffix != ".pdf" and self.copies is not None:
            self._save_copy(self.copies, target)
            return target
        try:
            shutil.copyfile(self.path, target)
        except OSError as exc:
            self._say(self.tr("無法儲存到「%1」：%2。請選擇另一個資料夾。")
                      .replace("%1", str(target)).replace("%2", exc.strerror or str(exc)),
                      error=True)
            return None
        self.saved = target
        self._say(self.tr("已儲存：%1").replace("%1", str(target)))
        return target

    def _save_copy(self, copies: Copies, target: Path) -> None:
        self.save_button.setEnabled(False)
        self._say(self.tr("正在寫入「%1」…").replace("%1", target.name))

        def done(result: object) -> None:
            self.save_button.setEnabled(True)
            self.saved = Path(str(result))
            self._say(self.tr("已儲存：%1").replace("%1", str(self.saved)))

        def failed(exc: Exception) -> None:
            self.save_button.setEnabled(True)
            self._say(self.tr("無法儲存到「%1」：%2").replace("%1", str(target))
                      .replace("%2", error_text(exc)), error=True)

        copies.runner.op(lambda db, progress: copies.write(db, target, progress), done,
                         self.tr("正在寫入可編輯檔…"), on_error=failed)

    def _say(self, text: str, error: bool = False) -> None:
        self.note.setStyleSheet("color:#c62828" if error else "color:#2e7d32")
        self.note.setText(text)
        self.note.setVisible(bool(text))

    # --- 列印 -------------------------------------------------------------------------------
    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.path.stem)
        printer.setFromTo(1, max(self.view.page_count(), 1))
        return printer

    def ask_print(self) -> None:
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("列印"))
        dialog.setMinMax(1, max(self.view.page_count(), 1))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter, runner: Runner | None = None) -> None:
        """Render each page at the printer's resolution and print it, in the background."""
        path = self.path
        data = path.read_bytes()  # the scratch file may be gone before the printer is done
        self.print_button.setEnabled(False)
        self.printing = True
        self._say(self.tr("正在列印…"))

        def task(progress: object) -> int:
            return print_pdf(data, printer, progress)  # type: ignore[arg-type]

        def done(pages: object) -> None:
            self.printing = False
            self.print_button.setEnabled(True)
            self._say(self.tr("已送出 %1 頁到「%2」。").replace("%1", str(pages))
                      .replace("%2", printer.printerName() or printer.outputFileName()))

        def failed(exc: Exception) -> None:
            self.printing = False
            self.print_button.setEnabled(True)
            self._say(self.tr("列印未完成：%1").replace("%1", error_text(exc)), error=True)

        (runner or Runner(self)).run(task, self.tr("正在列印…"), done, failed)


def show_pdf(parent: QWidget, path: Path, title: str, folder: Path | None = None,
             copies: Copies | None = None) -> None:
    """Show a generated PDF to the clerk inside the window, with 列印 and 另存新檔
    (into `folder`, the office's output folder; also as .odt / .docx when `copies` says so)."""
    kept = [d for d in parent.findChildren(PdfPreview, "",
                                           Qt.FindChildOption.FindDirectChildrenOnly)
            if not d.isVisible() and not d.printing]
    if kept:
        dialog = kept[0]
        dialog.show_file(path, title, folder, copies)
    else:
        dialog = PdfPreview(path, title, parent, folder, copies)
    dialog.open()
