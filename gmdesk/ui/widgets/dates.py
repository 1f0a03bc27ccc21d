"""The ROC date field: one parser (the domain's) and one message for every date a clerk types."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit

from gmdesk.domain.errors import InputError
from gmdesk.domain.rocdate import DateError, parse_date


def date_field(placeholder: str = "115/3/5") -> QLineEdit:
    """Return a line edit for an ROC date (114/3/5, 1140305, 2025-03-05 …)."""
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMaximumWidth(140)
    return edit


def read_date(edit: QLineEdit, label: str, field: str, required: bool = True) -> dt.date | None:
    """Return the date typed in `edit`, or raise InputError naming the field."""
    text = edit.text().strip()
    if not text:
        if required:
            raise InputError(f"「{label}」未填：請輸入日期，例如 115/3/5", field)
        return None
    try:
        return parse_date(text)
    except DateError as exc:
        raise InputError(f"「{label}」{exc}", field) from None
