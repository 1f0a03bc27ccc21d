"""The office profile, its units, its rule presets and its settings."""

from __future__ import annotations

import json
from typing import Any

from gmdesk.domain.model import Office, OfficeKind, Unit, UnitId
from gmdesk.domain.presets import PRESETS, Preset
from gmdesk.storage import records
from gmdesk.storage.database import Database


def get_office(db: Database) -> Office | None:
    """Return the office profile, or None before the office is set up."""
    rows = records.select(db, Office, "office")
    return rows[0] if rows else None


def save_office(db: Database, office: Office) -> None:
    row = records.to_row(office)
    row["id"] = 1
    db.table("office").upsert(row, pk="id")


def list_units(db: Database) -> list[Unit]:
    return records.select(db, Unit, "unit", order_by="sort_order, id")


def unit_names(db: Database) -> dict[int, str]:
    return {u.id: u.name for u in list_units(db)}


def add_unit(db: Database, name: str, sort_order: int = 0) -> UnitId:
    return UnitId(records.insert(db, "unit", Unit(UnitId(0), name, sort_order)))


def unit_in_use(db: Database, unit_id: int) -> int:
    """Return how many people and employment periods name a unit."""
    people = db.execute("SELECT COUNT(*) FROM person WHERE unit_id = ?", [unit_id]).fetchone()[0]
    periods = db.execute(
        "SELECT COUNT(*) FROM employment WHERE unit_id = ?", [unit_id]).fetchone()[0]
    return int(people) + int(periods)


def delete_unit(db: Database, unit_id: int) -> None:
    db.execute("DELETE FROM unit WHERE id = ?", [unit_id])


def set_unit_order(db: Database, unit_id: int, sort_order: int) -> None:
    db.execute("UPDATE unit SET sort_order = ? WHERE id = ?", [sort_order, unit_id])


def unit_id_by_name(db: Database, name: str) -> UnitId | None:
    row = db.execute("SELECT id FROM unit WHERE name = ?", [name]).fetchone()
    return UnitId(row[0]) if row else None


def preset_for(db: Database, year: int) -> Preset:
    """Return the preset in force for an ROC year (the latest one starting on or before it).

    Inside db.reading() it is read once per year: a year's check asks for it once per rule."""
    memo = db.read_once
    if memo is None:
        return _preset_for(db, year)
    key = ("preset_for", year)
    if key not in memo:
        memo[key] = _preset_for(db, year)
    preset: Preset = memo[key]
    return preset


def _preset_for(db: Database, year: int) -> Preset:
    row = db.execute(
        "SELECT preset FROM rules WHERE year_from <= ? ORDER BY year_from DESC LIMIT 1", [year]
    ).fetchone()
    if row is None:
        row = db.execute("SELECT preset FROM rules ORDER BY year_from LIMIT 1").fetchone()
    if row is None:
        office = get_office(db)
        kind = office.kind if office else OfficeKind.DISTRICT
        return PRESETS["kaohsiung_district" if kind is OfficeKind.DISTRICT else "taipei_bureau"]
    return Preset.from_json(row[0])


def save_preset(db: Database, year_from: int, preset: Preset) -> None:
    db.table("rules").upsert({"year_from": year_from, "preset": preset.to_json()}, pk="year_from")


def list_presets(db: Database) -> list[tuple[int, Preset]]:
    return [
        (int(y), Preset.from_json(p))
        for y, p in db.execute("SELECT year_from, preset FROM rules ORDER BY year_from")
    ]


def get_setting(db: Database, key: str, default: Any = None) -> Any:
    row = db.execute("SELECT value FROM setting WHERE key = ?", [key]).fetchone()
    return json.loads(row[0]) if row else default


def set_setting(db: Database, key: str, value: Any) -> None:
    db.table("setting").upsert(
        {"key": key, "value": json.dumps(value, ensure_ascii=False, sort_keys=True)}, pk="key"
    )
