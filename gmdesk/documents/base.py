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


def text(value: object) -> str:
    """Escape user text for a Paragraph and keep its line breaks."""
    return html.escape(str(value if value is not None else "")).replace("\n", "<br/>")


def para(value: object, style: ParagraphStyle) -> Paragraph:
    return Paragraph(text(value), style)


class _NumberedDoc(BaseDocTemplate):
    """A document that prints 第 N 頁，共 M 頁 at the foot of every page."""

    def __init__(self, filename: str, pagesize: tuple[float, float], title: str) -> None:
        super().__init__(filename, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN, bottomMargin=MARGIN, title=title,
                         author="gmdesk", creator="gmdesk")
        frame = Frame(MARGIN, MARGIN, pagesize[0] - 2 * MARGIN, pagesize[1] - 2 * MARGIN,
                      id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._foot)])
        self.page_total = 0

    def _foot(self, canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT_NAME, 10)
        label = f"第 {doc.page} 頁，共 {self.page_total or '?'} 頁"
        canvas.drawCentredString(self.pagesize[0] / 2, 10 * mm, label)
        canvas.restoreState()


def build(out_path: Path | str, story: Sequence[Flowable], title: str,
          landscape_page: bool = False) -> Path:
    """Write `story` as an A4 PDF with page numbers; return the path.

    The story is laid out twice so the foot can say how many pages there are.
    """
    register()
    size = landscape(A4) if landscape_page else A4
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    counter = _NumberedDoc(str(tmp), size, title)
    counter.build(list(_copy(story)))
    pages = counter.page
    doc = _NumberedDoc(str(tmp), size, title)
    doc.page_total = pages
    doc.build(list(story))
    tmp.replace(out)  # never leave a half-written PDF under the real name
    return out


def _copy(story: Sequence[Flowable]) -> list[Flowable]:
    import copy

    return [copy.deepcopy(f) for f in story]


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
