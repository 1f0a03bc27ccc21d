"""The rows the meeting editor's tables edit: one mutable dataclass per table row."""

from __future__ import annotations

from collections.abc import Callable
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


def fee_value(text: str) -> int | None:
    digits = "".join(ch for ch in text if ch.isdigit())
    return int(digits) if digits else None


def setter(name: str) -> Callable[[Any, str], None]:
    def write(row: Any, value: str) -> None:
        setattr(row, name, value)
    return write
