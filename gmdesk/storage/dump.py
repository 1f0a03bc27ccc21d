"""The whole office as plain data: the versioned JSON format (docs/data-format.md)."""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
import enum
import json
import math
import re
import typing
from typing import Any

from gmdesk.domain import budget, committees, impact, importing, model, statistics
from gmdesk.domain.importing import CellError
from gmdesk.domain.presets import Preset
from gmdesk.storage import records
from gmdesk.storage.database import Database
from gmdesk.storage.schema import TABLES
from gmdesk.storage.trash import TABLE_LABELS

FORMAT_NAME = "gmdesk-office"
# 2: the tables of 性別影響評估, 性別統計, 性別預算 and the committees (a version-1 file has
# none of them and imports as it is).
FORMAT_VERSION = 2


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


# Each table's record type: every value of an import goes through its field's parser.
RECORD_TYPES: dict[str, type] = {
    "office": model.Office, "unit": model.Unit, "person": model.Person,
    "employment": model.Employment, "exemption": model.Exemption,
    "membership": model.Membership, "filing": model.Filing, "meeting": model.Meeting,
    "attendance": model.Attendance, "agenda_item": model.AgendaItem,
    "followup": model.FollowUp, "progress": model.Progress, "course": model.Course,
    "training": model.TrainingRecord, "event": model.Event, "photo": model.Photo,
    "import_log": importing.ImportLog,
    "gia_case": impact.GiaCase, "indicator": statistics.Indicator,
    "indicator_review": statistics.IndicatorReview, "indicator_value": statistics.IndicatorValue,
    "analysis": statistics.Analysis, "budget_sheet": budget.BudgetSheet,
    "budget_item": budget.BudgetItem, "committee": committees.Committee,
    "committee_member": committees.CommitteeMember,
}
_MULTILINE = importing.MULTILINE_FIELDS
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_TIME = re.compile(r"^\d{2}:\d{2}(:\d{2})?$")
_COUNTS = {"male", "female", "other", "budget", "fee", "width", "height", "rows", "sort_order",
           "amount", "executed"}


@dataclasses.dataclass(frozen=True)
class LoadError:
    """One value of an import that cannot go in: where it is, what it is, what to do."""

    table: str
    row: int
    column: str
    value: object
    why: str

    def __str__(self) -> str:
        shown = json.dumps(self.value, ensure_ascii=False) if self.value is not None else "null"
        if len(shown) > 40:
            shown = shown[:40] + "…"
        where = f"資料表「{TABLE_LABELS.get(self.table, self.table)}」（{self.table}）第 {self.row} 筆"
        if self.column:
            where += f"，欄位 {self.column}"
            return f"{where}：值 {shown} {self.why}"
        return f"{where}：{self.why}"


def _parse_value(hint: Any, column: str, value: Any, today: dt.date) -> Any:
    """Return an exported value as its field's type, or raise CellError saying what to do."""
    optional = type(None) in typing.get_args(hint)
    base = records._base(hint)
    if value is None:
        if optional:
            return None
        raise CellError("不可為空白：請填入值")
    origin = typing.get_origin(base)
    if origin in (tuple, list):
        try:
            items = json.loads(value) if isinstance(value, str) else value
        except json.JSONDecodeError:
            items = None
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise CellError('不是清單：請寫成 JSON 文字清單，如 ["民眾", "志工"]')
        for item in items:
            importing.checked_text(item)
        return tuple(items)
    if origin is dict:
        try:
            mapping = json.loads(value) if isinstance(value, str) else value
        except json.JSONDecodeError:
            mapping = None
        if not isinstance(mapping, dict):
            raise CellError("不是 JSON 物件：請寫成 {\"欄位\": \"標題\"}")
        return mapping
    if base is bool:
        if value in (0, 1) and not isinstance(value, float):
            return bool(value)
        raise CellError("不是是非值：請寫 1（是）或 0（否）")
    if base is dt.date:
        if not isinstance(value, str) or not _ISO_DAY.match(value):
            raise CellError("不是匯出檔的日期格式：請寫成西元 2025-03-05（年-月-日）")
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            raise CellError("不是存在的日期：請檢查月與日（如 2 月沒有 30 日）") from None
        return importing.plausible_day(day, today)
    if base is dt.time:
        if not isinstance(value, str) or not _ISO_TIME.match(value):
            raise CellError("不是時間：請寫成 24 小時制的 14:30")
        try:
            return dt.time.fromisoformat(value)
        except ValueError:
            raise CellError("不是存在的時間：小時 0–23、分 0–59，如 14:30") from None
    if isinstance(base, type) and issubclass(base, enum.Enum):
        allowed = [str(e.value) for e in base]
        if value not in allowed:
            raise CellError(f"不是可用的代碼：請寫 {'、'.join(allowed)} 其中之一")
        return base(value)
    if base is float:
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise CellError("不是數字：請寫如 2 或 1.5")
        if column == "hours":
            return importing.parse_hours(value)
        return float(value)
    if base is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise CellError("不是整數：請寫如 3")
        if column in _COUNTS and value < 0:
            raise CellError("不可為負數")
        if column == "year" and not 1 <= value <= today.year + 1 - 1911:
            raise CellError(f"不是合理的民國年度（1 到 {today.year + 1 - 1911}）")
        if column == "satisfaction" and not 1 <= value <= 5:
            raise CellError("滿意度須為 1 到 5")
        return value
    if base is bytes:
        if not isinstance(value, dict) or not isinstance(value.get("base64"), str):
            raise CellError('不是檔案內容：請寫成 {"base64": "…"}')
        try:
            return base64.b64decode(value["base64"], validate=True)
        except (binascii.Error, ValueError):
            raise CellError("的 base64 編碼有誤，無法還原成檔案") from None
    if base is str:
        if not isinstance(value, str):
            raise CellError("不是文字：請加上引號")
        return importing.checked_text(value, multiline=column in _MULTILINE)
    return value


def _check_record(table: str, row: dict[str, Any], number: int, today: dt.date) -> list[LoadError]:
    errors: list[LoadError] = []
    parsed: dict[str, Any] = {}
    cls = RECORD_TYPES.get(table)
    if cls is not None:
        hints = records._hints(cls)
        for f in dataclasses.fields(cls):
            if (f.name != "id" and f.name not in row and f.default is dataclasses.MISSING
                    and f.default_factory is dataclasses.MISSING):
                errors.append(LoadError(table, number, f.name, None, "缺少這個必填欄位"))
        for name, value in row.items():
            if name not in hints:
                continue
            try:
                parsed[name] = _parse_value(hints[name], name, value, today)
            except CellError as exc:
                errors.append(LoadError(table, number, name, value, str(exc)))
    elif table == "rules":
        year, preset = row.get("year_from"), row.get("preset")
        if isinstance(year, bool) or not isinstance(year, int) or not 1 <= year <= today.year + 1 - 1911:
            errors.append(LoadError(table, number, "year_from", year, "不是合理的民國年度"))
        try:
            Preset.from_json(preset) if isinstance(preset, str) else None
        except (ValueError, TypeError, KeyError, AttributeError):
            preset = None
        if not isinstance(preset, str):
            errors.append(LoadError(table, number, "preset", row.get("preset"),
                                    "不是 gmdesk 的規定設定：請用 gmdesk export json 重新匯出"))
    elif table == "setting":
        key, value = row.get("key"), row.get("value")
        if not isinstance(key, str) or not key:
            errors.append(LoadError(table, number, "key", key, "不是設定名稱"))
        try:
            json.loads(value) if isinstance(value, str) else None
        except json.JSONDecodeError:
            errors.append(LoadError(table, number, "value", value, "不是 JSON：設定值須為 JSON 文字"))
        if not isinstance(value, str):
            errors.append(LoadError(table, number, "value", value, "不是 JSON 文字"))
    if errors:
        return errors
    start = parsed.get("start")
    end = parsed.get("end") or parsed.get("term_end")
    if isinstance(start, dt.date) and isinstance(end, dt.date):
        try:
            importing.check_period(start, end)
        except CellError as exc:
            errors.append(LoadError(table, number, "end", row.get("end") or row.get("term_end"), str(exc)))
    if table == "photo" and "data" in parsed:
        kind = importing.image_kind(parsed["data"])
        if kind is None:
            errors.append(LoadError(table, number, "data", "(base64)",
                                    "不是圖片：只接受 JPEG、PNG、GIF 或 WebP 照片"))
    return errors


def validate(tables: dict[str, Any], today: dt.date) -> list[LoadError]:
    """Return every value of an export that cannot go in (empty: all of it can)."""
    errors: list[LoadError] = []
    for table in TABLES:
        rows = tables.get(table, [])
        if not isinstance(rows, list):
            errors.append(LoadError(table, 0, "", None, "內容不是清單"))
            continue
        for number, row in enumerate(rows, start=1):
            if not isinstance(row, dict):
                errors.append(LoadError(table, number, "", None, "不是物件（{…}）"))
                continue
            errors.extend(_check_record(table, row, number, today))
    offices = tables.get("office")
    if not isinstance(offices, list) or len(offices) != 1:
        errors.insert(0, LoadError("office", 1, "", None,
                                   "匯出檔必須有一筆機關資料（office）：請用 gmdesk export json 重新匯出"))
    return errors


def load(db: Database, data: Any, today: dt.date | None = None) -> dict[str, int]:
    """Insert an exported office into an empty database, in one transaction; return row counts.

    Every value is checked first: one bad value anywhere and nothing is written.
    """
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
    errors = validate(tables, today or dt.date.today())
    if errors:
        lines = importing.summarize(errors)
        joiner = "" if len(errors) == 1 else "\n"  # one problem, one line
        raise FormatError(f"匯入檔有 {len(errors):,} 個值不能匯入，沒有寫入任何資料：{joiner}" + "\n".join(lines))
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
                    raise FormatError(f"資料表「{TABLE_LABELS.get(table, table)}」（{table}）第 {number} 筆"
                                      f"無法匯入：{_why(exc)}。沒有寫入任何資料。") from exc
            counts[table] = len(rows)
        problems = db.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            table, rowid, parent, _ = problems[0]
            raise FormatError(f"資料表「{TABLE_LABELS.get(table, table)}」（{table}）id {rowid} 指向不存在的"
                              f"「{TABLE_LABELS.get(parent, parent)}」（{parent}）資料：請用 gmdesk export json 重新匯出。沒有寫入任何資料。")
    return counts


def _why(exc: Exception) -> str:
    """Say in Chinese which database rule a row broke."""
    text = str(exc)
    if "UNIQUE" in text or "PRIMARY KEY" in text:
        return f"與前面的資料重複（{text.split(':')[-1].strip()}）"
    if "NOT NULL" in text:
        return f"缺少必填欄位（{text.split('.')[-1].strip()}）"
    if "CHECK" in text:
        return "有不符合規定的值"
    if "FOREIGN KEY" in text:
        return "指向不存在的資料"
    return "資料庫拒絕這筆資料"
