"""Render resources/icons/gmdesk.svg into a Windows .ico (Qt draws the SVG, Pillow writes the .ico)."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256)


def make_icon(svg: Path, ico: Path) -> Path:
    """Write `ico` with every size Windows asks for, drawn from `svg`."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    big = Image.open(io.BytesIO(bytes(buffer.data().data())))
    ico.parent.mkdir(parents=True, exist_ok=True)
    big.save(ico, format="ICO", sizes=[(s, s) for s in SIZES])
    return ico


if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent
    print(make_icon(root / "resources/icons/gmdesk.svg", root / "build/gmdesk.ico"))
