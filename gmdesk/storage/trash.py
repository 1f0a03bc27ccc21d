"""The 資源回收筒: a deleted record and the rows that depend on it, kept as JSON for 90 days."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import json
from typing import Any

from gmdesk.domain.errors import InputError
from gmdesk.domain.texts import Label, Phrase, define, define_labels
from gmdesk.storage.database import Database
from gmdesk.storage.schema import TABLES

KEEP_DAYS = 90
# What each table holds, as the clerk calls it (the trash's messages, the JSON file's errors).
TABLE_LABELS = {
    "office": "機關", "rules": "規定", "setting": "設定", "unit": "單位", "person": "人員", "employment": "任職", "exemption": "免訓", "membership": "小組成員",
    "filing": "報備", "meeting": "會議", "attendance": "出席", "agenda_item": "議案",
    "followup": "列管事項", "progress": "辦理情形", "course": "課程", "training": "培力紀錄",
    "event": "活動", "photo": "照片", "import_log": "匯入紀錄",
    "gia_case": "性別影響評估案", "indicator": "性別統計指標", "indicator_review": "指標檢討",
    "indicator_value": "指標數值", "analysis": "性別分析專題", "budget_sheet": "性別預算表",
    "budget_item": "性別預算項目", "committee": "委員會", "committee_member": "委員會委員",
}
define_labels("record_table", TABLE_LABELS)

define({
    "trash.err.in_use": "還有 {count} 筆{child}資料使用這筆{table}，不能刪除：請先修改或刪除那些資料。",
    "trash.err.not_found": "找不到要刪除的{table}（編號 {id}），可能已被刪除。",
    "trash.err.gone": "資源回收筒裡沒有這筆資料，可能已還原或已超過保存期限而清除。",
    "trash.err.too_old": "這筆資料刪除已超過 {days} 天，不能還原；請從備份還原。",
    "trash.err.conflict": "無法還原這筆{table}：目前已有相同的資料，或它所屬的資料已被刪除（{detail}）。",
})


def _table(name: str) -> Label:
    return Label("record_table", name)

# Rows that belong to a record although the schema does not cascade: they go with it. Other
# references (a person's attendance in minutes, a unit still named) block the deletion.
OWNED = {("employment", "person_id"), ("exemption", "person_id"), ("membership", "person_id"),
         ("training", "person_id")}


@dataclasses.dataclass(frozen=True)
class TrashItem:
    """One deletion waiting in the 資源回收筒."""

    id: int
    deleted_at: dt.datetime
    table_name: str
    record_id: int
    label: str
    row_count: int

    def expires(self) -> dt.date:
        return self.deleted_at.date() + dt.timedelta(days=KEEP_DAYS)


def _references(db: Database, parent: str) -> list[tuple[str, str, bool]]:
    """Return (child table, column, cascades) for every foreign key pointing at `parent`."""
    found = []
    for table in TABLES:
        for row in db.execute(f"PRAGMA foreign_key_list([{table}])").fetchall():
            # id, seq, table, from, to, on_update, on_delete, match
            if row[2] == parent:
                owned = (table, row[3]) in OWNED
                found.append((table, row[3], owned or str(row[6]).upper() == "CASCADE"))
    return found


def _encode(row: dict[str, Any]) -> dict[str, Any]:
    return {k: {"base64": base64.b64encode(v).decode("ascii")} if isinstance(v, bytes) else v
            for k, v in row.items()}


def _decode(row: dict[str, Any]) -> dict[str, Any]:
    return {k: base64.b64decode(v["base64"]) if isinstance(v, dict) else v for k, v in row.items()}


def _rows(db: Database, table: str, where: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = db.execute(f"SELECT * FROM [{table}] WHERE {where} ORDER BY id", params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor]


def _collect(db: Database, table: str, record_id: int,
             gathered: dict[str, dict[int, dict[str, Any]]]) -> None:
    """Gather a row and, recursively, the rows that cascade from it; refuse other references."""
    rows = _rows(db, table, "id = ?", [record_id])
    if not rows or record_id in gathered.get(table, {}):
        return
    gathered.setdefault(table, {})[record_id] = rows[0]
    for child, column, cascades in _references(db, table):
        kids = _rows(db, child, f"[{column}] = ?", [record_id])
        if cascades:
            for kid in kids:
                _collect(db, child, int(kid["id"]), gathered)
        elif kids:
            left = [k for k in kids if int(k["id"]) not in gathered.get(child, {})]
            if left:
                raise InputError(Phrase.of("trash.err.in_use", count=len(left),
                                           child=_table(child), table=_table(table)), column)


def move_to_trash(db: Database, table: str, record_id: int, now: dt.datetime,
                  label: str = "") -> int:
    """Delete a record and the rows depending on it, keeping them in the trash; return its id."""
    if table not in TABLES or table in ("office", "rules", "setting"):
        raise ValueError(table)
    with db.atomic():
        gathered: dict[str, dict[int, dict[str, Any]]] = {}
        _collect(db, table, record_id, gathered)
        if not gathered:
            raise InputError(Phrase.of("trash.err.not_found", table=_table(table), id=record_id))
        payload = {t: [_encode(r) for _, r in sorted(gathered[t].items())]
                   for t in TABLES if t in gathered}
        cursor = db.execute(
            "INSERT INTO trash (deleted_at, table_name, record_id, label, rows) VALUES (?, ?, ?, ?, ?)",
            [now.isoformat(timespec="seconds"), table, record_id, label,
             json.dumps(payload, ensure_ascii=False)],
        )
        # Children first, so no foreign key ever points at a missing row mid-way.
        for t in reversed(TABLES):
            for rid in sorted(gathered.get(t, {}), reverse=True):
                db.execute(f"DELETE FROM [{t}] WHERE id = ?", [rid])
    return int(cursor.lastrowid or 0)


def list_trash(db: Database) -> list[TrashItem]:
    """Return what the 資源回收筒 holds, newest deletion first."""
    items = []
    for id_, at, table, record_id, label, rows in db.execute(
        "SELECT id, deleted_at, table_name, record_id, label, rows FROM trash ORDER BY id DESC"
    ):
        count = sum(len(v) for v in json.loads(rows).values())
        items.append(TrashItem(int(id_), dt.datetime.fromisoformat(at), table, int(record_id),
                               label, count))
    return items


def _foreign_keys(db: Database, table: str) -> list[tuple[str, str]]:
    return [(row[3], row[2]) for row in db.execute(f"PRAGMA foreign_key_list([{table}])").fetchall()]


def restore(db: Database, trash_id: int, now: dt.datetime) -> int:
    """Put a deleted record and its rows back, in one transaction; return the record's id.

    A row whose id was taken meanwhile gets a new id, and the rows pointing at it follow.
    """
    row = db.execute("SELECT deleted_at, table_name, record_id, rows FROM trash WHERE id = ?",
                     [trash_id]).fetchone()
    if row is None:
        raise InputError(Phrase.of("trash.err.gone"))
    deleted_at, table, record_id, payload = row
    if now - dt.datetime.fromisoformat(deleted_at) > dt.timedelta(days=KEEP_DAYS):
        raise InputError(Phrase.of("trash.err.too_old", days=KEEP_DAYS))
    data: dict[str, list[dict[str, Any]]] = json.loads(payload)
    new_ids: dict[tuple[str, int], int] = {}
    try:
        with db.atomic():
            for t in TABLES:
                fks = _foreign_keys(db, t)
                for stored in data.get(t, []):
                    values = _decode(stored)
                    for column, parent in fks:
                        if values.get(column) is not None and (parent, values[column]) in new_ids:
                            values[column] = new_ids[(parent, values[column])]
                    old_id = int(values["id"])
                    taken = db.execute(f"SELECT 1 FROM [{t}] WHERE id = ?", [old_id]).fetchone()
                    if taken:
                        values.pop("id")
                    cursor = db.execute(
                        f"INSERT INTO [{t}] ({', '.join(f'[{k}]' for k in values)}) "
                        f"VALUES ({', '.join('?' for _ in values)})", list(values.values()))
                    new_ids[(t, old_id)] = int(cursor.lastrowid or old_id) if taken else old_id
            db.execute("DELETE FROM trash WHERE id = ?", [trash_id])
    except Exception as exc:
        if "UNIQUE" in str(exc) or "FOREIGN KEY" in str(exc):
            raise InputError(Phrase.of("trash.err.conflict", table=_table(table),
                                       detail=str(exc))) from exc
        raise
    return new_ids[(table, int(record_id))]


def purge(db: Database, now: dt.datetime) -> int:
    """Empty deletions older than 90 days for good; return how many."""
    cutoff = (now - dt.timedelta(days=KEEP_DAYS)).isoformat(timespec="seconds")
    with db.atomic():
        cursor = db.execute("DELETE FROM trash WHERE deleted_at < ?", [cutoff])
    return int(cursor.rowcount)
