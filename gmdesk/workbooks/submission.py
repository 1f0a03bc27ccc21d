"""The 提交資訊 sheet of the city workbook, and reading a submission back (openpyxl read-only).

The sheet's content is built by gmdesk.domain.submission; this module lays it out as a sheet
for the writer and reads any received workbook one row at a time, so memory stays flat
however many files a city consolidates.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gmdesk.domain import submission as rules
from gmdesk.domain.submission import NotASubmission, Submission
from gmdesk.domain.yearly import YearReport

if TYPE_CHECKING:
    from gmdesk.workbooks.city import SheetSpec


def submission_spec(report: YearReport, sheets: Sequence[SheetSpec],
                    made_at: dt.datetime | None = None) -> SheetSpec:
    """Return the last sheet of the city workbook: metadata and key figures as plain cells."""
    from gmdesk import __version__
    from gmdesk.workbooks.city import TEXT, SheetSpec

    made = made_at or dt.datetime.now().astimezone()
    data = [(s.title, [row.values for row in s.rows]) for s in sheets]
    rows = rules.sheet_rows(report, data, preset=report.preset, version=__version__,
                            made_at=made)
    spec = SheetSpec(rules.SHEET, 3, freeze=False, max_width={2: 80})
    for values in rows:
        if len(values) == 1:
            spec.add(values, "section", measured=False)
        elif values and values[0] == "代碼":
            spec.add(values, "header")
        else:
            spec.add(values, "data" if values else "label",
                     [None, None, TEXT if isinstance(values[2], str) else None] if values else ())
    return spec


# --- reading --------------------------------------------------------------------------------


def _parse_meta(path: Path, rows: list[tuple[Any, ...]]) -> tuple[Submission, list[list[Any]]]:
    meta: dict[str, Any] = {}
    figures: dict[str, int | float | str] = {}
    missing: list[tuple[str, str]] = []
    figure_rows: list[list[Any]] = []
    in_figures = False
    known = {key for key, _ in rules.META_LABELS}
    for raw in rows:
        cells = [*raw, None, None, None]
        key = cells[0]
        if key == rules.FIGURES_HEADER:
            in_figures = True
            continue
        if not isinstance(key, str) or not key or key == "代碼":
            continue
        if in_figures:
            figure_rows.append([key, cells[1], cells[2]])
            if key == rules.MISSING_KEY:
                missing.append((str(cells[1] or ""), str(cells[2] or "")))
            else:
                value = cells[2]
                figures[key] = value if isinstance(value, int | float | str) else ""
        elif key in known:
            meta[key] = cells[2] if cells[2] is not None else ""
    if meta.get("format") != rules.FORMAT:
        raise NotASubmission(f"「{path.name}」的「{rules.SHEET}」工作表不是 gmdesk 提交資訊。")
    return Submission(path, meta, figures, missing), figure_rows


def read_submission(path: Path | str) -> Submission:
    """Read a received city workbook, recomputing its checksum from every data sheet.

    Raises NotASubmission (a clear zh-TW reason) for a file that is not a gmdesk workbook.
    """
    with _released_on_return():
        return _read_submission(Path(path))


@contextlib.contextmanager
def _released_on_return() -> Iterator[None]:
    """Free what reading one workbook left in reference cycles, before the next is read.

    openpyxl's read-only reader leaves unfinished XML iterparse iterators behind (each a class
    and a parser holding the part of the sheet it parsed, ~0.5 MiB a file) that only the cyclic
    collector frees; in a process holding a large office it seldom runs, and 38 files' worth
    piles up. Older objects are frozen first, so the collection looks at this file's only.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.collect()
        gc.unfreeze()


def _read_submission(path: Path) -> Submission:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # zipfile.BadZipFile, KeyError, InvalidFileException…
        raise NotASubmission(f"「{path.name}」無法以 Excel 活頁簿開啟，已略過。") from exc
    try:
        names = book.sheetnames
        if rules.SHEET not in names:
            raise NotASubmission(
                f"「{path.name}」沒有「{rules.SHEET}」工作表：不是 gmdesk 產生的市府報表，已略過。")
        submission, figure_rows = _parse_meta(
            path, list(book[rules.SHEET].iter_rows(values_only=True)))
        total = rules.Checksum()
        for name in names:
            if name == rules.SHEET:
                continue
            total.sheet(name)
            for row in book[name].iter_rows(values_only=True):
                total.row(row)
        rules.finish(total, figure_rows, submission.meta)
        submission.computed = total.hexdigest()
    finally:
        book.close()
    return submission


def add_submission_sheet(book: Any, report: YearReport, made_at: dt.datetime | None = None) -> None:
    """Append the 提交資訊 sheet to a filled city template (an openpyxl Workbook in memory).

    The checksum is over the cell values the workbook holds now, read as the reader will.
    """
    from gmdesk import __version__
    from gmdesk.workbooks.city import needs_escape

    if rules.SHEET in book.sheetnames:
        book.remove(book[rules.SHEET])
    made = made_at or dt.datetime.now().astimezone()
    data = [(ws.title, list(ws.iter_rows(values_only=True))) for ws in book.worksheets]
    rows = rules.sheet_rows(report, data, preset=report.preset, version=__version__,
                            made_at=made)
    ws = book.create_sheet(rules.SHEET)
    for number, values in enumerate(rows, start=1):
        for column, value in enumerate(values, start=1):
            cell = ws.cell(number, column, value)
            if isinstance(value, str) and needs_escape(value):
                cell.data_type = "s"  # user text stays text, never a formula
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["C"].width = 70
