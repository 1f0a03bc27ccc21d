"""性別統計: indicators and their yearly review, values by gender, analyses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from gmdesk.domain import statistics as rules
from gmdesk.domain.errors import InputError, gone
from gmdesk.domain.importing import check_fields
from gmdesk.domain.model import MeetingId
from gmdesk.domain.statistics import (
    Analysis,
    AnalysisId,
    Indicator,
    IndicatorId,
    IndicatorReview,
    IndicatorValue,
    ReviewAction,
)
from gmdesk.domain.texts import Phrase
from gmdesk.storage import duties as store
from gmdesk.storage import trash
from gmdesk.storage.database import Database


@dataclass(frozen=True)
class IndicatorRow:
    """An indicator as the list shows it: its review of the year and its values by year."""

    indicator: Indicator
    review: IndicatorReview | None
    values: dict[int, IndicatorValue]
    kept: bool


def save_indicator(db: Database, indicator: Indicator) -> IndicatorId:
    cleaned = rules.validate_indicator(indicator)
    check_fields(cleaned, dt.date.today())
    with db.atomic():
        if cleaned.id:
            if store.get_indicator(db, cleaned.id) is None:
                raise InputError(gone(Phrase.of("statistics.thing"), cleaned.id, refresh=True))
            store.update_indicator(db, cleaned)
            return cleaned.id
        return store.add_indicator(db, cleaned)


def review_indicator(db: Database, indicator_id: int, year: int, action: ReviewAction,
                     day: dt.date, meeting_id: int | None = None, note: str = "") -> int:
    """Record the yearly review of an indicator (新增, 修正, 刪除 or 維持)."""
    if store.get_indicator(db, indicator_id) is None:
        raise InputError(gone(Phrase.of("statistics.thing"), indicator_id))
    review = IndicatorReview(0, IndicatorId(indicator_id), year, action, day,
                             MeetingId(meeting_id) if meeting_id else None, note.strip())
    check_fields(review, dt.date.today())
    with db.atomic():
        return store.add_review(db, review)


def set_values(db: Database, indicator_id: int,
               values: Mapping[int, tuple[float, float, float]]) -> int:
    """Write an indicator's values by year (男, 女, 其他) in one transaction; return how many."""
    if store.get_indicator(db, indicator_id) is None:
        raise InputError(gone(Phrase.of("statistics.thing"), indicator_id))
    checked = [rules.validate_value(IndicatorValue(0, IndicatorId(indicator_id), year, *numbers))
               for year, numbers in sorted(values.items())]
    with db.atomic():
        for value in checked:
            store.set_value(db, value)
    return len(checked)


def import_values(db: Database, path: Path | str) -> int:
    """Write the values of a sheet (指標名稱 | 年度 | 男 | 女 | 其他) in one transaction; all or
    nothing. Return how many values were written."""
    from gmdesk.workbooks.readers import read_sheet

    sheet = read_sheet(path)
    ids = {i.name: int(i.id) for i in store.list_indicators(db)}
    values = rules.parse_value_rows(sheet.rows, ids)
    with db.atomic():
        for value in values:
            store.set_value(db, value)
    return len(values)


def save_analysis(db: Database, analysis: Analysis) -> AnalysisId:
    cleaned = rules.validate_analysis(analysis)
    check_fields(cleaned, dt.date.today())
    with db.atomic():
        if cleaned.id:
            store.update_analysis(db, cleaned)
            return cleaned.id
        return store.add_analysis(db, cleaned)


def delete_indicator(db: Database, indicator_id: int, now: dt.datetime) -> int:
    """Move an indicator with its reviews and values to the 資源回收筒."""
    indicator = store.get_indicator(db, indicator_id)
    if indicator is None:
        raise InputError(gone(Phrase.of("statistics.thing"), indicator_id))
    return trash.move_to_trash(db, "indicator", indicator_id, now, f"性別統計指標：{indicator.name}")


def indicator_rows(db: Database, year: int) -> list[IndicatorRow]:
    reviews = store.list_reviews(db)
    values = rules.values_by_indicator(store.list_values(db))
    return [IndicatorRow(i, rules.latest_review(i.id, reviews, year), dict(values.get(i.id, {})),
                         rules.active(i.id, reviews, year))
            for i in store.list_indicators(db)]


def list_analyses(db: Database, year: int) -> list[Analysis]:
    return store.list_analyses(db, year)
