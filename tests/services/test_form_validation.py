"""Forms and commands go through the same domain checks as imports: nothing wrong gets in."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlite_utils import Database

from gmdesk.domain.errors import InputError
from gmdesk.domain.model import Gender, Person, PersonId, StaffCategory, TrainingId, TrainingRecord
from gmdesk.services import staff, training

TODAY = dt.date(2026, 11, 24)


def _form(name: str = "王小明", start: dt.date = dt.date(2026, 1, 5)) -> staff.StaffForm:
    return staff.StaffForm(Person(PersonId(0), name, Gender.MALE), StaffCategory.GENERAL, start)


def test_a_control_character_in_a_name_is_refused_naming_the_field(demo_db: Database) -> None:
    before = demo_db["person"].count
    with pytest.raises(InputError, match="控制字元") as caught:
        staff.save_staff(demo_db, _form("王\x00小明"))
    assert caught.value.field == "name" and demo_db["person"].count == before
    with pytest.raises(InputError, match="民國1年") as caught:
        staff.save_staff(demo_db, _form(start=dt.date(1900, 1, 1)))
    assert caught.value.field == "start"
    assert staff.save_staff(demo_db, _form()) > 0


def test_a_training_record_dated_2099_is_refused(demo_db: Database) -> None:
    record = TrainingRecord(TrainingId(0), PersonId(1), "CEDAW", dt.date(2099, 1, 1), 2.0)
    with pytest.raises(InputError, match="民國1年") as caught:
        training.save_record(demo_db, record)
    assert caught.value.field == "day"
