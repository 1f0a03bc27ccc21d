"""Show a PDF the app made: inside the app when QtPdf is installed, else in the PC's viewer."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def qtpdf_available() -> bool:
    try:
        import PySide6.QtPdf
        import PySide6.QtPdfWidgets  # noqa: F401
    except ImportError:
        return False
    return True


class PdfPreview(QDialog):
    """A preview with 另存新檔 and 列印; the page view needs QtPdf (PySide6_Pdf)."""

    def __init__(self, path: Path, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(title)
        self.resize(820, 900)
        layout = QVBoxLayout(self)
        self.viewer: QWidget | None = None
        if qtpdf_available():
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView

            self.document = QPdfDocument(self)
            self.document.load(str(path))
            view = QPdfView(self)
            view.setDocument(self.document)
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.viewer = view
            layout.addWidget(view, 1)
        else:
            note = QLabel(self.tr("已產生「%1」。按「開啟」以電腦上的 PDF 閱讀程式檢視或列印。")
                          .replace("%1", path.name))
            note.setWordWrap(True)
            layout.addWidget(note, 1)
        buttons = QDialogButtonBox()
        save = QPushButton(self.tr("另存新檔(&S)…"))
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.clicked.connect(self.save_as)
        opener = QPushButton(self.tr("開啟/列印(&P)"))
        opener.setShortcut(QKeySequence.StandardKey.Print)
        opener.clicked.connect(self.open_external)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("關閉"))
        buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(opener, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save_as(self) -> Path | None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("另存新檔"),
                                                str(Path.home() / self.path.name), "PDF (*.pdf)")
        if not target:
            return None
        try:
            shutil.copyfile(self.path, target)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("無法儲存"),
                                self.tr("無法儲存到「%1」：%2").replace("%1", target)
                                .replace("%2", exc.strerror or str(exc)))
            return None
        return Path(target)

    def open_external(self) -> None:
        if sys.platform == "win32":
            import os

            os.startfile(str(self.path))  # type: ignore[attr-defined]
        else:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))


def show_pdf(parent: QWidget, path: Path, title: str) -> None:
    """Show a generated PDF to the clerk, with save and print."""
    dialog = PdfPreview(path, title, parent)
    dialog.open()
