"""Show a PDF the app made, inside the window: pages, zoom, 列印 and 另存新檔.

`show_pdf` is the one entry point every page uses. A preview's file is written by the page
into `preview_file(name)`, a private scratch folder that is removed when the preview closes
(and at exit), so nothing is left behind in the temp folder; 另存新檔 offers the office's
output folder and the clerk-recognisable name, never overwriting without asking.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gmdesk.domain.errors import InputError
from gmdesk.services import output
from gmdesk.ui.runner import Runner
from gmdesk.ui.widgets.preview import PdfView, print_pdf

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


class PdfPreview(QDialog):
    """The form as it will print: pages, zoom, 列印 through the print dialog, 另存新檔."""

    def __init__(self, path: Path, title: str, parent: QWidget | None = None,
                 folder: Path | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.folder = folder or output.default_output_dir()
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

    def show_file(self, path: Path, title: str, folder: Path | None = None) -> None:
        """Show another PDF in this (closed) preview: the window is kept, not rebuilt, so
        the next 預覽 shows its first page sooner."""
        self.path = path
        self.folder = folder or output.default_output_dir()
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

    def save_as(self) -> Path | None:
        try:
            output.ensure_dir(self.folder)
        except InputError as exc:
            self._say(str(exc), error=True)
        target, _ = QFileDialog.getSaveFileName(self, self.tr("另存新檔"),
                                                str(self.suggested_path()), "PDF (*.pdf)")
        if not target:
            return None
        return self.save_to(Path(target))

    def save_to(self, target: Path) -> Path | None:
        """Copy the PDF to `target` (the file dialog has asked before replacing a file)."""
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
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
            from gmdesk.ui.runner import error_text

            self.printing = False
            self.print_button.setEnabled(True)
            self._say(self.tr("列印未完成：%1").replace("%1", error_text(exc)), error=True)

        (runner or Runner(self)).run(task, self.tr("正在列印…"), done, failed)


def show_pdf(parent: QWidget, path: Path, title: str, folder: Path | None = None) -> None:
    """Show a generated PDF to the clerk inside the window, with 列印 and 另存新檔
    (into `folder`, the office's output folder)."""
    kept = [d for d in parent.findChildren(PdfPreview, "",
                                           Qt.FindChildOption.FindDirectChildrenOnly)
            if not d.isVisible() and not d.printing]
    if kept:
        dialog = kept[0]
        dialog.show_file(path, title, folder)
    else:
        dialog = PdfPreview(path, title, parent, folder)
    dialog.open()
