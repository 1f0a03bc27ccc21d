"""Errors the user can fix; their messages say what, where and what to do (zh-TW).

An error may carry its message as a `texts.Phrase` (a code and its figures): `str(error)` is
then the phrase's zh-TW text (CLI, logs) and `error.phrase` lets the window and the CLI word it
in the clerk's language (`gmdesk.wording.error_text`). Old plain messages have no phrase.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gmdesk.domain.texts import Phrase


class InputError(ValueError):
    """Input that cannot be accepted; nothing was written."""

    def __init__(self, message: str | Phrase, field: str = "") -> None:
        super().__init__(str(message))
        self.phrase: Phrase | None = None if isinstance(message, str) else message
        self.field = field
