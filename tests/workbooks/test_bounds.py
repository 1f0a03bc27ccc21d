"""Spreadsheets too large to be a roster are refused before a spreadsheet library reads them."""

from __future__ import annotations

import re
import resource
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from gmdesk.domain.errors import InputError
from gmdesk.workbooks import readers


def _far_cell(path: Path) -> Path:
    book = Workbook()
    book.active["A1"] = "姓名"
    book.active["XFD1048576"] = "x"
    book.save(path)
    return path


def test_one_cell_at_xfd1048576_is_refused_quickly_instead_of_aborting(tmp_path: Path) -> None:
    path = _far_cell(tmp_path / "far.xlsx")
    start = time.perf_counter()
    with pytest.raises(InputError, match=r"1,048,576 列.*200,000 列、1,000 欄"):
        readers.read_sheet(path)
    assert time.perf_counter() - start < 1.0


def test_a_far_cell_without_a_dimension_is_found_by_its_reference(tmp_path: Path) -> None:
    source = _far_cell(tmp_path / "far.xlsx")
    stripped = tmp_path / "nodim.xlsx"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(stripped, "w", zipfile.ZIP_DEFLATED) as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename.startswith("xl/worksheets/"):
                # openpyxl writes 「<dimension ref=… />」, or without the space under lxml
                # (which python-docx and odfdo bring in).
                data = re.sub(rb"<dimension [^>]*/>", b"", data)
                assert b"dimension" not in data
            new.writestr(item, data)
    with pytest.raises(InputError, match="超過匯入上限"):
        readers.read_sheet(stripped)


def test_a_zip_bomb_of_shared_strings_is_refused_without_inflating_it(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    book = Workbook()
    book.active["A1"] = "姓名"
    book.save(path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive, \
            archive.open("xl/padding.xml", "w", force_zip64=True) as part:
        block = b"<si><t>x</t></si>" * 65536
        for _ in range(230 * 2**20 // len(block)):
            part.write(block)
    assert path.stat().st_size < 2 * 2**20
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    with pytest.raises(InputError, match=r"解壓縮後有 2\d\d MB，超過匯入上限 200 MB"):
        readers.read_sheet(path)
    assert time.perf_counter() - start < 1.0
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kib < 200 * 1024


def test_a_csv_field_over_the_size_limit_names_its_row(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text("姓名,課程名稱\n王小明,CEDAW\n李小華," + "字" * 131_073 + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="第 3 列無法讀取"):
        readers.read_sheet(path)


def test_an_ordinary_workbook_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "ok.xlsx"
    book = Workbook()
    book.active.append(["姓名", "時數"])
    book.active.append(["王小明", 2])
    book.save(path)
    assert readers.read_sheet(path).rows == [["姓名", "時數"], ["王小明", 2]]


def test_an_ods_row_with_content_repeated_a_million_times_is_refused(tmp_path: Path) -> None:
    import re

    fixture = Path(__file__).resolve().parent.parent / "fixtures" / "training_messy.ods"
    bomb = tmp_path / "bomb.ods"
    with zipfile.ZipFile(fixture) as old, zipfile.ZipFile(bomb, "w") as new:
        for item in old.infolist():
            data = old.read(item)
            if item.filename == "content.xml":
                data = re.sub(rb"(<table:table-row)", rb'\1 table:number-rows-repeated="1000000"',
                              data, count=2)
            new.writestr(item, data, zipfile.ZIP_STORED if item.filename == "mimetype"
                         else zipfile.ZIP_DEFLATED)
    start = time.perf_counter()
    with pytest.raises(InputError, match="1,000,000 列"):
        readers.read_sheet(bomb)
    assert time.perf_counter() - start < 1.0
    assert len(readers.read_sheet(fixture).rows) > 1  # the real file still reads
