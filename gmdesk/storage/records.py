"""Map dataclasses to rows and back, so storage functions return dataclasses, never rows."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import types
import typing
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, TypeVar

from sqlite_utils import Database

T = TypeVar("T")


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _base(hint: Any) -> Any:
    """Strip Optional and NewType from a type hint."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        hint = args[0]
    while hasattr(hint, "__supertype__"):
        hint = hint.__supertype__
    return hint


def to_value(value: Any) -> Any:
    """Return a Python value as SQLite stores it."""
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.date | dt.time):
        return value.isoformat(timespec="minutes") if isinstance(value, dt.time) else value.isoformat()
    if isinstance(value, tuple | list):
        return json.dumps(list(value), ensure_ascii=False)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def from_value(hint: Any, value: Any) -> Any:
    """Return a stored value as the dataclass field's type."""
    if value is None:
        return None
    base = _base(hint)
    origin = typing.get_origin(base)
    if origin in (tuple, list):
        items = json.loads(value) if isinstance(value, str) else list(value)
        return tuple(items) if origin is tuple else list(items)
    if origin is dict:
        return json.loads(value) if isinstance(value, str) else dict(value)
    if base is bool:
        return bool(value)
    if base is dt.date:
        return dt.date.fromisoformat(value)
    if base is dt.time:
        return dt.time.fromisoformat(value)
    if isinstance(base, type) and issubclass(base, enum.Enum):
        return base(value)
    if base is float:
        return float(value)
    if base is bytes:
        return bytes(value)
    return value


def to_row(obj: Any, *, keep_id: bool = False) -> dict[str, Any]:
    """Return a dataclass as a row; the id is left out unless asked for."""
    row = {f.name: to_value(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if not keep_id:
        row.pop("id", None)
    return row


def from_row(cls: type[T], row: Mapping[str, Any]) -> T:
    """Return a row as a dataclass, ignoring columns the dataclass does not have."""
    hints = _hints(cls)
    values = {
        f.name: from_value(hints[f.name], row[f.name])
        for f in dataclasses.fields(cls)  # type: ignore[arg-type]
        if f.name in row
    }
    return cls(**values)


def insert(db: Database, table: str, obj: Any) -> int:
    """Insert a dataclass (its id ignored) and return the new id."""
    cursor = db.execute(
        f"INSERT INTO [{table}] ({', '.join(f'[{k}]' for k in to_row(obj))}) "
        f"VALUES ({', '.join('?' for _ in to_row(obj))})",
        list(to_row(obj).values()),
    )
    return int(cursor.lastrowid or 0)


def update(db: Database, table: str, obj: Any) -> None:
    """Write every field of a dataclass over the row with its id."""
    row = to_row(obj)
    db.execute(
        f"UPDATE [{table}] SET {', '.join(f'[{k}] = ?' for k in row)} WHERE id = ?",
        [*row.values(), obj.id],
    )


def select(
    db: Database,
    cls: type[T],
    table: str,
    where: str = "",
    params: Sequence[Any] = (),
    order_by: str = "id",
) -> list[T]:
    """Return the rows of a table as dataclasses."""
    return list(iter_select(db, cls, table, where, params, order_by))


def iter_select(
    db: Database,
    cls: type[T],
    table: str,
    where: str = "",
    params: Sequence[Any] = (),
    order_by: str = "id",
) -> Iterator[T]:
    sql = f"SELECT * FROM [{table}]"
    if where:
        sql += f" WHERE {where}"
    if order_by:
        sql += f" ORDER BY {order_by}"
    cursor = db.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    for values in cursor:
        yield from_row(cls, dict(zip(names, values, strict=True)))


def get(db: Database, cls: type[T], table: str, record_id: int) -> T | None:
    """Return one record by id, or None."""
    rows = select(db, cls, table, "id = ?", [record_id])
    return rows[0] if rows else None


def delete(db: Database, table: str, record_id: int) -> None:
    db.execute(f"DELETE FROM [{table}] WHERE id = ?", [record_id])
