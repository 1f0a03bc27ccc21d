"""Export and import a whole office as JSON."""

from __future__ import annotations

import json
import os
from pathlib import Path

from sqlite_utils import Database

from gmdesk.storage import dump


def export_json(db: Database, out: Path) -> Path:
    """Write the office to `out` (under a temporary name first, so no half file remains)."""
    text = json.dumps(dump.dump(db), ensure_ascii=False, indent=1, sort_keys=True)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    tmp.write_text(text + "\n", encoding="utf-8")
    os.replace(tmp, out)
    return out


def import_json(db: Database, source: Path) -> dict[str, int]:
    """Load an exported office into an empty database; all or nothing."""
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise dump.FormatError(f"「{source.name}」不是 UTF-8 文字檔，無法讀取。") from exc
    except json.JSONDecodeError as exc:
        raise dump.FormatError(
            f"「{source.name}」第 {exc.lineno} 行第 {exc.colno} 字不是有效的 JSON：{exc.msg}"
        ) from exc
    return dump.load(db, data)
