"""Courses and training-hour records."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager

from gmdesk.domain.importing import ImportLog
from gmdesk.domain.model import Course, CourseId, TrainingId, TrainingRecord
from gmdesk.domain.rocdate import year_bounds
from gmdesk.storage import audit, records
from gmdesk.storage.database import Database


def add_course(db: Database, course: Course) -> CourseId:
    return CourseId(records.insert(db, "course", course))


def list_courses(db: Database, year: int | None = None) -> list[Course]:
    if year is None:
        return records.select(db, Course, "course", order_by="day, id")
    first, last = year_bounds(year)
    return records.select(
        db, Course, "course", "day BETWEEN ? AND ?", [first.isoformat(), last.isoformat()],
        order_by="day, id",
    )


def add_training(db: Database, record: TrainingRecord) -> TrainingId:
    return TrainingId(records.insert(db, "training", record))


def training_exists(db: Database, person_id: int, title: str, day: str,
                    exclude_id: int = 0) -> bool:
    """Return whether the person already has this course on this day (another record)."""
    row = db.execute(
        "SELECT 1 FROM training WHERE person_id = ? AND title = ? AND day = ? AND id != ?",
        [person_id, title, day, exclude_id],
    ).fetchone()
    return row is not None


def list_training(db: Database, year: int | None = None) -> list[TrainingRecord]:
    if year is None:
        return records.select(db, TrainingRecord, "training", order_by="day, id")
    first, last = year_bounds(year)
    return records.select(
        db, TrainingRecord, "training", "day BETWEEN ? AND ?",
        [first.isoformat(), last.isoformat()], order_by="day, id",
    )


def get_course(db: Database, course_id: int) -> Course | None:
    return records.get(db, Course, "course", course_id)


def update_course(db: Database, course: Course) -> None:
    records.update(db, "course", course)


def add_training_many(db: Database, items: Iterable[TrainingRecord], source: str = "") -> int:
    """Insert records with one prepared statement, audited as one batch (inside db.atomic())."""
    with audit.bulk_insert(db, "training", source):
        return records.insert_many(db, "training", items)


def add_training_columns(db: Database, columns: Mapping[str, Sequence[object]],
                         source: str = "") -> int:
    """Insert records given field by field (TrainingRecord's names, without id), as
    add_training_many does."""
    with audit.bulk_insert(db, "training", source):
        return records.insert_columns(db, "training", TrainingRecord, columns)


def update_training(db: Database, record: TrainingRecord) -> None:
    records.update(db, "training", record)


def get_training(db: Database, training_id: int) -> TrainingRecord | None:
    return records.get(db, TrainingRecord, "training", training_id)


def delete_training(db: Database, training_id: int) -> None:
    records.delete(db, "training", training_id)


def training_of_person(db: Database, person_id: int) -> list[TrainingRecord]:
    return records.select(db, TrainingRecord, "training", "person_id = ?", [person_id],
                          order_by="day DESC, id DESC")


def training_of_course(db: Database, course_id: int) -> list[TrainingRecord]:
    return records.select(db, TrainingRecord, "training", "course_id = ?", [course_id])


def existing_keys(db: Database, first: dt.date, last: dt.date) -> set[tuple[int, str, str]]:
    """Return (person, title, day) of every record between two days, in one query."""
    rows = db.execute(
        "SELECT person_id, title, day FROM training WHERE day BETWEEN ? AND ?",
        [first.isoformat(), last.isoformat()],
    ).fetchall()
    return {(int(p), " ".join(str(t).split()), str(d)) for p, t, d in rows}


def find_import(db: Database, kind: str, sha256: str) -> ImportLog | None:
    """Return the last import of the same file (by its hash), if any."""
    rows = records.select(db, ImportLog, "import_log", "kind = ? AND sha256 = ?",
                          [kind, sha256], order_by="id DESC")
    return rows[0] if rows else None


def log_import(db: Database, kind: str, file_name: str, sha256: str,
               mapping: dict[str, str], rows: int) -> int:
    cursor = db.execute(
        "INSERT INTO import_log (kind, file_name, sha256, mapping, imported_at, rows) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [kind, file_name, sha256, json.dumps(mapping, ensure_ascii=False, sort_keys=True),
         dt.datetime.now().isoformat(timespec="seconds"), rows],
    )
    return int(cursor.lastrowid or 0)


def bulk_audit(db: Database, source: str) -> AbstractContextManager[None]:
    """Audit every training record inserted inside this block as one batch row."""
    return audit.bulk_insert(db, "training", source)
