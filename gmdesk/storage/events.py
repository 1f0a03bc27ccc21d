"""CEDAW outreach sessions, other measures, and their photos."""

from __future__ import annotations

from gmdesk.domain.model import Event, EventId, Photo, PhotoId
from gmdesk.domain.rocdate import year_bounds
from gmdesk.storage import records
from gmdesk.storage.database import Database


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


def photo_counts(db: Database, event_ids: list[int] | None = None) -> dict[int, int]:
    """Return how many photos each event has, without reading the images."""
    rows = db.execute("SELECT event_id, COUNT(*) FROM photo GROUP BY event_id").fetchall()
    counts = {int(event_id): int(count) for event_id, count in rows}
    if event_ids is None:
        return counts
    return {i: counts.get(i, 0) for i in event_ids}


def get_photo(db: Database, photo_id: int) -> Photo | None:
    return records.get(db, Photo, "photo", photo_id)


def photo_with_hash(db: Database, event_id: int, sha256: str) -> Photo | None:
    """Return the event's photo with this hash (the same picture added before), or None."""
    rows = records.select(db, Photo, "photo", "event_id = ? AND sha256 = ?", [event_id, sha256])
    return rows[0] if rows else None


def next_photo_seq(db: Database, event_id: int) -> int:
    row = db.execute("SELECT COALESCE(MAX(seq), 0) FROM photo WHERE event_id = ?",
                     [event_id]).fetchone()
    return int(row[0]) + 1


def set_caption(db: Database, photo_id: int, caption: str) -> None:
    db.execute("UPDATE photo SET caption = ? WHERE id = ?", [caption, photo_id])


def set_photo_order(db: Database, event_id: int, photo_ids: list[int]) -> None:
    """Number the event's photos 1, 2, 3 … in the order given."""
    for seq, photo_id in enumerate(photo_ids, start=1):
        db.execute("UPDATE photo SET seq = ? WHERE id = ? AND event_id = ?",
                   [seq, photo_id, event_id])


def delete_photo(db: Database, photo_id: int) -> None:
    records.delete(db, "photo", photo_id)


def delete_event(db: Database, event_id: int) -> None:
    """Delete an event; its photos go with it (the schema cascades)."""
    db.execute("DELETE FROM photo WHERE event_id = ?", [event_id])
    records.delete(db, "event", event_id)
