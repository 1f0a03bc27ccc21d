"""The year's list of events: one row per event, its columns and how a row reads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject

from gmdesk.domain import outreach as rules
from gmdesk.domain.model import Event, EventKind
from gmdesk.domain.rocdate import format_short
from gmdesk.ui.table_model import Column, RecordTableModel


@dataclass(frozen=True)
class EventRow:
    """One line of the year's list: the event, its photo count and why it does not count."""

    event: Event
    photos: int
    reason: str




class EventRows(QObject):
    """How the year's list reads: its model, the 計入 column and the kind of each event."""

    def __init__(self, today: Callable[[], dt.date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today = today

    def kind_text(self, event: Event) -> str:
        """「CEDAW宣導」 or 「措施：<category>」, as the list's tooltip and the form's heading say."""
        if event.kind is EventKind.CEDAW:
            return self.tr("CEDAW宣導")
        return self.tr("措施：") + (event.category or self.tr("未分類"))

    def counted_text(self, row: EventRow) -> str:
        """The 計入 column: counted, not counted, not yet held, or － for a measure."""
        if row.event.kind is EventKind.MEASURE:
            return "－"
        if not row.reason:
            return self.tr("✔ 計入")
        if not rules.held(row.event, self.today()) and row.event.external:
            return self.tr("未辦理")
        return self.tr("✘ 不計入")

    def model(self) -> RecordTableModel[EventRow]:
        """The list's model; CEDAW sessions that do not count are shaded."""
        columns: list[Column[EventRow]] = [
            Column(self.tr("日期"), lambda r: format_short(r.event.start),
                   sort_key=lambda r: r.event.start),
            Column(self.tr("類別"), lambda r: self.tr("宣導") if r.event.kind is EventKind.CEDAW
                   else self.tr("措施"), tooltip=lambda r: self.kind_text(r.event)),
            Column(self.tr("名稱"), lambda r: r.event.title),
            Column(self.tr("人數"), lambda r: r.event.total, align_right=True),
            Column(self.tr("照片"), lambda r: r.photos, align_right=True),
            Column(self.tr("計入"), self.counted_text,
                   tooltip=lambda r: r.reason or self.tr("計入本年度對外宣導場次")),
        ]
        model: RecordTableModel[EventRow] = RecordTableModel(columns, self.parent())
        model.highlight = lambda r: ("#fff4d6" if r.reason
                                     and r.event.kind is EventKind.CEDAW else None)
        return model
