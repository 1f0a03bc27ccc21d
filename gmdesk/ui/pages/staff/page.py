"""人員與培力: the staff roster, training records, progress, completion, courses and imports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gmdesk.domain.errors import InputError
from gmdesk.domain.importing import ImportKind
from gmdesk.domain.outputs import Output, output_name
from gmdesk.services import output
from gmdesk.services import training as training_service
from gmdesk.ui.context import AppContext, Change
from gmdesk.ui.pages.staff.import_dialog import ImportDialog
from gmdesk.ui.pages.staff.roster import RosterTab
from gmdesk.ui.pages.staff.summaries import CompletionTab, CoursesTab, ProgressTab
from gmdesk.ui.runner import error_message


class StaffPage(QWidget):
    """Roster, a person's records, who is short, completion and course summaries.

    A tab reads its data only when it is shown: a change or a new year marks every tab out of
    date and reloads the one in view; the others catch up when the clerk opens them.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)
        self.roster_tab = RosterTab(ctx, self.start_import)
        self.progress_tab = ProgressTab(ctx, self._open_person, self.print_reminders)
        self.completion_tab = CompletionTab(ctx)
        self.courses_tab = CoursesTab(ctx)
        self.tabs.addTab(self.roster_tab, self.tr("人員名冊"))
        self.tabs.addTab(self.progress_tab, self.tr("達成進度"))
        self.tabs.addTab(self.completion_tab, self.tr("類別×性別"))
        self.tabs.addTab(self.courses_tab, self.tr("課程統計"))
        self._stale: set[int] = set()
        self.tabs.currentChanged.connect(lambda _index: self._load_current())
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_filter)
        QShortcut(QKeySequence.StandardKey.New, self, self._new_for_tab)
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_reminders)
        ctx.year_changed.connect(ctx.when_shown(self, lambda _year: self.reload()))
        ctx.listen(Change.TRAINING | Change.PEOPLE | Change.GROUP | Change.OFFICE,
                   self._on_data_changed)
        self.reload()

    # --- data ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Mark every tab out of date for the year in view and read the one shown."""
        self._stale = set(range(self.tabs.count()))
        self._load_current()

    def _load_current(self) -> None:
        index = self.tabs.currentIndex()
        if index in self._stale:
            self._stale.discard(index)
            tab = self.tabs.widget(index)
            assert isinstance(tab, (RosterTab, ProgressTab, CompletionTab, CoursesTab))
            tab.load()

    def _on_data_changed(self, _what: Change) -> None:
        self.reload()

    # --- navigation ----------------------------------------------------------------------
    def focus_record(self, record: str) -> None:
        """Show a person (a "person:ID" target) or, for the duty itself, who is short."""
        if record.isdigit():
            self.tabs.setCurrentIndex(0)
            self.roster_tab.show_person(int(record))
        else:
            self.tabs.setCurrentIndex(1)

    def _open_person(self, person_id: int) -> None:
        self.focus_record(str(person_id))

    def _focus_filter(self) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, (RosterTab, ProgressTab)):
            tab.focus_filter()

    def _new_for_tab(self) -> None:
        if self.tabs.currentIndex() == 0 and not self.ctx.readonly:
            self.new_person()

    def new_person(self) -> None:
        """Open the person dialog for a new member of staff (the roster's 新增人員)."""
        self.tabs.setCurrentIndex(0)
        self.roster_tab.new_person()

    # --- actions -------------------------------------------------------------------------
    def print_reminders(self) -> None:
        """Render the reminder list of who is short and show it."""
        from gmdesk.ui.pdf_preview import preview_file, show_pdf

        out = preview_file(output_name(Output.REMINDERS, self.ctx.year))
        try:
            training_service.print_reminders(self.ctx.db, self.ctx.year, self.ctx.today(), out)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("無法產生名單"), error_message(exc))
            return
        show_pdf(self, out, self.tr("培力時數提醒名單"), output.output_dir(self.ctx.db))

    def start_import(self, kind: ImportKind, path: Path | None = None) -> ImportDialog | None:
        """Ask for a file, then open the mapping/preview dialog for it."""
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("選擇要匯入的檔案"), str(Path.home()),
                self.tr("試算表 (*.xlsx *.xls *.ods *.csv)"))
            if not name:
                return None
            path = Path(name)
        try:
            source = training_service.open_source(self.ctx.db, path, kind)
        except (InputError, OSError) as exc:
            QMessageBox.warning(self, self.tr("無法讀取檔案"), error_message(exc))
            return None
        dialog = ImportDialog(self.ctx, source, self)
        dialog.finished.connect(lambda _code: self.reload() if dialog.applied else None)
        dialog.open()
        return dialog


