"""總覽: where the office stands this year on each duty, and a click to what fixes it."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gmdesk.domain.compliance import Duty, DutyResult, Finding, Status
from gmdesk.services import overview as overview_service
from gmdesk.ui import wording
from gmdesk.ui.context import AppContext, Change
from gmdesk.ui.pages.calendar.upcoming import UpcomingList
from gmdesk.ui.widgets.forms import STATUS_COLOURS

if TYPE_CHECKING:
    from gmdesk.services.safety import Database

STATUS_MARKS = {Status.OK: "✔", Status.WARN: "！", Status.FAIL: "✘"}


class DutyCard(QFrame):
    """One duty: its status, a one-line summary and the findings as links."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("dutyCard")
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.findings = QLabel()
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.findings.linkActivated.connect(ctx.navigate.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.findings)
        layout.addStretch(1)
        self.result: DutyResult | None = None

    def show_result(self, result: DutyResult) -> None:
        self.result = result
        colour = STATUS_COLOURS[result.status]
        label = status_label(self, result.status)
        self.title.setText(
            f"<span style='font-size:14pt;font-weight:bold'>{html.escape(duty_label(self, result.duty))}</span>"
            f"&nbsp;&nbsp;<span style='color:{colour};font-weight:bold'>"
            f"{STATUS_MARKS[result.status]} {html.escape(label)}</span>")
        self.summary.setText(wording.summary(result))
        lines = [
            f"<li><a href='{html.escape(f.target or result.duty.value)}'>{html.escape(wording.say(f))}</a></li>"
            for f in result.findings if f.status is not Status.OK
        ]
        self.findings.setText(f"<ul style='margin-left:-20px'>{''.join(lines)}</ul>" if lines else "")
        self.setAccessibleName(f"{duty_label(self, result.duty)}：{label}")


def duty_label(widget: QWidget, duty: Duty) -> str:
    return wording.label(duty)


def status_label(widget: QWidget, status: Status) -> str:
    return wording.label(status)


class OverviewPage(QWidget):
    """One card per duty for the year in view."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.heading = QLabel()
        self.heading.setObjectName("overviewHeading")
        self.ready = QLabel()
        self.ready.setObjectName("readyToSend")
        self.ready.setWordWrap(True)
        self.ready.setTextFormat(Qt.TextFormat.RichText)
        self.ready.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.ready.linkActivated.connect(ctx.navigate.emit)
        self.upcoming = UpcomingList(ctx)  # the next 30 days, on top
        self.cards = {duty: DutyCard(ctx) for duty in Duty}
        grid = QGridLayout()
        for index, card in enumerate(self.cards.values()):
            grid.addWidget(card, index // 2, index % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(self.heading)
        inner.addWidget(self.upcoming)
        inner.addLayout(grid)
        inner.addWidget(self.ready)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.stale = True  # the cards do not show the year as it is now
        self._asked = 0  # the latest check asked for; older answers are dropped
        ctx.year_changed.connect(self._went_stale)
        ctx.listen(Change.ALL, self._went_stale)

    def _went_stale(self, *_what: object) -> None:
        """A write or the year changed: check again now if on screen, else when next shown."""
        self.stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def prepare(self, then: Callable[[], None]) -> None:
        """Check the year before the window is first shown; `then()` once the cards show it.

        The window's first paint then shows the year, not empty cards filled a moment later
        (painting twice, and beside the check, cost a start about 50 ms; issue 17)."""
        self.refresh(then)

    def refresh(self, then: Callable[[], None] | None = None) -> None:
        """Run the year check through the runner (its own connection, off the UI thread)."""
        self.stale = False
        self._asked += 1
        asked, year, today = self._asked, self.ctx.year, self.ctx.today()
        # The answer the check gave for exactly these records, year, day and code (a
        # reopened office, a refresh with nothing written): what the check would say again.
        known = overview_service.remembered(self.ctx.db, year, today)
        if known is not None:
            try:
                self._show_overview(known)
            except Exception:  # remembered by another version after all: checked below
                known = None
        if known is not None:
            if then is not None:
                then()
            return

        def task(db: Database, _progress: object) -> overview_service.YearOverview:
            return overview_service.year_overview(db, year, today)

        def done(answer: overview_service.YearOverview) -> None:
            if asked == self._asked:
                self._show_overview(answer)
            if then is not None:
                then()

        def failed(exc: Exception) -> None:
            if then is not None:
                then()  # the window shows, then says what went wrong
            self.ctx.runner.tell_failure(exc)

        self.ctx.runner.op(task, done, self.tr("檢查本年度辦理情形…"), quiet=True,
                           on_error=failed)

    def _show_overview(self, answer: overview_service.YearOverview) -> None:
        self.upcoming.show_entries(answer.upcoming, answer.today)
        self._show(answer.year, answer.results, answer.blocking)

    def _show(self, year: int, results: list[DutyResult], blocking: list[Finding]) -> None:
        for result in results:
            self.cards[result.duty].show_result(result)
        self._show_readiness(blocking)
        done = sum(r.status is Status.OK for r in results)
        self.heading.setText(
            "<span style='font-size:16pt;font-weight:bold'>"
            + html.escape(self.tr("%1年度辦理情形").replace("%1", str(year)))
            + "</span>　" + html.escape(self.tr("%1 / %2 項已完成").replace("%1", str(done))
                                        .replace("%2", str(len(results)))))

    def _show_readiness(self, blocking: list[Finding]) -> None:
        title = "<b style='font-size:13pt'>" + html.escape(self.tr("送出前檢查")) + "</b>　"
        if not blocking:
            self.ready.setText(title + "<span style='color:#2e7d32'>✔ "
                               + html.escape(self.tr("本年度資料可以送出")) + "</span>")
            return
        items = "".join(
            f"<li><a href='{html.escape(f.target or 'overview')}'>{html.escape(wording.say(f))}</a></li>"
            for f in blocking)
        self.ready.setText(
            title + "<span style='color:#c62828'>✘ "
            + html.escape(self.tr("尚不能送出：%1 項").replace("%1", str(len(blocking))))
            + f"</span><ul style='margin-left:-20px'>{items}</ul>")
