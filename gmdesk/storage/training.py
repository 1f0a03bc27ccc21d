"""Courses and training-hour records."""

from __future__ import annotations

from sqlite_utils import Database

from gmdesk.domain.model import Course, CourseId, TrainingId, TrainingRecord
from gmdesk.domain.rocdate import year_bounds
from gmdesk.storage import records


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


def training_exists(db: Database, person_id: int, title: str, day: str) -> bool:
    row = db.execute(
        "SELECT 1 FROM training WHERE person_id = ? AND title = ? AND day = ?",
        [person_id, title, day],
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
