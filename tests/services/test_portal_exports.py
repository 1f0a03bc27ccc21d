"""Learning-portal exports are recognised without asking for a mapping."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlite_utils import Database

from gmdesk.domain.importing import ImportKind
from gmdesk.domain.model import Delivery, Level
from gmdesk.services.training import mapping_key, open_source, run_import
from gmdesk.storage import office

TODAY = dt.date(2026, 11, 24)
PORTAL = ("身分證字號,姓名,服務機關,課程名稱,學習起日,學習迄日,認證時數,學習方式\n"
          "A12****789,鍾建宏,海濱區公所,性別主流化進階課程,115/03/01,115/03/20,3,數位\n"
          "B22****111,鄧秀英,海濱區公所,CEDAW 基礎課程,115/04/01,115/04/02,2,實體\n")


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "portal.csv"
    path.write_text(text, encoding="utf-8-sig")
    return path


def test_a_portal_export_maps_itself_and_the_end_day_is_the_date(demo_db: Database,
                                                                 tmp_path: Path) -> None:
    source = open_source(demo_db, _write(tmp_path, PORTAL), ImportKind.TRAINING)
    named = {code: source.headers[i] for code, i in source.mapping.items()}
    assert named["day"] == "學習迄日" and named["hours"] == "認證時數"
    assert named["delivery"] == "學習方式" and named["id_no"] == "身分證字號"
    assert "學習起日" not in named.values()
    before = demo_db["training"].count
    preview = run_import(demo_db, source, source.mapping, dry_run=True, today=TODAY)
    assert preview.errors == [] and preview.added == 2
    assert "以進階課程計" in preview.changes[0] and "以進階課程計" not in preview.changes[1]
    assert demo_db["training"].count == before
    done = run_import(demo_db, source, source.mapping, dry_run=False, today=TODAY)
    assert done.applied
    rows = {r["title"]: r for r in demo_db.query(
        "SELECT title, day, level, delivery, hours FROM training ORDER BY id DESC LIMIT 2")}
    advanced = rows["性別主流化進階課程"]
    assert (advanced["day"], advanced["level"], advanced["delivery"], advanced["hours"]) == (
        "2026-03-20", Level.ADVANCED.value, Delivery.ONLINE.value, 3.0)
    assert rows["CEDAW 基礎課程"]["level"] == Level.BASIC.value


def test_a_remembered_mapping_still_wins(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.atomic():
        office.set_setting(demo_db, mapping_key(ImportKind.TRAINING), {"day": "學習起日"})
    source = open_source(demo_db, _write(tmp_path, PORTAL), ImportKind.TRAINING)
    assert source.headers[source.mapping["day"]] == "學習起日"
