"""Draw a content.Document as an A4 PDF with reportlab (the printed copy)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from gmdesk.documents.content import (
    Block,
    Box,
    Chart,
    Document,
    Grid,
    Keep,
    NeedSpace,
    Pictures,
    Space,
    Text,
    cell_style,
)


def grid_widths(grid: Grid, total: float) -> list[float]:
    """Return a grid's column widths in points: its fractions, or measured from its text."""
    from gmdesk.documents.base import Styles, balanced_widths

    if grid.widths is not None:
        return [total * share for share in grid.widths]
    count = max(len(row) for row in grid.rows)
    columns = [[_plain(row[i]) for row in grid.rows if i < len(row)] for i in range(count)]
    return balanced_widths(columns, total, Styles().cell)


def _plain(cell: str | Text) -> str:
    return cell.text if isinstance(cell, Text) else cell


def picture_size(width: int, height: int, max_width: float,
                 max_height: float) -> tuple[float, float]:
    """Return a photo's drawn size in points: as large as fits, its aspect kept."""
    width, height = width or 4, height or 3
    scale = min(max_width / width, max_height / height)
    return width * scale, height * scale


class _Writer:
    def __init__(self) -> None:
        from gmdesk.documents.base import Styles, content_width

        self.styles = Styles()
        self.width = content_width()
        self._cache: dict[tuple[Any, ...], Any] = {}

    def style(self, text: Text) -> Any:
        from reportlab.lib.styles import ParagraphStyle

        base = getattr(self.styles, text.style)
        key = (text.style, text.indent, text.first, text.space_before, text.space_after,
               text.keep_with_next)
        if key == (text.style, 0.0, 0.0, None, None, False):
            return base
        if key not in self._cache:
            extra: dict[str, Any] = {"leftIndent": text.indent, "firstLineIndent": text.first}
            if text.space_before is not None:
                extra["spaceBefore"] = text.space_before
            if text.space_after is not None:
                extra["spaceAfter"] = text.space_after
            if text.keep_with_next:
                extra["keepWithNext"] = 1
            self._cache[key] = ParagraphStyle(f"{text.style}{len(self._cache)}", parent=base,
                                              **extra)
        return self._cache[key]

    def text(self, text: Text) -> Any:
        from gmdesk.documents.base import para

        return para(text.text, self.style(text))

    def cell(self, grid: Grid, row: int, column: int, value: str | Text) -> Any:
        if isinstance(value, Text):
            return self.text(value)
        return self.text(Text(value, cell_style(grid, row, column)))

    def grid(self, grid: Grid, width: float) -> Any:
        from reportlab.platypus import Table, TableStyle

        from gmdesk.documents.base import grid_table
        from gmdesk.documents.fonts import FONT_NAME

        widths = grid_widths(grid, width)
        rows = [[self.cell(grid, r, c, value) for c, value in enumerate(row)]
                for r, row in enumerate(grid.rows)]
        heights = list(grid.row_heights) or None
        spans = [("SPAN", (c0, r0), (c1, r1)) for c0, r0, c1, r1 in grid.spans]
        if not grid.borders:
            table = Table(rows, colWidths=widths, rowHeights=heights)
            table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT_NAME),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                       ("TOPPADDING", (0, 0), (-1, -1), 6),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                                       ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), *spans]))
            return table
        return grid_table(rows, widths, grid.header_rows, spans, heights)

    def box(self, box: Box) -> Any:
        from reportlab.lib import colors
        from reportlab.platypus import Table, TableStyle

        from gmdesk.documents.base import para
        from gmdesk.documents.fonts import FONT_NAME

        stamp = Table([[para(box.label, self.styles.small_center)]], colWidths=[box.width],
                      rowHeights=[box.height], hAlign="RIGHT")
        stamp.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT_NAME),
                                   ("BOX", (0, 0), (-1, -1), 0.4, colors.grey, None, (2, 2)),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
        return stamp

    def pictures(self, pictures: Pictures) -> list[Any]:
        from reportlab.platypus import Image, Table, TableStyle

        from gmdesk.documents.base import para
        from gmdesk.documents.fonts import FONT_NAME

        cell_width = self.width / pictures.per_row
        found: list[Any] = []
        items = list(pictures.items)
        for start in range(0, len(items), pictures.per_row):
            row = items[start:start + pictures.per_row]
            cells = []
            for picture in row:
                w, h = picture_size(picture.width, picture.height, cell_width - 12,
                                    pictures.max_height)
                cells.append([Image(io.BytesIO(picture.data), width=w, height=h),
                              para(picture.caption, self.styles.caption)])
            # A row of one (the last of an odd count) is centred under the pairs.
            table = Table([cells], colWidths=[cell_width] * len(row), hAlign="CENTER")
            table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT_NAME),
                                       ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
            found.append(table)
        return found

    def chart(self, chart: Chart) -> Any:
        if chart.kind == "completion":
            from gmdesk.documents.annual import chart_flowable

            return chart_flowable(list(chart.data), self.width, chart.height)  # type: ignore[call-overload]
        raise ValueError(f"unknown chart {chart.kind}")

    def flowables(self, blocks: Sequence[Block]) -> list[Any]:
        from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

        story: list[Any] = []
        for block in blocks:
            if isinstance(block, Text):
                story.append(self.text(block))
            elif isinstance(block, Grid):
                story.append(self.grid(block, self.width))
            elif isinstance(block, Space):
                story.append(Spacer(1, block.height))
            elif isinstance(block, Box):
                story.append(self.box(block))
            elif isinstance(block, Pictures):
                story.extend(self.pictures(block))
            elif isinstance(block, Chart):
                story.append(self.chart(block))
            elif isinstance(block, Keep):
                story.append(KeepTogether(self.flowables(block.blocks)))
            elif isinstance(block, NeedSpace):
                story.append(CondPageBreak(block.height))
        return story


def write_pdf(document: Document, out_path: Path | str) -> Path:
    """Write the document as an A4 PDF with page numbers; return its path."""
    from gmdesk.documents.base import build

    story = _Writer().flowables(document.blocks)
    return build(out_path, story, document.title, running_head=document.running_head)
