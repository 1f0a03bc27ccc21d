"""Draw a content.Document as an editable Word file (.docx), with python-docx.

For offices that work in Word: the same blocks as the PDF and the .odt (text, numbering,
indents, tables, photos), in the Kai face, on A4 with 第 N 頁，共 M 頁 at the foot. A chart is
left out (the table before it carries its figures).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from gmdesk.documents.content import (
    CONTENT_WIDTH,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
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


def _set_font(run_properties: Any, family: str) -> None:
    """Name the face for Latin and East Asian text alike (Word keeps them apart)."""
    from docx.oxml.ns import qn

    fonts = run_properties.find(qn("w:rFonts"))
    if fonts is None:
        fonts = run_properties.makeelement(qn("w:rFonts"), {})
        run_properties.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), family)


def _fix_widths(table: Any, widths: Sequence[float]) -> None:
    """Give a table its exact column widths, a fixed layout and narrow cell margins.

    Word and LibreOffice read the grid, not the cells' own widths; the margins are the PDF's
    4 pt a side (Word's default 5.7 pt would wrap a measured column).
    """
    from docx.oxml.ns import qn
    from docx.shared import Pt

    properties = table._tbl.tblPr
    for tag in ("w:tblW", "w:tblLayout", "w:tblCellMar"):
        for old in properties.findall(qn(tag)):
            properties.remove(old)
    properties.append(_element("w:tblW", w=str(int(sum(widths) * 20)), type="dxa"))
    properties.append(_element("w:tblLayout", type="fixed"))
    margins = _element("w:tblCellMar")
    for side in ("left", "right"):
        margins.append(_element(f"w:{side}", w="60", type="dxa"))
    properties.append(margins)
    order = ["tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
             "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders",
             "shd", "tblLayout", "tblCellMar", "tblLook"]
    children = sorted(properties, key=lambda e: order.index(e.tag.split("}")[1])
                      if e.tag.split("}")[1] in order else len(order))
    properties[:] = children  # the schema's order: Word refuses a table out of it
    for column, width in zip(table._tbl.tblGrid.iterchildren(qn("w:gridCol")), widths,
                             strict=False):
        column.set(qn("w:w"), str(int(width * 20)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=False):
            cell.width = Pt(width)


def _element(tag: str, **attributes: str) -> Any:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement(tag)
    for key, value in attributes.items():
        element.set(qn(f"w:{key}"), value)
    return element


class _Writer:
    def __init__(self, document: Document) -> None:
        import docx
        from docx.shared import Pt

        from gmdesk.documents.fonts import editable_font

        self.Pt = Pt
        self.doc = docx.Document()
        self.font = editable_font()
        self.doc.core_properties.title = document.title
        self.doc.core_properties.author = "gmdesk"
        normal = self.doc.styles["Normal"]
        normal.font.size = Pt(STYLES["body"].size)
        _set_font(normal.element.get_or_add_rPr(), self.font)
        section = self.doc.sections[0]
        section.page_width, section.page_height = Pt(PAGE_WIDTH), Pt(PAGE_HEIGHT)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Pt(MARGIN))
        section.footer_distance = Pt(MARGIN / 2)
        self._footer(section)
        body = self.doc.element.body
        for paragraph in list(body.iterchildren()):
            if paragraph.tag.endswith("}p"):
                body.remove(paragraph)  # the template's empty first paragraph

    def _footer(self, section: Any) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        paragraph = section.footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for part in ("第 ", "PAGE", " 頁，共 ", "NUMPAGES", " 頁"):
            if part.isupper():
                field = _element("w:fldSimple", instr=f" {part} ")
                run = _element("w:r")
                run.append(_element("w:t"))
                run[-1].text = "1"
                field.append(run)
                paragraph._p.append(field)
            else:
                paragraph.add_run(part).font.size = self.Pt(10)

    def paragraph(self, container: Any, text: Text, keep: bool = False) -> Any:
        from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING

        Pt = self.Pt
        spec = STYLES[text.style]
        paragraph = container.add_paragraph()
        fmt = paragraph.paragraph_format
        fmt.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                         "right": WD_ALIGN_PARAGRAPH.RIGHT}[spec.align]
        fmt.left_indent = Pt(text.indent)
        fmt.first_line_indent = Pt(text.first)
        fmt.space_before = Pt(spec.before if text.space_before is None else text.space_before)
        fmt.space_after = Pt(spec.after if text.space_after is None else text.space_after)
        fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        fmt.line_spacing = Pt(spec.leading)
        fmt.keep_with_next = keep or text.keep_with_next
        for index, line in enumerate(text.text.split("\n")):
            run = paragraph.add_run()
            if index:
                run.add_break()  # a line break inside the paragraph, as in the PDF
            run.add_text(line)
            run.font.size = Pt(spec.size)
            if spec.grey:
                from docx.shared import RGBColor

                run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        return paragraph

    def _cell_text(self, cell: Any, text: Text) -> None:
        cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
        self.paragraph(cell, text)

    def grid(self, grid: Grid, keep: bool = False) -> Any:
        from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE

        from gmdesk.documents.pdf import grid_widths

        Pt = self.Pt
        widths = grid_widths(grid, CONTENT_WIDTH)
        columns = len(widths)
        table = self.doc.add_table(rows=len(grid.rows), cols=columns)
        table.autofit = False
        if grid.borders:
            table.style = self.doc.styles["Table Grid"]
        for c0, r0, c1, r1 in grid.spans:
            table.cell(r0, c0).merge(table.cell(r1, c1))
        covered = {(c, r) for c0, r0, c1, r1 in grid.spans
                   for c in range(c0, c1 + 1) for r in range(r0, r1 + 1) if (c, r) != (c0, r0)}
        for r, values in enumerate(grid.rows):
            row = table.rows[r]
            height = grid.row_heights[r] if r < len(grid.row_heights) else None
            if height is not None:
                row.height, row.height_rule = Pt(height), WD_ROW_HEIGHT_RULE.AT_LEAST
            properties = row._tr.get_or_add_trPr()
            properties.append(_element("w:cantSplit"))
            if r < grid.header_rows:
                properties.append(_element("w:tblHeader"))  # repeats on every page
            for c, value in enumerate(values):
                cell = table.cell(r, c)
                if (c, r) in covered:
                    continue
                text = value if isinstance(value, Text) else Text(value, cell_style(grid, r, c))
                self._cell_text(cell, text)
                if keep or len(grid.rows) <= 3:
                    for paragraph in cell.paragraphs:
                        paragraph.paragraph_format.keep_with_next = True
                cell.vertical_alignment = (WD_CELL_VERTICAL_ALIGNMENT.CENTER if grid.borders
                                           else WD_CELL_VERTICAL_ALIGNMENT.BOTTOM)
                if grid.borders and r < grid.header_rows:
                    cell._tc.get_or_add_tcPr().append(
                        _element("w:shd", val="clear", color="auto", fill="EEEEEE"))
        _fix_widths(table, widths)
        return table

    def box(self, box: Box) -> None:
        from docx.enum.table import (
            WD_CELL_VERTICAL_ALIGNMENT,
            WD_ROW_HEIGHT_RULE,
            WD_TABLE_ALIGNMENT,
        )

        table = self.doc.add_table(rows=1, cols=1)
        table.alignment = WD_TABLE_ALIGNMENT.RIGHT
        table.autofit = False
        cell = table.cell(0, 0)
        _fix_widths(table, [box.width])
        table.rows[0].height = self.Pt(box.height)
        table.rows[0].height_rule = WD_ROW_HEIGHT_RULE.EXACTLY
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        borders = _element("w:tcBorders")
        for side in ("top", "left", "bottom", "right"):
            borders.append(_element(f"w:{side}", val="dashed", sz="4", space="0", color="808080"))
        cell._tc.get_or_add_tcPr().append(borders)
        self._cell_text(cell, Text(box.label, "small_center"))

    def pictures(self, pictures: Pictures) -> None:
        from docx.enum.table import WD_TABLE_ALIGNMENT

        from gmdesk.documents.pdf import picture_size

        cell_width = CONTENT_WIDTH / pictures.per_row
        items = list(pictures.items)
        for start in range(0, len(items), pictures.per_row):
            row_items = items[start:start + pictures.per_row]
            self._after_table()
            table = self.doc.add_table(rows=1, cols=len(row_items))
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            table.autofit = False
            _fix_widths(table, [cell_width] * len(row_items))
            for column, picture in enumerate(row_items):
                cell = table.cell(0, column)
                w, h = picture_size(picture.width, picture.height, cell_width - 12,
                                    pictures.max_height)
                holder = cell.paragraphs[0]
                holder.alignment = 1  # centred
                holder.add_run().add_picture(io.BytesIO(picture.data), width=self.Pt(w),
                                             height=self.Pt(h))
                self.paragraph(cell, Text(picture.caption, "caption"))
            table.rows[0]._tr.get_or_add_trPr().append(_element("w:cantSplit"))

    def _after_table(self) -> None:
        """Word joins two tables that touch into one: put a thin paragraph between them."""
        body = self.doc.element.body
        last = [child for child in body.iterchildren() if not child.tag.endswith("}sectPr")]
        if last and last[-1].tag.endswith("}tbl"):
            self.space(2)

    def space(self, height: float, keep: bool = False) -> None:
        paragraph = self.paragraph(self.doc, Text("", "small", space_before=0, space_after=0))
        paragraph.paragraph_format.line_spacing = self.Pt(height)
        paragraph.paragraph_format.keep_with_next = keep

    def add(self, blocks: Sequence[Block], keep: bool = False) -> None:
        for index, block in enumerate(blocks):
            if isinstance(block, (Grid, Box, Pictures)):
                self._after_table()
            # Inside a Keep every block but the last keeps with the next one.
            hold = keep and index < len(blocks) - 1
            if isinstance(block, Text):
                self.paragraph(self.doc, block, hold)
            elif isinstance(block, Grid):
                self.grid(block, hold)
            elif isinstance(block, Space):
                self.space(block.height, hold)
            elif isinstance(block, Box):
                self.box(block)
            elif isinstance(block, Pictures):
                self.pictures(block)
            elif isinstance(block, Keep):
                self.add(block.blocks, keep=True)
            elif isinstance(block, (Chart, NeedSpace)):
                continue  # the PDF's own: a drawing, a page-break hint


def write_docx(document: Document, out_path: Path | str) -> Path:
    """Write the document as an editable .docx; return its path (never half-written)."""
    writer = _Writer(document)
    writer.add(document.blocks)
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    writer.doc.save(str(tmp))
    tmp.replace(out)
    return out
