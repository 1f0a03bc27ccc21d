"""What every printed form shares: A4, the embedded Kai font, styles, page numbers, tables."""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from gmdesk.documents.fonts import FONT_NAME, register

# Photos would otherwise be ASCII85-encoded: a 40-photo report was 28 times slower.
rl_config.useA85 = 0

MARGIN = 20 * mm


class Styles:
    """Paragraph styles in the embedded font: title 18 pt, body 13 pt, as offices print."""

    def __init__(self) -> None:
        register()
        self.title = ParagraphStyle("title", fontName=FONT_NAME, fontSize=18, leading=26,
                                    alignment=TA_CENTER, spaceAfter=6)
        self.subtitle = ParagraphStyle("subtitle", fontName=FONT_NAME, fontSize=14, leading=20,
                                       alignment=TA_CENTER, spaceAfter=8)
        self.heading = ParagraphStyle("heading", fontName=FONT_NAME, fontSize=14, leading=21,
                                      spaceBefore=8, spaceAfter=3)
        self.body = ParagraphStyle("body", fontName=FONT_NAME, fontSize=13, leading=20,
                                   alignment=TA_LEFT, wordWrap="CJK")
        self.indent = ParagraphStyle("indent", parent=self.body, leftIndent=26)
        self.hanging = ParagraphStyle("hanging", parent=self.body, leftIndent=26,
                                      firstLineIndent=-26)
        self.cell = ParagraphStyle("cell", fontName=FONT_NAME, fontSize=11, leading=15,
                                   wordWrap="CJK")
        self.cell_center = ParagraphStyle("cell_center", parent=self.cell, alignment=TA_CENTER)
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell, alignment=TA_RIGHT)
        self.small = ParagraphStyle("small", fontName=FONT_NAME, fontSize=10, leading=14,
                                    wordWrap="CJK")
        self.right = ParagraphStyle("right", parent=self.body, alignment=TA_RIGHT)
        self.caption = ParagraphStyle("caption", parent=self.small, alignment=TA_CENTER,
                                      spaceBefore=2)


def text(value: object) -> str:
    """Escape user text for a Paragraph and keep its line breaks."""
    return html.escape(str(value if value is not None else "")).replace("\n", "<br/>")


def para(value: object, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text(value), style)


class NumberedCanvas(Canvas):
    """A canvas that holds its pages until save, then prints 第 N 頁，共 M 頁 on each.

    One layout pass instead of two: the total is known when the document is saved.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for state in self._held:
            self.__dict__.update(state)
            self.saveState()
            self.setFont(FONT_NAME, 10)
            self.drawCentredString(self._pagesize[0] / 2, 10 * mm,
                                   f"第 {self._pageNumber} 頁，共 {total} 頁")
            self.restoreState()
            super().showPage()
        super().save()


class _Doc(BaseDocTemplate):
    def __init__(self, filename: str, pagesize: tuple[float, float], title: str) -> None:
        super().__init__(filename, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN, bottomMargin=MARGIN, title=title,
                         author="gmdesk", creator="gmdesk")
        frame = Frame(MARGIN, MARGIN, pagesize[0] - 2 * MARGIN, pagesize[1] - 2 * MARGIN,
                      id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame])])


def build(out_path: Path | str, story: Sequence[Flowable], title: str,
          landscape_page: bool = False) -> Path:
    """Write `story` as an A4 PDF with page numbers (第 N 頁，共 M 頁); return the path."""
    register()
    size = landscape(A4) if landscape_page else A4
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    _Doc(str(tmp), size, title).build(list(story), canvasmaker=NumberedCanvas)
    tmp.replace(out)  # never leave a half-written PDF under the real name
    return out


GRID = [
    ("FONTNAME", (0, 0), (-1, -1), FONT_NAME),
    ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
]


def grid_table(rows: list[list[Any]], widths: Sequence[float], header_rows: int = 1,
               extra: Sequence[tuple[Any, ...]] = ()) -> Table:
    """Return a bordered table whose header rows repeat on every page."""
    table = Table(rows, colWidths=list(widths), repeatRows=header_rows)
    style = list(GRID)
    if header_rows:
        style.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#eeeeee")))
    style.extend(extra)
    table.setStyle(TableStyle(style))
    return table


def content_width(landscape_page: bool = False) -> float:
    size = landscape(A4) if landscape_page else A4
    return float(size[0] - 2 * MARGIN)
