"""The editable rows of a meeting's tables (what the clerk changes before saving)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from gmdesk.domain.model import AttendanceStatus, FollowUpId, ItemKind, PersonId


@dataclass
class AttendRow:
    person_id: PersonId
    name: str
    post: str
    gender: str
    role: str
    status: AttendanceStatus = AttendanceStatus.PRESENT
    proxy_name: str = ""
    fee: int | None = None
    external: bool = False


@dataclass
class GuestRow:
    person_id: PersonId
    name: str
    post: str
    fee: int | None = None


@dataclass
class ItemRow:
    kind: ItemKind
    title: str = ""
    unit: str = ""
    explanation: str = ""
    decision: str = ""
    followup_unit: str = ""
    item_id: Any = None


@dataclass
class ProgressRow:
    followup_id: FollowUpId
    source: str
    title: str
    unit: str
    text: str = ""
    proposal: str = "continue"
    decision: str = ""


def fee_of(text: str) -> int | None:
    """Read an attendance fee typed as 2,500 or 2500元; empty means none."""
    digits = "".join(ch for ch in text if ch.isdigit())
    return int(digits) if digits else None
