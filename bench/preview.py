"""The in-window preview: from pressing 預覽 to the first page painted, against PDFium alone.

The floor reads the PDF and renders its first page with pypdfium2 at the scale the preview
shows it (nothing else: no window, no thread). gmdesk's figure is `show_pdf` on the same
file, until the first page is painted in the dialog; a 5 ms heartbeat on the event loop
records the longest stall from the press until the page and its neighbour are rendered.
The PDFs are the bench's own minutes (about 2 pages) and photo report (about 40 pages),
written by gmdesk's forms (bench/app.py) in this run.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from bench import app
from bench.common import Run

HEARTBEAT_MS = 5
SETTLE_SECONDS = 0.4  # keep the heartbeat on while the neighbour pages render


def pdf(run: Run, which: str) -> Path:
    """Return this run's minutes or photo report PDF (written once, by gmdesk's form)."""
    path = run.work / ("app-minutes.pdf" if which == "minutes" else "app-photos.pdf")
    if not path.exists():
        (app.minutes_form if which == "minutes" else app.photo_report)(run)
    return path


def _scale(run: Run) -> float:
    return float(run.cache.get("preview_scale", 1.3))


def floor_first_page(run: Run, which: str) -> float:
    """Read the PDF and render page 1 with pypdfium2 at the preview's scale; seconds."""
    import pypdfium2

    path = pdf(run, which)
    scale = _scale(run)
    started = time.perf_counter()
    document = pypdfium2.PdfDocument(path.read_bytes())
    page = document[0]
    bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True,
                         may_draw_forms=False)
    seconds = time.perf_counter() - started
    bitmap.close()
    page.close()
    document.close()
    return seconds


def press_to_first_page(run: Run, which: str) -> dict[str, float]:
    """Open gmdesk's preview of the PDF; seconds to the first page painted, and the longest
    event-loop stall (ms) until it and its neighbour are rendered."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from gmdesk.ui.pdf_preview import PdfPreview, show_pdf

    path = pdf(run, which)
    parent = run.cache.get("preview_parent")
    if parent is None:
        parent = QWidget()
        parent.resize(1366, 768)
        parent.show()
        run.cache["preview_parent"] = parent
    QApplication.processEvents()
    state: dict[str, Any] = {"painted": None, "last": None, "stall": 0.0}

    def beat() -> None:
        now = time.perf_counter()
        if state["last"] is not None:
            state["stall"] = max(state["stall"], (now - state["last"]) * 1000 - HEARTBEAT_MS)
        state["last"] = now

    loop = QEventLoop()  # the event loop waits as the app's does: no polling

    class Painted(QObject):
        def eventFilter(self, obj: Any, event: Any) -> bool:
            if (event.type() == QEvent.Type.Paint and state["painted"] is None
                    and not obj.pixmap().isNull()):
                state["painted"] = time.perf_counter()
                loop.quit()
            return False

    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(beat)
    heartbeat.start()
    watch = Painted()
    started = time.perf_counter()
    state["last"] = started
    show_pdf(parent, path, path.stem)  # what the 預覽 button does once the PDF is written
    dialog = parent.findChildren(PdfPreview)[-1]
    dialog.view.page.installEventFilter(watch)
    QTimer.singleShot(60_000, loop.quit)
    if state["painted"] is None:
        loop.exec()
    QTimer.singleShot(round(SETTLE_SECONDS * 1000), loop.quit)
    loop.exec()
    heartbeat.stop()
    run.cache["preview_scale"] = dialog.view.scale()
    dialog.view.page.removeEventFilter(watch)
    dialog.reject()  # kept for the next preview, as the window keeps it
    QApplication.processEvents()
    if state["painted"] is None:
        raise RuntimeError("the preview never painted its first page")
    return {"seconds": state["painted"] - started, "stall_ms": state["stall"]}


def close(run: Run) -> None:
    parent = run.cache.pop("preview_parent", None)
    if parent is not None:
        parent.close()
