"""The office's committees and their members."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from gmdesk.domain import committees as rules
from gmdesk.domain.committees import Committee, CommitteeId, CommitteeMember
from gmdesk.domain.errors import InputError, gone
from gmdesk.domain.importing import check_fields
from gmdesk.domain.texts import Phrase
from gmdesk.storage import duties as store
from gmdesk.storage import trash
from gmdesk.storage.database import Database


def save_committee(db: Database, committee: Committee) -> CommitteeId:
    cleaned = rules.validate_committee(committee)
    check_fields(cleaned, dt.date.today())
    with db.atomic():
        if cleaned.id:
            if store.get_committee(db, cleaned.id) is None:
                raise InputError(gone(Phrase.of("committees.thing"), cleaned.id, refresh=True))
            store.update_committee(db, cleaned)
            return cleaned.id
        return store.add_committee(db, cleaned)


def save_member(db: Database, member: CommitteeMember) -> int:
    cleaned = rules.validate_member(member)
    check_fields(cleaned, dt.date.today())
    with db.atomic():
        if store.get_committee(db, cleaned.committee_id) is None:
            raise InputError(Phrase.of("committees.err.gone"))
        if cleaned.id:
            store.update_member(db, cleaned)
            return cleaned.id
        return store.add_member(db, cleaned)


def save_with_members(db: Database, committee: Committee,
                      members: Sequence[CommitteeMember]) -> CommitteeId:
    """Save a committee and its whole member list in one transaction (members not in the list
    are removed); nothing is written when any of them is refused."""
    cleaned = rules.validate_committee(committee)
    checked = [rules.validate_member(m) for m in members]
    for item in (cleaned, *checked):
        check_fields(item, dt.date.today())
    with db.atomic():
        committee_id = save_committee(db, cleaned)
        keep = {m.id for m in checked if m.id}
        for old in store.list_members(db, committee_id):
            if old.id not in keep:
                store.delete_member(db, old.id)
        for member in checked:
            placed = replace(member, committee_id=committee_id)
            if member.id:
                store.update_member(db, placed)
            else:
                store.add_member(db, placed)
    return committee_id


def remove_member(db: Database, member_id: int, now: dt.datetime) -> int:
    return trash.move_to_trash(db, "committee_member", member_id, now, "委員會委員")


def delete_committee(db: Database, committee_id: int, now: dt.datetime) -> int:
    committee = store.get_committee(db, committee_id)
    if committee is None:
        raise InputError(gone(Phrase.of("committees.thing"), committee_id))
    return trash.move_to_trash(db, "committee", committee_id, now, f"委員會：{committee.name}")


def list_committees(db: Database) -> list[Committee]:
    return store.list_committees(db)


def members_of(db: Database, committee_id: int) -> list[CommitteeMember]:
    return store.list_members(db, committee_id)
