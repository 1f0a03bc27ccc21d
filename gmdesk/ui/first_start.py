"""The first start: create this office, or try the demo office; never an empty screen."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gmdesk.domain.presets import PRESETS
from gmdesk.ui import wording


class FirstStartDialog(QDialog):
    """Ask for the office name and city preset, or offer the demo office."""

    CREATE = 1
    DEMO = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("歡迎使用 gmdesk"))
        self.choice = 0
        intro = QLabel(self.tr(
            "<h2>歡迎使用 gmdesk</h2>"
            "<p>這台電腦還沒有機關資料。請輸入機關名稱並選擇適用的規則，"
            "或先開啟示範機關看看 gmdesk 能做什麼。</p>"
            "<p>所有資料都存在本機，不需要網路。</p>"))
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("例：高雄市旗津區公所"))
        self.city = QLineEdit()
        self.city.setPlaceholderText(self.tr("例：高雄市"))
        self.preset = QComboBox()
        for code, preset in PRESETS.items():
            self.preset.addItem(wording.term(preset.label), code)
        self.preset.currentIndexChanged.connect(self._suggest_city)
        form = QFormLayout()
        form.addRow(self.tr("機關名稱(&N)"), self.name)
        form.addRow(self.tr("縣市(&C)"), self.city)
        form.addRow(self.tr("適用規則(&R)"), self.preset)
        self.error = QLabel()
        self.error.setStyleSheet("color:#c62828")
        create = QPushButton(self.tr("建立本機關(&O)"))
        create.setDefault(True)
        create.clicked.connect(self._create)
        demo = QPushButton(self.tr("開啟示範機關(&D)"))
        demo.clicked.connect(self._demo)
        cancel = QPushButton(self.tr("離開"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(demo)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(create)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._suggest_city()
        self.resize(520, 340)

    def _suggest_city(self) -> None:
        if not self.city.text() or self.city.text() in ("高雄市", "臺北市"):
            self.city.setText("高雄市" if self.preset.currentData() == "kaohsiung_district"
                              else "臺北市")

    def _create(self) -> None:
        if not self.name.text().strip():
            self.error.setText(self.tr("請填寫機關名稱"))
            self.name.setFocus()
            return
        self.choice = self.CREATE
        self.accept()

    def _demo(self) -> None:
        self.choice = self.DEMO
        self.accept()
