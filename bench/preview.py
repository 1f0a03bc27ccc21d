"""The in-window preview: from pressing 預覽 to the first page painted, against the least a
preview must do.

The floor reads the PDF, renders its first page with pypdfium2 at the scale the preview
shows it and paints it in a bare window already on screen (a QLabel: no dialog, no thread). gmdesk's figure is `show_pdf` on the same
file, until the first page is painted in the dialog; a 5 ms heartbeat on the event loop
records the longest stall from the press until the page and its neighbour are rendered.
The PDFs are the bench's own minutes (about 2 pages) and photo report (about 40 pages),
written by gmdesk's forms (bench/app.py) in this run. Both figures are taken in a new process
of their own (what is left of the other figures' windows stays out of them), floor and
gmdesk samples taken in turn so a change of load touches both alike.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from bench import app
from bench.common import Run, run_child_json
from bench.report import Figure

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
    """Read the PDF, render page 1 with pypdfium2 at the preview's scale and paint it in a
    bare shown window; seconds."""
    return _floor({}, pdf(run, which), _scale(run))


def _floor(cache: dict[str, Any], path: Path, scale: float) -> float:
    """The least a preview must do: read the file, render page 1 (PDFium alone, on this
    thread) and paint it in a window that is already on screen (a bare QLabel)."""
    import pypdfium2
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtGui import QImage, QPixmap
    from PySide6.QtWidgets import QLabel

    label = cache.get("floor_label")
    if label is None:
        label = QLabel()
        label.resize(860, 1000)
        label.show()
        loop = QEventLoop()
        QTimer.singleShot(300, loop.quit)
        loop.exec()
        cache["floor_label"] = label
    label.clear()
    painted: list[float] = []
    loop = QEventLoop()

    class Painted(QObject):
        def eventFilter(self, obj: Any, event: Any) -> bool:
            if event.type() == QEvent.Type.Paint and not painted and not obj.pixmap().isNull():
                painted.append(time.perf_counter())
                loop.quit()
            return False

    watch = Painted()
    label.installEventFilter(watch)
    started = time.perf_counter()
    document = pypdfium2.PdfDocument(path.read_bytes())
    page = document[0]
    bitmap = page.render(scale=scale, prefer_bgrx=True, may_draw_forms=False)
    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                   QImage.Format.Format_RGB32)
    label.setPixmap(QPixmap.fromImage(image))
    QTimer.singleShot(10_000, loop.quit)
    loop.exec()
    label.removeEventFilter(watch)
    bitmap.close()
    page.close()
    document.close()
    if not painted:
        raise RuntimeError("the floor's window never painted the page")
    return painted[0] - started


def press_to_first_page(run: Run, which: str) -> dict[str, float]:
    """Open gmdesk's preview of the PDF; seconds to the first page painted, and the longest
    event-loop stall (ms) until it and its neighbour are rendered."""
    return _press(run.cache, pdf(run, which))


def _window() -> Any:
    """A window as the clerk has one when pressing 預覽: shown, painted, its fonts loaded
    (a first window's font loading is the start's cost, not the preview's)."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    window = QWidget()
    window.resize(1366, 768)
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("高雄市海濱區公所性別平等執行小組 115年第1次會議紀錄 第 1／2 頁"))
    layout.addWidget(QPushButton("預覽會議紀錄(&M)…"))
    window.show()
    loop = QEventLoop()
    QTimer.singleShot(300, loop.quit)
    loop.exec()
    return window


def _press(cache: dict[str, Any], path: Path) -> dict[str, float]:
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from gmdesk.ui.pdf_preview import PdfPreview, show_pdf

    parent = cache.get("preview_parent")
    if parent is None:
        parent = _window()
        cache["preview_parent"] = parent
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
    cache["preview_scale"] = dialog.view.scale()
    dialog.view.page.removeEventFilter(watch)
    dialog.reject()  # kept for the next preview, as the window keeps it
    QApplication.processEvents()
    if state["painted"] is None:
        raise RuntimeError("the preview never painted its first page")
    return {"seconds": state["painted"] - started, "stall_ms": state["stall"]}


CHILD = r"""
import json, sys
from bench.preview import child_main
print(json.dumps(child_main(int(sys.argv[1]), sys.argv[2:])))
"""


def child_main(repeat: int, paths: list[str]) -> dict[str, Any]:
    """In the child: for each PDF, one preview to warm up, then `repeat` pairs of
    (gmdesk's press to first page, the floor) taken in turn; seconds, and stalls in ms."""
    from bench.common import qt_app

    qt_app()
    import gmdesk.ui.pdf_preview  # noqa: F401  # imported with the window's pages, as in gmdesk
    cache: dict[str, Any] = {}
    result: dict[str, Any] = {"stalls": []}
    for name in paths:
        path = Path(name)
        first = _press(cache, path)  # the first preview of the process: counted in stalls
        result["stalls"].append(first["stall_ms"])
        apps, floors = [], []
        for _ in range(repeat):
            pressed = _press(cache, path)
            apps.append(pressed["seconds"])
            result["stalls"].append(pressed["stall_ms"])
            floors.append(_floor(cache, path, float(cache["preview_scale"])))
        result[path.name] = {"app": apps, "floor": floors}
    for key in ("preview_parent", "floor_label"):
        window = cache.pop(key, None)
        if window is not None:
            window.close()
    return result


def measure_all(run: Run, repeat: int) -> dict[str, Figure]:
    """Return the floor and gmdesk figures of both PDFs and the longest stall, measured in a
    new process; a figure that cannot be measured says why."""
    keys = ("minutes", "photos")
    try:
        paths = {which: pdf(run, which) for which in keys}
        result = run_child_json(CHILD, run, [str(repeat), *(str(p) for p in paths.values())])
    except Exception as exc:  # NotMeasured included: the table says why
        reason = f"not measured: {type(exc).__name__}: {str(exc)[:200]}"
        figures = {f"{kind}-{which}": Figure([], reason) for kind in ("app", "floor")
                   for which in keys}
        return {**figures, "stall": Figure([], reason, "ms")}
    figures = {}
    for which, path in paths.items():
        figures[f"app-{which}"] = Figure(result[path.name]["app"])
        figures[f"floor-{which}"] = Figure(result[path.name]["floor"])
    figures["stall"] = Figure([max(result["stalls"])], unit="ms")
    return figures
