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
