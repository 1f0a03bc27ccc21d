"""行事曆: every dated duty of the year in view; a double-click opens the page that resolves it."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gmdesk.domain.calendar import Entry, EntryStatus
from gmdesk.domain.compliance import Status
from gmdesk.services import calendar as calendar_service
from gmdesk.services import overview as overview_service
from gmdesk.ui import wording
from gmdesk.ui.context import AppContext, Change
from gmdesk.ui.pages.calendar.labels import kind_label, status_colour, status_text
from gmdesk.ui.runner import error_text
from gmdesk.ui.table_model import Column, RecordTableModel
from gmdesk.ui.widgets.forms import STATUS_COLOURS
from gmdesk.ui.widgets.tables import Fit, table

if TYPE_CHECKING:
    from gmdesk.services.safety import Database

SHOW_ALL, SHOW_OPEN, SHOW_OVERDUE = "all", "open", "overdue"


class CalendarPage(QWidget):
    """The year's deadlines from every duty's rules and records, earliest first."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[Entry] = []
        self._asked = 0
        self.heading = QLabel()
        self.heading.setObjectName("calendarHeading")
        self.show_box = QComboBox()
        self.show_box.addItem(self.tr("全部事項"), SHOW_ALL)
        self.show_box.addItem(self.tr("未完成"), SHOW_OPEN)
        self.show_box.addItem(self.tr("已逾期"), SHOW_OVERDUE)
        self.show_box.currentIndexChanged.connect(self._apply_filter)
        show_label = QLabel(self.tr("顯示(&S)："))
        show_label.setBuddy(self.show_box)
        self.go_button = QPushButton(self.tr("前往處理(&G)"))
        self.go_button.clicked.connect(self.go_to_selected)
        self.export_button = QPushButton(self.tr("匯出行事曆（.ics）(&I)…"))
        self.export_button.setToolTip(self.tr("存成 Outlook 等行事曆可匯入的檔案，含到期前提醒；"
                                              "再次匯出會更新同一批事項，不會重複"))
        self.export_button.clicked.connect(self.ask_export)

        today = ctx.today
        self.model: RecordTableModel[Entry] = RecordTableModel([
            Column(self.tr("日期"), lambda e: wording.day(e.day), sort_key=lambda e: e.day),
            Column(self.tr("類別"), lambda e: kind_label(e.kind)),
            Column(self.tr("事項"), lambda e: wording.say_field(e, "title")),
            Column(self.tr("狀態"), lambda e: status_text(e, today()),
                   sort_key=lambda e: e.days_left(today())),
            Column(self.tr("說明"), lambda e: wording.say_field(e, "detail")),
        ])
        self.model.highlight = lambda e: status_colour(e, today())
        self.view = table(self.model, [Fit.CONTENT, Fit.CONTENT, Fit.CONTENT, Fit.CONTENT,
                                       Fit.STRETCH])
        self.view.setObjectName("calendarTable")
        self.view.setAccessibleName(self.tr("行事曆"))
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.note = QLabel()
        self.note.setWordWrap(True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(show_label)
        top.addWidget(self.show_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.go_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        ctx.year_changed.connect(ctx.when_shown(self, lambda _year: self.refresh()))
        ctx.listen(Change.ALL, ctx.when_shown(self, lambda _what: self.refresh()))
        self.refresh()

    def refresh(self) -> None:
        """Ask for the year's calendar through the runner (its own connection, quietly)."""
        self._asked += 1
        asked, year, today = self._asked, self.ctx.year, self.ctx.today()

        def task(db: Database, _progress: object) -> list[Entry]:
            # 總覽's answer for exactly these records and day: its training count, not a
            # second count of the year's records
            known = overview_service.remembered(db, year, today)
            training = calendar_service.training_counts(known.results) if known else None
            return calendar_service.year_calendar(db, year, today, training=training)

        def done(entries: list[Entry]) -> None:
            if asked == self._asked:  # an older answer is dropped
                self._show(year, today, entries)

        self.ctx.runner.op(task, done, self.tr("整理行事曆…"), quiet=True)

    def _show(self, year: int, today: dt.date, entries: list[Entry]) -> None:
        self.entries = entries
        self.model.set_records(self.entries)
        self._apply_filter()
        overdue = sum(e.status(today) is EntryStatus.OVERDUE for e in self.entries)
        open_count = sum(not e.done for e in self.entries)
        text = ("<span style='font-size:16pt;font-weight:bold'>"
                + html.escape(self.tr("%1年度行事曆").replace("%1", str(year)))
                + "</span>　" + html.escape(self.tr("共%1項，未完成%2項")
                                            .replace("%1", str(len(self.entries)))
                                            .replace("%2", str(open_count))))
        if overdue:
            text += (f"{wording.gap()}<span style='color:{STATUS_COLOURS[Status.FAIL]}'>✘ "
                     + html.escape(self.tr("已逾期%1項").replace("%1", str(overdue))) + "</span>")
        self.heading.setText(text)
        self.note.setText(self.tr("狀態以今天（%1）計算；雙擊一列或按「前往處理」開啟處理該事項的頁面。")
                          .replace("%1", wording.day(today)))
        self._update_buttons()

    def _apply_filter(self) -> None:
        today = self.ctx.today()
        choice = self.show_box.currentData()
        if choice == SHOW_OPEN:
            self.model.set_filter("", lambda e: not e.done)
        elif choice == SHOW_OVERDUE:
            self.model.set_filter("", lambda e: e.status(today) is EntryStatus.OVERDUE)
        else:
            self.model.set_filter("")
        self._update_buttons()

    def selected(self) -> Entry | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.record(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        entry = self.selected()
        self.go_button.setEnabled(entry is not None and bool(entry.target))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self._go(self.model.record(index.row()))

    def go_to_selected(self) -> None:
        entry = self.selected()
        if entry is not None:
            self._go(entry)

    def _go(self, entry: Entry) -> None:
        if entry.target:
            self.ctx.navigate.emit(entry.target)

    def focus_record(self, key: str) -> None:
        """Select the entry with `key` (MainWindow.go_to("calendar:budget:115"))."""
        for row, entry in enumerate(self.model.records()):
            if entry.key == key:
                self.view.selectRow(row)
                return

    # --- export -------------------------------------------------------------------------
    def ask_export(self) -> None:
        start = str(Path.home() / f"{self.ctx.year}年度性別主流化行事曆.ics")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("儲存行事曆"), start,
                                              self.tr("iCalendar 行事曆 (*.ics)"))
        if path:
            target = Path(path)
            self.export_ics(target if target.suffix.lower() == ".ics"
                            else target.with_name(target.name + ".ics"))

    def export_ics(self, path: Path) -> None:
        year, today = self.ctx.year, self.ctx.today()
        self.result.setStyleSheet("")
        self.result.setText(self.tr("正在匯出行事曆…"))
        self.ctx.runner.op(
            lambda db, _progress: calendar_service.write_calendar(db, year, today, path),
            self._exported, self.tr("正在匯出行事曆…"), on_error=self._failed)

    def _exported(self, result: object) -> None:
        text = self.tr("已輸出：%1（可在 Outlook 以「開啟／匯入」加入；再次匯入會更新同一批事項）").replace(
            "%1", str(result))
        self.result.setStyleSheet(f"color:{STATUS_COLOURS[Status.OK]}")
        self.result.setText(text)
        self.ctx.status_message.emit(text)

    def _failed(self, exc: Exception) -> None:
        self.result.setStyleSheet(f"color:{STATUS_COLOURS[Status.FAIL]}")
        self.result.setText(error_text(exc))
