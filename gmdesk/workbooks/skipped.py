"""The rows an import skipped, written back in the file's own format with a 錯誤原因 column.

The clerk opens the file, fixes the cells the reason names and imports it again: the header
rows come first as in the original, so the same columns are found and the same mapping fits.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from gmdesk.domain.rocdate import format_short

REASON_HEADER = "錯誤原因"
SHEET_TITLE = "未匯入的列"


def written_suffix(suffix: str) -> str:
    """Return the format the skipped rows are written in for an input's suffix (.xls → .xlsx:
    gmdesk cannot write the old Excel format, every Excel opens .xlsx)."""
    suffix = suffix.lower()
    return suffix if suffix in (".csv", ".txt", ".xlsx", ".ods") else ".xlsx"


def write_skipped(out: Path, head: Sequence[Sequence[Any]],
                  rows: Sequence[tuple[Sequence[Any], str]]) -> Path:
    """Write the header rows `head` (the last one is the header) and each skipped row with its
    reason in a last column; through a temporary file, so a failure leaves nothing behind."""
    width = max((len(r) for r in [*head, *(cells for cells, _ in rows)]), default=0)

    def padded(cells: Sequence[Any], last: str) -> list[Any]:
        return [_plain(c) for c in cells] + [""] * (width - len(cells)) + [last]

    lines = [padded(h, REASON_HEADER if i == len(head) - 1 else "") for i, h in enumerate(head)]
    lines += [padded(cells, why) for cells, why in rows]
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() in (".csv", ".txt"):
        tmp = out.with_name(out.name + ".part")
        try:
            # UTF-8 with a BOM: Excel on a Traditional-Chinese Windows opens it without 亂碼.
            with tmp.open("w", encoding="utf-8-sig", newline="") as stream:
                csv.writer(stream).writerows(lines)
            tmp.replace(out)
        finally:
            tmp.unlink(missing_ok=True)
        return out
    from xlsxwriter.exceptions import FileCreateError

    from gmdesk.workbooks.city import SheetSpec, write_sheets

    sheet = SheetSpec(SHEET_TITLE, width + 1, freeze=False, wrap=frozenset({width}))
    for index, line in enumerate(lines):
        if index == len(head) - 1:
            sheet.header([str(v) for v in line])
        else:
            sheet.add(line)
    try:
        return write_sheets([sheet], out)
    except FileCreateError as exc:  # xlsxwriter's own word for a file it could not create
        raise OSError(str(exc)) from exc


def _plain(value: Any) -> Any:
    """Return a cell as the writers take it: ROC dates as text the importer reads back."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return format_short(value)
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.timedelta):
        return str(value)
    return "" if value is None else value
