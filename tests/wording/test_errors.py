"""Input errors: zh-TW as before (`str(error)`), and each language's words from `error.phrase`."""

import datetime as dt

import pytest
from sqlite_utils import Database

from gmdesk import wording
from gmdesk.domain.errors import InputError
from gmdesk.domain.model import Gender, Person, PersonId, StaffCategory, TrainingId, TrainingRecord
from gmdesk.domain.rocdate import DateError, parse_date, parse_year
from gmdesk.services import staff, training


def test_a_bad_date_is_worded_in_english_and_stays_the_same_in_chinese() -> None:
    with pytest.raises(DateError) as caught:
        parse_date("115/2/30")
    assert str(caught.value) == "「115/2/30」不是有效的日期：民國115年2月沒有30日"
    assert wording.error_text(caught.value, "en") == (
        "\"115/2/30\" is not a valid date: month 2 of ROC year 115 has no day 30")
    assert wording.error_text(caught.value) == str(caught.value)
    with pytest.raises(ValueError) as year:
        parse_year("明年")
    assert wording.error_text(year.value, "en").startswith("\"明年\" is not a year")


def test_a_missing_name_is_worded_in_english(demo_db: Database) -> None:
    person = Person(PersonId(0), "  ", Gender.FEMALE, "科員")
    form = staff.StaffForm(person, StaffCategory.GENERAL, dt.date(2026, 3, 1))
    with pytest.raises(InputError) as caught:
        staff.save_staff(demo_db, form)
    assert str(caught.value) == "請填寫姓名" and caught.value.field == "name"
    assert caught.value.phrase is not None
    assert wording.say(caught.value.phrase, "en") == "Fill in the name"


def test_a_record_outside_employment_names_the_date_both_ways(demo_db: Database) -> None:
    person = staff.list_people(demo_db)[0]
    record = TrainingRecord(TrainingId(0), person.id, "性別主流化導論", dt.date(1990, 3, 5), 2)
    with pytest.raises(InputError) as caught:
        training.save_record(demo_db, record)
    assert str(caught.value).startswith("79/03/05在到職日 ")
    english = wording.error_text(caught.value, "en")
    assert english.startswith("5 Mar 1990: before the start date ") and "的" not in english


def test_a_plain_message_has_no_phrase_and_is_shown_as_it_is() -> None:
    error = InputError("舊的訊息", "x")
    assert error.phrase is None and wording.error_text(error, "en") == "舊的訊息"


def test_an_import_summary_is_worded_in_english_and_the_same_in_chinese() -> None:
    from gmdesk.domain.importing import ImportKind, RowError

    result = training.ImportResult(ImportKind.TRAINING, "上課.xlsx", dry_run=True, rows=3,
                                   added=2, hours=3.5, duplicates=1)
    assert result.summary() == ("共3列：將新增2筆培力紀錄，合計3.5小時；已登錄過而略過1筆。"
                                "（試算：資料未變更）")
    assert wording.say(result.summary_phrase(), "en") == (
        "3 rows: 2 training records (3.5 hours) would be added; 1 already recorded would be "
        "skipped. (Trial run: nothing was changed)")
    result.errors.append(RowError(2, "時數", "x", "不是時數"))
    result.good_rows = 2
    assert result.summary().startswith("「上課.xlsx」有1列無法匯入（1處），其餘2列正確")
