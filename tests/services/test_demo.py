import datetime as dt

import pytest
from sqlite_utils import Database

from gmdesk.domain.compliance import Duty, Status
from gmdesk.services.check import check_year
from gmdesk.services.demo import create_demo
from gmdesk.storage import events, group, meetings, people
from tests.conftest import LAST_YEAR, THIS_YEAR, TODAY


def test_the_demo_is_a_realistic_district_office(demo_db: Database) -> None:
    staff = people.list_employment(demo_db)
    assert 55 <= len({e.person_id for e in staff}) <= 70
    members = group.memberships_on(demo_db, TODAY)
    assert len(members) == 9
    assert len(meetings.list_meetings(demo_db, LAST_YEAR)) >= 1
    assert len(meetings.list_meetings(demo_db, THIS_YEAR)) >= 1
    assert events.list_events(demo_db, LAST_YEAR) and events.list_events(demo_db, THIS_YEAR)


def test_the_demo_has_gaps_for_the_overview_to_flag(demo_db: Database) -> None:
    results = {r.duty: r for r in check_year(demo_db, THIS_YEAR, TODAY)}
    assert results[Duty.OUTREACH].status is not Status.OK
    assert results[Duty.TRAINING].status is not Status.OK
    assert any("任期" in f.text for f in results[Duty.GROUP].findings)


def test_last_year_is_complete_but_for_nothing_missing(demo_db: Database) -> None:
    results = {r.duty: r for r in check_year(demo_db, LAST_YEAR, TODAY)}
    assert results[Duty.GROUP].status is Status.OK
    assert results[Duty.MEETINGS].status is Status.OK
    assert results[Duty.OUTREACH].status is Status.OK


def test_the_demo_refuses_an_office_that_has_data(demo_db: Database) -> None:
    with pytest.raises(ValueError, match="已有機關資料"):
        create_demo(demo_db, dt.date(2026, 1, 1))
