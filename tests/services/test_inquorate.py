"""總覽 and `gmdesk check` count only meetings that reached a quorum, and say which did not."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from gmdesk.domain.compliance import Duty
from gmdesk.services.check import check_year

TODAY = dt.date(2026, 11, 24)


def test_a_flop_is_not_counted_and_is_named(demo_db: Database) -> None:
    year = 115
    before = {r.duty: r for r in check_year(demo_db, year, TODAY)}[Duty.MEETINGS]
    first = demo_db.execute("SELECT id, seq FROM meeting WHERE year = ? AND day <= ? ORDER BY day",
                            [year, TODAY.isoformat()]).fetchone()
    assert first is not None and before.figures["inquorate"] == 0
    demo_db.execute("UPDATE attendance SET status = 'absent' WHERE meeting_id = ?", [first[0]])
    after = {r.duty: r for r in check_year(demo_db, year, TODAY)}[Duty.MEETINGS]
    assert after.figures["held"] == int(str(before.figures["held"])) - 1
    assert after.figures["inquorate"] == 1
    assert "另有流會1次不計入" in after.summary
    assert any("流會" in f.text and "不能作成決議" in f.text for f in after.findings)


def test_the_city_workbook_and_the_annual_report_count_the_same(demo_db: Database,
                                                                tmp_path: object) -> None:
    from pathlib import Path

    from gmdesk.domain.yearly import meetings_counted
    from gmdesk.services.reports import write_city_workbook, year_report

    year = 115
    first = demo_db.execute("SELECT id FROM meeting WHERE year = ? AND day <= ? ORDER BY day",
                            [year, TODAY.isoformat()]).fetchone()
    demo_db.execute("UPDATE attendance SET status = 'absent' WHERE meeting_id = ?", [first[0]])
    checked = {r.duty: r for r in check_year(demo_db, year, TODAY)}[Duty.MEETINGS]
    report = year_report(demo_db, year, TODAY)
    assert meetings_counted(report.meetings) == checked.figures["held"]
    flop = next(m for m in report.meetings if not m.counted and m.held)
    assert "流會" in flop.resolutions and "未作成決議" in flop.resolutions
    out = Path(str(tmp_path)) / "city.xlsx"
    write_city_workbook(demo_db, year, TODAY, out)
    from openpyxl import load_workbook

    book = load_workbook(out, read_only=True)
    text = " ".join(str(c) for sheet in book.worksheets
                    for row in sheet.iter_rows(values_only=True) for c in row if c)
    book.close()
    assert f"已召開{checked.figures['held']}次" in text
