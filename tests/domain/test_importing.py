"""Messy cells from rosters and learning-platform exports are read or refused with a reason."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gmdesk.domain import importing
from gmdesk.domain.importing import CellError, ImportKind
from gmdesk.domain.model import Delivery, Gender, Level, StaffCategory


@pytest.mark.parametrize(("cell", "hours"), [
    (2, 2.0), (1.5, 1.5), ("2", 2.0), ("1.5", 1.5), ("２", 2.0), ("１．５", 1.5),
    ("2小時", 2.0), ("2 小時", 2.0), ("1小時30分", 1.5), ("90分鐘", 1.5), ("3 hr", 3.0),
    ("12", 12.0),
])
def test_hours_in_every_form(cell: object, hours: float) -> None:
    assert importing.parse_hours(cell) == hours


@pytest.mark.parametrize(("cell", "why"), [
    ("0", "大於 0"), (-1, "大於 0"), ("13", "最多 12"), ("1.3", "半小時"), ("兩小時", "不是時數"),
    ("", "沒有填"),
])
def test_bad_hours_say_why(cell: object, why: str) -> None:
    with pytest.raises(CellError, match=why):
        importing.parse_hours(cell)


@given(st.integers(min_value=1, max_value=24))
def test_every_half_hour_up_to_twelve_reads_back(halves: int) -> None:
    hours = halves / 2
    assert importing.parse_hours(f"{hours:g}小時") == hours
    assert importing.parse_hours(str(hours)) == hours


@pytest.mark.parametrize("cell", [
    "115/3/5", "115.03.05", "1150305", "民國115年3月5日", "２０２６－０３－０５", "2026/3/5",
    "115年3月5日(星期四)", dt.date(2026, 3, 5), dt.datetime(2026, 3, 5, 0, 0), 1150305,
    20260305, "2026-03-05 00:00:00",
])
def test_dates_roc_or_gregorian(cell: object) -> None:
    assert importing.parse_day(cell) == dt.date(2026, 3, 5)


def test_a_date_that_does_not_exist_says_why() -> None:
    with pytest.raises(CellError, match="2月沒有30日"):
        importing.parse_day("113/02/30")


@given(st.dates(min_value=dt.date(1912, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_roc_text_of_any_date_reads_back(day: dt.date) -> None:
    roc = day.year - 1911
    assert importing.parse_day(f"{roc}/{day.month}/{day.day}") == day
    assert importing.parse_day(f"{roc:03d}{day.month:02d}{day.day:02d}") == day


def test_staff_numbers_keep_leading_zeros_and_match_number_cells() -> None:
    assert importing.staff_no_text("00012") == "00012"
    assert importing.staff_no_text(12.0) == "12"
    assert importing.staff_key("00012") == importing.staff_key(importing.staff_no_text(12.0))
    assert importing.staff_key("００１２") == "12"


def test_genders_categories_and_flags() -> None:
    assert importing.parse_gender("女性") is Gender.FEMALE
    assert importing.parse_gender(" Ｍ ") is Gender.MALE
    assert importing.parse_gender(2) is Gender.FEMALE
    with pytest.raises(CellError, match="不是性別"):
        importing.parse_gender("?")
    assert importing.parse_category("主管") is StaffCategory.SUPERVISOR
    assert importing.parse_category("性別議題聯絡人") is StaffCategory.FOCAL
    assert importing.parse_category("職工及非公務人員身分之專任人員") is StaffCategory.WORKER
    assert importing.parse_level("進階課程") is Level.ADVANCED
    assert importing.parse_delivery("e-learning") is Delivery.ONLINE
    assert importing.parse_delivery("視訊直播") is Delivery.IN_PERSON
    assert importing.parse_flag("否") is False


def test_id_numbers_are_masked_and_match_masked_ones() -> None:
    assert importing.parse_id("a123456789") == "A12****789"
    assert importing.parse_id("A12XXXX789") == "A12****789"
    assert importing.ids_match("A12****789", importing.parse_id("A123456789"))
    assert not importing.ids_match("A12****789", "A12****788")
    with pytest.raises(CellError, match="身分證"):
        importing.parse_id("12345")


def test_header_found_under_a_merged_title_and_blank_rows() -> None:
    rows = [["115年度性別意識培力時數"], [], ["序號", "姓名", "身分證字號（遮蔽）", "課程名稱",
                                               "上課日期", "時數（小時）"], ["1", "王小明"]]
    index, headers = importing.find_header(rows, ImportKind.TRAINING)
    assert index == 2
    mapping = importing.guess_mapping(headers, ImportKind.TRAINING)
    assert mapping == {"name": 1, "id_no": 2, "title": 3, "day": 4, "hours": 5}


def test_two_row_header_is_joined() -> None:
    rows = [["姓名", "課程名稱", "上課", None], [None, None, "日期", "時數"], ["王小明", "CEDAW", "115/3/5", 2]]
    index, headers = importing.find_header(rows, ImportKind.TRAINING)
    assert index == 1
    mapping = importing.guess_mapping(headers, ImportKind.TRAINING)
    assert mapping["day"] == 2 and mapping["hours"] == 3 and mapping["title"] == 1


def test_remembered_mapping_wins_over_guessing() -> None:
    headers = ["姓名", "研習名稱", "課程名稱", "日期", "時數"]
    assert importing.guess_mapping(headers, ImportKind.TRAINING)["title"] == 2
    mapping = importing.guess_mapping(headers, ImportKind.TRAINING, {"title": "研習名稱"})
    assert mapping["title"] == 1


def test_rows_report_row_number_column_value_and_why() -> None:
    rows = [["姓名", "課程名稱", "日期", "時數"], ["王小明", "CEDAW", "115/3/5", "2"], [],
            ["李小華", "CEDAW", "115/2/30", "2"], ["陳大同", "CEDAW", "115/3/5", "兩小時"],
            ["合計", None, None, 4]]
    headers = [str(c) for c in rows[0]]
    mapping = importing.guess_mapping(headers, ImportKind.TRAINING)
    parsed, errors = importing.parse_rows(rows, 0, headers, mapping, ImportKind.TRAINING)
    assert [p.row for p in parsed] == [2]  # a row with a bad cell is reported, not returned
    assert [(e.row, e.column, e.value) for e in errors] == [(4, "日期", "115/2/30"),
                                                            (5, "時數", "兩小時")]
    assert "第4列「日期」欄 「115/2/30」" in str(errors[0])
    assert "2月沒有30日" in errors[0].why
    from gmdesk import wording

    assert str(errors[1]) == "第5列「時數」欄 「兩小時」：不是時數：請寫數字，如 2 或 1.5"
    english = [wording.say(line, "en") for line in importing.summary_phrases(errors)]
    assert english == [
        "Row 4: column \"日期\" \"115/2/30\": month 2 of ROC year 115 has no day 30",
        "Row 5: column \"時數\" \"兩小時\": not a number of hours: write a number, e.g. 2 or 1.5"]


def test_a_value_met_on_many_rows_is_judged_alike_on_each_and_by_its_type() -> None:
    rows: list[list[object]] = [["姓名", "課程名稱", "日期", "時數"],
                                ["王小明", "CEDAW", "115/2/30", 1],
                                ["李小華", "CEDAW", "115/3/5", True],
                                ["陳大同", "CEDAW", "115/2/30", 1],
                                ["林美玲", "CEDAW", "115/3/5", 1.0]]
    headers = [str(c) for c in rows[0]]
    mapping = importing.guess_mapping(headers, ImportKind.TRAINING)
    parsed, errors = importing.parse_rows(rows, 0, headers, mapping, ImportKind.TRAINING,
                                          dt.date(2026, 3, 1))
    # the bad date is reported on both of its rows; True is not an hour even where 1 is
    assert [(e.row, e.column, e.value) for e in errors] == [
        (2, "日期", "115/2/30"), (3, "時數", "True"), (4, "日期", "115/2/30")]
    assert [(p.row, p.get("hours"), p.get("day")) for p in parsed] == [
        (5, 1.0, dt.date(2026, 3, 5))]
