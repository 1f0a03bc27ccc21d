"""The next 30 days on 總覽: what falls due soon and what is overdue, each a link to its page."""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from gmdesk.domain.calendar import Entry, EntryStatus
from gmdesk.domain.compliance import Status
from gmdesk.services import calendar as calendar_service
from gmdesk.services.overview import UPCOMING_DAYS
from gmdesk.ui import wording
from gmdesk.ui.context import AppContext
from gmdesk.ui.pages.calendar.labels import kind_label, status_text
from gmdesk.ui.widgets.forms import STATUS_COLOURS

if TYPE_CHECKING:
    from gmdesk.services.safety import Database

DAYS = UPCOMING_DAYS  # one home: services.overview
MOST = 8  # lines shown; the rest are on 行事曆


class UpcomingList(QLabel):
    """A short list of the year's open deadlines from today to 30 days ahead, overdue first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("upcoming")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.linkActivated.connect(ctx.navigate.emit)
        self.count = 0
        self._asked = 0

    def refresh(self) -> None:
        """Ask for the next days through the runner (its own connection, off the UI thread)."""
        self._asked += 1
        asked, year, today = self._asked, self.ctx.year, self.ctx.today()

        def task(db: Database, _progress: object) -> list[Entry]:
            return calendar_service.next_days(db, year, today, DAYS)

        def done(entries: list[Entry]) -> None:
            if asked == self._asked:  # an older answer is dropped
                self.show_entries(entries, today)

        self.ctx.runner.op(task, done, self.tr("整理接下來的期限…"), quiet=True)

    def show_entries(self, entries: list[Entry], today: dt.date) -> None:
        self.count = len(entries)
        title = ("<b style='font-size:13pt'>" + html.escape(self.tr("接下來%1天").replace(
            "%1", str(DAYS))) + "</b>　<a href='calendar'>"
            + html.escape(self.tr("看全年行事曆")) + "</a>")
        if not entries:
            self.setText(title + "<br/>" + html.escape(self.tr("接下來%1天沒有到期的事項。")
                                                       .replace("%1", str(DAYS))))
            self.setAccessibleName(self.tr("接下來%1天：沒有到期的事項").replace("%1", str(DAYS)))
            return
        lines = []
        for entry in entries[:MOST]:
            overdue = entry.status(today) is EntryStatus.OVERDUE
            colour = STATUS_COLOURS[Status.FAIL if overdue else Status.WARN]
            lines.append(
                f"<li>{html.escape(wording.day(entry.day))}{wording.gap()}"
                f"<a href='{html.escape(entry.target or 'calendar:' + entry.key)}'>"
                f"{html.escape(kind_label(entry.kind))}{wording.colon()}"
                f"{html.escape(wording.say_field(entry, 'title'))}</a>{wording.gap()}"
                f"<span style='color:{colour}'>{'✘' if overdue else '!'} "
                f"{html.escape(status_text(entry, today))}</span></li>")
        more = ""
        if len(entries) > MOST:
            more = ("<a href='calendar'>" + html.escape(self.tr("另有%1項，請見行事曆").replace(
                "%1", str(len(entries) - MOST))) + "</a>")
        self.setText(f"{title}<ul style='margin-left:-20px'>{''.join(lines)}</ul>{more}")
        self.setAccessibleName(self.tr("接下來%1天：%2項").replace("%1", str(DAYS))
                               .replace("%2", str(len(entries))))
