"""A city workbook and a JSON export say who sent them, and a hand edit after export is caught."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlite_utils import Database

from gmdesk.domain import submission as rules
from gmdesk.services import office_data, reports
from gmdesk.workbooks.submission import read_submission
from tests.conftest import THIS_YEAR, TODAY

MADE = dt.datetime(2026, 11, 24, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))


def _write(db: Database, tmp_path: Path) -> Path:
    return reports.write_city_workbook(db, THIS_YEAR, TODAY, tmp_path / "city.xlsx")


def _meta_cells(path: Path) -> dict[str, object]:
    """Read the metadata the way a reviewer's own spreadsheet would: plain cells, no gmdesk."""
    book = load_workbook(path)
    ws = book.worksheets[-1]
    assert ws.title == rules.SHEET
    return {str(row[0]): row[2] for row in ws.iter_rows(values_only=True) if row[0]}


def test_the_last_sheet_names_the_office_year_and_version(demo_db: Database,
                                                          tmp_path: Path) -> None:
    path = _write(demo_db, tmp_path)
    meta = _meta_cells(path)
    assert meta["format"] == rules.FORMAT
    assert meta["format_version"] == rules.FORMAT_VERSION
    assert meta["office_name"] == "高雄市海濱區公所"
    assert meta["office_id"] == "高雄市海濱區公所"
    assert meta["city"] == "高雄市"
    assert meta["preset"] == "kaohsiung_district"
    assert meta["year"] == THIS_YEAR
    assert str(meta["checksum"]).startswith("sha256:")
    assert dt.datetime.fromisoformat(str(meta["made_at"])).tzinfo is not None
    # Key figures are plain cells too, equal to what the check of the year says.
    results = {r.duty.value: r for r in reports.year_report(demo_db, THIS_YEAR, TODAY).results}
    assert meta["group.members"] == results["group"].figures["members"]
    assert meta["group.female"] == results["group"].figures["female"]
    assert meta["outreach.sessions"] == results["outreach"].figures["sessions"]
    assert meta["training.合計.required_all"] == results["training"].figures["required"]
    assert meta["training.合計.completed_all"] == results["training"].figures["completed"]
    assert meta["training.status"] == results["training"].status.value


def test_an_untouched_workbook_reads_back_intact(demo_db: Database, tmp_path: Path) -> None:
    found = read_submission(_write(demo_db, tmp_path))
    assert found.intact
    assert found.year == THIS_YEAR and found.office_name == "高雄市海濱區公所"
    assert found.number("meetings.held") >= 1
    assert any(duty == "CEDAW宣導" for duty, _ in found.missing)


def test_a_figure_changed_by_hand_in_a_duty_sheet_is_flagged(demo_db: Database,
                                                            tmp_path: Path) -> None:
    path = _write(demo_db, tmp_path)
    book = load_workbook(path)
    ws = book["性別意識培力"]
    cell = next(c for row in ws.iter_rows() for c in row if isinstance(c.value, int))
    cell.value = cell.value + 1
    book.save(path)
    found = read_submission(path)
    assert not found.intact  # still read, and flagged
    assert found.office_name == "高雄市海濱區公所"


def test_a_key_figure_changed_by_hand_is_flagged(demo_db: Database, tmp_path: Path) -> None:
    path = _write(demo_db, tmp_path)
    book = load_workbook(path)
    ws = book[rules.SHEET]
    row = next(r for r in ws.iter_rows() if r[0].value == "outreach.sessions")
    row[2].value = 99
    book.save(path)
    found = read_submission(path)
    assert found.number("outreach.sessions") == 99
    assert not found.intact


def test_resaving_without_changes_keeps_the_checksum(demo_db: Database, tmp_path: Path) -> None:
    """Opening and saving in a spreadsheet (here openpyxl) changes no value, so no false alarm."""
    path = _write(demo_db, tmp_path)
    load_workbook(path).save(path)
    assert read_submission(path).intact


def test_json_export_carries_the_metadata_object(demo_db: Database, tmp_path: Path) -> None:
    out = office_data.export_json(demo_db, tmp_path / "office.json", made_at=MADE)
    data = json.loads(out.read_text(encoding="utf-8"))
    meta = data["submission"]
    assert meta["office_name"] == "高雄市海濱區公所" and meta["city"] == "高雄市"
    assert meta["made_at"] == "2026-11-24T10:30:00+08:00"
    assert meta["year"] == 115 and meta["preset"] == "kaohsiung_district"
    assert meta["checksum"] == rules.json_checksum(data["tables"])
    data["tables"]["person"][0]["name"] = "改過的名字"
    assert meta["checksum"] != rules.json_checksum(data["tables"])
    # The export still imports into a new office (the metadata object is ignored by the loader).
    from gmdesk.storage.db import open_db

    fresh = open_db(tmp_path / "fresh.gmdesk")
    try:
        counts = office_data.import_json(fresh, out)
        assert counts["person"] > 0
    finally:
        fresh.close()


def test_canonical_cells_match_after_a_round_trip() -> None:
    assert rules.canonical_cell(3) == rules.canonical_cell(3.0) == "3"
    assert rules.canonical_cell(None) == rules.canonical_cell("") == ""
    assert rules.canonical_cell(True) == "是"
    assert rules.canonical_row([1, "a", None, ""]) == ["1", "a"]


def test_a_filled_city_template_identifies_itself_too(demo_db: Database, tmp_path: Path) -> None:
    from gmdesk.workbooks.template import TemplateMapping
    from tests.workbooks.test_template import MAPPING, make_template

    template = make_template(tmp_path / "template.xlsx")
    reports.register_template(demo_db, template, TemplateMapping.from_json(json.dumps(MAPPING)),
                              TODAY)
    path = _write(demo_db, tmp_path)
    assert load_workbook(path).sheetnames[:2] == ["總表", "宣導"]  # the city's own sheets first
    found = read_submission(path)
    assert found.intact and found.office_name == "高雄市海濱區公所"
    book = load_workbook(path)
    book["宣導"]["D4"] = 999
    book.save(path)
    assert not read_submission(path).intact


LIBREOFFICE = shutil.which("libreoffice") or shutil.which("soffice")


@pytest.mark.slow
@pytest.mark.skipif(LIBREOFFICE is None, reason="LibreOffice is not installed")
def test_opening_and_saving_in_a_spreadsheet_is_no_false_alarm(demo_db: Database,
                                                               tmp_path: Path) -> None:
    """An office that opens its workbook in a spreadsheet and saves it has changed nothing."""
    from tests.workbooks.test_city import _add_risky_event

    _add_risky_event(demo_db)  # text that looks like a formula must survive too
    source = _write(demo_db, tmp_path)
    out = tmp_path / "lo"
    subprocess.run(
        [str(LIBREOFFICE), f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
         "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(source)],
        check=True, capture_output=True, timeout=120)
    assert read_submission(out / "city.xlsx").intact
