"""執行小組 › 報市府備查: filings when ex-officio members make the one-third rule impossible."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gmdesk.domain import group as group_rules
from gmdesk.ui import wording
from gmdesk.ui.widgets.forms import ChoiceCombo, DateEdit


class FilingBox(QGroupBox):
    """The rule that cannot be met, the filing date and number, and the year's filings."""

    def __init__(self, on_record: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("報市府備查（當然成員致無法符合三分之一原則時）"))
        self.rule = ChoiceCombo([(wording.label_of("filing_rule", code, label), code)
                                 for code, label in group_rules.RULE_LABELS.items()])
        # the rules' long names must not make the panel wider than its room (tooltip: whole)
        self.rule.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rule.setMinimumContentsLength(14)
        self.rule.currentTextChanged.connect(self.rule.setToolTip)
        self.date = DateEdit(self.tr("報市府備查日期"), "filed_on")
        self.doc_no = QLineEdit()
        self.filings = QLabel()
        self.filings.setWordWrap(True)
        self.button = QPushButton(self.tr("登錄報備(&F)"))
        self.button.clicked.connect(on_record)
        form = QFormLayout()
        form.addRow(self.tr("無法符合之規定"), self.rule)
        form.addRow(self.tr("報市府備查日期"), self.date)
        form.addRow(self.tr("文號"), self.doc_no)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.filings)

    def set_readonly(self, readonly: bool) -> None:
        self.button.setEnabled(not readonly)
