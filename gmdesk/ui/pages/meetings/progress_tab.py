"""會議 › 列管追蹤: progress on the earlier meetings' decisions still followed up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gmdesk.ui.pages.meetings.rows import ProgressRow
from gmdesk.ui.widgets.tables import (
    ChoiceDelegate,
    EditColumn,
    Fit,
    RowsModel,
    set_attr,
    table,
)


class ProgressTab(QWidget):
    """One row per open follow-up: what was done, continue or close, the decision."""

    def __init__(self, on_edit: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        proposals = [(self.tr("繼續列管"), "continue"), (self.tr("解除列管"), "close")]
        self.progress_model = RowsModel([
            EditColumn(self.tr("來源"), lambda r: r.source),
            EditColumn(self.tr("案由"), lambda r: r.title),
            EditColumn(self.tr("辦理單位"), lambda r: r.unit),
            EditColumn(self.tr("執行情形"), lambda r: r.text, set_attr("text")),
            EditColumn(self.tr("列管建議"), lambda r: r.proposal, set_attr("proposal"), proposals),
            EditColumn(self.tr("決定"), lambda r: r.decision, set_attr("decision")),
        ], on_edit, self)
        # 執行情形 takes the room there is: no sideways scrolling to reach 決定 at 1280×720
        self.progress_view = table(self.progress_model, (150, 170, 70, Fit.STRETCH, 80, 100),
                                   editable=True)
        self.progress_view.setItemDelegateForColumn(
            4, ChoiceDelegate(proposals, self.progress_view))
        self.progress_view.setWordWrap(True)
        note = QLabel(self.tr("上次會議決議事項執行情形：前次會議列管之決議，"
                              "逐案填寫執行情形；選「解除列管」即於本次會議結案。"))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.progress_view, 1)

    def set_rows(self, rows: list[ProgressRow]) -> None:
        self.progress_model.set_rows(rows)
        self.progress_view.resizeRowsToContents()

    def set_readonly(self, readonly: bool) -> None:
        self.progress_model.readonly = readonly
