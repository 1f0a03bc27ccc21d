"""Map dataclasses to rows and back, so storage functions return dataclasses, never rows."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import operator
import types
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

from gmdesk.storage.database import Database

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
    convert = _converter(hint)
    return value if convert is None else convert(value)


_CONVERTERS: dict[Any, Callable[[Any], Any] | None] = {}


def _converter(hint: Any) -> Callable[[Any], Any] | None:
    """Return the function turning a stored value into `hint`'s type (None: keep it as is).

    Worked out once per type hint: reading a year's records calls it hundreds of
    thousands of times, and typing's introspection is slow.
    """
    try:
        return _CONVERTERS[hint]
    except KeyError:
        pass
    except TypeError:  # an unhashable hint: work it out every time
        return _make_converter(hint)
    convert = _CONVERTERS[hint] = _make_converter(hint)
    return convert


def _make_converter(hint: Any) -> Callable[[Any], Any] | None:
    base = _base(hint)
    origin = typing.get_origin(base)
    if origin in (tuple, list):
        kind = tuple if origin is tuple else list

        def sequence(value: Any) -> Any:
            return kind(json.loads(value) if isinstance(value, str) else list(value))

        return sequence
    if origin is dict:
        return lambda value: json.loads(value) if isinstance(value, str) else dict(value)
    if base is bool:
        return bool
    if base is dt.date:
        return dt.date.fromisoformat
    if base is dt.time:
        return dt.time.fromisoformat
    if isinstance(base, type) and issubclass(base, enum.Enum):
        return _enum_converter(base)
    if base is float:
        return float
    if base is bytes:
        return bytes
    return None


def _enum_converter(kind: type[enum.Enum]) -> Callable[[Any], Any]:
    """Return kind(value) by a dict lookup: calling an Enum class costs ~2 µs a value."""
    members = {member.value: member for member in kind}

    def convert(value: Any) -> Any:
        try:
            return members[value]
        except (KeyError, TypeError):
            return kind(value)  # aliases, _missing_, or the ValueError it raises

    return convert


def to_row(obj: Any, *, keep_id: bool = False) -> dict[str, Any]:
    """Return a dataclass as a row; the id is left out unless asked for."""
    row = {f.name: to_value(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if not keep_id:
        row.pop("id", None)
    return row


def from_row(cls: type[T], row: Mapping[str, Any]) -> T:
    """Return a row as a dataclass, ignoring columns the dataclass does not have."""
    values = {}
    for name, convert in _plan(cls):
        if name in row:
            value = row[name]
            values[name] = value if value is None or convert is None else convert(value)
    return cls(**values)


_PLANS: dict[type, list[tuple[str, Callable[[Any], Any] | None]]] = {}


def _plan(cls: type) -> list[tuple[str, Callable[[Any], Any] | None]]:
    """Return each field of a dataclass with the converter of its type, worked out once."""
    if cls not in _PLANS:
        hints = _hints(cls)
        _PLANS[cls] = [(f.name, _converter(hints[f.name]))
                       for f in dataclasses.fields(cls)]
    return _PLANS[cls]


_PLAIN = (str, int, float)


def _write_plan(cls: type, names: list[str]) -> list[Callable[[Any], Any] | None]:
    """Return, per field, how to store its value (None: SQLite takes it as it is)."""
    hints = _hints(cls)
    plan: list[Callable[[Any], Any] | None] = []
    for name in names:
        base = _base(hints[name])
        plain = isinstance(base, type) and issubclass(base, _PLAIN) \
            and not issubclass(base, bool | enum.Enum)
        plan.append(None if plain else to_value)
    return plan


def insert(db: Database, table: str, obj: Any) -> int:
    """Insert a dataclass (its id ignored) and return the new id."""
    row = to_row(obj)
    cursor = db.execute(
        f"INSERT INTO [{table}] ({', '.join(f'[{k}]' for k in row)}) "
        f"VALUES ({', '.join('?' for _ in row)})",
        list(row.values()),
    )
    return int(cursor.lastrowid or 0)


def insert_many(db: Database, table: str, objs: Iterable[Any], *, keep_id: bool = False) -> int:
    """Insert dataclasses of one type with one prepared statement; return how many.

    Call it inside `with db.atomic():` -- one transaction is what makes bulk writes fast.
    Values are converted column by column: a column of one type (all dates, all of one enum)
    is converted without a Python call per value.
    """
    items = list(objs)
    if not items:
        return 0
    names = [f.name for f in dataclasses.fields(items[0]) if keep_id or f.name != "id"]
    getter = operator.attrgetter(*names)
    rows: Iterable[Sequence[Any]] = (list(map(getter, items)) if len(names) > 1
                                     else [(getter(obj),) for obj in items])
    return insert_columns(db, table, type(items[0]), dict(zip(names, zip(*rows, strict=True),
                                                              strict=True)))


def insert_columns(db: Database, table: str, cls: type, columns: Mapping[str, Sequence[Any]]
                   ) -> int:
    """Insert records of dataclass `cls` given field by field (name -> each record's value,
    as the dataclass holds it); return how many. A bulk path needs no object per record.

    Call it inside `with db.atomic():`, as insert_many.
    """
    names = list(columns)
    values = list(columns.values())
    count = len(values[0]) if values else 0
    if not count:
        return 0
    if any(len(column) != count for column in values):
        raise ValueError(f"columns of different lengths for {table}")
    sql = (f"INSERT INTO [{table}] ({', '.join(f'[{n}]' for n in names)}) "
           f"VALUES ({', '.join('?' for _ in names)})")
    for i, write in enumerate(_write_plan(cls, names)):
        if write is not None:
            values[i] = _stored_column(values[i])
    db.conn.executemany(sql, zip(*values, strict=True))
    return count


def _stored_column(values: Sequence[Any]) -> Sequence[Any]:
    """Return a column's values as to_value() stores them."""
    kinds = set(map(type, values))
    if len(kinds) == 1:
        kind = kinds.pop()
        if kind is dt.date:  # many records share a day: each day worded once
            days = {day: day.isoformat() for day in set(values)}
            return list(map(days.__getitem__, values))
        if kind is bool:
            return list(map(int, values))
        if issubclass(kind, enum.Enum):
            return list(map(operator.attrgetter("_value_"), values))
        if kind in (str, int, float, type(None)):
            return values
    return list(map(to_value, values))


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
    """Return the rows of a table as dataclasses (inside db.reading(): read once)."""
    memo = db.read_once
    if memo is None:
        return list(iter_select(db, cls, table, where, params, order_by))
    key = (cls, table, where, tuple(params), order_by)
    rows = memo.get(key)
    if rows is None:
        rows = memo[key] = list(iter_select(db, cls, table, where, params, order_by))
    return list(rows)  # the records are frozen; the list is the caller's own


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
    position = {d[0]: i for i, d in enumerate(cursor.description)}
    plan = [(name, position[name], convert) for name, convert in _plan(cls) if name in position]
    make = _maker(cls, [name for name, _, _ in plan])
    for values in cursor:
        fields = {}
        for name, index, convert in plan:
            value = values[index]
            fields[name] = value if value is None or convert is None else convert(value)
        yield make(fields)


def _maker(cls: type[T], names: list[str]) -> Callable[[dict[str, Any]], T]:
    """Return how to build `cls` from a complete dict of its fields.

    A frozen dataclass's __init__ sets each field through object.__setattr__ (~0.3 µs a
    field; a year's training records are 50,000 × 13 fields). When every field comes from
    the row and the class has nothing more to do on creation (no __post_init__, no slots,
    no field left out of __init__), the instance is made as pickle makes it: object.__new__
    and its __dict__ filled. Otherwise cls(**fields).
    """
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    plain = (set(names) == {f.name for f in fields} and all(f.init for f in fields)
             and not hasattr(cls, "__post_init__") and "__slots__" not in cls.__dict__
             and cls.__new__ is object.__new__)
    if not plain:
        return lambda values: cls(**values)
    new = object.__new__

    def make(values: dict[str, Any]) -> T:
        obj = new(cls)
        obj.__dict__.update(values)
        return obj

    return make


def get(db: Database, cls: type[T], table: str, record_id: int) -> T | None:
    """Return one record by id, or None."""
    rows = select(db, cls, table, "id = ?", [record_id])
    return rows[0] if rows else None


def delete(db: Database, table: str, record_id: int) -> None:
    db.execute(f"DELETE FROM [{table}] WHERE id = ?", [record_id])
