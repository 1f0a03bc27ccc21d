"""Importing a roster or training hours from a spreadsheet: column mapping, preview, dry run."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
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
from gmdesk.services import safety
from gmdesk.services import training as training_service
from gmdesk.ui.context import AppContext, Change
from gmdesk.ui.pages.staff.common import (
    make_table,
)
from gmdesk.ui.table_model import Column, RecordTableModel


class ImportDialog(QDialog):
    """Map the file's columns, preview, dry run, then import in the background."""

    NOT_MAPPED = -1

    def __init__(self, ctx: AppContext, source: training_service.ImportSource,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.source = source
        self.applied = False
        self.last_result: training_service.ImportResult | None = None
        self.setWindowTitle(self.tr("匯入%1：%2").replace("%1", source.kind.label)
                            .replace("%2", source.path.name))
        self.resize(1100, 720)
        intro = QLabel(self.tr("檔案「%1」：標題在第 %2 列，共 %3 列資料。請確認每個欄位對應到檔案的哪一欄"
                               "（已依標題自動判斷，並記住上次的選擇）。")
                       .replace("%1", source.path.name)
                       .replace("%2", str(source.header_index + 1))
                       .replace("%3", str(source.data_rows)))
        intro.setWordWrap(True)
        self.seen_label = QLabel()
        self.seen_label.setStyleSheet("color: #8a5a00")
        self.seen_label.setWordWrap(True)
        if source.seen_before is not None:
            self.seen_label.setText(
                self.tr("注意：這個檔案已於 %1 以「%2」匯入過；再次匯入時已登錄的資料會略過。")
                .replace("%1", source.seen_before.imported_at[:10])
                .replace("%2", source.seen_before.file_name))
        else:
            self.seen_label.hide()

        mapping_box = QGroupBox(self.tr("欄位對應"))
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
            label = QLabel(spec.label + (" *" if spec.required else ""))
            label.setBuddy(combo)
            grid.addWidget(label, i // 3, (i % 3) * 2)
            grid.addWidget(combo, i // 3, (i % 3) * 2 + 1)
            self.combos[spec.code] = combo

        self.preview_model: RecordTableModel[tuple[int, list[object]]] = RecordTableModel(
            self._preview_columns(), self)
        self.preview_model.set_records(source.sample(50))
        self.preview_view = make_table(self.preview_model, sortable=False)
        self.preview_view.verticalHeader().hide()
        self.result_text = QPlainTextEdit()
        self.result_text.setReadOnly(True)
        self.result_text.setPlaceholderText(self.tr("按「試算」看匯入後會新增或變更什麼（不會寫入資料）。"))
        self.dry_button = QPushButton(self.tr("試算(&D)"))
        self.import_button = QPushButton(self.tr("匯入(&I)"))
        self.close_button = QPushButton(self.tr("關閉"))
        self.dry_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        self.close_button.clicked.connect(self.reject)
        self.import_button.setEnabled(not ctx.readonly)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.dry_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(QLabel(self.tr("預覽（前 50 列；第一欄是檔案中的列號）")))
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
        self.preview_view.resizeColumnsToContents()

    def _preview_columns(self) -> list[Column[tuple[int, list[object]]]]:
        mapped = {column: code for code, column in self.mapping().items()} \
            if hasattr(self, "combos") else {}
        labels = {s.code: s.label for s in FIELDS[self.source.kind]}
        columns: list[Column[tuple[int, list[object]]]] = [
            Column(self.tr("列"), lambda r: r[0], lambda r: r[0], True)]
        for index, header in enumerate(self.source.headers):
            title = f"{importing.column_letter(index)} {header}"
            if index in mapped:
                title = f"→ {labels[mapped[index]]}\n{title}"
            columns.append(Column(title, _cell_of(index)))
        return columns

    def mapping(self) -> dict[str, int]:
        """Return the mapping the clerk chose: field code -> column index."""
        return {code: int(combo.currentData()) for code, combo in self.combos.items()
                if int(combo.currentData()) != self.NOT_MAPPED}

    def _mapping_changed(self) -> None:
        self.preview_model.columns = self._preview_columns()
        self.preview_model.set_records(self.preview_model.all_records())
        self.preview_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0,
                                                  len(self.preview_model.columns) - 1)

    def run(self, dry_run: bool) -> None:
        """Run the import (or the dry run) on the runner, with its own connection."""
        mapping = self.mapping()
        missing = importing.missing_fields(mapping, self.source.kind)
        if missing:
            self.result_text.setPlainText(
                self.tr("請指定這些欄位：") + "、".join(s.label for s in missing))
            return
        source, path, today = self.source, self.ctx.path, self.ctx.today()

        def task(progress: Callable[[int, int, str], None]) -> training_service.ImportResult:
            db = safety.open_worker_db(path)
            try:
                return training_service.run_import(db, source, mapping, dry_run=dry_run,
                                                   today=today, progress_fn=progress)
            finally:
                db.close()

        self.dry_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.ctx.runner.run(task, self.tr("匯入中…") if not dry_run else self.tr("試算中…"),
                            self._done, self._failed, cancellable=True)

    def _done(self, result: training_service.ImportResult) -> None:
        self.last_result = result
        self.dry_button.setEnabled(True)
        self.import_button.setEnabled(not self.ctx.readonly and not result.applied)
        lines = [result.summary(), ""]
        if result.errors:
            lines.append(self.tr("無法讀取的列（列號、欄位、內容、原因）："))
            # At most MAX_ERROR_LINES lines, then 「…另有 N 筆錯誤」 (the domain's summarize).
            lines += [f"  {line}" for line in importing.summarize(result.errors)]
        else:
            lines += result.changes[:500]
            if len(result.changes) > 500:
                lines.append(f"…另有{len(result.changes) - 500}項")
        self.result_text.setPlainText("\n".join(lines))
        if result.applied:
            self.applied = True
            self.ctx.changed(Change.PEOPLE | Change.TRAINING)
            self.ctx.status_message.emit(result.summary())

    def _failed(self, exc: Exception) -> None:
        self.dry_button.setEnabled(True)
        self.import_button.setEnabled(not self.ctx.readonly)
        from gmdesk.ui.runner import Cancelled

        if isinstance(exc, Cancelled):
            self.result_text.setPlainText(self.tr("已取消：資料未變更。"))
        else:
            self.result_text.setPlainText(self.tr("匯入失敗，資料未變更：") + str(exc))



def _cell_of(index: int) -> Callable[[tuple[int, list[object]]], str]:
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

