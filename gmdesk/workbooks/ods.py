"""The city workbook as OpenDocument (.ods), the government's document standard, without LibreOffice.

The same sheets as the .xlsx (city.SheetSpec), written by hand as ODF 1.2 XML into a zip:
values, formulas (OpenFormula, with their computed values), merged cells, column widths,
frozen header rows repeated on each printed page, A4 landscape and a 第 N 頁，共 M 頁 footer.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape, quoteattr

if TYPE_CHECKING:
    from gmdesk.workbooks.city import SheetSpec

MIME = "application/vnd.oasis.opendocument.spreadsheet"
# One spreadsheet width unit in centimetres (a digit of the 12 pt Kai face, with room).
UNIT_CM = 0.24
_REF = re.compile(r"(?<![A-Za-z\"])(\$?[A-Z]{1,3}\$?[0-9]+)(?::(\$?[A-Z]{1,3}\$?[0-9]+))?")

_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
       'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
       'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2"')


def open_formula(excel: str) -> str:
    """Return an Excel A1 formula (=SUM(G3:G9)) as OpenFormula (of:=SUM([.G3:.G9]))."""
    parts = re.split(r'("[^"]*")', excel.removeprefix("="))
    out = []
    for part in parts:
        if part.startswith('"'):
            out.append(part)
            continue
        part = _REF.sub(lambda m: f"[.{m[1]}" + (f":.{m[2]}]" if m[2] else "]"), part)
        out.append(part.replace(",", ";"))
    return "of:=" + "".join(out)


_DATA_STYLES = {
    "0_ ": ('<number:number-style style:name="N0"><number:number number:decimal-places="0" '
            'number:min-integer-digits="1"/><number:text> </number:text></number:number-style>'),
    "0.0_ ": ('<number:number-style style:name="N1"><number:number number:decimal-places="1" '
              'number:min-integer-digits="1"/><number:text> </number:text></number:number-style>'),
    "0.00": ('<number:number-style style:name="N2"><number:number number:decimal-places="2" '
             'number:min-integer-digits="1"/></number:number-style>'),
    "#,##0_ ": ('<number:number-style style:name="N3"><number:number number:decimal-places="0" '
                'number:min-integer-digits="1" number:grouping="true"/><number:text> </number:text>'
                '</number:number-style>'),
    "0.0%_ ": ('<number:percentage-style style:name="N4"><number:number number:decimal-places="1" '
               'number:min-integer-digits="1"/><number:text>% </number:text>'
               '</number:percentage-style>'),
}
_DATA_NAMES = {"0_ ": "N0", "0.0_ ": "N1", "0.00": "N2", "#,##0_ ": "N3", "0.0%_ ": "N4"}
_SIZES = {"title": 16, "section": 13, "note": 11}


class _Styles:
    def __init__(self, font: str) -> None:
        self.font = font
        self.cells: dict[tuple[str, str | None, bool, str], str] = {}
        self.xml: list[str] = []

    def cell(self, kind: str, fmt: str | None, wrap: bool, align: str) -> str:
        key = (kind, fmt, wrap, align)
        if key not in self.cells:
            name = f"ce{len(self.cells) + 1}"
            self.cells[key] = name
            data = f' style:data-style-name="{_DATA_NAMES[fmt]}"' if fmt in _DATA_NAMES else ""
            props = ['style:vertical-align="middle"']
            if kind in ("header", "data", "total", "pair"):
                props.append('fo:border="0.5pt solid #000000"')
            if kind in ("header", "total"):
                props.append('fo:background-color="#e8e8e8"')
            if wrap or kind in ("header", "note"):
                props.append('fo:wrap-option="wrap"')
            bold = kind in ("title", "section", "header", "total")
            size = _SIZES.get(kind, 12)
            text = (f'<style:text-properties style:font-name={quoteattr(self.font)} '
                    f'style:font-name-asian={quoteattr(self.font)} fo:font-size="{size}pt" '
                    f'style:font-size-asian="{size}pt"'
                    + (' fo:font-weight="bold" style:font-weight-asian="bold"' if bold else "")
                    + "/>")
            self.xml.append(
                f'<style:style style:name="{name}" style:family="table-cell" '
                f'style:parent-style-name="Default"{data}>'
                f'<style:table-cell-properties {" ".join(props)}/>'
                f'<style:paragraph-properties fo:text-align="{_ALIGN[align]}"/>{text}'
                "</style:style>")
        return self.cells[key]


_ALIGN = {"left": "start", "right": "end", "center": "center"}


def _cell_xml(value: Any, style: str, span: tuple[int, int] | None) -> str:
    from gmdesk.workbooks.city import Formula

    attrs = f' table:style-name="{style}"'
    if span:
        attrs += (f' table:number-rows-spanned="{span[0]}"'
                  f' table:number-columns-spanned="{span[1]}"')
    if isinstance(value, Formula):
        attrs += f" table:formula={quoteattr(open_formula(str(value)))}"
        cached = value.value
        if isinstance(cached, int | float) and not isinstance(cached, bool):
            return (f'<table:table-cell{attrs} office:value-type="float" '
                    f'office:value="{cached!r}"><text:p>{cached}</text:p></table:table-cell>')
        text = escape("" if cached is None else str(cached))
        return (f'<table:table-cell{attrs} office:value-type="string" '
                f'office:string-value={quoteattr(text)}><text:p>{text}</text:p></table:table-cell>')
    if isinstance(value, int | float) and not isinstance(value, bool):
        return (f'<table:table-cell{attrs} office:value-type="float" office:value="{value!r}">'
                f"<text:p>{value}</text:p></table:table-cell>")
    text = "" if value is None else str(value)
    if not text:
        return f"<table:table-cell{attrs}/>"
    lines = "".join(f"<text:p>{escape(line)}</text:p>" for line in text.split("\n"))
    return f'<table:table-cell{attrs} office:value-type="string">{lines}</table:table-cell>'


def _sheet_xml(spec: SheetSpec, index: int, styles: _Styles,
               widths: Sequence[float], heights: dict[int, float],
               look: Callable[[Any, str | None, str], tuple[Any, str | None, bool, str]],
               cell_range: Callable[[str], tuple[int, int, int, int]]) -> tuple[str, str]:
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    covered: set[tuple[int, int]] = set()
    for merge in spec.merges:
        r1, c1, r2, c2 = cell_range(merge)
        spans[r1, c1] = (r2 - r1 + 1, c2 - c1 + 1)
        covered |= {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)} - {(r1, c1)}
    auto = [f'<style:style style:name="co{index}_{c}" style:family="table-column">'
            f'<style:table-column-properties style:column-width="{w * UNIT_CM:.2f}cm"/>'
            "</style:style>" for c, w in enumerate(widths)]
    body = [f"<table:table table:name={quoteattr(spec.title)} table:style-name=\"ta1\">"]
    body += [f'<table:table-column table:style-name="co{index}_{c}"/>' for c in range(spec.columns)]
    header = spec.header_rows if spec.freeze else None
    for r, row in enumerate(spec.rows):
        if header and r == 0:
            body.append("<table:table-header-rows>")
        height = heights.get(r + 1, 26 if row.kind == "title" else None)
        row_style = ""
        if height:
            name = f"ro{index}_{r}"
            auto.append(f'<style:style style:name="{name}" style:family="table-row">'
                        f'<style:table-row-properties style:row-height="{height:.1f}pt" '
                        'style:use-optimal-row-height="false"/></style:style>')
            row_style = f' table:style-name="{name}"'
        body.append(f"<table:table-row{row_style}>")
        values = list(row.values[: spec.columns])
        if row.kind in ("header", "data", "total"):
            values += [""] * (spec.columns - len(values))
        for c in range(max(len(values), 0)):
            if (r, c) in covered:
                body.append("<table:covered-table-cell/>")
                continue
            raw = values[c]
            if row.kind == "pair" and raw == "":
                body.append("<table:table-cell/>")
                continue
            fmt = row.formats[c] if c < len(row.formats) else None
            value, fmt, _, align = look(raw, fmt, row.kind)
            style = styles.cell(row.kind, fmt, row.kind == "note" or c in spec.wrap, align)
            body.append(_cell_xml(value, style, spans.get((r, c))))
        body.append("</table:table-row>")
        if header and r + 1 == header[1]:
            body.append("</table:table-header-rows>")
    body.append("</table:table>")
    return "".join(auto), "".join(body)


def write_ods(sheets: Sequence[SheetSpec], out: Path,
              widths: Callable[[SheetSpec], list[float]],
              heights: Callable[[SheetSpec, Sequence[float]], dict[int, float]],
              look: Callable[[Any, str | None, str], tuple[Any, str | None, bool, str]],
              cell_range: Callable[[str], tuple[int, int, int, int]], font: str) -> Path:
    """Write the sheets to an .ods through a temporary file and return its path."""
    styles = _Styles(font)
    autos, tables = [], []
    for index, spec in enumerate(sheets):
        w = widths(spec)
        auto, table = _sheet_xml(spec, index, styles, w, heights(spec, w), look, cell_range)
        autos.append(auto)
        tables.append(table)
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}>'
        f'<office:font-face-decls><style:font-face style:name={quoteattr(font)} '
        f'svg:font-family={quoteattr(font)} '
        'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>'
        "</office:font-face-decls><office:automatic-styles>"
        + "".join(_DATA_STYLES.values())
        + '<style:style style:name="ta1" style:family="table" style:master-page-name="Default">'
        '<style:table-properties table:display="true"/></style:style>'
        + "".join(autos) + "".join(styles.xml)
        + "</office:automatic-styles><office:body><office:spreadsheet>"
        + "".join(tables) + "</office:spreadsheet></office:body></office:document-content>")
    page = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {_NS}>'
        '<office:styles><style:style style:name="Default" style:family="table-cell"/></office:styles>'
        '<office:automatic-styles><style:page-layout style:name="pm1">'
        '<style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" '
        'style:print-orientation="landscape" fo:margin-left="1.27cm" fo:margin-right="1.27cm" '
        'fo:margin-top="1.5cm" fo:margin-bottom="1.0cm" style:scale-to-X="1" style:scale-to-Y="0" '
        'style:table-centering="horizontal"/>'
        '<style:footer-style><style:header-footer-properties fo:min-height="0.8cm" '
        'fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>'
        '</office:automatic-styles><office:master-styles>'
        '<style:master-page style:name="Default" style:page-layout-name="pm1">'
        '<style:footer><text:p>第 <text:page-number>1</text:page-number> 頁，共 '
        '<text:page-count>1</text:page-count> 頁</text:p></style:footer>'
        "</style:master-page></office:master-styles></office:document-styles>")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{MIME}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    try:
        with zipfile.ZipFile(tmp, "w") as book:
            book.writestr(zipfile.ZipInfo("mimetype"), MIME, compress_type=zipfile.ZIP_STORED)
            book.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
            book.writestr("styles.xml", page, compress_type=zipfile.ZIP_DEFLATED)
            book.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)
    return out
