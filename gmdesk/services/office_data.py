"""Export and import a whole office as JSON."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from gmdesk.storage import dump
from gmdesk.storage.database import Database


def submission_metadata(db: Database, tables: Any, made_at: dt.datetime) -> dict[str, Any] | None:
    """Return the export's `submission` object (issue 19): who sent it, when, and a checksum."""
    from gmdesk import __version__
    from gmdesk.domain.rocdate import roc_year
    from gmdesk.domain.submission import json_metadata
    from gmdesk.storage import office

    current = office.get_office(db)
    if current is None:
        return None
    year = roc_year(made_at.year)
    return json_metadata(
        office_name=current.name, city=current.city, office_kind=current.kind.value,
        preset=office.preset_for(db, year).code, year=year, version=__version__,
        made_at=made_at, tables=tables, data_version=dump.FORMAT_VERSION)


def export_json(db: Database, out: Path, made_at: dt.datetime | None = None) -> Path:
    """Write the office to `out` (under a temporary name first, so no half file remains)."""
    data = dump.dump(db)
    meta = submission_metadata(db, data["tables"], made_at or dt.datetime.now().astimezone())
    if meta is not None:
        data["submission"] = meta
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    tmp.write_text(text + "\n", encoding="utf-8")
    os.replace(tmp, out)
    return out


# An export holds every photo of the office, so it may be large; nothing gmdesk writes is deep.
MAX_JSON_BYTES = 2 * 2**30
MAX_JSON_DEPTH = 32


def _depth(data: object) -> int:
    """Return how deeply lists and objects nest in `data` (without recursion)."""
    deepest, stack = 0, [(data, 1)]
    while stack:
        value, level = stack.pop()
        if isinstance(value, dict | list):
            deepest = max(deepest, level)
            if level > MAX_JSON_DEPTH:
                return level
            stack.extend((v, level + 1) for v in (value.values() if isinstance(value, dict) else value))
    return deepest


def import_json(db: Database, source: Path, today: dt.date | None = None) -> dict[str, int]:
    """Load an exported office into an empty database; all or nothing."""
    size = source.stat().st_size
    if size > MAX_JSON_BYTES:
        raise dump.FormatError(f"「{source.name}」有 {size / 2**30:.1f} GB，超過匯入上限 {MAX_JSON_BYTES / 2**30:.0f} GB："
                               "這不是 gmdesk 匯出的機關資料檔。")
    too_deep = dump.FormatError(f"「{source.name}」的 JSON 巢狀超過 {MAX_JSON_DEPTH} 層：這不是 gmdesk 匯出的機關資料檔。")
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except RecursionError as exc:
        raise too_deep from exc
    except UnicodeDecodeError as exc:
        raise dump.FormatError(f"「{source.name}」不是 UTF-8 文字檔，無法讀取。") from exc
    except json.JSONDecodeError as exc:
        raise dump.FormatError(
            f"「{source.name}」第 {exc.lineno} 行第 {exc.colno} 字不是有效的 JSON：{exc.msg}"
        ) from exc
    if _depth(data) > MAX_JSON_DEPTH:
        raise too_deep
    return dump.load(db, data, today)
