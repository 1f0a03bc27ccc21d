"""A PDF page view: pages rendered with PDFium (pypdfium2) on a background thread.

The UI thread never waits for PDFium: `PdfRenderer` owns one worker thread that opens the
document and renders the page asked for last (a quick PgDn skips the pages in between);
`PdfView` shows the page, zooms (Ctrl++ / Ctrl+- / fit width) and pages through
(PgUp / PgDn, Home / End) with 「第 N／M 頁」. `print_pdf` prints a PDF's pages, each rendered
at the printer's resolution. pypdfium2 is imported on first use, never at start.
"""

from __future__ import annotations

import sys
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QObject, QRectF, QSize, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
    QShortcut,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

# PDFium is not thread-safe: every call into it, from any thread, holds this lock.
PDFIUM_LOCK = threading.Lock()

ZOOM_STEPS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
PAGE_MARGIN = 12  # pixels of grey around the page
CACHE_PAGES = 6
PREFETCH_MS = 60  # after a page is shown, its neighbours are rendered this much later


def _pdfium() -> Any:
    import pypdfium2

    return pypdfium2


def open_pdf(source: Path | bytes) -> Any:
    """Open a PDF with PDFium from a path or its bytes (the caller holds PDFIUM_LOCK)."""
    data = source.read_bytes() if isinstance(source, Path) else source
    return _pdfium().PdfDocument(data)


def render_page(document: Any, index: int, scale: float) -> QImage:
    """Render page `index` at `scale` (1 = 72 dpi) into a QImage (the caller holds the lock)."""
    page = document[index]
    try:
        # PDFium's own BGRx is Qt's RGB32 on a little-endian PC: the screen takes it as it is
        little = sys.byteorder == "little"
        bitmap = page.render(scale=scale, rev_byteorder=not little, prefer_bgrx=True,
                             may_draw_forms=False)
        try:
            if bitmap.n_channels == 4:
                fmt = QImage.Format.Format_RGB32 if little else QImage.Format.Format_RGBX8888
            else:
                fmt = QImage.Format.Format_BGR888 if little else QImage.Format.Format_RGB888
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()
        finally:
            bitmap.close()
    finally:
        page.close()
    return image


def page_sizes(document: Any) -> list[tuple[float, float]]:
    """Return each page's (width, height) in points (the caller holds the lock)."""
    return [tuple(document.get_page_size(i)) for i in range(len(document))]


class _Signals(QObject):
    opened = Signal(object)  # list[(width_pt, height_pt)]
    rendered = Signal(int, int, float, QImage)  # generation, page index, scale, image
    failed = Signal(str)


@dataclass
class _Request:
    generation: int
    index: int
    scale: float


class _PdfThread:
    """The one thread that calls PDFium for every open preview (started on first use and
    kept: a new thread per preview costs a scheduling round trip on a busy PC)."""

    def __init__(self) -> None:
        self.wake = threading.Condition()
        self.renderers: list[PdfRenderer] = []
        self._thread: threading.Thread | None = None

    def add(self, renderer: PdfRenderer) -> None:
        with self.wake:
            self.renderers.append(renderer)
            if self._thread is None:
                self._thread = threading.Thread(target=self._loop, name="gmdesk-pdf",
                                                daemon=True)
                self._thread.start()
            self.wake.notify()

    def _next(self) -> tuple[PdfRenderer, _Request | None]:
        """Wait for work: a document to close or open, else a page to render."""
        with self.wake:
            while True:
                for renderer in self.renderers:
                    if renderer.stopped or not renderer.opened:
                        return renderer, None
                for renderer in self.renderers:
                    if renderer.wanted:
                        return renderer, renderer.wanted.pop(0)
                self.wake.wait()

    def _loop(self) -> None:
        while True:
            renderer, job = self._next()
            if renderer.stopped:
                with self.wake:
                    self.renderers.remove(renderer)
                renderer.let_go()
            elif not renderer.opened:
                if not renderer.open():
                    with self.wake:
                        self.renderers.remove(renderer)
            elif job is not None:
                renderer.render(job)


_pdf_thread = _PdfThread()


class PdfRenderer:
    """Open one PDF and render the pages asked for, latest request first, off the UI thread."""

    def __init__(self, source: Path | bytes, first_width: float = 0) -> None:
        """`first_width`: render page 1 that many pixels wide as soon as the document is
        open, before the window asks (the first page sooner; 0 = wait to be asked)."""
        self.signals = _Signals()  # no parent: it lives as long as the worker needs it
        self._source = source
        self._first_width = first_width
        self._document: Any = None
        self.wanted: list[_Request] = []
        self.opened = False
        self.stopped = False

    def start(self) -> None:
        """Open the document on the worker (connect to `signals` first: nothing is replayed)."""
        _pdf_thread.add(self)

    def request(self, generation: int, indexes: list[int], scale: float) -> None:
        """Render `indexes` (the first one first) at `scale`; earlier requests are dropped."""
        with _pdf_thread.wake:
            self.wanted = [_Request(generation, i, scale) for i in indexes]
            _pdf_thread.wake.notify()

    def close(self) -> None:
        """Let go of the document (on the worker; the window never waits for it)."""
        with _pdf_thread.wake:
            self.stopped = True
            self.wanted = []
            _pdf_thread.wake.notify()

    # --- on the worker ----------------------------------------------------------------------
    def open(self) -> bool:
        signals = self.signals
        try:
            with PDFIUM_LOCK:
                self._document = open_pdf(self._source)
                count = len(self._document)
                first = self._document.get_page_size(0)[0] if count else 0.0
        except Exception as exc:
            self.opened = True
            signals.failed.emit(f"{type(exc).__name__}: {exc}")
            return False
        self.opened = True
        if self._first_width > 0 and first > 0:
            # page 1 before `opened` (and before the other pages' sizes, which a long
            # document takes a while to give): the window finds it ready, asks only for more
            self.render(_Request(0, 0, self._first_width / first))
        try:
            with PDFIUM_LOCK:
                sizes = page_sizes(self._document)
        except Exception as exc:
            signals.failed.emit(f"{type(exc).__name__}: {exc}")
            return False
        signals.opened.emit(sizes)
        return True

    def render(self, job: _Request) -> None:
        try:
            with PDFIUM_LOCK:
                image = render_page(self._document, job.index, job.scale)
        except Exception as exc:
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.signals.rendered.emit(job.generation, job.index, job.scale, image)

    def let_go(self) -> None:
        if self._document is not None:
            with PDFIUM_LOCK:
                self._document.close()
            self._document = None


class _Page(QLabel):
    """The page on a grey desk; shows a scaled older image until the sharp one arrives."""

    def __init__(self) -> None:
        super().__init__()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        # a palette, not a style sheet: a style sheet costs the first preview ~8 ms to parse
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#8a8d91"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("white"))
        self.setPalette(palette)
        self.setAutoFillBackground(True)


class PdfView(QWidget):
    """Page through a PDF: zoom, fit width, 第 N／M 頁; rendering never blocks the window."""

    page_changed = Signal(int, int)  # page (1-based), count
    first_page_shown = Signal()
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.renderer: PdfRenderer | None = None
        self.sizes: list[tuple[float, float]] = []
        self.index = 0
        self.zoom = 1.0
        self.fit_width = True
        self._generation = 0
        self._cache: OrderedDict[int, tuple[float, QImage]] = OrderedDict()
        self._shown_first = False
        self._showing: tuple[int, float, float] | None = None  # page, rendered at, shown at
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(120)
        self._resize_timer.timeout.connect(self._ask)
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.setInterval(PREFETCH_MS)
        self._prefetch_timer.timeout.connect(self._prefetch)

        self.page = _Page()
        self.page.setText(self.tr("正在開啟…"))
        self.area = QScrollArea()
        self.area.setWidgetResizable(True)
        self.area.setWidget(self.page)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.previous_button = self._tool("‹", self.tr("上一頁（PgUp）"), self.previous_page)
        self.next_button = self._tool("›", self.tr("下一頁（PgDn）"), self.next_page)
        self.page_label = QLabel()
        self.page_label.setMinimumWidth(90)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_out_button = self._tool("－", self.tr("縮小（Ctrl+-）"), self.zoom_out)
        self.zoom_in_button = self._tool("＋", self.tr("放大（Ctrl++）"), self.zoom_in)
        self.fit_button = self._tool(self.tr("符合寬度"), self.tr("符合視窗寬度（Ctrl+0）"),
                                     self.fit)
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.zoom_label = QLabel()
        self.zoom_label.setMinimumWidth(48)
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        for widget in (self.previous_button, self.page_label, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.zoom_out_button, self.zoom_label, self.zoom_in_button,
                       self.fit_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.area, 1)

        keys: list[tuple[QKeySequence | str, Callable[[], None]]] = [
            (QKeySequence(QKeySequence.StandardKey.ZoomIn), self.zoom_in),
            (QKeySequence("Ctrl+="), self.zoom_in),
            (QKeySequence(QKeySequence.StandardKey.ZoomOut), self.zoom_out),
            (QKeySequence("Ctrl+0"), self.fit),
            (QKeySequence(Qt.Key.Key_PageDown), self.next_page),
            (QKeySequence(Qt.Key.Key_PageUp), self.previous_page),
            (QKeySequence("Ctrl+Home"), lambda: self.go_to(0)),
            (QKeySequence("Ctrl+End"), lambda: self.go_to(len(self.sizes) - 1)),
        ]
        for key, slot in keys:
            shortcut = QShortcut(key, self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._update_bar()

    def _tool(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    # --- document ---------------------------------------------------------------------------
    def load(self, source: Path | bytes, width: int = 0) -> None:
        """Open `source` in the background; the first page shows as soon as it is rendered.

        `width`: the width this view will have once shown (a dialog being built knows it),
        so page 1 is rendered while the window is still being laid out and painted.
        """
        self.close_document()
        self._shown_first = False
        self._showing = None
        self.sizes, self.index, self.fit_width = [], 0, True  # a new document: page 1, fitted
        self.fit_button.setChecked(True)
        self.page.clear()
        self.page.setMinimumSize(0, 0)
        self.page.setText(self.tr("正在開啟…"))
        self._update_bar()
        first = self._fit_pixels(width) if width and self.fit_width else 0
        self.renderer = PdfRenderer(source, first)
        self.renderer.signals.opened.connect(self._opened)
        self.renderer.signals.rendered.connect(self._rendered)
        self.renderer.signals.failed.connect(self._failed)
        self.renderer.start()

    def close_document(self) -> None:
        if self.renderer is not None:
            self.renderer.signals.opened.disconnect(self._opened)
            self.renderer.signals.rendered.disconnect(self._rendered)
            self.renderer.signals.failed.disconnect(self._failed)
            self.renderer.close()
            self.renderer = None
        self._cache.clear()

    def page_count(self) -> int:
        return len(self.sizes)

    def page_text(self) -> str:
        """「第 N／M 頁」"""
        if not self.sizes:
            return ""
        return (self.tr("第 %1／%2 頁").replace("%1", str(self.index + 1))
                .replace("%2", str(len(self.sizes))))

    def _opened(self, sizes: list[tuple[float, float]]) -> None:
        self.sizes = sizes
        self.index = 0
        if not sizes:
            self.page.setText(self.tr("這份 PDF 沒有頁面。"))
        self._ask()
        self._maybe_first()

    def _failed(self, text: str) -> None:
        self.page.setText(self.tr("無法顯示這份 PDF：%1").replace("%1", text))
        self.failed.emit(text)

    # --- scale ------------------------------------------------------------------------------
    def scale(self) -> float:
        """PDFium's scale (1 = 72 dpi) for the current page at the current zoom, in pixels
        of the screen (sharp on a 150% display too)."""
        if not self.sizes:
            return 1.0
        width_pt = self.sizes[self.index][0]
        if self.fit_width:
            pixels = self._fit_pixels(self.area.width())
            self.zoom = pixels / self.devicePixelRatioF() / width_pt / (self.logicalDpiX() / 72)
            return pixels / width_pt
        return self.zoom * self.logicalDpiX() / 72 * self.devicePixelRatioF()

    def _fit_pixels(self, width: int) -> float:
        """The page's width in device pixels when it fits a view `width` wide, with room for
        a vertical scroll bar (so fitting never adds a horizontal one)."""
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return max(width - bar - 2 * PAGE_MARGIN - 4, 100) * self.devicePixelRatioF()

    def zoom_in(self) -> None:
        self._set_zoom(next((z for z in ZOOM_STEPS if z > self.zoom + 0.005), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        smaller = [z for z in ZOOM_STEPS if z < self.zoom - 0.005]
        self._set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def fit(self) -> None:
        self.fit_width = True
        self.fit_button.setChecked(True)
        self._ask()

    def _set_zoom(self, zoom: float) -> None:
        self.scale()  # from fit width, zoom from the width it had
        self.fit_width = False
        self.fit_button.setChecked(False)
        self.zoom = zoom
        self._ask()

    # --- paging -----------------------------------------------------------------------------
    def go_to(self, index: int) -> None:
        if not self.sizes:
            return
        index = max(0, min(index, len(self.sizes) - 1))
        if index != self.index:
            self.index = index
            self.area.verticalScrollBar().setValue(0)
            self._ask()

    def next_page(self) -> None:
        self.go_to(self.index + 1)

    def previous_page(self) -> None:
        self.go_to(self.index - 1)

    # --- rendering --------------------------------------------------------------------------
    def _ask(self) -> None:
        """Show what we have for the current page now; ask the worker for the sharp image."""
        scale = self.scale()  # in fit width, this sets the zoom shown in the bar
        self._update_bar()
        if not self.sizes or self.renderer is None:
            return
        cached = self._cache.get(self.index)
        if cached is not None:
            if self._showing != (self.index, cached[0], scale):  # not already on screen
                self._show(cached[1], cached[0], scale)
            if abs(cached[0] - scale) < 1e-3:
                self._prefetch_timer.start()
                return
        self._generation += 1
        self.renderer.request(self._generation, [self.index], scale)

    def _prefetch(self) -> None:
        """Render the pages before and after, once the page shown has been painted (so
        they never compete with it for the processor)."""
        if not self.sizes:
            return
        scale = self.scale()
        neighbours = [i for i in (self.index + 1, self.index - 1)
                      if 0 <= i < len(self.sizes)
                      and abs(self._cache.get(i, (0.0, None))[0] - scale) >= 1e-3]
        if neighbours and self.renderer is not None:
            self._generation += 1
            self.renderer.request(self._generation, neighbours, scale)

    def _rendered(self, generation: int, index: int, scale: float, image: QImage) -> None:
        self._cache[index] = (scale, image)
        self._cache.move_to_end(index)
        while len(self._cache) > CACHE_PAGES:
            self._cache.popitem(last=False)
        if index == self.index:
            self._show(image, scale, self.scale())
            if self.sizes:
                self._prefetch_timer.start()

    def _show(self, image: QImage, rendered_at: float, wanted: float) -> None:
        self._showing = (self.index, rendered_at, wanted)
        pixmap = QPixmap.fromImage(image)
        if abs(rendered_at - wanted) >= 1e-3:  # an older zoom: show it scaled until sharp
            size = QSize(round(image.width() * wanted / rendered_at),
                         round(image.height() * wanted / rendered_at))
            pixmap = pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.FastTransformation)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self.page.setPixmap(pixmap)
        self.page.setMinimumSize(pixmap.deviceIndependentSize().toSize()
                                  + QSize(2 * PAGE_MARGIN, 2 * PAGE_MARGIN))
        self._maybe_first()

    def _maybe_first(self) -> None:
        """Say once that page 1 is on screen with its page count (it may come first)."""
        if not self._shown_first and self.sizes and self._showing is not None:
            self._shown_first = True
            self.first_page_shown.emit()

    def _update_bar(self) -> None:
        count = len(self.sizes)
        self.page_label.setText(self.page_text())
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < count - 1)
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            button.setEnabled(count > 0)
        self.zoom_label.setText(f"{round(self.zoom * 100)}%" if count else "")
        if count:
            self.page_changed.emit(self.index + 1, count)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.fit_width and self.sizes:
            self._resize_timer.start()

    def closeEvent(self, event: Any) -> None:
        self.close_document()
        super().closeEvent(event)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, 240)


# --- printing -------------------------------------------------------------------------------
MAX_PRINT_DPI = 600  # a page at 600 dpi is 140 MB of pixels; above that only memory grows


def print_dpi(printer: QPrinter) -> int:
    """The resolution pages are rendered at: the printer's own, at most 600 dpi."""
    return max(72, min(printer.resolution(), MAX_PRINT_DPI))


def print_pdf(source: Path | bytes, printer: QPrinter,
              progress: Callable[[int, int, str], None] | None = None) -> int:
    """Print every page (or the printer's from–to range) of a PDF, each rendered at the
    printer's resolution and placed 1:1 on the paper; return the number of pages printed.

    Safe off the UI thread (QPainter on a QPrinter is). `progress(done, total, text)` may
    raise to stop; the pages already sent stay sent.
    """
    from PySide6.QtGui import QPageLayout, QPageSize

    with PDFIUM_LOCK:
        document = open_pdf(source)
        sizes = page_sizes(document)
    try:
        first, last = 1, len(sizes)
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), min(printer.toPage() or last, last)
        pages = list(range(first - 1, last))
        if not pages:
            return 0
        dpi = print_dpi(printer)

        def layout_for(index: int) -> QPageLayout:
            width, height = sizes[index]
            orientation = (QPageLayout.Orientation.Landscape if width > height
                           else QPageLayout.Orientation.Portrait)
            size = QPageSize(QSizeF(min(width, height), max(width, height)),
                             QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
            return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))

        printer.setFullPage(True)
        printer.setPageLayout(layout_for(pages[0]))
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError("無法開始列印：印表機沒有回應，請檢查印表機後再試一次")
        try:
            for done, index in enumerate(pages):
                if progress is not None:
                    progress(done, len(pages), f"第 {index + 1}／{len(sizes)} 頁")
                if done:
                    printer.setPageLayout(layout_for(index))
                    printer.newPage()
                with PDFIUM_LOCK:
                    image = render_page(document, index, dpi / 72)
                paper = printer.pageLayout().fullRectPixels(printer.resolution())
                # the painter keeps the first page's coordinates after newPage(): reset them
                # to this page's paper, so a portrait page after a landscape one is not squeezed
                painter.setViewport(paper)
                painter.setWindow(paper)
                painter.drawImage(QRectF(paper), image)
        finally:
            painter.end()
        if progress is not None:
            progress(len(pages), len(pages), "")
        return len(pages)
    finally:
        with PDFIUM_LOCK:
            document.close()
