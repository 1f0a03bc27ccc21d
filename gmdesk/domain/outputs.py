"""What the files gmdesk writes are called: the names a clerk recognises on the shared drive.

One home for every output's file name, used by the window (preview, 另存新檔, 報表匯出) and by
the command line's default names: 「115年第1次會議紀錄.pdf」, 「115年度CEDAW宣導成果.pdf」,
「115年度城市報表.xlsx」.
"""

from __future__ import annotations

import re
from enum import Enum


class Output(Enum):
    """Every kind of file gmdesk writes for the clerk."""

    MEETING_NOTICE = "notice"
    MEETING_SIGNIN = "signin"
    MEETING_MINUTES = "minutes"
    EVENT_REPORT = "event_report"
    OUTREACH_YEAR = "outreach_year"
    REMINDERS = "reminders"
    ANNUAL_REPORT = "annual_report"
    CITY_WORKBOOK = "city_workbook"
    EVIDENCE_PACK = "evidence_pack"
    CALENDAR = "calendar"


MEETING_FORM_LABELS = {
    Output.MEETING_NOTICE: "會議開會通知單",
    Output.MEETING_SIGNIN: "會議簽到表",
    Output.MEETING_MINUTES: "會議紀錄",
}

_YEARLY = {
    Output.OUTREACH_YEAR: ("CEDAW宣導成果", ".pdf"),
    Output.REMINDERS: ("培力時數提醒名單", ".pdf"),
    Output.ANNUAL_REPORT: ("性別主流化成果報告", ".pdf"),
    Output.CITY_WORKBOOK: ("城市報表", ".xlsx"),
    Output.EVIDENCE_PACK: ("佐證資料", ".zip"),
    Output.CALENDAR: ("行事曆", ".ics"),
}

# Characters Windows does not allow in a file name, and control characters.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
TITLE_LIMIT = 40


def safe_part(text: str, limit: int = TITLE_LIMIT) -> str:
    """Return `text` usable inside a file name on Windows: no \\ / : * ? " < > |, no trailing
    dots or spaces, at most `limit` characters (a long event title is cut, not refused)."""
    cleaned = _UNSAFE.sub("_", " ".join(text.split()))
    return cleaned[:limit].rstrip(" .")


def output_name(kind: Output, year: int, seq: int | None = None, title: str = "") -> str:
    """Return the file name of `kind` for ROC `year` (`seq`: the meeting's number in the year;
    `title`: the event's title)."""
    if kind in MEETING_FORM_LABELS:
        if seq is None:
            raise ValueError(f"{kind.value} needs the meeting's seq")
        return f"{year}年第{seq}次{MEETING_FORM_LABELS[kind]}.pdf"
    if kind is Output.EVENT_REPORT:
        part = safe_part(title)
        return f"{year}年度CEDAW宣導成果報告（{part}）.pdf" if part else \
            f"{year}年度CEDAW宣導成果報告.pdf"
    label, suffix = _YEARLY[kind]
    return f"{year}年度{label}{suffix}"
