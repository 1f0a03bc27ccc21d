"""Draw a content.Document as an editable OpenDocument text (.odt), with odfdo.

ODF is the government's document standard (政府文件標準格式): a clerk opens the copy in
LibreOffice (or Word), edits the wording and prints it. The same blocks as the PDF: the same
text, numbering, indents, tables and photos, in the Kai face, on A4 with 第 N 頁，共 M 頁.
A chart is left out (the table before it carries its figures); page-break hints become
keep-with-next.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

from gmdesk.documents.content import (
    CONTENT_WIDTH,
    STYLES,
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

_NS = ('xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
       'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def _pt(value: float) -> str:
    return f"{value:.2f}pt"


def _font() -> str:
    from gmdesk.documents.fonts import editable_font

    family = quoteattr(editable_font())
    return (f"fo:font-family={family} style:font-family-asian={family} "
            f"style:font-family-complex={family}")


class _Writer:
    def __init__(self, document: Document) -> None:
        import odfdo

        self.odfdo = odfdo
        self.doc = odfdo.Document("text")
        self.body = self.doc.body
        self.body.clear()
        self._styles: dict[tuple[Any, ...], str] = {}
        self._tables = 0
        self._page()
        title = self.doc.meta
        title.title = document.title

    def _style(self, key: tuple[Any, ...], xml: str) -> str:
        """Insert an automatic style once per key; return its name."""
        if key not in self._styles:
            name = f"G{len(self._styles) + 1}"
            self._styles[key] = name
            self.doc.insert_style(xml.replace("NAME", name).replace("NS", _NS), automatic=True)
        return self._styles[key]

    def _page(self) -> None:
        """A4 with 2 cm margins (the template's) and the page number centred at the foot."""
        odfdo = self.odfdo
        master: Any = self.doc.get_style("master-page", "Standard")
        self.doc.insert_style(
            f'<style:style {_NS} style:name="GFooter" style:family="paragraph">'
            f'<style:paragraph-properties fo:text-align="center"/>'
            f'<style:text-properties {_font()} fo:font-size="10pt" style:font-size-asian="10pt"/>'
            "</style:style>")
        paragraph = odfdo.Paragraph("第 ", style="GFooter")
        paragraph.append(odfdo.VarPageNumber(select_page="current"))
        paragraph.append(" 頁，共 ")
        paragraph.append(odfdo.VarPageCount())
        paragraph.append(" 頁")
        master.set_page_footer(paragraph)
        layout: Any = self.doc.get_style("page-layout", master.get_attribute("style:page-layout-name"))
        props = layout.get_element("style:page-layout-properties")
        props.set_attribute("fo:margin-bottom", "1cm")  # the footer's own height fills the rest

    def paragraph_style(self, text: Text, keep: bool = False) -> str:
        spec = STYLES[text.style]
        before = spec.before if text.space_before is None else text.space_before
        after = spec.after if text.space_after is None else text.space_after
        keep = keep or text.keep_with_next
        key = ("p", text.style, text.indent, text.first, before, after, keep)
        colour = ' fo:color="#808080"' if spec.grey else ""
        align = {"left": "start", "center": "center", "right": "end"}[spec.align]
        return self._style(key, (
            f'<style:style NS style:name="NAME" style:family="paragraph">'
            f'<style:paragraph-properties fo:text-align="{align}" fo:line-height="{_pt(spec.leading)}"'
            f' fo:margin-left="{_pt(text.indent)}" fo:text-indent="{_pt(text.first)}"'
            f' fo:margin-top="{_pt(before)}" fo:margin-bottom="{_pt(after)}"'
            f' fo:keep-with-next="{"always" if keep else "auto"}"/>'
            f'<style:text-properties {_font()} fo:font-size="{_pt(spec.size)}"'
            f' style:font-size-asian="{_pt(spec.size)}"{colour}/>'
            "</style:style>"))

    def text(self, text: Text, keep: bool = False) -> Any:
        return self.odfdo.Paragraph(text.text, style=self.paragraph_style(text, keep))

    def space(self, height: float) -> Any:
        name = self._style(("space", height), (
            f'<style:style NS style:name="NAME" style:family="paragraph">'
            f'<style:paragraph-properties fo:line-height="{_pt(height)}" fo:margin-top="0pt"'
            ' fo:margin-bottom="0pt"/>'
            '<style:text-properties fo:font-size="2pt" style:font-size-asian="2pt"/>'
            "</style:style>"))
        return self.odfdo.Paragraph("", style=name)

    def _table(self, widths: Sequence[float], align: str, keep: bool = False,
               whole: bool = True) -> Any:
        """A table; `whole` keeps its rows on one page (small tables: the sign-off, a box)."""
        odfdo = self.odfdo
        self._tables += 1
        total = sum(widths)
        name = self._style(("table", round(total, 1), align, keep, whole), (
            f'<style:style NS style:name="NAME" style:family="table">'
            f'<style:table-properties style:width="{_pt(total)}" table:align="{align}"'
            f' style:may-break-between-rows="{"false" if whole else "true"}"'
            f' fo:keep-with-next="{"always" if keep else "auto"}"/></style:style>'))
        table = odfdo.Table(f"表{self._tables}", style=name)
        for width in widths:
            column = self._style(("column", round(width, 2)), (
                f'<style:style NS style:name="NAME" style:family="table-column">'
                f'<style:table-column-properties style:column-width="{_pt(width)}"/>'
                "</style:style>"))
            table.append(odfdo.Column(style=column))
        return table

    def _cell_style(self, border: str, shade: bool, valign: str, padding: float) -> str:
        background = ' fo:background-color="#eeeeee"' if shade else ""
        return self._style(("cell", border, shade, valign, padding), (
            f'<style:style NS style:name="NAME" style:family="table-cell">'
            f'<style:table-cell-properties fo:border={quoteattr(border)}'
            f' fo:padding-left="{_pt(padding)}" fo:padding-right="{_pt(padding)}"'
            f' fo:padding-top="{_pt(3 if padding else 6)}" fo:padding-bottom="{_pt(3 if padding else 0)}"'
            f' style:vertical-align="{valign}"{background}/></style:style>'))

    def _row_style(self, height: float | None) -> str | None:
        if height is None:
            return None
        return self._style(("row", height), (
            f'<style:style NS style:name="NAME" style:family="table-row">'
            f'<style:table-row-properties style:min-row-height="{_pt(height)}"/>'
            "</style:style>"))

    def grid(self, grid: Grid, keep: bool = False) -> Any:
        from gmdesk.documents.pdf import grid_widths

        odfdo = self.odfdo
        widths = grid_widths(grid, CONTENT_WIDTH)
        table = self._table(widths, "margins", keep, whole=len(grid.rows) <= 3)
        covered = {(c, r) for c0, r0, c1, r1 in grid.spans
                   for c in range(c0, c1 + 1) for r in range(r0, r1 + 1) if (c, r) != (c0, r0)}
        spans = {(c0, r0): (c1 - c0 + 1, r1 - r0 + 1) for c0, r0, c1, r1 in grid.spans}
        header = odfdo.Element.from_tag("<table:table-header-rows/>") if grid.header_rows else None
        if header is not None:
            table.append(header)
        for r, values in enumerate(grid.rows):
            height = grid.row_heights[r] if r < len(grid.row_heights) else None
            row = odfdo.Row(style=self._row_style(height))
            for c, value in enumerate(values):
                if (c, r) in covered:
                    row.append(odfdo.Element.from_tag("<table:covered-table-cell/>"))
                    continue
                style = self._cell_style("0.6pt solid #000000" if grid.borders else "none",
                                         grid.borders and r < grid.header_rows,
                                         "middle" if grid.borders else "bottom",
                                         3 if grid.borders else 0)
                cell = odfdo.Cell(style=style)
                if (c, r) in spans:
                    cols, rows = spans[(c, r)]
                    cell.set_attribute("table:number-columns-spanned", str(cols))
                    cell.set_attribute("table:number-rows-spanned", str(rows))
                text = value if isinstance(value, Text) else Text(value, cell_style(grid, r, c))
                cell.append(self.text(text))
                row.append(cell)
            (header if header is not None and r < grid.header_rows else table).append(row)
        return table

    def box(self, box: Box) -> Any:
        odfdo = self.odfdo
        table = self._table([box.width], "right")
        row = odfdo.Row(style=self._row_style(box.height))
        cell = odfdo.Cell(style=self._cell_style("0.4pt dashed #808080", False, "middle", 4))
        cell.append(self.text(Text(box.label, "small_center")))
        row.append(cell)
        table.append(row)
        return table

    def pictures(self, pictures: Pictures) -> list[Any]:
        from gmdesk.documents.pdf import picture_size

        odfdo = self.odfdo
        cell_width = CONTENT_WIDTH / pictures.per_row
        items = list(pictures.items)
        found = []
        for start in range(0, len(items), pictures.per_row):
            row_items = items[start:start + pictures.per_row]
            table = self._table([cell_width] * len(row_items), "center")
            row = odfdo.Row()
            for picture in row_items:
                stream = io.BytesIO(picture.data)
                stream.name = "photo.png" if picture.data[:4] == b"\x89PNG" else "photo.jpg"
                uri = self.doc.add_file(stream)
                w, h = picture_size(picture.width, picture.height, cell_width - 12,
                                    pictures.max_height)
                frame = odfdo.Frame.image_frame(uri, size=(_pt(w), _pt(h)), anchor_type="as-char")
                holder = self.odfdo.Paragraph("", style=self._style(("photo",), (
                    '<style:style NS style:name="NAME" style:family="paragraph">'
                    '<style:paragraph-properties fo:text-align="center"/></style:style>')))
                holder.append(frame)
                cell = odfdo.Cell(style=self._cell_style("none", False, "top", 4))
                cell.append(holder)
                cell.append(self.text(Text(picture.caption, "caption")))
                row.append(cell)
            table.append(row)
            found.append(table)
        return found

    def add(self, blocks: Sequence[Block], keep: bool = False) -> None:
        for index, block in enumerate(blocks):
            # Inside a Keep every block but the last keeps with the next one.
            hold = keep and index < len(blocks) - 1
            if isinstance(block, Text):
                self.body.append(self.text(block, hold))
            elif isinstance(block, Grid):
                self.body.append(self.grid(block, hold))
            elif isinstance(block, Space):
                self.body.append(self.space(block.height))
            elif isinstance(block, Box):
                self.body.append(self.box(block))
            elif isinstance(block, Pictures):
                for table in self.pictures(block):
                    self.body.append(table)
            elif isinstance(block, Keep):
                self.add(block.blocks, keep=True)
            elif isinstance(block, (Chart, NeedSpace)):
                continue  # the PDF's own: a drawing, a page-break hint


def write_odt(document: Document, out_path: Path | str) -> Path:
    """Write the document as an editable .odt; return its path (never half-written)."""
    writer = _Writer(document)
    writer.add(document.blocks)
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    writer.doc.save(tmp)
    tmp.replace(out)
    return out
