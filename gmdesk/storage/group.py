"""Execution-group memberships and filings with the city."""

from __future__ import annotations

import datetime as dt

from gmdesk.domain.model import Filing, Membership, MembershipId
from gmdesk.storage import records
from gmdesk.storage.database import Database


def add_membership(db: Database, membership: Membership) -> MembershipId:
    return MembershipId(records.insert(db, "membership", membership))


def update_membership(db: Database, membership: Membership) -> None:
    records.update(db, "membership", membership)


def list_memberships(db: Database) -> list[Membership]:
    return records.select(db, Membership, "membership", order_by="start, id")


def memberships_on(db: Database, day: dt.date) -> list[Membership]:
    """Return the memberships in force on a day (composition is a query, never a count)."""
    return records.select(
        db,
        Membership,
        "membership",
        'start <= ? AND ("end" IS NULL OR "end" >= ?)',
        [day.isoformat(), day.isoformat()],
    )


def add_filing(db: Database, filing: Filing) -> int:
    return records.insert(db, "filing", filing)


def list_filings(db: Database, year: int | None = None) -> list[Filing]:
    if year is None:
        return records.select(db, Filing, "filing")
    return records.select(db, Filing, "filing", "year = ?", [year])
