"""The in-window preview: pages rendered off the UI thread, zoom, paging, 列印 and 另存新檔."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from gmdesk.services import printing
from gmdesk.ui import pdf_preview
from gmdesk.ui.pdf_preview import PdfPreview, preview_file, show_pdf
from gmdesk.ui.runner import SyncRunner
from gmdesk.ui.widgets import preview as widget
from tests.conftest import TODAY


def _collection(demo_db: Database) -> Path:
    return printing.print_outreach_collection(
        demo_db, 115, preview_file("115年度CEDAW宣導成果.pdf"), TODAY)


_windows: list[QWidget] = []  # the windows the previews open over, alive for the test


@pytest.fixture(autouse=True)
def _forget_windows() -> Iterator[None]:
    yield
    _windows.clear()


def open_preview(qtbot: QtBot, path: Path, folder: Path | None = None) -> PdfPreview:
    parent = QWidget()
    qtbot.addWidget(parent)
    _windows.append(parent)
    parent.resize(1366, 768)
    show_pdf(parent, path, path.stem, folder)
    dialog = parent.findChild(PdfPreview)
    assert dialog is not None
    if not dialog.view._shown_first:
        with qtbot.waitSignal(dialog.view.first_page_shown, timeout=10_000):
            pass
    return dialog


def _pages(path: Path) -> int:
    document = pypdfium2.PdfDocument(path)
    try:
        return len(document)
    finally:
        document.close()


def test_pages_render_in_the_background_and_page_through(
        qtbot: QtBot, qapp: object, demo_db: Database) -> None:
    path = _collection(demo_db)
    count = _pages(path)
    assert count >= 3
    threads: list[str] = []
    original = widget.render_page

    def spy(document: object, index: int, scale: float) -> QImage:
        threads.append(threading.current_thread().name)
        return original(document, index, scale)

    widget.render_page = spy  # type: ignore[assignment]
    try:
        dialog = open_preview(qtbot, path)
    finally:
        widget.render_page = original
    view = dialog.view
    assert threads and threading.main_thread().name not in threads  # never on the UI thread
    assert view.page_label.text() == f"第 1／{count} 頁"
    assert not view.page.pixmap().isNull()

    qtbot.keyClick(view.area, Qt.Key.Key_PageDown)
    assert view.page_label.text() == f"第 2／{count} 頁"
    qtbot.keyClick(view.area, Qt.Key.Key_PageUp)
    qtbot.keyClick(view.area, Qt.Key.Key_PageUp)  # no page 0
    assert view.page_label.text() == f"第 1／{count} 頁"
    view.go_to(count - 1)
    assert view.page_label.text() == f"第 {count}／{count} 頁"
    assert not view.next_button.isEnabled()

    fitted = view.zoom
    qtbot.keyClick(view.area, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom > fitted and not view.fit_button.isChecked()
    qtbot.keyClick(view.area, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.area, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom < fitted
    qtbot.waitUntil(lambda: view.page.pixmap().width() < 0.9 * view.area.width(), timeout=5000)
    view.fit_button.click()
    assert view.fit_button.isChecked() and abs(view.zoom - fitted) < 0.01
    assert f"{round(view.zoom * 100)}%" == view.zoom_label.text()


def test_closing_removes_the_scratch_copy_and_save_as_never_overwrites(
        qtbot: QtBot, qapp: object, demo_db: Database, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = _collection(demo_db)
    folder = tmp_path / "公所輸出"
    dialog = open_preview(qtbot, path, folder)
    assert dialog.suggested_path() == folder / "115年度CEDAW宣導成果.pdf"

    asked: list[str] = []

    def save_name(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return start, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    first = dialog.save_as()
    second = dialog.save_as()
    assert asked == [str(folder / "115年度CEDAW宣導成果.pdf"),
                     str(folder / "115年度CEDAW宣導成果 (2).pdf")]
    assert first is not None and second is not None and first.read_bytes() == path.read_bytes()
    assert "已儲存" in dialog.note.text()

    dialog.reject()
    assert not path.parent.exists()  # nothing left behind in temp
    assert first.exists() and second.exists()  # the clerk's copies stay


def test_save_as_into_a_folder_that_cannot_be_written_says_so(
        qtbot: QtBot, qapp: object, demo_db: Database, tmp_path: Path) -> None:
    dialog = open_preview(qtbot, _collection(demo_db), tmp_path)
    assert dialog.save_to(tmp_path / "沒有這個資料夾" / "a.pdf") is None
    assert "無法儲存" in dialog.note.text() and "另一個資料夾" in dialog.note.text()
    dialog.reject()


def _sizes(path: Path) -> list[tuple[int, int]]:
    document = pypdfium2.PdfDocument(path)
    try:
        return [tuple(round(v) for v in document.get_page_size(i))  # type: ignore[misc]
                for i in range(len(document))]
    finally:
        document.close()


def _pixels(path: Path, index: int) -> QImage:
    """The page as a small grey picture (smoothed: anti-aliasing differences wash out)."""
    document = pypdfium2.PdfDocument(path)
    try:
        image = widget.render_page(document, index, 0.5)
    finally:
        document.close()
    return image.scaled(60, 60, Qt.AspectRatioMode.IgnoreAspectRatio,
                        Qt.TransformationMode.SmoothTransformation).convertToFormat(
        QImage.Format.Format_Grayscale8)


def _difference(a: QImage, b: QImage) -> float:
    """Mean absolute difference of two 60 × 60 grey pictures (0 = the same, 255 = inverse)."""
    total = sum(abs(a.pixelColor(x, y).value() - b.pixelColor(x, y).value())
                for y in range(60) for x in range(60))
    return total / 3600


def _print_to_file(dialog: PdfPreview, target: Path, resolution: int = 100,
                   pages: tuple[int, int] | None = None) -> None:
    printer = dialog.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setResolution(resolution)
    if pages:
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(*pages)
    dialog.print_to(printer, SyncRunner())


def test_printing_sends_every_page_at_the_printers_resolution_on_a4(
        qtbot: QtBot, qapp: object, demo_db: Database, tmp_path: Path) -> None:
    source = _collection(demo_db)
    dialog = open_preview(qtbot, source)
    assert dialog.print_button.isEnabled()
    printed = tmp_path / "printed.pdf"
    _print_to_file(dialog, printed)
    count = _pages(source)
    assert _pages(printed) == count
    assert f"已送出 {count} 頁" in dialog.note.text()
    # each page on its own paper: A4 (the 統計表 landscape), 1:1, nothing scaled
    assert _sizes(printed) == _sizes(source)
    assert _sizes(source)[:2] == [(842, 595), (595, 842)]
    blank = QImage(60, 60, QImage.Format.Format_Grayscale8)
    blank.fill(255)
    for index in (0, 1, count - 1):  # the same page: not blank, not another, not shifted
        page, paper = _pixels(source, index), _pixels(printed, index)
        other = _pixels(source, (index + 1) % count)
        assert _difference(page, paper) < 0.6 * min(_difference(page, blank),
                                                     _difference(page, other))

    ranged = tmp_path / "ranged.pdf"
    _print_to_file(dialog, ranged, pages=(2, 3))
    assert _pages(ranged) == 2
    assert _difference(_pixels(source, 1), _pixels(ranged, 0)) < 0.6 * _difference(
        _pixels(source, 0), _pixels(ranged, 0))
    dialog.reject()


def test_the_print_resolution_is_the_printers_up_to_600_dpi(qapp: object) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(300)
    assert widget.print_dpi(printer) == 300
    printer.setResolution(1200)
    assert widget.print_dpi(printer) == widget.MAX_PRINT_DPI == 600


def test_a_broken_pdf_is_said_not_crashed(qtbot: QtBot, qapp: object, tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    parent = QWidget()
    qtbot.addWidget(parent)
    _windows.append(parent)
    show_pdf(parent, broken, "壞檔")
    dialog = parent.findChild(PdfPreview)
    assert dialog is not None
    with qtbot.waitSignal(dialog.view.failed, timeout=10_000):
        pass
    assert "無法顯示這份 PDF" in dialog.view.page.text()
    assert not dialog.print_button.isEnabled()
    dialog.reject()
    assert broken.exists()  # not a scratch file: the clerk's file is never removed
    assert pdf_preview.SCRATCH_PREFIX not in str(broken)


def test_the_next_preview_reuses_the_closed_window(
        qtbot: QtBot, qapp: object, demo_db: Database, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    _windows.append(parent)
    first = _collection(demo_db)
    show_pdf(parent, first, "彙編", tmp_path)
    dialog = parent.findChild(PdfPreview)
    assert dialog is not None
    with qtbot.waitSignal(dialog.view.first_page_shown, timeout=10_000):
        pass
    dialog.view.go_to(2)
    dialog.view.zoom_in()
    dialog.reject()
    assert not first.exists()

    minutes = printing.print_meeting_form(demo_db, 1, "minutes",
                                          preview_file("114年第1次會議紀錄.pdf"), TODAY)
    show_pdf(parent, minutes, "會議紀錄", tmp_path)
    assert parent.findChildren(PdfPreview) == [dialog]  # the same window, not a new one
    assert dialog.windowTitle() == "會議紀錄" and dialog.isVisible()
    with qtbot.waitSignal(dialog.view.first_page_shown, timeout=10_000):
        pass
    view = dialog.view
    assert view.page_label.text() == f"第 1／{_pages(minutes)} 頁"  # page 1, fitted again
    assert view.fit_button.isChecked()
    assert dialog.suggested_path() == tmp_path / "114年第1次會議紀錄.pdf"
    assert dialog.print_button.isEnabled()
    dialog.reject()
    assert not minutes.exists()


def test_scratch_folders_a_crashed_gmdesk_left_are_swept(tmp_path: Path) -> None:
    import os
    import time

    old = tmp_path / f"{pdf_preview.SCRATCH_PREFIX}old"
    old.mkdir()
    (old / "115年第1次會議紀錄.pdf").write_bytes(b"%PDF-")
    os.utime(old, (time.time() - 13 * 3600,) * 2)
    fresh = tmp_path / f"{pdf_preview.SCRATCH_PREFIX}fresh"  # another gmdesk's open preview
    fresh.mkdir()
    clerk = tmp_path / "gmdesk-notes"
    clerk.mkdir()
    os.utime(clerk, (time.time() - 100 * 3600,) * 2)
    assert pdf_preview.sweep_stale(tmp_path, time.time()) == 1
    assert not old.exists() and fresh.exists() and clerk.exists()
