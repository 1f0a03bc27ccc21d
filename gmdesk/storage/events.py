"""CEDAW outreach sessions, other measures, and their photos."""

from __future__ import annotations

from sqlite_utils import Database

from gmdesk.domain.model import Event, EventId, Photo, PhotoId
from gmdesk.domain.rocdate import year_bounds
from gmdesk.storage import records


def add_event(db: Database, event: Event) -> EventId:
    return EventId(records.insert(db, "event", event))


def update_event(db: Database, event: Event) -> None:
    records.update(db, "event", event)


def get_event(db: Database, event_id: int) -> Event | None:
    return records.get(db, Event, "event", event_id)


def list_events(db: Database, year: int | None = None) -> list[Event]:
    if year is None:
        return records.select(db, Event, "event", order_by="start, id")
    first, last = year_bounds(year)
    return records.select(
        db, Event, "event", "start BETWEEN ? AND ?", [first.isoformat(), last.isoformat()],
        order_by="start, id",
    )


def add_photo(db: Database, photo: Photo) -> PhotoId:
    return PhotoId(records.insert(db, "photo", photo))


def list_photos(db: Database, event_id: int) -> list[Photo]:
    return records.select(db, Photo, "photo", "event_id = ?", [event_id], order_by="seq, id")
