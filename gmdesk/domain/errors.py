"""Errors the user can fix; their messages say what, where and what to do (zh-TW).

An error may carry its message as a `texts.Phrase` (a code and its figures): `str(error)` is
then the phrase's zh-TW text (CLI, logs) and `error.phrase` lets the window and the CLI word it
in the clerk's language (`gmdesk.wording.error_text`). Old plain messages have no phrase.
"""

from __future__ import annotations

from gmdesk.domain.texts import Phrase, define

# A record that went away while the clerk looked at it ({thing}: a phrase naming its kind).
define({
    "record.gone": "找不到編號 {id} 的{thing}，可能已被刪除",
    "record.gone_refresh": "找不到編號 {id} 的{thing}，可能已被刪除：請重新整理後再試",
    "record.no_office": "資料檔尚未設定機關資料：請先在「設定」頁填寫機關名稱",
    "record.no_office_yet": "尚未設定機關資料：請先到「設定」頁填寫機關名稱",
})


def gone(thing: Phrase, record_id: object, refresh: bool = False) -> Phrase:
    """找不到編號 3 的活動，可能已被刪除(：請重新整理後再試)."""
    return Phrase.of("record.gone_refresh" if refresh else "record.gone", id=record_id,
                     thing=thing)


class InputError(ValueError):
    """Input that cannot be accepted; nothing was written."""

    def __init__(self, message: str | Phrase, field: str = "") -> None:
        super().__init__(str(message))
        self.phrase: Phrase | None = None if isinstance(message, str) else message
        self.field = field
