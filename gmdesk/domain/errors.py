"""Errors the user can fix; their messages say what, where and what to do (zh-TW)."""

from __future__ import annotations


class InputError(ValueError):
    """Input that cannot be accepted; nothing was written."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.field = field
