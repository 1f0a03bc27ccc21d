"""本年度免訓: a person's exemption from the year's hours — a reason from the list, the period, a note."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gmdesk.domain.errors import InputError
from gmdesk.domain.model import Exemption, ExemptionKind
from gmdesk.domain.rocdate import year_bounds
from gmdesk.services import staff as staff_service
from gmdesk.ui import wording
from gmdesk.ui.context import AppContext
from gmdesk.ui.runner import error_message
from gmdesk.ui.widgets.forms import (
    ChoiceCombo,
    DateEdit,
    HidingErrorLabel,
    SaveCancelRow,
    required,
)

# The domain's reasons (model.EXEMPTION_LABELS) for pyside6-lupdate, in the context "Term"
# that ui.wording uses for every domain label.
TERMS = (
    QT_TRANSLATE_NOOP("Term", "留職停薪"), QT_TRANSLATE_NOOP("Term", "育嬰留職停薪"),
    QT_TRANSLATE_NOOP("Term", "延長病假／公傷假"), QT_TRANSLATE_NOOP("Term", "借調他機關"),
    QT_TRANSLATE_NOOP("Term", "服兵役"), QT_TRANSLATE_NOOP("Term", "經機關核定免訓"),
    QT_TRANSLATE_NOOP("Term", "其他（於備註說明）"),
)


class ExemptionDialog(QDialog):
    """Set or clear one person's exemption for the year in view; the domain checks it.

    `changed` says whether the dialog wrote anything (saved or cleared).
    """

    def __init__(self, ctx: AppContext, person_id: int, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.changed = False
        self.current: Exemption | None = staff_service.exemption_of(ctx.db, person_id, ctx.year)
        self.setWindowTitle(self.tr("本年度免訓"))
        heading = QLabel(self.tr("%1 在 %2 年度免受性別意識培力時數要求。在職未滿規定日數者由系統自動免訓，"
                                 "不必在此登記。").replace("%1", name).replace("%2", str(ctx.year)))
        heading.setWordWrap(True)
        self.kind = ChoiceCombo([(wording.label(k), k)
                                 for k in ExemptionKind],
                                empty=self.tr("（請選擇原因）"))
        self.start = DateEdit(self.tr("免訓起日"), "start")
        self.end = DateEdit(self.tr("免訓迄日"), "end", required=False,
                            placeholder=self.tr("留空：至年底"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("例：核定文號、預定復職日；原因選「其他」時必填"))
        first, _last = year_bounds(ctx.year)
        if self.current is not None:
            self.kind.set_value(self.current.kind)
            self.start.set_date(self.current.start)
            self.end.set_date(self.current.end)
            self.note.setText(self.current.note)
        else:
            self.start.set_date(first)
        self.error = HidingErrorLabel()
        form = QFormLayout()
        self.fields: dict[str, QWidget] = {"kind": self.kind, "start": self.start, "end": self.end, "note": self.note}
        for label, widget in ((required(self.tr("免訓原因(&R)"), self.kind), self.kind),
                              (required(self.tr("起日(&F)"), self.start), self.start),
                              (self.tr("迄日(&T)"), self.end),
                              (self.tr("備註(&N)"), self.note)):
            form.addRow(label, widget)
        buttons = SaveCancelRow.for_dialog(self, self.save, self.tr("儲存"), self.tr("取消"))
        self.save_button = buttons.save_button
        self.clear_button = QPushButton(self.tr("取消免訓(&D)"))
        self.clear_button.setToolTip(self.tr("刪除這筆免訓登記：本年度照常計算應受訓時數"))
        buttons.layout_.insertWidget(0, self.clear_button)
        self.clear_button.setVisible(self.current is not None)
        self.clear_button.clicked.connect(self.clear)
        for button in (self.save_button, self.clear_button):
            button.setEnabled(not ctx.readonly)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def save(self) -> None:
        """Check the input in the domain and save it; say what is wrong and where, else close."""
        try:
            staff_service.set_exemption(self.ctx.db, self.person_id, self.ctx.year,
                                        self.kind.value(), self.start.date(), self.end.date(),
                                        self.note.text())
        except InputError as exc:
            widget = self.fields.get(exc.field or "")
            self.error.show_error(error_message(exc), widget)  # goes once that field is right
            if widget is not None:
                widget.setFocus()
            return
        self.changed = True
        self.accept()

    def clear(self) -> None:
        staff_service.clear_exemption(self.ctx.db, self.person_id, self.ctx.year)
        self.changed = True
        self.accept()
