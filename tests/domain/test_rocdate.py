import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gmdesk.domain.rocdate import (
    DateError,
    format_long,
    format_official,
    format_short,
    format_time,
    parse_date,
    parse_time,
    parse_year,
)

MARCH_5 = dt.date(2025, 3, 5)


@pytest.mark.parametrize("text", [
    "114/3/5", "114/03/05", "114.03.05", "114-3-5", "1140305", "114年3月5日",
    "民國114年3月5日", "中華民國114年3月5日", "114年3月5日（星期三）", "2025-03-05",
    "2025/3/5", "20250305", "2025-03-05 00:00:00", "１１４／３／５", " 114/3/5 ",
])
def test_every_form_clerks_type_reads_as_the_same_day(text: str) -> None:
    assert parse_date(text) == MARCH_5


def test_two_digit_roc_years_and_excel_cells() -> None:
    assert parse_date("990305") == dt.date(2010, 3, 5)
    assert parse_date("0990305") == dt.date(2010, 3, 5)
    assert parse_date(45721) == MARCH_5  # Excel serial number
    assert parse_date(45721.0) == MARCH_5
    assert parse_date(dt.datetime(2025, 3, 5, 14, 30)) == MARCH_5


def test_leap_days_follow_the_gregorian_year() -> None:
    assert parse_date("113/02/29") == dt.date(2024, 2, 29)
    with pytest.raises(DateError, match="112/02/29"):
        parse_date("112/02/29")
    with pytest.raises(DateError, match="30日"):
        parse_date("113/02/30")


@pytest.mark.parametrize("text", ["", "abc", "114/13/1", "114/0/5", "2025-02-30", "明天"])
def test_nonsense_is_refused_with_the_value_named(text: str) -> None:
    with pytest.raises(DateError) as error:
        parse_date(text)
    assert "不是有效的日期" in str(error.value)


def test_forms_and_tables_print_roc_dates() -> None:
    assert format_long(MARCH_5) == "114年3月5日（星期三）"
    assert format_short(MARCH_5) == "114/03/05"
    assert format_official(dt.date(2025, 2, 20)) == "中華民國114年2月20日"
    assert format_time(dt.time(14, 30)) == "下午2時30分"
    assert format_time(dt.time(9, 0)) == "上午9時"
    assert parse_time("下午2時30分") == dt.time(14, 30)
    assert parse_time("14:30") == dt.time(14, 30)


def test_working_year_accepts_roc_and_gregorian() -> None:
    assert parse_year("114") == 114
    assert parse_year(2025) == 114
    assert parse_year("114年度") == 114
    assert parse_year("1912") == 1
    with pytest.raises(ValueError, match="不是年度"):
        parse_year("1911")


dates = st.dates(min_value=dt.date(1912, 1, 1), max_value=dt.date(2200, 12, 31))


@given(dates)
def test_short_form_round_trips(day: dt.date) -> None:
    assert parse_date(format_short(day)) == day


@given(dates)
def test_long_form_with_weekday_round_trips(day: dt.date) -> None:
    assert parse_date(format_long(day)) == day


@given(dates)
def test_compact_and_iso_forms_round_trip(day: dt.date) -> None:
    roc = day.year - 1911
    assert parse_date(f"{roc:03d}{day.month:02d}{day.day:02d}") == day
    assert parse_date(day.isoformat()) == day


@given(st.times())
def test_times_round_trip_to_the_minute(clock: dt.time) -> None:
    assert parse_time(format_time(clock)) == clock.replace(second=0, microsecond=0)
