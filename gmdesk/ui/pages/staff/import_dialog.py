"""Importing a roster or training hours from a spreadsheet: column mapping, checked preview, import.

The file is checked as soon as it is opened and whenever the mapping changes (a dry run in the
background): rows that cannot be imported are marked red in the preview with their reason. The
clerk then imports everything (a file without errors), only the correct rows (the others go to
a file in the same format with a 錯誤原因 column, to fix and import again), or cancels it all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gmdesk.domain import importing
from gmdesk.domain.importing import FIELDS
from gmdesk.domain.rocdate import format_long
from gmdesk.domain.texts import Phrase
from gmdesk.services import training as training_service
from gmdesk.ui import wording
from gmdesk.ui.context import AppContext, Change
from gmdesk.ui.pages.staff.common import (
    make_table,
)
from gmdesk.ui.runner import Cancelled, error_text
from gmdesk.ui.table_model import Column, RecordTableModel

PreviewRow = tuple[int, list[object]]
BAD_COLOUR = "#fde2e1"
PREVIEW_ROWS = 50
BAD_ROWS_SHOWN = 1000  # 只顯示有錯誤的列 lists this many; the result text counts the rest
CHECK_DELAY_MS = 300


class ImportDialog(QDialog):
    """Map the file's columns, see the rows checked, then import in the background."""

    NOT_MAPPED = -1

    def __init__(self, ctx: AppContext, source: training_service.ImportSource,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.source = source
        self.applied = False
        self.last_result: training_service.ImportResult | None = None
        self.bad: dict[int, str] = {}  # row number -> why, from the last check
        self.checked = False
        self.setWindowTitle(self.tr("匯入%1：%2").replace("%1", wording.label(source.kind))
                            .replace("%2", source.path.name))
        self.resize(1100, 680)
        intro = QLabel(self.tr("檔案「%1」：標題在第 %2 列，共 %3 列資料。請確認每個欄位對應到檔案的哪一欄"
                               "（已依標題自動判斷，並記住上次的選擇）。")
                       .replace("%1", source.path.name)
                       .replace("%2", str(source.header_index + 1))
                       .replace("%3", str(source.data_rows)))
        intro.setWordWrap(True)
        self.seen_label = QLabel()
        self.seen_label.setStyleSheet("color: #8a5a00")
        self.seen_label.setWordWrap(True)
        seen = source.seen_before
        if seen is not None:
            day = seen.imported_day
            self.seen_label.setText(
                self.tr("注意：這個檔案已於 %1 以「%2」匯入過；再次匯入時已登錄的資料會略過。")
                .replace("%1", format_long(day, weekday=False) if day else seen.imported_at)
                .replace("%2", seen.file_name))
        else:
            self.seen_label.hide()

        self.mapping_box = mapping_box = QGroupBox(self.tr("欄位對應"))
        grid = QGridLayout(mapping_box)
        self.combos: dict[str, QComboBox] = {}
        for i, spec in enumerate(FIELDS[source.kind]):
            combo = QComboBox()
            combo.addItem(self.tr("（不匯入）"), self.NOT_MAPPED)
            for column, header in enumerate(source.headers):
                combo.addItem(f"{importing.column_letter(column)}：{header or '（無標題）'}", column)
            combo.setCurrentIndex(max(combo.findData(source.mapping.get(spec.code,
                                                                         self.NOT_MAPPED)), 0))
            combo.currentIndexChanged.connect(self._mapping_changed)
            label = QLabel(_field_name(spec) + (" *" if spec.required else ""))
            label.setBuddy(combo)
            grid.addWidget(label, i // 3, (i % 3) * 2)
            grid.addWidget(combo, i // 3, (i % 3) * 2 + 1)
            self.combos[spec.code] = combo

        self.preview_model: RecordTableModel[PreviewRow] = RecordTableModel(
            self._preview_columns(), self)
        self.preview_model.highlight = lambda r: BAD_COLOUR if r[0] in self.bad else None
        self.preview_model.set_records(source.sample(PREVIEW_ROWS))
        self.preview_view = make_table(self.preview_model, sortable=False)
        self.preview_view.verticalHeader().hide()
        self.preview_title = QLabel()
        self.only_bad = QCheckBox(self.tr("只顯示有錯誤的列(&B)"))
        self.only_bad.setEnabled(False)
        self.only_bad.toggled.connect(lambda _on: self._show_rows())
        self.result_text = QPlainTextEdit()
        self.result_text.setReadOnly(True)
        self.result_text.setPlaceholderText(self.tr("檢查中…：匯入前會先試算，列出會新增或變更什麼（不會寫入資料）。"))
        self.dry_button = QPushButton(self.tr("重新檢查(&D)"))
        self.import_button = QPushButton(self.tr("匯入(&I)"))
        self.close_button = QPushButton(self.tr("全部取消"))
        self.close_button.setToolTip(self.tr("不匯入任何資料，關閉視窗"))
        self.open_skipped_button = QPushButton(self.tr("開啟未匯入的列(&O)"))
        self.open_folder_button = QPushButton(self.tr("開啟資料夾"))
        for button in (self.open_skipped_button, self.open_folder_button):
            button.hide()
        self.dry_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(self._import_clicked)
        self.close_button.clicked.connect(self.reject)
        self.open_skipped_button.clicked.connect(lambda: self._open(self._skipped_file()))
        self.open_folder_button.clicked.connect(lambda: self._open(self._skipped_file(),
                                                                   folder=True))
        self.import_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_skipped_button)
        buttons.addWidget(self.open_folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.dry_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        title_row = QHBoxLayout()
        title_row.addWidget(self.preview_title, 1)
        title_row.addWidget(self.only_bad)
        preview_layout.addLayout(title_row)
        preview_layout.addWidget(self.preview_view)
        splitter.addWidget(preview)
        splitter.addWidget(self.result_text)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.seen_label)
        layout.addWidget(mapping_box)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(lambda: self.run(dry_run=True))
        self._show_rows()
        self.run(dry_run=True)  # check at once: the clerk sees the bad rows before choosing

    # --- preview --------------------------------------------------------------------------
    def _preview_columns(self) -> list[Column[PreviewRow]]:
        mapped = {column: code for code, column in self.mapping().items()} \
            if hasattr(self, "combos") else {}
        labels = {s.code: _field_name(s) for s in FIELDS[self.source.kind]}
        why = self._why
        columns: list[Column[PreviewRow]] = [
            Column(self.tr("列"), lambda r: r[0], lambda r: r[0], True, why)]
        for index, header in enumerate(self.source.headers):
            title = f"{importing.column_letter(index)} {header}"
            if index in mapped:
                title = f"→ {labels[mapped[index]]}\n{title}"
            columns.append(Column(title, _cell_of(index), None, False, why))
        # Last, so the reason has the room left (the view stretches its last column).
        columns.append(Column(self.tr("檢查結果"), self._check_text, None, False, why))
        return columns

    def _why(self, row: PreviewRow) -> str:
        reason = self.bad.get(row[0])
        return self.tr("第 %1 列無法匯入：%2").replace("%1", str(row[0])).replace("%2", reason) \
            if reason else ""

    def _check_text(self, row: PreviewRow) -> str:
        if not self.checked:
            return ""
        reason = self.bad.get(row[0])
        if self.applied:
            return self.tr("✘ 未匯入（已另存）：%1").replace("%1", reason) if reason \
                else self.tr("✔ 已匯入")
        return f"✘ {reason}" if reason else "✔"

    def _show_rows(self) -> None:
        """Show the first rows, or only the rows with errors; recompute marks and texts."""
        if self.only_bad.isChecked() and self.bad:
            numbers = sorted(self.bad)[:BAD_ROWS_SHOWN]
            rows = [(n, self.source.rows[n - 1]) for n in numbers
                    if 0 < n <= len(self.source.rows)]
            self.preview_title.setText(
                self.tr("有錯誤的列（%1 列；第一欄是檔案中的列號，游標停在列上可看原因）")
                .replace("%1", str(len(self.bad))))
        else:
            rows = self.source.sample(PREVIEW_ROWS)
            self.preview_title.setText(self.tr("預覽（前 %1 列；第一欄是檔案中的列號，紅色的列無法匯入）")
                                       .replace("%1", str(PREVIEW_ROWS)))
        self.preview_model.set_records(rows)
        self.preview_view.resizeColumnsToContents()

    def mapping(self) -> dict[str, int]:
        """Return the mapping the clerk chose: field code -> column index."""
        return {code: int(combo.currentData()) for code, combo in self.combos.items()
                if int(combo.currentData()) != self.NOT_MAPPED}

    def _mapping_changed(self) -> None:
        self.preview_model.columns = self._preview_columns()
        self.bad, self.checked = {}, False
        self._update_buttons()
        self._show_rows()
        self.preview_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                                  len(self.preview_model.columns) - 1)
        self._check_timer.start()

    # --- running ----------------------------------------------------------------------------
    def good_rows(self) -> int:
        """Return how many rows the last check found correct (0 before any check)."""
        return self.last_result.good_rows if self.last_result and self.checked else 0

    def _update_buttons(self) -> None:
        result = self.last_result if self.checked else None
        writable = not self.ctx.readonly and not self.applied
        if result is not None and result.errors:
            self.import_button.setText(self.tr("只匯入正確的 %1 列(&I)")
                                       .replace("%1", str(result.good_rows)))
            self.import_button.setEnabled(writable and result.good_rows > 0)
        else:
            self.import_button.setText(self.tr("匯入(&I)"))
            self.import_button.setEnabled(writable and result is not None)
        self.only_bad.setEnabled(bool(self.bad))
        if not self.bad and self.only_bad.isChecked():
            self.only_bad.setChecked(False)
        self.close_button.setText(self.tr("關閉") if self.applied else self.tr("全部取消"))
        self.close_button.setToolTip("" if self.applied else self.tr("不匯入任何資料，關閉視窗"))

    def _import_clicked(self) -> None:
        result = self.last_result
        self.run(dry_run=False, only_good=bool(result and self.checked and result.errors))

    def run(self, dry_run: bool, only_good: bool = False) -> None:
        """Check (dry run) or import on the runner, on its own connection; `only_good` imports
        the rows without errors and writes the others to a file to fix."""
        self._check_timer.stop()
        mapping = self.mapping()
        missing = importing.missing_fields(mapping, self.source.kind)
        if missing:
            self.result_text.setPlainText(
                self.tr("請指定這些欄位：") + "、".join(_field_name(s) for s in missing))
            self.checked = False
            self._update_buttons()
            return
        source, today = self.source, self.ctx.today()

        def task(db: Any, progress: Callable[[int, int, str | Phrase], None]
                 ) -> training_service.ImportResult:
            return training_service.run_import(db, source, mapping, dry_run=dry_run,
                                               today=today, progress_fn=progress,
                                               only_good=only_good)

        self.dry_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.mapping_box.setEnabled(False)  # the mapping stays as checked until the answer
        self.ctx.runner.op(task, self._done,
                           self.tr("試算中…") if dry_run else self.tr("匯入中…"),
                           writes=None if dry_run else Change.PEOPLE | Change.TRAINING,
                           on_error=self._failed)

    def _done(self, result: training_service.ImportResult) -> None:
        self.last_result = result
        self.checked = True
        language = wording.language()
        # after an import: the rows left out, still marked (their reasons in the window's language)
        self.bad = result.bad_rows if language == "zh_TW" else importing.row_reasons(
            result.errors, lambda error: wording.say(error.cell_phrase()), "; ")
        if result.applied:
            self.applied = True
            self.ctx.status_message.emit(wording.say(result.summary_phrase()))
        self.dry_button.setEnabled(not self.applied)
        self.mapping_box.setEnabled(not self.applied)
        lines = [wording.say(result.summary_phrase()), ""]
        if result.errors and not result.applied:
            lines.append(self.tr("無法匯入的列（列號、欄位、內容、原因）："))
            # At most MAX_ERROR_LINES lines, then 「…另有 N 筆錯誤」 (the domain's summarize).
            lines += [f"  {wording.say(line)}" for line in importing.summary_phrases(result.errors)]
        else:
            lines += [wording.say(change) for change in result.changes[:500]]
            if len(result.changes) > 500:
                lines.append(f"…另有{len(result.changes) - 500}項")
        self.result_text.setPlainText("\n".join(lines))
        skipped = result.skipped_file is not None
        self.open_skipped_button.setVisible(skipped)
        self.open_folder_button.setVisible(skipped)
        if skipped:
            self.open_skipped_button.setToolTip(str(result.skipped_file))
        self._update_buttons()
        self._show_rows()

    def _failed(self, exc: Exception) -> None:
        self.dry_button.setEnabled(True)
        self.mapping_box.setEnabled(True)
        self.checked = False
        self._update_buttons()
        if isinstance(exc, Cancelled):
            self.result_text.setPlainText(self.tr("已取消：資料未變更。"))
        else:
            self.result_text.setPlainText(self.tr("匯入失敗，資料未變更：") + error_text(exc))

    # --- the skipped rows -------------------------------------------------------------------
    def _skipped_file(self) -> Path | None:
        return self.last_result.skipped_file if self.last_result else None

    def _open(self, path: Path | None, folder: bool = False) -> None:
        """Open the file of skipped rows (or its folder) in the program the system uses."""
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent if folder else path)))


def _cell_of(index: int) -> Callable[[PreviewRow], str]:
    return lambda row: _cell_text(row[1], index)


def _cell_text(cells: list[object], index: int) -> str:
    if index >= len(cells) or cells[index] is None:
        return ""
    value = cells[index]
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _field_name(spec: importing.FieldSpec) -> str:
    return wording.label_of("import_field", spec.code, spec.label)
