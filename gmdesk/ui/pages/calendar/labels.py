"""How the calendar's kinds and states read in the window (translated; the domain gives codes)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from gmdesk.domain.calendar import Entry, EntryKind, EntryStatus


def kind_label(kind: EntryKind) -> str:
    labels = {
        EntryKind.MEETING_WINDOW: QCoreApplication.translate("Calendar", "開會期間"),
        EntryKind.MEETINGS: QCoreApplication.translate("Calendar", "小組會議"),
        EntryKind.MEETING: QCoreApplication.translate("Calendar", "小組會議"),
        EntryKind.NOTICE: QCoreApplication.translate("Calendar", "開會通知"),
        EntryKind.TERM: QCoreApplication.translate("Calendar", "委員任期"),
        EntryKind.BUDGET: QCoreApplication.translate("Calendar", "性別預算"),
        EntryKind.REPORT: QCoreApplication.translate("Calendar", "成果報告"),
        EntryKind.TRAINING: QCoreApplication.translate("Calendar", "性別意識培力"),
        EntryKind.OUTREACH: QCoreApplication.translate("Calendar", "CEDAW宣導"),
        EntryKind.EVENT: QCoreApplication.translate("Calendar", "宣導與措施"),
        EntryKind.MEASURES: QCoreApplication.translate("Calendar", "其他性別平等措施"),
    }
    return labels[kind]


def status_text(entry: Entry, today: dt.date) -> str:
    """Return 已完成, 今天到期, 3天後到期, 已逾期5天 or 已過（請自行確認）."""
    status = entry.status(today)
    left = entry.days_left(today)
    if status is EntryStatus.DONE:
        return QCoreApplication.translate("Calendar", "已完成")
    if status is EntryStatus.DUE:
        return QCoreApplication.translate("Calendar", "今天到期") if left == 0 else QCoreApplication.translate("Calendar", "%1天後到期").replace("%1", str(left))
    if status is EntryStatus.OVERDUE:
        return QCoreApplication.translate("Calendar", "已逾期%1天").replace("%1", str(-left))
    return QCoreApplication.translate("Calendar", "已過（請自行確認）")


# Row backgrounds; the state is always said in words too (never by colour alone).
SOON_DAYS = 14


def status_colour(entry: Entry, today: dt.date) -> str | None:
    status = entry.status(today)
    if status is EntryStatus.OVERDUE:
        return "#fde7e7"
    if status is EntryStatus.DUE and entry.days_left(today) <= SOON_DAYS:
        return "#fff1d6"
    if status is EntryStatus.DONE:
        return "#eaf5eb"
    return None
