"""One content model for the notice, the minutes and the annual report.

A form's wording, numbering and layout are written once, as a list of blocks; the PDF writer
(documents/pdf.py) and the editable copies (documents/odt.py, documents/docx.py) each draw the
same blocks. Plain data only: no reportlab, no ODF, no Word here.

Lengths are in points; an A4 page has CONTENT_WIDTH points between its margins.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

MM = 72 / 25.4
PAGE_WIDTH = 210 * MM
PAGE_HEIGHT = 297 * MM
MARGIN = 20 * MM
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
BODY_SIZE = 13.0  # the body text's size; indents are counted in its characters

StyleName = Literal["title", "subtitle", "heading", "body", "right", "small", "small_center",
                    "caption", "cell", "cell_center", "cell_right"]
Align = Literal["left", "center", "right"]


@dataclass(frozen=True)
class TextStyle:
    size: float
    leading: float  # the distance from line to line
    align: Align = "left"
    before: float = 0.0
    after: float = 0.0
    grey: bool = False


# The named text styles every copy uses: title 18 pt, body 13 pt, as offices print.
STYLES: dict[str, TextStyle] = {
    "title": TextStyle(18, 26, "center", after=6),
    "subtitle": TextStyle(14, 20, "center", after=8),
    "heading": TextStyle(14, 21, before=8, after=3),
    "body": TextStyle(13, 20),
    "right": TextStyle(13, 20, "right"),
    "small": TextStyle(10, 14),
    "small_center": TextStyle(10, 14, "center", grey=True),
    "caption": TextStyle(10, 14, "center", before=2),
    "cell": TextStyle(11, 15),
    "cell_center": TextStyle(11, 15, "center"),
    "cell_right": TextStyle(11, 15, "right"),
}


@dataclass(frozen=True)
class Text:
    """One paragraph. `indent` is the left indent, `first` the first line's offset from it
    (negative: a hanging label such as 「說明：一、」)."""

    text: str
    style: StyleName = "body"
    indent: float = 0.0
    first: float = 0.0
    space_before: float | None = None
    space_after: float | None = None
    keep_with_next: bool = False


Cell = str | Text


@dataclass(frozen=True)
class Grid:
    """A table. `widths` are fractions of the content width, or None to measure the text
    (base.balanced_widths). Header rows are centred and shaded and repeat on every page;
    `align` gives the body rows' alignment per column. `spans` are (col0, row0, col1, row1).
    """

    rows: Sequence[Sequence[Cell]]
    header_rows: int = 1
    widths: Sequence[float] | None = None
    align: Sequence[Align] = ()
    spans: Sequence[tuple[int, int, int, int]] = ()
    row_heights: Sequence[float | None] = ()
    borders: bool = True

    def alignment(self, column: int) -> Align:
        return self.align[column] if column < len(self.align) else "left"


@dataclass(frozen=True)
class Space:
    height: float  # points


@dataclass(frozen=True)
class Box:
    """An empty dashed box with a small centred label, on the right: the 機關條戳's place."""

    label: str
    width: float
    height: float


@dataclass(frozen=True)
class Picture:
    data: bytes
    width: int  # pixels, for the aspect ratio
    height: int
    caption: str


@dataclass(frozen=True)
class Pictures:
    """Photos laid out `per_row` to a row, each with its caption centred under it."""

    items: Sequence[Picture]
    per_row: int = 2
    max_height: float = 60 * MM


@dataclass(frozen=True)
class Chart:
    """A drawing only the PDF shows; the editable copies keep the table it illustrates.

    `kind` names the drawing (「completion」: training completion by category and gender).
    """

    kind: str
    data: object
    height: float


@dataclass(frozen=True)
class Keep:
    """Blocks kept on one page (a heading with its first lines, the stamp with the last)."""

    blocks: Sequence[Block]


@dataclass(frozen=True)
class NeedSpace:
    """Start a new page unless this much room is left (a section never starts at a foot)."""

    height: float


Block = Text | Grid | Space | Box | Pictures | Chart | Keep | NeedSpace


@dataclass
class Document:
    title: str  # the file's title (metadata)
    blocks: list[Block] = field(default_factory=list)
    running_head: str = ""  # printed on pages after the first

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)


def cell_style(grid: Grid, row: int, column: int) -> StyleName:
    """Return the style a grid's plain-text cell is drawn in."""
    if row < grid.header_rows:
        return "cell_center"
    styles: dict[Align, StyleName] = {"left": "cell", "center": "cell_center",
                                      "right": "cell_right"}
    return styles[grid.alignment(column)]


def flat(blocks: Sequence[Block]) -> list[Block]:
    """Return the blocks with every Keep opened up (what a writer without pages draws)."""
    result: list[Block] = []
    for block in blocks:
        if isinstance(block, Keep):
            result.extend(flat(block.blocks))
        else:
            result.append(block)
    return result


def plain_text(document: Document) -> str:
    """Return the document's words, paragraph by paragraph (tests compare the copies)."""
    lines: list[str] = []
    for block in flat(document.blocks):
        if isinstance(block, Text):
            lines.append(block.text)
        elif isinstance(block, Grid):
            for row in block.rows:
                lines.extend(c.text if isinstance(c, Text) else c for c in row)
        elif isinstance(block, Box):
            lines.append(block.label)
        elif isinstance(block, Pictures):
            lines.extend(p.caption for p in block.items)
    return "\n".join(line for line in lines if line)
