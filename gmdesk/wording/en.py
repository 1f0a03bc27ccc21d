"""English wording of the domain's phrases and labels (same codes and parameters as zh-TW)."""

from __future__ import annotations

import datetime as dt

from gmdesk.domain.texts import Label, Words

# code -> template; the placeholders are the zh-TW template's (tests/wording checks both).
TEMPLATES: dict[str, str] = {}

# kind -> stored value -> English name.
LABELS: dict[str, dict[str, str]] = {}


def _label(label: Label) -> str:
    return LABELS.get(label.kind, {}).get(label.value, label.value)


def _day(day: dt.date) -> str:
    return f"{day.day} {day:%b} {day.year}"


WORDS = Words(TEMPLATES, _label, _day, ", ")
