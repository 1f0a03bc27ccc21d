"""The built-in city workbook, read back as the city's reviewer (and a spreadsheet) would."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlite_utils import Database

from gmdesk.domain.model import Event, EventId, EventKind
from gmdesk.services import reports
from gmdesk.storage import events, people
from gmdesk.workbooks.city import display_units, write_table
from tests.conftest import THIS_YEAR, TODAY


def _write(db: Database, tmp_path: Path, year: int = THIS_YEAR) -> Path:
    return reports.write_city_workbook(db, year, TODAY, tmp_path / "city.xlsx")


def _row_of(ws: Any, first_value: str) -> int:
    for row in ws.iter_rows(min_col=1, max_col=1):
        if row[0].value == first_value:
            return int(row[0].row)
    raise AssertionError(f"no row starts with {first_value}")


def _data_rows(ws: Any, header_row: int, total_row: int) -> list[tuple[Any, ...]]:
    return list(ws.iter_rows(min_row=header_row + 1, max_row=total_row - 1, values_only=True))


def _add_risky_event(db: Database) -> None:
    events.add_event(db, Event(
        EventId(0), EventKind.CEDAW, "=1+2", dt.date(2026, 10, 1), place="@SUM(A1)",
        audiences=("一般民眾",), methods=("講座",), cedaw_refs=("+第1條",), male=10, female=5,
        other=1, budget=3000, note="-5"))


def test_every_total_adds_up_the_records(demo_db: Database, tmp_path: Path) -> None:
    book = load_workbook(_write(demo_db, tmp_path))
    ws = book["CEDAW宣導"]
    assert ws.freeze_panes == "A3"
    total = _row_of(ws, "合計")
    rows = _data_rows(ws, 2, total)
    year_events = [e for e in events.list_events(demo_db, THIS_YEAR) if e.kind is EventKind.CEDAW]
    assert [r[2] for r in rows] == [e.title for e in year_events]
    assert sum(r[6] for r in rows) == sum(e.male for e in year_events)
    assert sum(r[7] for r in rows) == sum(e.female for e in year_events)
    assert sum(r[10] for r in rows) == sum(e.budget for e in year_events)
    # Totals are formulas over exactly the data rows, so a spreadsheet recomputes them.
    assert ws.cell(total, 7).value == f"=SUM(G3:G{total - 1})"
    assert ws.cell(total, 11).value == f"=SUM(K3:K{total - 1})"
    assert ws.cell(3, 10).value == "=SUM(G3:I3)"
    assert isinstance(ws.cell(3, 7).value, int)  # numbers as numbers
    assert ws.cell(3, 2).value == year_events[0].start.strftime("115/%m/%d")  # ROC dates

    ws = book["性別意識培力"]
    assert ws.freeze_panes == "A4"
    total = _row_of(ws, "合計")
    rows = _data_rows(ws, 3, total)
    lines = [line for line in reports.year_report(demo_db, THIS_YEAR, TODAY).completion
             if line.label != "合計"]
    assert [r[0] for r in rows] == [line.label for line in lines]
    assert sum(r[3] for r in rows) == sum(line.required[2] for line in lines)
    assert sum(r[7] for r in rows) == sum(line.completed[2] for line in lines)
    assert ws.cell(total, 4).value == f"=SUM(D4:D{total - 1})"

    ws = book["培力個人明細"]
    total = _row_of(ws, "合計")
    assert total - 3 == len(reports.year_report(demo_db, THIS_YEAR, TODAY).staff)


def test_print_setup_headers_and_widths(demo_db: Database, tmp_path: Path) -> None:
    book = load_workbook(_write(demo_db, tmp_path))
    assert book.sheetnames[:2] == ["封面", "執行小組"]
    assert {"性別意識培力", "CEDAW宣導", "其他性別平等措施"} <= set(book.sheetnames)
    for name in book.sheetnames:
        ws = book[name]
        assert ws.page_setup.orientation == "landscape"
        assert str(ws.page_setup.paperSize) == "9"  # A4
        setup = ws.sheet_properties.pageSetUpPr
        assert setup is not None and setup.fitToPage
    ws = book["CEDAW宣導"]
    assert ws.print_title_rows == "$1:$2"
    assert all(cell.font.bold for cell in ws[2])
    # 活動名稱 holds CJK text: its column is wider than the two-digit 男 column.
    titles = [str(c.value) for c in ws["C"][2:] if c.value]
    assert ws.column_dimensions["C"].width >= min(max(display_units(t) for t in titles) + 2, 30)
    assert ws.column_dimensions["G"].width < ws.column_dimensions["C"].width
    cover = book["封面"]
    values = [c.value for row in cover.iter_rows() for c in row]
    assert "高雄市海濱區公所" in values and 115 in values and "115/11/24" in values


def test_names_are_masked_by_default_and_full_on_request(demo_db: Database,
                                                         tmp_path: Path) -> None:
    everyone = [p.name for p in people.list_people(demo_db)]

    def texts(path: Path) -> str:
        book = load_workbook(path)
        return "\n".join(str(c.value) for ws in book for row in ws.iter_rows() for c in row
                         if c.value is not None)

    masked = texts(_write(demo_db, tmp_path))
    assert not [n for n in everyone if n in masked.replace("潘美玲", "")]  # contact stays named
    ws = load_workbook(tmp_path / "city.xlsx")["執行小組"]
    assert all("○" in str(ws.cell(r, 3).value) for r in range(3, 6))
    reports.set_name_display(demo_db, "full")
    full = texts(reports.write_city_workbook(demo_db, THIS_YEAR, TODAY, tmp_path / "full.xlsx"))
    assert sum(n in full for n in everyone) > 20


def test_text_that_looks_like_a_formula_stays_text(demo_db: Database, tmp_path: Path) -> None:
    _add_risky_event(demo_db)
    ws = load_workbook(_write(demo_db, tmp_path))["CEDAW宣導"]
    row = next(r for r in ws.iter_rows(min_row=3) if r[2].value == "=1+2")
    assert row[2].data_type == "s" and row[2].quotePrefix
    assert row[5].value == "+第1條" and row[5].data_type == "s"
    assert row[11].value == "-5" and row[11].data_type == "s"


def test_a_large_table_streams_out(tmp_path: Path) -> None:
    rows = ([f"單位{i % 9}", f"王○{i}", "女", "一般公務人員", 3.0, float(i % 5), 0.0, 0.0,
             "=cmd", "備註"] for i in range(3000))
    path = write_table(tmp_path / "big.xlsx", "明細",
                       ["單位", "姓名", "性別", "類別", "應", "已", "進階", "差", "狀態", "備註"], rows)
    ws = load_workbook(path, read_only=True)["明細"]
    values = list(ws.iter_rows(min_row=3, values_only=True))
    assert len(values) == 3000 and values[-1][1] == "王○2999" and values[0][8] == "=cmd"


LIBREOFFICE = shutil.which("libreoffice") or shutil.which("soffice")


@pytest.mark.slow
@pytest.mark.skipif(LIBREOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_recomputes_the_same_totals(demo_db: Database, tmp_path: Path) -> None:
    _add_risky_event(demo_db)
    source = _write(demo_db, tmp_path)
    out = tmp_path / "lo"
    subprocess.run(
        [str(LIBREOFFICE), f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
         "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(source)],
        check=True, capture_output=True, timeout=120)
    book = load_workbook(out / "city.xlsx", data_only=True)
    report = reports.year_report(demo_db, THIS_YEAR, TODAY)

    ws = book["CEDAW宣導"]
    total = _row_of(ws, "合計")
    outreach = report.outreach
    assert ws.cell(total, 7).value == sum(e.male for e in outreach)
    assert ws.cell(total, 10).value == sum(e.total for e in outreach)
    assert ws.cell(total, 11).value == sum(e.budget for e in outreach)
    risky = next(r for r in ws.iter_rows(min_row=3) if r[2].value == "=1+2")
    assert risky[2].value == "=1+2" and risky[9].value == 16  # text kept, sum computed

    ws = book["性別意識培力"]
    total = _row_of(ws, "合計")
    line = next(c for c in report.completion if c.label == "合計")
    assert ws.cell(total, 4).value == line.required[2]
    assert ws.cell(total, 8).value == line.completed[2]
    assert ws.cell(total, 9).value == pytest.approx(line.completed[2] / line.required[2])

    _check_group_statistics(book["執行小組"], report.members)


def _check_group_statistics(ws: Any, members: Any) -> None:
    labels = {ws.cell(r, 5).value: ws.cell(r, 6).value for r in range(1, ws.max_row + 1)}
    assert labels["委員總數（人）"] == len(members)
    assert labels["女（人）"] == sum(m.gender.value == "F" for m in members)
    assert labels["男（人）"] == sum(m.gender.value == "M" for m in members)
    assert labels["外聘委員（人）"] == sum(bool(m.external) for m in members)
    assert labels["任一性別達三分之一"] == "是"


def test_every_formula_carries_its_value(demo_db: Database, tmp_path: Path) -> None:
    """A reader that does not recalculate (checkers, pandas) sees each figure, not a blank."""
    path = _write(demo_db, tmp_path)
    formulas, values = load_workbook(path), load_workbook(path, data_only=True)
    report = reports.year_report(demo_db, THIS_YEAR, TODAY)
    seen = 0
    for ws in formulas:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    seen += 1
                    cached = values[ws.title][cell.coordinate].value
                    assert cached not in (None, ""), f"{ws.title}!{cell.coordinate} {cell.value}"
    assert seen > 30
    ws = values["CEDAW宣導"]
    total = _row_of(ws, "合計")
    assert ws.cell(total, 10).value == sum(e.total for e in report.outreach)
    ws = values["性別意識培力"]
    line = next(c for c in report.completion if c.label == "合計")
    total = _row_of(ws, "合計")
    assert ws.cell(total, 4).value == line.required[2]
    assert ws.cell(total, 8).value == line.completed[2]
    assert ws.cell(total, 10).value == pytest.approx(line.hours)
    _check_group_statistics(values["執行小組"], report.members)
    ws = values["執行小組會議"]
    total = _row_of(ws, "合計（已召開）")
    held = [m for m in report.meetings if m.held]
    assert ws.cell(total, 2).value == f"{len(held)}次"
    assert ws.cell(total, 5).value == sum(m.due for m in held)
    assert ws.cell(total, 6).value == sum(m.present for m in held)


def test_numbers_keep_a_gap_and_the_page_number_is_inside_the_margin(
        demo_db: Database, tmp_path: Path) -> None:
    book = load_workbook(_write(demo_db, tmp_path))
    for ws in book:
        assert ws.page_margins.bottom - ws.page_margins.footer >= 0.5, ws.title
        assert "第 &P 頁" in (ws.oddFooter.center.text or "")
    ws = book["CEDAW宣導"]
    male = ws.cell(3, 7)
    assert male.alignment.horizontal == "right" and male.number_format.endswith("_ ")
    day = ws.cell(3, 2)
    assert day.alignment.horizontal == "center"  # a date never touches the number before it
    # the meetings sheet prints at a readable size: its columns fit a landscape A4 width
    meetings = book["執行小組會議"]
    width = sum(d.width * (d.max - d.min + 1) for d in meetings.column_dimensions.values())
    assert 12 * 6 <= width <= 150
