"""An exemption's reason, period and note survive the office's JSON export and import."""

import datetime as dt
from pathlib import Path

from sqlite_utils import Database

from gmdesk.domain.model import ExemptionKind
from gmdesk.services import staff as staff_service
from gmdesk.services import training as training_service
from gmdesk.services.office_data import export_json, import_json
from gmdesk.storage.db import open_db
from tests.conftest import THIS_YEAR, TODAY


def test_an_exemption_travels_whole_through_json(demo_db: Database, tmp_path: Path) -> None:
    person = next(p for p in training_service.progress(demo_db, THIS_YEAR) if not p.exempt).person
    staff_service.set_exemption(demo_db, person.id, THIS_YEAR, ExemptionKind.SECONDMENT,
                                dt.date(2026, 2, 1), dt.date(2026, 7, 31), "借調至市府")
    out = export_json(demo_db, tmp_path / "office.json")
    fresh = open_db(tmp_path / "fresh.gmdesk")
    try:
        import_json(fresh, out, TODAY)
        saved = staff_service.exemption_of(fresh, person.id, THIS_YEAR)
        assert saved is not None
        assert (saved.kind, saved.start, saved.end, saved.note, saved.reason) == (
            ExemptionKind.SECONDMENT, dt.date(2026, 2, 1), dt.date(2026, 7, 31), "借調至市府",
            "借調他機關")
        rows = {p.person.id: p for p in training_service.progress(fresh, THIS_YEAR)}
        assert rows[person.id].exempt_reason == "借調他機關"
    finally:
        fresh.close()
