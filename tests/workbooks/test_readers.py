"""Spreadsheets and CSV files are read as plain rows whose numbers match the file."""

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from gmdesk.domain.errors import InputError
from gmdesk.workbooks.readers import read_csv_rows, read_sheet

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_xlsx_keeps_row_numbers_merged_title_and_types(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["標題"])
    sheet.merge_cells("A1:C1")
    sheet.append([])
    sheet.append(["姓名", "日期", "編號"])
    sheet.append(["王小明", dt.date(2026, 3, 5), "00012"])
    path = tmp_path / "a.xlsx"
    book.save(path)
    rows = read_sheet(path).rows
    assert rows[0] == ["標題"]
    assert rows[1] == []
    assert rows[3][0] == "王小明"
    assert rows[3][2] == "00012"
    assert isinstance(rows[3][1], dt.date) and rows[3][1].isoformat().startswith("2026-03-05")


@pytest.mark.parametrize("name", ["training_messy.ods", "training_messy.xls"])
def test_ods_and_xls_are_read(name: str) -> None:
    rows = read_sheet(FIXTURES / name).rows
    assert rows[2] == ["員工編號", "姓名", "課程名稱", "認證日期", "認證時數", "學習方式"]
    assert rows[3][0] == "00003" and rows[3][4] == "2小時"
    assert rows[5] == []
    assert len(rows) == 9


def test_csv_utf8_with_bom_and_big5() -> None:
    text = "姓名,時數\r\n王小明,2\r\n"
    assert read_csv_rows(b"\xef\xbb\xbf" + text.encode("utf-8")) == [["姓名", "時數"],
                                                                      ["王小明", "2"]]
    assert read_csv_rows(text.encode("utf-8")) == [["姓名", "時數"], ["王小明", "2"]]
    assert read_csv_rows(text.encode("cp950")) == [["姓名", "時數"], ["王小明", "2"]]
    assert read_csv_rows("姓名\t時數\n王小明\t2\n".encode("cp950")) == [["姓名", "時數"],
                                                                        ["王小明", "2"]]


def test_refuses_other_files(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    path.write_bytes(b"x")
    with pytest.raises(InputError, match="不是可匯入的檔案"):
        read_sheet(path)
    broken = tmp_path / "b.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(InputError, match="無法讀取"):
        read_sheet(broken)


def test_blank_and_space_only_cells_are_none_and_trailing_ones_dropped(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["姓名", "時數", "備註"])
    sheet.append(["王小明", "　", 2, " ", None])  # a full-width space, then a plain one
    sheet.append([" ", None, "  "])
    sheet.append(["李小華", 1.5, "實體"])
    path = tmp_path / "blanks.xlsx"
    book.save(path)
    rows = read_sheet(path).rows
    assert rows == [["姓名", "時數", "備註"], ["王小明", None, 2], [], ["李小華", 1.5, "實體"]]
