"""Read the first sheet of a spreadsheet or a CSV file as plain rows of cells."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from gmdesk.domain.errors import InputError

Cell = str | int | float | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None

EXTENSIONS = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt")


@dataclass(frozen=True)
class Sheet:
    """A sheet's rows as read: rows[i] is spreadsheet row i + 1 (blank rows kept)."""

    name: str
    rows: list[list[Cell]]


def read_sheet(path: Path | str) -> Sheet:
    """Return the first sheet that has data; refuse files that are not tables, saying why."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in EXTENSIONS:
        raise InputError(
            f"「{path.name}」不是可匯入的檔案：請選擇 Excel（.xlsx、.xls）、"
            f"OpenDocument（.ods）或 CSV 檔")
    if not path.exists():
        raise FileNotFoundError(2, "No such file", str(path))
    if suffix in (".csv", ".txt"):
        return Sheet(path.stem, _trim(read_csv_rows(path.read_bytes())))
    try:
        return _read_calamine(path)
    except InputError:
        raise
    except Exception as exc:
        if suffix in (".xlsx", ".xlsm"):
            # calamine refuses a few xlsx files that Excel opens (odd styles, strict XML).
            try:
                return _read_openpyxl(path)
            except Exception:
                pass
        raise InputError(f"無法讀取「{path.name}」：檔案可能已損壞或有密碼保護（{exc}）。"
                         f"請用 Excel 開啟後另存新檔再匯入。") from exc


def _read_calamine(path: Path) -> Sheet:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    try:
        for name in book.sheet_names:
            sheet = book.get_sheet_by_name(name)
            # skip_empty_area=False keeps leading blank rows, so row numbers match the file.
            rows = _trim([list(r) for r in sheet.to_python(skip_empty_area=False)])
            if rows:
                return Sheet(name, [[_cell(c) for c in r] for r in rows])
    finally:
        book.close()
    raise InputError(f"「{path.name}」沒有任何資料")


def _read_openpyxl(path: Path) -> Sheet:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        for sheet in book.worksheets:
            rows = _trim([[_cell(c) for c in row] for row in sheet.iter_rows(values_only=True)])
            if rows:
                return Sheet(sheet.title, rows)
    finally:
        book.close()
    raise InputError(f"「{path.name}」沒有任何資料")


def _cell(value: object) -> Cell:
    if isinstance(value, str):
        return value if value.strip() else None
    if isinstance(value, str | int | float | bool | dt.date | dt.time | dt.timedelta) \
            or value is None:
        return value
    return str(value)


def read_csv_rows(data: bytes) -> list[list[Cell]]:
    """Decode a CSV as UTF-8 (with or without BOM), else Big5/cp950; sniff the delimiter."""
    text = _decode(data)
    sample = text[:4096]
    delimiter = ","
    counts = {d: sample.count(d) for d in (",", "\t", ";")}
    if counts[","] == 0 and max(counts.values()) > 0:
        delimiter = max(counts, key=lambda d: counts[d])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return [[c if c.strip() else None for c in row] for row in reader]


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        # cp950 is Big5 as Windows writes it (with the extra characters offices use).
        return data.decode("cp950")
    except UnicodeDecodeError:
        try:
            return data.decode("big5hkscs")
        except UnicodeDecodeError:
            raise InputError("CSV 檔的文字編碼無法辨識：請用 Excel 另存為「CSV UTF-8」後再匯入") from None


def _trim(rows: list[list[Cell]]) -> list[list[Cell]]:
    """Drop trailing blank cells and trailing blank rows (leading ones keep row numbers)."""
    out = []
    for row in rows:
        cells = list(row)
        while cells and (cells[-1] is None or (isinstance(cells[-1], str) and not cells[-1].strip())):
            cells.pop()
        out.append(cells)
    while out and not out[-1]:
        out.pop()
    return out
