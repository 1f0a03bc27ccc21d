"""性別影響評估 cases: save them checked, close them only when complete, list a year's."""

from __future__ import annotations

import datetime as dt

from gmdesk.domain import impact as rules
from gmdesk.domain.errors import InputError, gone
from gmdesk.domain.impact import GiaCase, GiaCaseId
from gmdesk.domain.importing import check_fields
from gmdesk.domain.texts import Phrase
from gmdesk.storage import duties as store
from gmdesk.storage import trash
from gmdesk.storage.database import Database


def save_case(db: Database, case: GiaCase) -> GiaCaseId:
    """Check a case and add it (id 0) or write it over the stored one; return its id."""
    cleaned = rules.validate_case(case)
    check_fields(cleaned, dt.date.today())
    with db.atomic():
        if cleaned.id:
            if store.get_case(db, cleaned.id) is None:
                raise InputError(gone(Phrase.of("impact.thing"), cleaned.id, refresh=True))
            store.update_case(db, cleaned)
            return cleaned.id
        return store.add_case(db, cleaned)


def get_case(db: Database, case_id: int) -> GiaCase:
    case = store.get_case(db, case_id)
    if case is None:
        raise InputError(gone(Phrase.of("impact.thing"), case_id))
    return case


def list_year(db: Database, year: int) -> list[GiaCase]:
    return store.list_cases(db, year)


def delete_case(db: Database, case_id: int, now: dt.datetime) -> int:
    """Move a case to the 資源回收筒; return the trash entry's id."""
    case = get_case(db, case_id)
    return trash.move_to_trash(db, "gia_case", case_id, now, f"性別影響評估：{case.title}")


def blank_case(year: int, day: dt.date) -> GiaCase:
    return GiaCase(GiaCaseId(0), year, "", rules.GiaKind.POLICY_PLAN, started=day)
