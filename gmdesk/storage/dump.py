"""The whole office as plain data: the versioned JSON format (docs/data-format.md)."""

from __future__ import annotations

import base64
from typing import Any

from sqlite_utils import Database

from gmdesk.storage.schema import TABLES

FORMAT_NAME = "gmdesk-office"
FORMAT_VERSION = 1


def _columns(db: Database, table: str) -> list[tuple[str, str]]:
    return [(c.name, c.type.upper()) for c in db[table].columns]


def dump(db: Database) -> dict[str, Any]:
    """Return every record of the office, table by table, ordered by key."""
    tables: dict[str, list[dict[str, Any]]] = {}
    for table in TABLES:
        columns = _columns(db, table)
        names = [name for name, _ in columns]
        pk = "year_from" if table == "rules" else "key" if table == "setting" else "id"
        rows = []
        for values in db.execute(f"SELECT {', '.join(f'[{n}]' for n in names)} FROM [{table}] ORDER BY [{pk}]"):
            row = {}
            for (name, _), value in zip(columns, values, strict=True):
                if isinstance(value, bytes):
                    value = {"base64": base64.b64encode(value).decode("ascii")}
                row[name] = value
            rows.append(row)
        tables[table] = rows
    return {"format": FORMAT_NAME, "version": FORMAT_VERSION, "tables": tables}


class FormatError(ValueError):
    """A JSON file that is not a gmdesk office export we can read."""


def load(db: Database, data: Any) -> dict[str, int]:
    """Insert an exported office into an empty database, in one transaction; return row counts."""
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise FormatError("這不是 gmdesk 匯出的機關資料檔（缺少 format: gmdesk-office）。")
    version = data.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise FormatError(f"資料檔格式版本 {version} 比本版 gmdesk 支援的 {FORMAT_VERSION} 新：請更新 gmdesk。")
    tables = data.get("tables")
    if not isinstance(tables, dict):
        raise FormatError("資料檔缺少 tables。")
    unknown = set(tables) - set(TABLES)
    if unknown:
        raise FormatError(f"資料檔有本版不認得的資料表：{', '.join(sorted(unknown))}")
    if any(db[t].count for t in TABLES if db[t].exists()):
        raise FormatError("目標資料檔已有資料：請匯入到新的空白資料檔。")
    counts: dict[str, int] = {}
    with db.atomic():
        for table in TABLES:
            rows = tables.get(table, [])
            if not isinstance(rows, list):
                raise FormatError(f"資料表 {table} 的內容不是清單。")
            known = {name for name, _ in _columns(db, table)}
            for number, row in enumerate(rows, start=1):
                if not isinstance(row, dict):
                    raise FormatError(f"資料表 {table} 第 {number} 筆不是物件。")
                extra = set(row) - known
                if extra:
                    raise FormatError(f"資料表 {table} 第 {number} 筆有不認得的欄位：{', '.join(sorted(extra))}")
                values = {k: base64.b64decode(v["base64"]) if isinstance(v, dict) else v
                          for k, v in row.items()}
                try:
                    db.execute(
                        f"INSERT INTO [{table}] ({', '.join(f'[{k}]' for k in values)}) "
                        f"VALUES ({', '.join('?' for _ in values)})",
                        list(values.values()),
                    )
                except Exception as exc:  # sqlite3.IntegrityError and friends
                    raise FormatError(f"資料表 {table} 第 {number} 筆無法匯入：{exc}") from exc
            counts[table] = len(rows)
        problems = db.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            table, rowid, parent, _ = problems[0]
            raise FormatError(f"資料表 {table} 的第 {rowid} 筆指向不存在的 {parent} 資料。")
    return counts
