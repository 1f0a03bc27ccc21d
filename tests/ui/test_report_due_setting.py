"""設定's 成果報告報市府期限: the day the calendar gives the year's report to the city."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from gmdesk.domain.errors import InputError
from gmdesk.services import calendar, settings
from gmdesk.storage import office
from gmdesk.ui.context import AppContext
from gmdesk.ui.pages.settings import SettingsPage
from gmdesk.ui.runner import SyncRunner
from tests.conftest import THIS_YEAR, TODAY


def test_the_report_day_is_set_in_settings_and_the_calendar_follows(
        qtbot: QtBot, demo_db: Database, demo_path: Path) -> None:
    page = SettingsPage(AppContext(demo_db, demo_path, THIS_YEAR, SyncRunner(),
                                   today=lambda: TODAY))
    qtbot.addWidget(page)
    assert (page.report_due_month.value(), page.report_due_day.value()) == (1, 31)
    page.report_due_month.setValue(2)
    page.report_due_day.setValue(15)
    page.year_from.setValue(THIS_YEAR)
    assert page.save()
    assert office.preset_for(demo_db, THIS_YEAR).report_due == (2, 15)
    entries = {e.key: e for e in calendar.year_calendar(demo_db, THIS_YEAR, TODAY)}
    assert entries[f"report:{THIS_YEAR}"].day == dt.date(2027, 2, 15)


def test_a_day_that_does_not_exist_is_refused(demo_db: Database) -> None:
    preset = dataclasses.replace(office.preset_for(demo_db, THIS_YEAR), report_due=(2, 30))
    with pytest.raises(InputError, match="2月30日」不是存在的日期"):
        settings.validate_preset(preset)
