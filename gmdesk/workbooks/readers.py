"""Read the first sheet of a spreadsheet or a CSV file as plain rows of cells."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any

from gmdesk.domain.errors import InputError

Cell = str | int | float | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None

EXTENSIONS = (".xlsx", ".xlsm", ".xls", ".ods", ".csv", ".txt")

# What a roster or a learning-portal export can plausibly be; anything larger is refused before
# a spreadsheet library sees it (a declared dimension of XFD1048576 makes calamine ask for
# 512 GiB; a zip of shared strings can inflate a 1.5 MB file to gigabytes).
MAX_ROWS = 200_000
MAX_COLUMNS = 1_000
MAX_UNCOMPRESSED = 200 * 2**20  # all parts of an .xlsx/.ods together
MAX_FILE_BYTES = 100 * 2**20  # the file itself (.xls, .csv)
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="(?:[A-Z]+\d+:)?([A-Z]+)(\d+)"')
_CELL_REF = re.compile(rb'<(?:\w+:)?c\s[^>]*?r="([A-Z]+)(\d+)"')
# Every reference past MAX_COLUMNS has three letters or more (ZZ is column 702), every one past
# MAX_ROWS six digits or more: a chunk without such a reference has no cell out of bounds.
_BIG_REF = re.compile(rb'r="(?:[A-Z]{3,}|[A-Z]{1,2}\d{6,})')


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
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise InputError(f"「{path.name}」有 {size / 2**20:,.0f} MB，超過匯入上限 {MAX_FILE_BYTES // 2**20} MB："
                         "請只留下要匯入的工作表與欄位，另存新檔後再匯入。")
    if suffix in (".csv", ".txt"):
        return Sheet(path.stem, _trim(read_csv_rows(path.read_bytes())))
    if suffix in (".xlsx", ".xlsm", ".ods"):
        check_bounds(path)
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


def _column_number(letters: bytes) -> int:
    number = 0
    for char in letters:
        number = number * 26 + char - 64
    return number


def _too_big(path: Path, rows: int, columns: int) -> InputError:
    return InputError(
        f"「{path.name}」的工作表範圍到第 {rows:,} 列、第 {columns:,} 欄，超過匯入上限"
        f"（{MAX_ROWS:,} 列、{MAX_COLUMNS:,} 欄）：可能是遠處有一格誤填了資料。"
        "請刪除多餘的列與欄（或只複製要匯入的範圍到新檔），另存新檔後再匯入。")


def check_bounds(path: Path) -> None:
    """Refuse an .xlsx/.ods whose parts inflate past MAX_UNCOMPRESSED or whose sheets reach
    past MAX_ROWS x MAX_COLUMNS, reading only the zip directory and the sheets' cell references."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise InputError(f"無法讀取「{path.name}」：檔案已損壞或不是 Excel／OpenDocument 檔（{type(exc).__name__}）。"
                         "請用 Excel 開啟後另存新檔再匯入。") from exc
    with archive:
        parts = archive.infolist()
        total = sum(p.file_size for p in parts)
        if total > MAX_UNCOMPRESSED or len(parts) > 10_000:
            raise InputError(
                f"「{path.name}」解壓縮後有 {total / 2**20:,.0f} MB，超過匯入上限 {MAX_UNCOMPRESSED // 2**20} MB："
                "請只留下要匯入的工作表，另存新檔後再匯入。")
        for part in parts:
            if re.fullmatch(r"xl/worksheets/[^/]+\.xml", part.filename):
                _check_sheet(path, archive, part)
            elif part.filename == "content.xml":
                _check_ods(path, archive, part)


_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def _check_ods(path: Path, archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> None:
    """Refuse an .ods whose repeated rows or cells with content reach past the limits.

    LibreOffice writes a million repeated *empty* rows after the data: those do not count.
    """
    from xml.etree.ElementTree import ParseError, iterparse

    try:
        with archive.open(part) as stream:
            rows = last = 0
            for _, element in iterparse(stream, events=("end",)):
                if element.tag == f"{_TABLE}table":
                    rows = last = 0
                elif element.tag == f"{_TABLE}table-row":
                    columns = filled = 0
                    for cell in element:
                        columns += int(cell.get(f"{_TABLE}number-columns-repeated", "1") or 1)
                        if len(cell) or any(k.endswith("value-type") for k in cell.attrib):
                            filled = columns
                    rows += int(element.get(f"{_TABLE}number-rows-repeated", "1") or 1)
                    if filled:
                        last = rows
                        if last > MAX_ROWS or filled > MAX_COLUMNS:
                            raise _too_big(path, last, filled)
                    element.clear()
    except InputError:
        raise
    except (ParseError, ValueError, zipfile.BadZipFile, OSError, EOFError) as exc:
        raise InputError(f"無法讀取「{path.name}」：檔案已損壞（{type(exc).__name__}）。"
                         "請用 LibreOffice 或 Excel 開啟後另存新檔再匯入。") from exc


def _check_sheet(path: Path, archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> None:
    try:
        with archive.open(part) as stream:
            head = stream.read(4096)
            found = _DIMENSION.search(head)
            if found:
                rows, columns = int(found[2]), _column_number(found[1])
                if rows > MAX_ROWS or columns > MAX_COLUMNS:
                    raise _too_big(path, rows, columns)
            # The dimension may be missing or wrong: the cells say where data really is.
            tail = b""
            chunk = head
            while chunk:
                text = tail + chunk
                # Most chunks hold no reference that could be out of bounds: only those that
                # do are looked at cell by cell.
                if _BIG_REF.search(text):
                    for match in _CELL_REF.finditer(text):
                        rows, columns = int(match[2]), _column_number(match[1])
                        if rows > MAX_ROWS or columns > MAX_COLUMNS:
                            raise _too_big(path, rows, columns)
                tail = text[-64:]
                chunk = stream.read(1 << 20)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise InputError(f"無法讀取「{path.name}」：檔案已損壞（{type(exc).__name__}）。"
                         "請用 Excel 開啟後另存新檔再匯入。") from exc


def _read_calamine(path: Path) -> Sheet:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    try:
        for name in book.sheet_names:
            sheet = book.get_sheet_by_name(name)
            # skip_empty_area=False keeps leading blank rows, so row numbers match the file.
            rows = _clean_rows(sheet.to_python(skip_empty_area=False))
            while rows and not rows[-1]:
                rows.pop()
            if rows:
                return Sheet(name, rows)
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


def _cells(row: list[Any]) -> list[Cell]:
    """Return a row's cells as _cell() makes them, trailing blanks dropped (as _trim does).

    The common types are kept without a call each: a sheet has hundreds of thousands of cells.
    """
    cells = [(value if value.strip() else None) if type(value) is str
             else value if type(value) in _KEPT else _cell(value) for value in row]
    while cells and cells[-1] is None:
        cells.pop()
    return cells


_KEPT = frozenset({int, float, bool, dt.date, dt.datetime, dt.time, dt.timedelta, type(None)})


def _clean_rows(rows: list[list[Any]]) -> list[list[Cell]]:
    """Return calamine's rows as _cells() makes them; a row with no blank or odd cell is kept
    as it is, found by asking once per distinct value rather than once per cell."""
    changes = _Changes()
    get = changes.__getitem__
    try:
        if not any(map(get, chain.from_iterable(rows))):
            return rows
        return [_cells(row) if any(map(get, row)) else row for row in rows]
    except TypeError:  # an unhashable cell
        return [_cells(row) for row in rows]


class _Changes(dict[Any, bool]):
    """Whether _cells() changes a cell value: a blank text (None), a type it does not keep.

    Keyed by the value: values of two types that are equal (1, 1.0, True) share an answer,
    which is the same for every type calamine gives (text, numbers, dates and times)."""

    def __missing__(self, value: Any) -> bool:
        change = self[value] = (not value.strip()) if type(value) is str \
            else type(value) not in _KEPT
        return change


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
    rows: list[list[Cell]] = []
    try:
        for row in reader:
            rows.append([c if c.strip() else None for c in row])
            if len(rows) > MAX_ROWS:
                raise InputError(f"CSV 檔超過 {MAX_ROWS:,} 列的匯入上限：請分成幾個檔案再匯入。")
    except csv.Error as exc:
        raise InputError(
            f"CSV 檔第 {reader.line_num:,} 列無法讀取：有一格超過 {csv.field_size_limit():,} 字，"
            "或引號沒有成對。請檢查這一列後再匯入。") from exc
    return rows


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
