"""市府彙整: the city reviewer picks the offices' files, and gets one workbook and a dashboard.

Thin: it gathers the files, the year, the list of offices expected and where to write, then
calls services.city.consolidate_to once through Runner.op (its own connection, a progress bar).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gmdesk.domain.cities import CITY_LISTS
from gmdesk.domain.consolidation import Consolidation, FlagKind
from gmdesk.domain.errors import InputError
from gmdesk.domain.rocdate import DateError, parse_date
from gmdesk.ui import wording
from gmdesk.ui.context import AppContext
from gmdesk.ui.runner import Cancelled, Progress, error_message, error_text

if TYPE_CHECKING:
    from gmdesk.services.safety import Database

LIST_FILE = "file"
LIST_SAVED = "saved"


class CityDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.result_value: Consolidation | None = None
        self.setWindowTitle(self.tr("市府彙整"))
        self.resize(720, 560)

        intro = QLabel(self.tr("加入各機關寄來的市府報表（.xlsx）或 JSON 匯出檔，或整個資料夾；"
                               "彙整成一份活頁簿，並列出未提交、重複、曾被修改的檔案。"))
        intro.setWordWrap(True)
        self.files = QListWidget()
        add_files = QPushButton(self.tr("加入檔案…"))
        add_files.clicked.connect(self._add_files)
        add_folder = QPushButton(self.tr("加入資料夾…"))
        add_folder.clicked.connect(self._add_folder)
        remove = QPushButton(self.tr("移除所選"))
        remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        for button in (add_files, add_folder, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.year = QSpinBox()
        self.year.setRange(100, 200)
        self.year.setValue(ctx.year)
        self.offices = QComboBox()
        for code, city_list in CITY_LISTS.items():
            self.offices.addItem(city_list.label, code)
        self.offices.addItem(self.tr("不比對機關名單"), "")
        self.offices.addItem(self.tr("自訂名單檔（一行一個機關）…"), LIST_FILE)
        self._add_saved_list()
        self.list_path = ""
        self.out = QLineEdit()
        self.out.setPlaceholderText(self.tr("例如：市府彙整115.xlsx"))
        browse = QPushButton(self.tr("選擇…"))
        browse.clicked.connect(self._choose_out)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out, 1)
        out_row.addWidget(browse)
        self.dashboard = QCheckBox(self.tr("同時產生儀表板 PDF（同檔名）"))
        self.dashboard.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("年度"), self.year)
        form.addRow(self.tr("機關名單"), self.offices)
        self.due = QLineEdit()
        self.due.setPlaceholderText(self.tr("選填，例如 116/1/31；晚於此日製作的檔案列為逾期"))
        form.addRow(self.tr("截止日期"), self.due)
        form.addRow(self.tr("彙整活頁簿"), out_row)
        form.addRow("", self.dashboard)

        self.start = QPushButton(self.tr("開始彙整(&S)"))
        self.start.setDefault(True)
        self.start.clicked.connect(self.run)
        close = QPushButton(self.tr("關閉"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.start)
        bottom.addWidget(close)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setPlaceholderText(self.tr("彙整結果與提醒事項會顯示在這裡。"))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.files, 1)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.report, 1)
        layout.addLayout(bottom)

    def _add_saved_list(self) -> None:
        from gmdesk.services.city import get_city_list

        saved = get_city_list(self.ctx.db)
        index = self.offices.findData(LIST_SAVED)
        if index >= 0:
            self.offices.removeItem(index)
        if saved:
            self.offices.insertItem(0, self.tr("已儲存的名單（%1 個機關）").replace(
                "%1", str(len(saved))), LIST_SAVED)
            self.offices.setCurrentIndex(0)

    # --- input ------------------------------------------------------------------------------
    def add_paths(self, paths: list[str]) -> None:
        present = {self.files.item(i).text() for i in range(self.files.count())}
        for path in paths:
            if path and path not in present:
                self.files.addItem(path)

    def _add_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("選擇提交檔"), "", self.tr("市府報表或匯出檔 (*.xlsx *.json)"))
        self.add_paths(paths)

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("選擇資料夾"))
        self.add_paths([folder])

    def _remove(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))

    def _choose_out(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("彙整活頁簿存為"), f"市府彙整{self.year.value()}.xlsx",
            self.tr("Excel 活頁簿 (*.xlsx)"))
        if path:
            self.out.setText(path if path.lower().endswith(".xlsx") else path + ".xlsx")

    def _expected(self) -> tuple[tuple[str, ...], bool]:
        """The offices expected, and whether they came from a list file (saved once used)."""
        from gmdesk.services.city import expected_offices

        code = str(self.offices.currentData() or "")
        if code == LIST_FILE:
            if not self.list_path:
                path, _ = QFileDialog.getOpenFileName(self, self.tr("選擇機關名單"), "",
                                                      self.tr("文字檔 (*.txt)"))
                self.list_path = path
            if not self.list_path:
                raise InputError(self.tr("請選擇機關名單檔，或改選其他名單"), "offices")
            offices = expected_offices(self.list_path)
            if not offices:
                raise InputError(self.tr("機關名單檔沒有任何機關：請一行寫一個機關名稱"), "offices")
            return offices, True
        if code == LIST_SAVED:
            from gmdesk.services.city import get_city_list

            return get_city_list(self.ctx.db), False
        return expected_offices(code), False

    # --- running ----------------------------------------------------------------------------
    def run(self) -> None:
        from gmdesk.services.city import consolidate_to, set_city_list

        paths = [self.files.item(i).text() for i in range(self.files.count())]
        try:
            if not paths:
                raise InputError(self.tr("請先加入各機關的提交檔或其資料夾"), "files")
            if not self.out.text().strip():
                raise InputError(self.tr("請選擇彙整活頁簿要存放的位置"), "out")
            expected, from_file = self._expected()
            due = parse_date(self.due.text()) if self.due.text().strip() else None
        except (InputError, DateError) as exc:
            QMessageBox.warning(self, self.tr("市府彙整"), error_message(exc))
            return
        out = Path(self.out.text().strip())
        dashboard = out.with_suffix(".pdf") if self.dashboard.isChecked() else None
        year = self.year.value()
        today = self.ctx.today()
        save_list = from_file and not self.ctx.readonly  # a setting: offered first next time

        def task(db: Database, progress: Progress) -> Consolidation:
            result = consolidate_to(paths, year, out, expected, progress, today=today,
                                    dashboard=dashboard, due=due)
            if save_list:
                set_city_list(db, expected)
            return result

        self.start.setEnabled(False)
        self.ctx.runner.op(task, self._done, self.tr("彙整各機關提交檔…"),
                           on_error=self._failed)

    def _done(self, result: Consolidation) -> None:
        self.start.setEnabled(True)
        self.result_value = result
        self._add_saved_list()
        absent = len(result.absent)
        self.summary.setText(
            self.tr("已彙整 %1 個機關（讀取 %2 個檔案），未提交 %3 個，提醒事項 %4 則。")
            .replace("%1", str(len(result.counted))).replace("%2", str(result.files_read))
            .replace("%3", str(absent)).replace("%4", str(len(result.flags))))
        self.report.setPlainText("\n".join(
            f"［{wording.label(flag.kind)}］{flag.office or flag.file}：{wording.say(flag)}"
            for flag in sorted(result.flags, key=lambda f: f.kind is FlagKind.ABSENT)))

    def _failed(self, exc: Exception) -> None:
        self.start.setEnabled(True)
        if isinstance(exc, Cancelled):
            self.summary.setText(self.tr("已取消，沒有留下未完成的檔案。"))
            return
        if isinstance(exc, InputError):
            QMessageBox.warning(self, self.tr("市府彙整"), error_message(exc))
            return
        QMessageBox.critical(self, self.tr("市府彙整"), error_text(exc))
