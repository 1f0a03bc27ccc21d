"""Republic of China (民國) calendar dates: parse every form clerks type, format both ways."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from gmdesk.domain.texts import Phrase, define

ROC_OFFSET = 1911
MAX_ROC_YEAR = 300  # a working year beyond this is a typing slip, not a plan
WEEKDAYS = "一二三四五六日"
# Excel's day zero is 1899-12-30 once its fictitious 1900-02-29 is accounted for.
_EXCEL_EPOCH = dt.date(1899, 12, 30)


define({
    "date.invalid": "「{value}」不是有效的日期",
    "date.invalid_why": "「{value}」不是有效的日期：{why}",
    "date.roc_year_positive": "民國年須大於 0",
    "date.no_day_roc": "民國{year}年{month}月沒有{day}日",
    "date.no_day": "{year}年{month}月沒有{day}日",
    "date.no_month": "沒有{month}月",
    "date.empty": "沒有填日期",
    "date.before_1912": "早於民國1年（1912年），請檢查年份",
    "date.forms": "請寫成 114/3/5、114年3月5日 或 2025-03-05",
    "date.not_a_date": "不是日期",
    "date.not_a_year": "「{value}」不是年度：請寫民國年（如 114）或西元年（如 2025）",
    "date.field_empty": "「{label}」未填：請輸入日期，例如 115/3/5",
    "date.field_invalid": "「{label}」{error}",
    "date.not_a_time": "「{value}」不是時間：請寫成 14:30 或 下午2時30分",
})


class DateError(ValueError):
    """A value that is not a real date; the message names the value in Chinese.

    `phrase` words it in any language (gmdesk.wording); `why` is the zh-TW reason and
    `why_phrase` the reason's phrase (or None)."""

    def __init__(self, value: object, why: str | Phrase = "") -> None:
        self.value = value
        self.why = str(why)
        self.why_phrase = why if isinstance(why, Phrase) else None
        shown = str(value)
        if why:
            self.phrase = Phrase.of("date.invalid_why", value=shown, why=why)
        else:
            self.phrase = Phrase.of("date.invalid", value=shown)
        super().__init__(self.phrase.text)


class ReadError(ValueError):
    """A year or a time that cannot be read; `phrase` words it in any language."""

    def __init__(self, phrase: Phrase) -> None:
        self.phrase = phrase
        super().__init__(phrase.text)


def roc_year(year: int) -> int:
    """Return the ROC year of a Gregorian year (2025 -> 114)."""
    return year - ROC_OFFSET


def gregorian_year(roc: int) -> int:
    """Return the Gregorian year of an ROC year (114 -> 2025)."""
    return roc + ROC_OFFSET


def parse_year(value: object) -> int:
    """Read a working year as ROC (114) or Gregorian (2025, from 1912 on); return the ROC year."""
    text = _normalise(str(value)).strip().removesuffix("年度").removesuffix("年")
    text = text.removeprefix("民國").strip()
    if not text.isdigit():
        raise ReadError(Phrase.of("date.not_a_year", value=str(value)))
    number = int(text) if len(text) <= 6 else 0
    if 1912 <= number <= gregorian_year(MAX_ROC_YEAR):
        return roc_year(number)
    if 1 <= number <= MAX_ROC_YEAR:
        return number
    raise ReadError(Phrase.of("date.not_a_year", value=str(value)))


def year_bounds(roc: int) -> tuple[dt.date, dt.date]:
    """Return the first and last day of an ROC working year."""
    year = gregorian_year(roc)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _normalise(text: str) -> str:
    # Full-width digits and punctuation (１１４／３／５) become ASCII.
    return unicodedata.normalize("NFKC", text)


def _build(value: object, year: int, month: int, day: int, roc: bool) -> dt.date:
    if roc:
        if year < 1:
            raise DateError(value, Phrase.of("date.roc_year_positive"))
        year += ROC_OFFSET
    try:
        return dt.date(year, month, day)
    except ValueError:
        if 1 <= month <= 12:
            if roc:
                shown = Phrase.of("date.no_day_roc", year=year - ROC_OFFSET, month=month, day=day)
            else:
                shown = Phrase.of("date.no_day", year=year, month=month, day=day)
            raise DateError(value, shown) from None
        raise DateError(value, Phrase.of("date.no_month", month=month)) from None


_SEP = re.compile(r"^(\d{1,4})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})$")
_CHINESE = re.compile(r"^(?:民國|中華民國)?\s*(\d{1,4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$")


def parse_date(value: object) -> dt.date:
    """Read a date as clerks and spreadsheets write it.

    Accepts 114/3/5, 114.03.05, 114-3-5, 1140305, 0990305, 民國114年3月5日,
    2025-03-05, 2025/3/5, 20250305, datetime/date objects and Excel serial numbers.
    A year of four digits from 1912 on is Gregorian; otherwise ROC.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise DateError(value)
    if isinstance(value, int | float):
        return _from_excel(value)
    if value is None:
        raise DateError("", Phrase.of("date.empty"))
    raw = str(value)
    text = _normalise(raw).strip()
    # A trailing weekday in brackets, as forms print it: 114年3月5日(星期三)
    text = re.sub(r"\s*\((?:星期|週|周)?[一二三四五六日天]\)\s*$", "", text)
    # A time part from a spreadsheet export: 2025-03-05 00:00:00
    text = re.sub(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$", "", text)
    if not text:
        raise DateError(raw, Phrase.of("date.empty"))
    match = _SEP.match(text) or _CHINESE.match(text)
    if match:
        y, m, d = (int(part) for part in match.groups())
        if len(match.group(1)) == 4 and y < 1912:
            # 1900/01/01 is a Gregorian year before the Republic, not ROC year 1900.
            raise DateError(raw, Phrase.of("date.before_1912"))
        gregorian = len(match.group(1)) == 4
        return _build(raw, y, m, d, roc=not gregorian)
    if text.isdigit():
        if len(text) == 8 and int(text[:4]) >= 1912:
            return _build(raw, int(text[:4]), int(text[4:6]), int(text[6:]), roc=False)
        if len(text) in (6, 7):
            # 1140305 or 990305 (ROC, with or without the leading zero)
            return _build(raw, int(text[:-4]), int(text[-4:-2]), int(text[-2:]), roc=True)
        if len(text) <= 5:
            return _from_excel(int(text))
    try:
        return _from_excel(float(text))
    except (ValueError, DateError):
        pass
    raise DateError(raw, Phrase.of("date.forms"))


def _from_excel(serial: float) -> dt.date:
    if not 1 <= serial < 2958466:
        raise DateError(serial, Phrase.of("date.not_a_date"))
    whole = int(serial)
    if whole < 61:
        # Before Excel's phantom 1900-02-29 the epoch is one day later.
        whole += 1
    return _EXCEL_EPOCH + dt.timedelta(days=whole)


def format_long(day: dt.date, weekday: bool = True) -> str:
    """Return 114年3月5日（星期三）, as forms print dates."""
    text = f"{roc_year(day.year)}年{day.month}月{day.day}日"
    if weekday:
        text += f"（星期{WEEKDAYS[day.weekday()]}）"
    return text


def format_short(day: dt.date) -> str:
    """Return 114/03/05, as tables print dates."""
    return f"{roc_year(day.year)}/{day.month:02d}/{day.day:02d}"


def format_official(day: dt.date) -> str:
    """Return 中華民國114年2月20日, as a 公文 dates itself."""
    return f"中華民國{roc_year(day.year)}年{day.month}月{day.day}日"


def format_time(clock: dt.time) -> str:
    """Return 下午2時30分, as notices and minutes write a time of day."""
    hour = clock.hour
    if hour < 12:
        part = "上午"
    elif hour == 12:
        part = "中午"
    else:
        part = "下午"
        hour -= 12
    return f"{part}{hour}時{clock.minute}分" if clock.minute else f"{part}{hour}時"


def parse_time(value: object) -> dt.time:
    """Read a time of day: 14:30, 1430, 下午2時30分, 2:30 PM."""
    if isinstance(value, dt.time):
        return value
    raw = str(value)
    text = _normalise(raw).strip().lower()
    afternoon = any(mark in text for mark in ("下午", "晚上", "pm"))
    morning = any(mark in text for mark in ("上午", "早上", "am"))
    noon = "中午" in text
    digits = re.findall(r"\d+", text)
    if not digits:
        raise ReadError(Phrase.of("date.not_a_time", value=raw))
    if len(digits) == 1 and len(digits[0]) in (3, 4):
        hour, minute = int(digits[0][:-2]), int(digits[0][-2:])
    else:
        hour = int(digits[0])
        minute = int(digits[1]) if len(digits) > 1 else 0
    if afternoon and hour < 12:
        hour += 12
    if (morning and hour == 12) or (noon and hour == 0):
        hour = 12 if noon else 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise ReadError(Phrase.of("date.not_a_time", value=raw))
    return dt.time(hour, minute)
