"""報表匯出: the city workbook, the annual report and the evidence pack; what blocks sending."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gmdesk.domain.errors import InputError
from gmdesk.domain.names import NameDisplay
from gmdesk.domain.outputs import Output, output_name
from gmdesk.domain.texts import Phrase
from gmdesk.services import output, printing, reports
from gmdesk.ui import wording
from gmdesk.ui.context import AppContext, Change
from gmdesk.ui.runner import error_message
from gmdesk.ui.save_as import ask_save_path

if TYPE_CHECKING:
    from gmdesk.services.safety import Database

ERROR_STYLE = "color:#c62828"
ProgressFn = Callable[[int, int, "str | Phrase"], None]


class MappingDialog(QDialog):
    """A simple mapping editor: the JSON on the left, the fields it may name on the right."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("編輯範本對應"))
        self.resize(900, 560)
        self.editor = QPlainTextEdit(text)
        self.editor.setAccessibleName(self.tr("對應設定（JSON）"))
        choices, labels = reports.template_fields()
        lines = [self.tr("單一儲存格（cells：「工作表!B3」: 欄位）")]
        for source, fields in choices.items():
            if source:
                lines.append("")
                lines.append(self.tr("表格 %1（tables：source = %2）")
                             .replace("%1", labels[source]).replace("%2", source))
            lines += [f"  {key}　{label}" for key, label in fields]
        reference = QPlainTextEdit("\n".join(lines))
        reference.setReadOnly(True)
        splitter = QSplitter()
        splitter.addWidget(self.editor)
        splitter.addWidget(reference)
        splitter.setSizes([560, 340])
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("每一個欄位對應到範本的儲存格或欄；表格從 start_row 起逐列填入。")))
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.mapping: Any = None

    def try_accept(self) -> None:
        try:
            self.mapping = reports.parse_mapping(self.editor.toPlainText())
        except InputError as exc:
            self.error.setText(error_message(exc))
            return
        self.accept()


EXAMPLE_MAPPING = {
    "name": "市府範本",
    "cells": {"Sheet1!B2": "office.name", "Sheet1!B3": "year"},
    "tables": [{"sheet": "Sheet1", "source": "outreach", "start_row": 6,
                "columns": {"A": "seq", "B": "date", "C": "title", "D": "total"}}],
}


class ExportsPage(QWidget):
    """The year's outputs to the city, each made in the background with progress and cancel."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_output: Path | None = None
        self.done_box: QMessageBox | None = None
        self.heading = QLabel()

        outputs = QGroupBox(self.tr("匯出"))
        self.city_button = QPushButton(self.tr("報市府報表（Excel）(&E)…"))
        self.annual_button = QPushButton(self.tr("年度成果報告（PDF）(&R)…"))
        self.pack_button = QPushButton(self.tr("年度佐證資料包（.zip）(&K)…"))
        self.preview_button = QPushButton(self.tr("預覽年度成果報告(&V)"))
        self.preview_button.clicked.connect(self.preview_annual)
        self.city_button.clicked.connect(self.ask_city)
        self.annual_button.clicked.connect(self.ask_annual)
        self.pack_button.clicked.connect(self.ask_pack)
        self.site_button = QPushButton(self.tr("性別平等專區網頁(&W)…"))
        self.site_button.setToolTip(
            self.tr("本年度成果的靜態網頁，可上傳到機關網站；選同一個資料夾會保留其他年度"))
        self.site_button.clicked.connect(self.ask_site)
        self.names = QComboBox()
        for mode in NameDisplay:
            self.names.addItem(wording.label(mode), mode.value)
        self.names.setMaximumWidth(280)
        self.names.currentIndexChanged.connect(self.save_names)
        names_label = QLabel(self.tr("姓名顯示(&N)："))
        names_label.setBuddy(self.names)
        out_form = QFormLayout()
        out_form.addRow(names_label, self.names)
        buttons = QHBoxLayout()
        for button in (self.city_button, self.annual_button, self.pack_button,
                       self.site_button, self.preview_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        out_layout = QVBoxLayout(outputs)
        out_layout.addLayout(buttons)
        out_layout.addLayout(out_form)
        out_layout.addWidget(QLabel(self.tr("報表離開本所時，姓名依上方設定遮蔽（個人資料保護法）。")))
        out_layout.addWidget(self.result)

        ready = QGroupBox(self.tr("送出前檢查"))
        self.ready_label = QLabel()
        self.ready_label.setWordWrap(True)
        self.ready_label.setTextFormat(Qt.TextFormat.RichText)
        self.ready_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.ready_label.linkActivated.connect(ctx.navigate.emit)
        ready_layout = QVBoxLayout(ready)
        ready_layout.addWidget(self.ready_label)

        template = QGroupBox(self.tr("市府範本"))
        self.template_label = QLabel()
        self.template_label.setWordWrap(True)
        self.register_button = QPushButton(self.tr("登錄範本(&T)…"))
        self.edit_button = QPushButton(self.tr("編輯對應(&M)…"))
        self.export_mapping_button = QPushButton(self.tr("匯出對應…"))
        self.import_mapping_button = QPushButton(self.tr("匯入對應…"))
        self.clear_button = QPushButton(self.tr("移除範本"))
        self.register_button.clicked.connect(self.ask_register)
        self.edit_button.clicked.connect(self.edit_mapping)
        self.export_mapping_button.clicked.connect(self.ask_export_mapping)
        self.import_mapping_button.clicked.connect(self.ask_import_mapping)
        self.clear_button.clicked.connect(self.clear_template)
        self.template_error = QLabel()
        self.template_error.setStyleSheet(ERROR_STYLE)
        self.template_error.setWordWrap(True)
        template_buttons = QHBoxLayout()
        for button in (self.register_button, self.edit_button, self.export_mapping_button,
                       self.import_mapping_button, self.clear_button):
            template_buttons.addWidget(button)
        template_buttons.addStretch(1)
        template_layout = QVBoxLayout(template)
        template_layout.addWidget(self.template_label)
        template_layout.addLayout(template_buttons)
        template_layout.addWidget(self.template_error)

        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(self.heading)
        inner.addWidget(outputs)
        inner.addWidget(ready)
        inner.addWidget(template)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        QShortcut(QKeySequence("Ctrl+P"), self, self.preview_annual)
        self.blockers: list[Any] | None = None  # the year's readiness, None while it is checked
        self._asked = 0  # the latest check asked for; older answers are dropped
        self._checking = False
        self._waiting: Callable[[], None] | None = None  # an export pressed during the check
        ctx.year_changed.connect(ctx.when_shown(self, lambda _year: self.refresh()))
        ctx.listen(Change.ALL, ctx.when_shown(self, lambda _what: self.refresh()))
        self.refresh()

    # --- state ------------------------------------------------------------------------------
    def refresh(self) -> None:
        year = self.ctx.year
        self.heading.setText("<span style='font-size:16pt;font-weight:bold'>"
                             + html.escape(self.tr("%1年度報表匯出").replace("%1", str(year)))
                             + "</span>")
        mode = reports.get_name_display(self.ctx.db)
        self.names.blockSignals(True)
        self.names.setCurrentIndex(max(self.names.findData(mode.value), 0))
        self.names.blockSignals(False)
        self.names.setEnabled(not self.ctx.readonly)
        self._check_readiness(year)
        registration = reports.load_template(self.ctx.db)
        if registration is None:
            self.template_label.setText(self.tr("尚未登錄市府範本：匯出時使用內建報表格式。"))
        else:
            self.template_label.setText(
                self.tr("使用範本「%1」（登錄於%2；%3個儲存格、%4個表格）")
                .replace("%1", registration.file_name).replace("%2", registration.registered)
                .replace("%3", str(len(registration.mapping.cells)))
                .replace("%4", str(len(registration.mapping.tables))))
        for button in (self.edit_button, self.export_mapping_button, self.clear_button,
                       self.import_mapping_button):
            button.setEnabled(registration is not None and not self.ctx.readonly)
        self.export_mapping_button.setEnabled(registration is not None)
        self.register_button.setEnabled(not self.ctx.readonly)

    def _check_readiness(self, year: int) -> None:
        """Check the year in the background (it reads every duty); show it when answered."""
        self.blockers = None
        self._checking = True
        self._asked += 1
        asked, today = self._asked, self.ctx.today()
        self.ready_label.setText(html.escape(self.tr("正在檢查本年度資料…")))

        def task(db: Database, _progress: object) -> list[Any]:
            return reports.readiness(db, year, today)

        def done(blockers: list[Any]) -> None:
            if asked == self._asked:
                self._show_readiness(blockers)

        def failed(exc: Exception) -> None:
            if asked == self._asked:
                from gmdesk.ui.runner import error_text

                self._checking = False
                self.ready_label.setText(f"<span style='{ERROR_STYLE}'>"
                                         + html.escape(error_text(exc)) + "</span>")
                self._run_waiting()  # it checks again itself (not_ready_box)

        self.ctx.runner.op(task, done, self.tr("檢查送出前資料…"), on_error=failed, quiet=True)

    def _show_readiness(self, blockers: list[Any]) -> None:
        if blockers:
            items = "".join(
                f"<li><a href='{html.escape(b.target)}'>{html.escape(wording.say(b))}</a></li>"
                for b in blockers)
            self.ready_label.setText(
                "<span style='color:#c62828;font-weight:bold'>✘ "
                + html.escape(self.tr("尚不能送出：%1 項待處理").replace("%1", str(len(blockers))))
                + f"</span><ul style='margin-left:-20px'>{items}</ul>")
        else:
            self.ready_label.setText("<span style='color:#2e7d32;font-weight:bold'>✔ "
                                     + html.escape(self.tr("可以送出：各項資料齊全")) + "</span>")
        self.blockers, self._checking = blockers, False
        self._run_waiting()

    def _run_waiting(self) -> None:
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            waiting()

    def _after_check(self, then: Callable[[], None]) -> bool:
        """True when the year's check is known; else `then` runs once it is (the last press)."""
        if not self._checking:
            return True
        self._waiting = then
        return False

    def save_names(self) -> None:
        reports.set_name_display(self.ctx.db, str(self.names.currentData()))
        self.ctx.changed(Change.OFFICE)

    # --- exports ---------------------------------------------------------------------------
    def ask_city(self) -> None:
        if not self._after_check(self.ask_city):
            return
        path = self._ask_export(Output.CITY_WORKBOOK, self.tr("儲存報市府報表"), (".xlsx", ".ods"))
        if path:
            self.export_city(path)

    def ask_annual(self) -> None:
        if not self._after_check(self.ask_annual):
            return
        path = self._ask_export(Output.ANNUAL_REPORT, self.tr("儲存年度成果報告"),
                                printing.save_formats("annual"))
        if path:
            self.export_annual(path)

    def ask_pack(self) -> None:
        if not self._after_check(self.ask_pack):
            return
        path = self._ask_export(Output.EVIDENCE_PACK, self.tr("儲存年度佐證資料包"), (".zip",))
        if path:
            self.export_pack(path)

    def _ask_export(self, kind: Output, title: str, suffixes: Sequence[str]) -> Path | None:
        """Warn when the year is not ready; then ask where, starting in the output folder
        with the clerk-recognisable name (the dialog asks before replacing a file)."""
        if not self.confirm_not_ready():
            return None
        name = output_name(kind, self.ctx.year)
        try:
            start = output.output_path(self.ctx.db, name)
        except InputError as exc:
            self._show_error(error_message(exc))
            start = Path.home() / name
        return ask_save_path(self, title, start, suffixes)

    def _ask_path(self, title: str, name: str, filters: str) -> Path | None:
        start = output.output_dir(self.ctx.db) / name
        path, _ = QFileDialog.getSaveFileName(self, title, str(start), filters)
        return Path(path) if path else None

    def not_ready_box(self) -> QMessageBox | None:
        """The warning naming what is not ready, with 「仍要匯出」 and 取消 (None: ready)."""
        blockers = self.blockers  # the page's own check of the year, current while shown
        if blockers is None:  # the check failed: ask again now
            blockers = reports.readiness(self.ctx.db, self.ctx.year, self.ctx.today())
        if not blockers:
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("資料尚未齊全"),
                          self.tr("%1年度尚有 %2 項未完成，匯出的報表會照實呈現：")
                          .replace("%1", str(self.ctx.year)).replace("%2", str(len(blockers))),
                          QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText("\n".join(f"・{wording.say(b)}" for b in blockers))
        box.addButton(self.tr("仍要匯出"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("取消"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        return box

    def confirm_not_ready(self) -> bool:
        """True when the year is ready, or the clerk chose 「仍要匯出」."""
        box = self.not_ready_box()
        if box is None:
            return True
        return self.ask(box) == QMessageBox.ButtonRole.AcceptRole

    def ask(self, box: QMessageBox) -> QMessageBox.ButtonRole:
        """Show `box` and return the role of the button the clerk pressed (tests replace it)."""
        box.exec()
        clicked = box.clickedButton()
        return box.buttonRole(clicked) if clicked else QMessageBox.ButtonRole.RejectRole

    def export_city(self, path: Path) -> None:
        year, today = self.ctx.year, self.ctx.today()

        def task(db: Database, progress: ProgressFn) -> Path:
            return reports.write_city_workbook(db, year, today, path, progress)

        self._run(task, self.tr("正在產生報市府報表…"))

    def export_annual(self, path: Path) -> None:
        year, today = self.ctx.year, self.ctx.today()

        def task(db: Database, progress: ProgressFn) -> Path:
            # .pdf, or an editable .odt / .docx with the same content (the suffix chooses)
            return printing.save_document(db, "annual", year, path, today, progress)

        self._run(task, self.tr("正在產生年度成果報告…"))

    def export_pack(self, path: Path) -> None:
        from gmdesk.services.pack import write_pack

        year, today = self.ctx.year, self.ctx.today()

        def task(db: Database, progress: ProgressFn) -> Path:
            return write_pack(db, year, today, path, progress)

        self._run(task, self.tr("正在製作年度佐證資料包…"))

    def ask_site(self) -> None:
        if not self._after_check(self.ask_site):
            return
        if not self.confirm_not_ready():
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("選擇網頁資料夾"),
                                                  str(output.output_dir(self.ctx.db)))
        if folder:
            self.export_site(Path(folder))

    def export_site(self, folder: Path) -> None:
        from gmdesk.services.site import write_site

        year, today = self.ctx.year, self.ctx.today()

        def task(db: Database, progress: ProgressFn) -> Path:
            return write_site(db, year, today, folder, progress) / str(year) / "index.html"

        self._run(task, self.tr("正在製作性別平等專區網頁…"))

    def preview_annual(self) -> None:
        """Render the annual report in the background and show it in the preview."""
        from gmdesk.ui.pdf_preview import document_copies, preview_file, show_pdf

        year, today = self.ctx.year, self.ctx.today()
        out = preview_file(output_name(Output.ANNUAL_REPORT, year))
        folder = output.output_dir(self.ctx.db)

        def task(db: Database, progress: ProgressFn) -> Path:
            return reports.render_annual_report(db, year, today, out, progress)

        def show(result: object) -> None:
            self._enable()
            self.result.setText("")
            show_pdf(self, Path(str(result)), self.tr("%1年度性別主流化成果報告")
                     .replace("%1", str(year)), folder,
                     document_copies(self.ctx.runner, "annual", year, today))

        self._busy(self.tr("正在產生年度成果報告…"))
        self.ctx.runner.op(task, show, self.tr("正在產生年度成果報告…"),
                           on_error=self._failed, cancellable=True)

    def _busy(self, title: str) -> None:
        for button in self._export_buttons():
            button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(title)

    def _run(self, task: Callable[[Database, ProgressFn], Path], title: str) -> None:
        self._busy(title)
        self.ctx.runner.op(task, self._done, title, on_error=self._failed, cancellable=True)

    def _export_buttons(self) -> tuple[QPushButton, ...]:
        return (self.city_button, self.annual_button, self.pack_button, self.site_button,
                self.preview_button)

    def _enable(self) -> None:
        for button in self._export_buttons():
            button.setEnabled(True)

    def _done(self, result: object) -> None:
        self._enable()
        self.last_output = Path(str(result))
        text = self.tr("已輸出：%1").replace("%1", str(self.last_output))
        self.result.setStyleSheet("color:#2e7d32")
        self.result.setText(text)
        self.ctx.status_message.emit(text)
        self.done_box = self.made_box(self.last_output)
        self.done_box.open()

    def made_box(self, path: Path) -> QMessageBox:
        """「已輸出」 with 開啟檔案 / 開啟資料夾 / 關閉 (not modal: the clerk may go on)."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("匯出完成"),
                          self.tr("已輸出「%1」").replace("%1", path.name),
                          QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(self.tr("位置：%1").replace("%1", str(path.parent)))
        open_file = box.addButton(self.tr("開啟檔案(&O)"), QMessageBox.ButtonRole.ActionRole)
        open_folder = box.addButton(self.tr("開啟資料夾(&F)"), QMessageBox.ButtonRole.ActionRole)
        close = box.addButton(self.tr("關閉"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(close)
        open_file.clicked.connect(lambda: self.open_location(path))
        open_folder.clicked.connect(lambda: self.open_location(path.parent))
        return box

    def open_location(self, path: Path) -> None:
        """Open a made file, or its folder, with the PC's own program."""
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._show_error(self.tr("無法開啟「%1」：請到檔案總管找這個位置。")
                             .replace("%1", str(path)))

    def _show_error(self, text: str) -> None:
        self.result.setStyleSheet(ERROR_STYLE)
        self.result.setText(text)

    def _failed(self, error: object) -> None:
        """A failed or cancelled export: say so; nothing half-written is left behind."""
        from gmdesk.ui.runner import Cancelled, error_text

        self._enable()
        cancelled = isinstance(error, Cancelled) or error == error_text(Cancelled())
        if cancelled:
            self.result.setStyleSheet("")
            self.result.setText(self.tr("已取消，沒有留下未完成的檔案。"))
            return
        self._show_error(error if isinstance(error, str) else error_text(
            error if isinstance(error, BaseException) else RuntimeError(str(error))))

    # --- template ---------------------------------------------------------------------------
    def ask_register(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("選擇市府範本"), str(Path.home()),
                                              self.tr("Excel 活頁簿 (*.xlsx)"))
        if not path:
            return
        from gmdesk.ui.template_mapping import mapping_dialog

        dialog = mapping_dialog(self.ctx, self, Path(path))
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            self.register_template(Path(path), dialog.mapping)

    def register_template(self, path: Path, mapping: Any) -> bool:
        self.template_error.setText("")
        try:
            reports.register_template(self.ctx.db, path, mapping, self.ctx.today())
        except (InputError, OSError) as exc:
            self.template_error.setText(error_message(exc))
            return False
        self.ctx.changed(Change.OFFICE)
        self.refresh()
        return True

    def edit_mapping(self) -> None:
        from gmdesk.ui.template_mapping import mapping_dialog

        dialog = mapping_dialog(self.ctx, self)
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            self.save_mapping(dialog.mapping)

    def save_mapping(self, mapping: Any) -> bool:
        self.template_error.setText("")
        try:
            reports.save_mapping(self.ctx.db, mapping)
        except InputError as exc:
            self.template_error.setText(error_message(exc))
            return False
        self.refresh()
        return True

    def ask_export_mapping(self) -> None:
        path = self._ask_path(self.tr("匯出範本對應"), "範本對應.json", self.tr("JSON (*.json)"))
        if path:
            reports.export_mapping(self.ctx.db, path)
            self.ctx.status_message.emit(self.tr("已輸出：%1").replace("%1", str(path)))

    def ask_import_mapping(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("匯入範本對應"), str(Path.home()),
                                              self.tr("JSON (*.json)"))
        if not path:
            return
        try:
            mapping = reports.read_mapping(path)
        except InputError as exc:
            self.template_error.setText(error_message(exc))
            return
        self.save_mapping(mapping)

    def clear_template(self) -> None:
        reports.clear_template(self.ctx.db)
        self.ctx.changed(Change.OFFICE)
        self.refresh()

    def focus_record(self, record: str) -> None:
        """Nothing to select here; the page has no records."""
