"""The demo office's calendar: every duty's deadline, with states from its records."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from gmdesk.domain.calendar import EntryKind, EntryStatus
from gmdesk.domain.names import NameDisplay
from gmdesk.services import calendar as svc
from tests.conftest import LAST_YEAR, THIS_YEAR, TODAY


def test_the_years_calendar_lists_every_duty(demo_db: Database) -> None:
    entries = svc.year_calendar(demo_db, THIS_YEAR, TODAY)
    kinds = {e.kind for e in entries}
    assert {EntryKind.MEETINGS, EntryKind.MEETING, EntryKind.NOTICE, EntryKind.TERM,
            EntryKind.BUDGET, EntryKind.REPORT, EntryKind.TRAINING, EntryKind.OUTREACH,
            EntryKind.MEASURES, EntryKind.EVENT} <= kinds
    days = [e.day for e in entries]
    assert days == sorted(days)
    keys = {e.key: e for e in entries}
    assert keys[f"budget:{THIS_YEAR}"].day == dt.date(2026, 9, 15)
    assert keys[f"budget:{THIS_YEAR}"].done  # the demo filed its 116 table on 115/09/10
    assert keys[f"report:{LAST_YEAR}"].day == dt.date(2026, 1, 31)
    training = keys[f"training:{THIS_YEAR}"]
    assert training.status(TODAY) is EntryStatus.DUE and "未達時數" in training.detail


def test_names_follow_the_mode_asked(demo_db: Database) -> None:
    full = [e.title for e in svc.year_calendar(demo_db, THIS_YEAR, TODAY)
            if e.kind is EntryKind.TERM]
    masked = [e.title for e in svc.year_calendar(demo_db, THIS_YEAR, TODAY, NameDisplay.MASKED)
              if e.kind is EntryKind.TERM]
    assert full and masked and full != masked
    assert all("○" in t for t in masked)


def test_next_days_holds_only_what_is_open(demo_db: Database) -> None:
    soon = svc.next_days(demo_db, THIS_YEAR, dt.date(2026, 12, 10), 30)
    assert soon
    assert all(not e.done for e in soon)
    assert f"training:{THIS_YEAR}" in {e.key for e in soon}


def test_the_overviews_check_gives_the_calendar_the_same_training_counts(
        demo_db: Database) -> None:
    """總覽 checks the year once and hands the training counts on; nothing changes by it."""
    from gmdesk.services.check import check_year

    for year, today in ((THIS_YEAR, TODAY), (LAST_YEAR, TODAY)):
        counts = svc.training_counts(check_year(demo_db, year, today))
        assert counts is not None and counts[0] > 0
        assert svc.year_calendar(demo_db, year, today, training=counts) == \
            svc.year_calendar(demo_db, year, today)
    assert svc.training_counts([]) is None  # no check at hand: the calendar counts itself
