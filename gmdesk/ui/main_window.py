"""The main window: navigation, year selector, pages built on first visit, status bar."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gmdesk.services import settings as settings_service
from gmdesk.ui.context import AppContext, Change
from gmdesk.ui.widgets.forms import ElidedLabel, scrolling


@dataclass(frozen=True)
class PageSpec:
    key: str
    label: str
    module: str
    cls: str


PAGES: tuple[PageSpec, ...] = (
    PageSpec("overview", str(QT_TRANSLATE_NOOP("MainWindow", "總覽")), "gmdesk.ui.pages.overview", "OverviewPage"),
    PageSpec("group", str(QT_TRANSLATE_NOOP("MainWindow", "執行小組")), "gmdesk.ui.pages.group", "GroupPage"),
    PageSpec("meetings", str(QT_TRANSLATE_NOOP("MainWindow", "會議")), "gmdesk.ui.pages.meetings", "MeetingsPage"),
    PageSpec("training", str(QT_TRANSLATE_NOOP("MainWindow", "人員與培力")), "gmdesk.ui.pages.staff", "StaffPage"),
    PageSpec("events", str(QT_TRANSLATE_NOOP("MainWindow", "CEDAW宣導與措施")), "gmdesk.ui.pages.events", "EventsPage"),
    PageSpec("impact", str(QT_TRANSLATE_NOOP("MainWindow", "性別影響評估")), "gmdesk.ui.pages.duties.impact", "ImpactPage"),
    PageSpec("statistics", str(QT_TRANSLATE_NOOP("MainWindow", "性別統計")), "gmdesk.ui.pages.duties.statistics", "StatisticsPage"),
    PageSpec("budget", str(QT_TRANSLATE_NOOP("MainWindow", "性別預算")), "gmdesk.ui.pages.duties.budget", "BudgetPage"),
    PageSpec("committees", str(QT_TRANSLATE_NOOP("MainWindow", "委員會")), "gmdesk.ui.pages.duties.committees", "CommitteesPage"),
    PageSpec("exports", str(QT_TRANSLATE_NOOP("MainWindow", "報表匯出")), "gmdesk.ui.pages.exports", "ExportsPage"),
    PageSpec("calendar", str(QT_TRANSLATE_NOOP("MainWindow", "行事曆")), "gmdesk.ui.pages.calendar", "CalendarPage"),
    PageSpec("settings", str(QT_TRANSLATE_NOOP("MainWindow", "設定")), "gmdesk.ui.pages.settings", "SettingsPage"),
)


# The longest a start waits for the first page's data before showing the window anyway (the
# page then shows its data when it comes): a large office's 總覽 is ready in about 0.1 s.
FIRST_PAINT_LIMIT_MS = 600
# How long after the first paint the other pages' code starts loading (MainWindow._preload_next)
PRELOAD_AFTER_MS = 100


class _FirstPaint(QObject):
    """Call `then()` once, `delay_ms` after the window's first paint is done."""

    def __init__(self, window: QWidget, then: Callable[[], None], delay_ms: int) -> None:
        super().__init__(window)
        self.then: Callable[[], None] | None = then
        self.delay_ms = delay_ms
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.then is not None:
            then, self.then = self.then, None
            watched.removeEventFilter(self)
            QTimer.singleShot(self.delay_ms, self, then)
        return False


def page_label(spec: PageSpec) -> str:
    return QCoreApplication.translate("MainWindow", spec.label)


class MainWindow(QMainWindow):
    """The window a clerk works in; pages get the context, never the window."""

    page_shown = Signal(str)

    def __init__(self, ctx: AppContext, session: Any = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.session = session  # services.safety.Session: backups and restore
        self._pages: dict[str, QWidget] = {}
        self._holders: dict[str, QWidget] = {}  # each page in its scroll area in the stack
        self.setObjectName("MainWindow")
        self.resize(1180, 760)

        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        for index, spec in enumerate(PAGES, start=1):
            item = QListWidgetItem(page_label(spec))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            # Ctrl+1 … Ctrl+9; the pages after them are reached by the list and the menu
            item.setToolTip(self.tr("%1（Ctrl+%2）").replace("%1", page_label(spec))
                            .replace("%2", str(index)) if index <= 9 else page_label(spec))
            self.nav.addItem(item)
        # as wide as the longest page name (English ones are longer), never cut
        self.nav.setMinimumWidth(max(140, self.nav.sizeHintForColumn(0)
                                     + 2 * self.nav.frameWidth() + 12))
        self.stack = QStackedWidget()

        self.year_box = QComboBox()
        self.year_box.setObjectName("year")
        self.year_box.setToolTip(self.tr("切換年度（Ctrl+PgUp / Ctrl+PgDown）"))
        self.office_label = ElidedLabel()
        self.office_label.setObjectName("officeName")
        self.office_label.setStyleSheet("font-weight:bold")
        top = QHBoxLayout()
        top.addWidget(self.office_label, 1)
        year_label = QLabel(self.tr("年度："))
        year_label.setBuddy(self.year_box)
        top.addWidget(year_label)
        top.addWidget(self.year_box)

        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([self.nav.minimumWidth(), 1000])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)

        self.file_label = ElidedLabel()
        self.file_label.setMinimumWidth(120)
        self.statusBar().addPermanentWidget(self.file_label)

        self._build_menu()
        self.refresh_header()
        self._fill_years()
        self.nav.currentRowChanged.connect(self._on_nav)
        self.year_box.currentIndexChanged.connect(self._on_year)
        ctx.navigate.connect(self.go_to)
        ctx.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        ctx.listen(Change.OFFICE, self._on_data_changed)
        self.nav.setCurrentRow(0)

    # --- building ---------------------------------------------------------------
    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("檔案(&F)"))
        self.backup_action = QAction(self.tr("備份與還原…"), self)
        self.backup_action.setShortcut(QKeySequence("Ctrl+B"))
        self.backup_action.triggered.connect(self.show_backups)
        self.backup_action.setEnabled(self.session is not None)
        file_menu.addAction(self.backup_action)
        self.trash_action = QAction(self.tr("資源回收筒…"), self)
        self.trash_action.triggered.connect(self.show_trash)
        file_menu.addAction(self.trash_action)
        from gmdesk.ui.city_action import add_city_action  # issue 19: the city's consolidation
        add_city_action(file_menu, self.ctx, self)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("結束(&X)"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("頁面(&P)"))
        for index, spec in enumerate(PAGES, start=1):
            action = QAction(page_label(spec).replace("&", "&&"), self)  # & is no mnemonic
            if index <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index}"))
            action.triggered.connect(lambda _=False, key=spec.key: self.go_to(key))
            go_menu.addAction(action)
        go_menu.addSeparator()
        previous_year = QAction(self.tr("上一年度"), self)
        previous_year.setShortcut(QKeySequence("Ctrl+PgUp"))
        previous_year.triggered.connect(lambda: self._step_year(-1))
        next_year = QAction(self.tr("下一年度"), self)
        next_year.setShortcut(QKeySequence("Ctrl+PgDown"))
        next_year.triggered.connect(lambda: self._step_year(1))
        refresh = QAction(self.tr("重新整理"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(lambda: self.ctx.changed(Change.ALL))
        go_menu.addActions([previous_year, next_year, refresh])

        help_menu = self.menuBar().addMenu(self.tr("說明(&H)"))
        about = QAction(self.tr("關於 gmdesk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def refresh_header(self) -> None:
        office = settings_service.office_profile(self.ctx.db)
        name = office.name if office else self.tr("（尚未設定機關）")
        self.office_label.setText(name)
        self.setWindowTitle(f"{name} - gmdesk")
        path = str(self.ctx.path) if self.ctx.path else self.tr("（記憶體）")
        suffix = self.tr("（唯讀）") if self.ctx.readonly else ""
        self.file_label.setText(self.tr("資料檔：") + path + suffix)

    def _fill_years(self) -> None:
        office = settings_service.office_profile(self.ctx.db)
        this_year = self.ctx.today().year - 1911
        first = office.plan_start if office and office.plan_start else this_year - 3
        last = max(this_year + 1, office.plan_end if office else 0)
        years = sorted(set(range(min(first, this_year - 1), last + 1)) | {self.ctx.year})
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for year in years:
            self.year_box.addItem(self.tr("%1年度").replace("%1", str(year)), year)
        self.year_box.setCurrentIndex(years.index(self.ctx.year))
        self.year_box.blockSignals(False)

    # --- pages --------------------------------------------------------------------
    def page(self, key: str) -> QWidget:
        """Return the page for `key`, building it on first use."""
        if key not in self._pages:
            spec = next(s for s in PAGES if s.key == key)
            cls = getattr(importlib.import_module(spec.module), spec.cls)
            widget: QWidget = cls(self.ctx)
            widget.setObjectName(f"page_{key}")
            self._pages[key] = widget
            # a page larger than the window scrolls; it never makes the window grow
            self._holders[key] = scrolling(widget)
            self.stack.addWidget(self._holders[key])
        return self._pages[key]

    def show_when_ready(self, then: Callable[[], None] | None = None,
                        limit_ms: int = FIRST_PAINT_LIMIT_MS) -> None:
        """Show the window once its first page has its data (a page with `prepare(then)`),
        or after `limit_ms` at the latest: its first paint then shows what the page is
        about, not an empty page filled in a moment later. `then()` runs once, after show."""
        shown: list[bool] = []

        def show_now() -> None:
            if shown:
                return
            shown.append(True)
            # never larger than the screen (1366×768 at 150 % leaves 911×512 to show it in)
            area = self.screen().availableGeometry()
            self.resize(min(self.width(), area.width()), min(self.height(), area.height()))
            self.show()
            if then is not None:
                then()
            self._first_paint = _FirstPaint(self, self._preload_next, PRELOAD_AFTER_MS)

        prepare = getattr(self._pages.get(self.current_key()), "prepare", None)
        if prepare is None:
            show_now()
            return
        QTimer.singleShot(limit_ms, self, show_now)
        prepare(show_now)

    def _preload_next(self) -> None:
        """Import the next page's code while the clerk reads the first page, one module per
        turn of the event loop (each takes a few ms): a first visit then only builds the page.
        Importing on the visit itself was up to a third of its freeze (issue 17)."""
        waiting = [spec.module for spec in PAGES if spec.module not in sys.modules]
        if waiting:
            importlib.import_module(waiting[0])
            if len(waiting) > 1:
                QTimer.singleShot(0, self, self._preload_next)

    def current_key(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "overview"

    def go_to(self, target: str) -> None:
        """Show the page for a target such as "group" or "meeting:12" (and the record)."""
        key, _, record = target.partition(":")
        key = {"meeting": "meetings", "event": "events", "staff": "training",
               "person": "training", "committee": "committees", "analysis": "statistics"}.get(key, key)
        keys = [s.key for s in PAGES]
        if key not in keys:
            return
        self.nav.setCurrentRow(keys.index(key))
        if record:
            focus = getattr(self.page(key), "focus_record", None)
            if focus is not None:
                focus(record)

    def _on_nav(self, row: int) -> None:
        if row < 0:
            return
        key = PAGES[row].key
        holder = self.stack.currentWidget()
        shown = next((k for k, h in self._holders.items() if h is holder), None)
        if shown is not None and shown != key and not self._may_leave(self._pages[shown]):
            self.nav.blockSignals(True)
            self.nav.setCurrentRow([s.key for s in PAGES].index(shown))
            self.nav.blockSignals(False)
            return
        self.page(key)
        self.stack.setCurrentWidget(self._holders[key])
        self.page_shown.emit(key)

    def _on_year(self, index: int) -> None:
        year = self.year_box.itemData(index)
        if year is None or int(year) == self.ctx.year:
            return
        if not all(self._may_leave(page) for page in self._pages.values()):
            self.year_box.blockSignals(True)  # 取消: stay in the year, keep the edits
            self.year_box.setCurrentIndex(self.year_box.findData(self.ctx.year))
            self.year_box.blockSignals(False)
            return
        self.ctx.set_year(int(year))

    @staticmethod
    def _may_leave(page: QWidget) -> bool:
        """Ask a page with unsaved edits 儲存／放棄／取消; True when it is fine to go on."""
        confirm = getattr(page, "confirm_leave", None)
        return confirm is None or bool(confirm())

    def _step_year(self, step: int) -> None:
        index = self.year_box.currentIndex() + step
        if 0 <= index < self.year_box.count():
            self.year_box.setCurrentIndex(index)

    def _on_data_changed(self, _what: Change) -> None:
        self.refresh_header()

    def show_backups(self) -> None:
        """Open 備份與還原; after a restore every page reads the restored file."""
        from gmdesk.ui.backup_dialog import BackupDialog

        session = self.session
        if session is None:
            return
        dialog = BackupDialog(session.path, session, self, readonly=session.readonly)

        def restored() -> None:
            self.ctx.db = session.db
            self.ctx.changed(Change.ALL)
            self.refresh_header()

        dialog.restored.connect(restored)
        dialog.exec()

    def show_trash(self) -> None:
        from gmdesk.ui.trash_dialog import TrashDialog

        TrashDialog(self.ctx, self).exec()

    def _about(self) -> None:
        from gmdesk import __version__

        QMessageBox.about(self, self.tr("關於 gmdesk"),
                          self.tr("gmdesk %1\n區公所與市府機關的性別主流化業務工具。\n所有資料存放在本機，不需網路。")
                          .replace("%1", __version__))

    def closeEvent(self, event: QCloseEvent) -> None:
        for widget in self._pages.values():
            if not self._may_leave(widget):
                event.ignore()
                return
        event.accept()
