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
    """Paragraph styles in the embedded font, one for each of content.STYLES."""

    def __init__(self) -> None:
        from gmdesk.documents.content import STYLES

        register()
        aligns = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
        for name, spec in STYLES.items():
            setattr(self, name, ParagraphStyle(
                name, fontName=FONT_NAME, fontSize=spec.size, leading=spec.leading,
                alignment=aligns[spec.align], spaceBefore=spec.before, spaceAfter=spec.after,
                wordWrap="CJK", textColor=colors.grey if spec.grey else colors.black))
        self.indent = ParagraphStyle("indent", parent=self.body, leftIndent=26)
        self.hanging = ParagraphStyle("hanging", parent=self.body, leftIndent=26,
                                      firstLineIndent=-26)

    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    right: ParagraphStyle
    small: ParagraphStyle
    small_center: ParagraphStyle
    caption: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_right: ParagraphStyle


def text(value: object) -> str:
    """Escape user text for a Paragraph and keep its line breaks."""
    return html.escape(str(value if value is not None else "")).replace("\n", "<br/>")


def _line_text(line: Any, kind: int) -> str:
    if kind == 0:
        return "".join(line[1])
    return "".join(getattr(frag, "text", "") for frag in line.words)


NO_LINE_START = "，。、；：？！）」』〉》】"


def orphan_lines(paragraph: Paragraph) -> list[str]:
    """Return the lines of a wrapped paragraph that hold only one or two characters and end a
    run of wrapped lines (「理。」 left alone under a full line), and wrapped lines that begin
    with closing punctuation (「，女性比例」)."""
    bl = getattr(paragraph, "blPara", None)
    if bl is None:
        return []
    lines = [(_line_text(line, bl.kind), bool(getattr(line, "lineBreak", False)))
             for line in bl.lines]
    found = []
    run = 0  # lines in the current run since the last hard break
    for index, (value, hard_break) in enumerate(lines):
        if run and value[:1] in NO_LINE_START:
            found.append(value[:3])  # a wrapped line must not begin with ，。、；
        run += 1
        ends_run = hard_break or index == len(lines) - 1
        if ends_run:
            if run > 1 and 0 < len(value.strip()) <= 2:
                found.append(value.strip())
            run = 0
    return found


class Para(Paragraph):
    """A paragraph that never leaves one or two characters alone on its last line.

    When the natural wrap leaves such an orphan, it wraps again a character or two narrower
    (the lines balance; the paragraph keeps its full width for alignment).
    """

    orphans: list[str]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        width, height = super().wrap(availWidth, availHeight)
        self.orphans = orphan_lines(self)
        if not self.orphans:
            return width, height
        size = float(self.style.fontSize)
        for narrower in range(1, 5):
            if availWidth - narrower * size < 3 * size:
                break
            _, trial = super().wrap(availWidth - narrower * size, availHeight)
            if not orphan_lines(self) and trial <= height + self.style.leading:
                self.orphans = []
                self.width = availWidth
                return availWidth, trial
        width, height = super().wrap(availWidth, availHeight)
        self.orphans = orphan_lines(self)
        return width, height


def para(value: object, style: ParagraphStyle) -> Paragraph:
    return Para(text(value), style)


def paragraphs_in(flowables: Sequence[Any]) -> list[Paragraph]:
    """Return every paragraph in a story, tables and kept-together blocks included."""
    found: list[Paragraph] = []
    stack: list[Any] = list(flowables)
    while stack:
        item = stack.pop()
        if isinstance(item, Paragraph):
            found.append(item)
        elif isinstance(item, (list, tuple)):
            stack.extend(item)
        elif isinstance(item, Table):
            for row in item._cellvalues:
                stack.extend(row)
        elif hasattr(item, "_content"):
            stack.extend(item._content)
    return found


# What the last build left as one- or two-character orphan lines, for the layout test.
last_orphans: list[tuple[str, str]] = []


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


def fitted_title(value: str, style: ParagraphStyle, width: float, least: float = 14) -> Paragraph:
    """Return a title on one line: the style's size, or smaller (not below `least`) to fit."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    size = float(style.fontSize)
    while size > least and stringWidth(value, style.fontName, size) > width:
        size -= 0.5
    fitted = ParagraphStyle(f"{style.name}{size}", parent=style, fontSize=size,
                            leading=size * style.leading / style.fontSize)
    return para(value, fitted)


class _Doc(BaseDocTemplate):
    def __init__(self, filename: str, pagesize: tuple[float, float], title: str,
                 running_head: str = "") -> None:
        super().__init__(filename, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN, bottomMargin=MARGIN, title=title,
                         author="gmdesk", creator="gmdesk")
        frame = Frame(MARGIN, MARGIN, pagesize[0] - 2 * MARGIN, pagesize[1] - 2 * MARGIN,
                      id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.running_head = running_head
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._head)])

    def _head(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        # Pages after the first say which meeting (or report) they belong to.
        if self.running_head and canvas.getPageNumber() > 1:
            canvas.saveState()
            canvas.setFont(FONT_NAME, 10)
            canvas.drawCentredString(self.pagesize[0] / 2, self.pagesize[1] - 13 * mm,
                                     self.running_head)
            canvas.restoreState()


def build(out_path: Path | str, story: Sequence[Flowable], title: str,
          landscape_page: bool = False, running_head: str = "") -> Path:
    """Write `story` as an A4 PDF with page numbers (第 N 頁，共 M 頁); return the path."""
    register()
    size = landscape(A4) if landscape_page else A4
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    flowables = list(story)  # build() consumes the list it is given
    _Doc(str(tmp), size, title, running_head).build(list(flowables), canvasmaker=NumberedCanvas)
    last_orphans[:] = [(line, p.getPlainText()) for p in paragraphs_in(flowables)
                       for line in orphan_lines(p)]
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
               extra: Sequence[tuple[Any, ...]] = (),
               heights: Sequence[float | None] | None = None) -> Table:
    """Return a bordered table whose header rows repeat on every page."""
    table = Table(rows, colWidths=list(widths), repeatRows=header_rows,
                  rowHeights=list(heights) if heights else None)
    style = list(GRID)
    if header_rows:
        style.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#eeeeee")))
    style.extend(extra)
    table.setStyle(TableStyle(style))
    return table


def balanced_widths(columns: Sequence[Sequence[str]], total: float, style: ParagraphStyle,
                    least_chars: int = 2) -> list[float]:
    """Return column widths that share `total` by how much text each column holds.

    Every column gets at least its header (the first text) or `least_chars` characters; the
    rest goes to the columns whose text is longer, so a wide column does not stay empty while
    its neighbour wraps to four lines.
    """
    from reportlab.pdfbase.pdfmetrics import stringWidth

    pad = 8.0
    size = float(style.fontSize)

    def measure(value: str) -> float:
        return max((stringWidth(line, style.fontName, size) for line in value.split("\n")),
                   default=0.0)

    # A column is never narrower than its header, nor than its longest value up to six
    # characters: short values (類別, 單位, 對象) stay on one line.
    least = [max(measure(col[0]) if col else 0.0, least_chars * size,
                 min(max((measure(v) for v in col[1:]), default=0.0), 6 * size)) + pad
             for col in columns]
    # No column needs more than its longest line; spare width goes by how much text is left.
    most = [max(least[i], max((measure(v) for v in col), default=0.0) + pad)
            for i, col in enumerate(columns)]
    if sum(least) >= total:
        return [total * w / sum(least) for w in least]
    widths = list(least)
    weight = [sum(measure(v) for v in col[1:]) + 1.0 for col in columns]
    for _ in range(len(columns)):
        spare = total - sum(widths)
        open_cols = [i for i in range(len(columns)) if widths[i] < most[i]]
        if spare <= 0.01 or not open_cols:
            break
        share = sum(weight[i] for i in open_cols)
        for i in open_cols:
            widths[i] = min(most[i], widths[i] + spare * weight[i] / share)
    spare = total - sum(widths)
    if spare > 0.01:  # everything fits on one line: widen in proportion
        widths = [w + spare * w / sum(widths) for w in widths]
    return widths


def content_width(landscape_page: bool = False) -> float:
    size = landscape(A4) if landscape_page else A4
    return float(size[0] - 2 * MARGIN)
