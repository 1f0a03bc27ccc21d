"""The reminder list: staff still short of the year's gender-awareness training hours (A4)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from gmdesk.documents.base import Styles, build, content_width, grid_table, para
from gmdesk.domain.rocdate import format_long


class Line(Protocol):
    """One person who is short, as services.training.ReminderLine gives it."""

    @property
    def unit(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def required(self) -> float: ...
    @property
    def done(self) -> float: ...
    @property
    def advanced_required(self) -> float: ...
    @property
    def advanced_done(self) -> float: ...
    @property
    def short(self) -> float: ...


def _hours(value: float) -> str:
    return f"{value:g}"


def render_reminders(out: Path | str, *, office_name: str, year: int, as_of: dt.date,
                     lines: Sequence[Line]) -> Path:
    """Write the list of who is short (unit, name, category, hours) as an A4 PDF."""
    styles = Styles()
    title = f"{office_name}{year}年度性別意識培力時數未達標準人員名單"
    story: list = [
        para(f"{office_name}\n{year}年度性別意識培力時數未達標準人員名單", styles.title),
        para(f"統計至{format_long(as_of, weekday=False)}，共{len(lines)}人", styles.subtitle),
    ]
    header = ["編號", "單位", "姓名", "人員類別", "應完成\n時數", "已完成時數\n（進階已完成／應完成）",
              "尚差\n時數", "簽收"]
    rows: list[list[object]] = [[para(h, styles.cell_center) for h in header]]
    for number, line in enumerate(lines, start=1):
        done = _hours(line.done)
        if line.advanced_required:
            done += f"（{_hours(line.advanced_done)}／{_hours(line.advanced_required)}）"
        rows.append([
            para(number, styles.cell_center), para(line.unit, styles.cell),
            para(line.name, styles.cell), para(line.category, styles.cell),
            para(_hours(line.required), styles.cell_right), para(done, styles.cell_right),
            para(_hours(line.short), styles.cell_right), "",
        ])
    if not lines:
        rows.append([para("本年度應受訓人員均已完成時數。", styles.cell), "", "", "", "", "",
                      "", ""])
    width = content_width()
    fractions = (0.07, 0.14, 0.12, 0.22, 0.09, 0.15, 0.08, 0.13)
    extra = [("SPAN", (0, 1), (-1, 1))] if not lines else []
    story.append(grid_table(rows, [width * f for f in fractions], extra=extra))
    if not lines:
        # Nobody to remind: the notes addressed to 上列同仁 would speak to no one.
        story += [Spacer(1, 6 * mm),
                  para("說明：本名單含個人資料，僅供內部通知使用，請勿外流。", styles.body)]
        return build(out, story, title)
    story += [
        Spacer(1, 6 * mm),
        para("說明：", styles.body),
        para("一、請上列同仁於年度結束前完成性別意識培力時數，可參加本所辦理之實體課程，"
             "或至數位學習平臺選讀性別主流化相關課程（含CEDAW課程）。", styles.hanging),
        para("二、性別議題聯絡人及性別業務承辦人之時數須含進階課程，「已完成時數」欄括號內為進階課程"
             "已完成／應完成之時數。",
             styles.hanging),
        para("三、完成後請將研習證明送人事室登錄；如有留職停薪等免訓情形，請洽人事室。",
             styles.hanging),
        para("四、本名單含個人資料，僅供內部通知使用，請勿外流。", styles.hanging),
    ]
    return build(out, story, title)
