"""`gmdesk export calendar`: an .ics a calendar library reads back with the right days and alarms."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar

from gmdesk.cli import main


def export(db: Path, out: Path, year: str = "115", today: str = "2026-11-24") -> Calendar:
    assert main(["export", "calendar", "--db", str(db), "--year", year, "--out", str(out),
                 "--today", today]) == 0
    return Calendar.from_ical(out.read_bytes())


def test_the_ics_holds_every_deadline_with_dates_and_reminders(demo_path: Path,
                                                               tmp_path: Path) -> None:
    cal = export(demo_path, tmp_path / "115.ics")
    assert str(cal["VERSION"]) == "2.0"
    events = {str(e["SUMMARY"]): e for e in cal.walk("VEVENT")}
    budget = events["性別預算：性別預算編列情形表經小組審議後報送"]
    assert budget.decoded("DTSTART") == dt.date(2026, 9, 15)
    assert budget.decoded("DTEND") == dt.date(2026, 9, 16)
    assert "115年9月15日（星期二）" in str(budget["DESCRIPTION"])
    training = events["性別意識培力：性別意識培力時數年度截止"]
    assert training.decoded("DTSTART") == dt.date(2026, 12, 31)
    alarms = training.walk("VALARM")
    assert len(alarms) == 1 and alarms[0].decoded("TRIGGER") == -dt.timedelta(days=60)
    assert str(alarms[0]["ACTION"]) == "DISPLAY"
    report = events["成果報告：115年度性別主流化成果報告報市府"]
    assert report.decoded("DTSTART") == dt.date(2027, 1, 31)
    # Done: nothing to be reminded of.
    assert not events["其他性別平等措施：其他性別平等措施至少1項"].walk("VALARM")
    for needed in ("小組會議：全年小組會議至少1次", "CEDAW宣導：對外CEDAW宣導至少2場",
                   "開會通知：115年第1次會議開會通知發出期限"):
        assert needed in events
    assert any(s.startswith("委員任期：") for s in events)


def test_reexporting_keeps_the_uids_so_calendars_update(demo_path: Path, tmp_path: Path) -> None:
    first = export(demo_path, tmp_path / "a.ics", today="2026-11-24")
    again = export(demo_path, tmp_path / "b.ics", today="2026-12-10")
    uids = [str(e["UID"]) for e in first.walk("VEVENT")]
    assert len(uids) == len(set(uids))
    assert set(uids) == {str(e["UID"]) for e in again.walk("VEVENT")}
    # The next year's export carries last year's report under the same UID.
    next_year = export(demo_path, tmp_path / "c.ics", year="114")
    shared = set(uids) & {str(e["UID"]) for e in next_year.walk("VEVENT")}
    assert any(u.startswith("report-114.") for u in shared)


def test_names_are_masked_as_every_outside_file(demo_path: Path, tmp_path: Path) -> None:
    cal = export(demo_path, tmp_path / "115.ics")
    terms = [str(e["SUMMARY"]) for e in cal.walk("VEVENT") if "任期屆滿" in str(e["SUMMARY"])]
    assert terms and all("○" in t for t in terms)


def test_a_wrong_suffix_is_refused(demo_path: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "calendar", "--db", str(demo_path), "--year", "115",
                 "--out", str(tmp_path / "x.pdf")]) == 1
    assert ".ics" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
