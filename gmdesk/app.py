"""Composition root of the window: arguments, paths, translators, the database, the window."""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import sys
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

import gmdesk.ui  # noqa: F401  (the quick import hook, before the rest is imported)
from gmdesk import paths
from gmdesk.domain.errors import InputError
from gmdesk.storage.db import StorageError, file_is_empty, is_empty, open_db

if TYPE_CHECKING:
    from gmdesk.services.safety import Session
    from gmdesk.ui.main_window import MainWindow

UI_FONTS = ["Microsoft JhengHei UI", "Microsoft JhengHei", "Noto Sans CJK TC",
            "Noto Sans TC", "PingFang TC", "AR PL UKai TW"]


def make_application(language: str = "zh_TW") -> QApplication:
    """Create the QApplication with a CJK-capable font and the translators installed."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("gmdesk")
    app.setOrganizationName("gmdesk")
    icon = paths.resource("icons/gmdesk.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    bundled = paths.resource("fonts/ukai.ttc")
    if bundled.is_file():
        QFontDatabase.addApplicationFont(str(bundled))  # a last resort with every glyph
    installed = set(QFontDatabase.families())
    font = QFont()
    # The first installed face that has Traditional Chinese glyphs; Qt falls back per glyph
    # anyway, but one real face keeps metrics (and so layouts) steady.
    family = next((name for name in UI_FONTS if name in installed), None)
    if family:
        font.setFamily(family)
    font.setPointSize(11)
    app.setFont(font)
    install_translators(app, language)
    return app


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load Qt's own and gmdesk's translations for `language` (zh_TW or en), replacing any
    installed before; the domain's words (gmdesk.ui.wording) follow the same language."""
    from gmdesk.ui import wording

    for old in app.property("gmdesk_translators") or []:
        app.removeTranslator(old)
    wording.set_language(language)
    translators = []
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan)
                       if language == "zh_TW" else QLocale(QLocale.Language.English))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{language}", qt_dir),
                         (f"gmdesk_{language}", str(paths.translations_dir()))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
    app.setProperty("gmdesk_translators", translators)
    return translators


def _language(args: argparse.Namespace) -> str:
    if getattr(args, "lang", None):
        return str(args.lang)
    from PySide6.QtCore import QSettings

    prefs = QSettings(str(paths.data_dir() / "gmdesk.ini"), QSettings.Format.IniFormat)
    return str(prefs.value("language", "zh_TW"))


def _first_start(path: Path, today: dt.date) -> Path | None:
    """Ask how to begin when there is no office yet; return the file to open, or None."""
    from gmdesk.services.demo import create_demo
    from gmdesk.services.settings import create_office
    from gmdesk.ui.first_start import FirstStartDialog

    dialog = FirstStartDialog()
    if not dialog.exec():
        return None
    if dialog.choice == FirstStartDialog.DEMO:
        demo_path = paths.data_dir() / "demo.gmdesk"
        db = open_db(demo_path)
        try:
            if is_empty(db):
                create_demo(db, today)
        finally:
            db.close()
        return demo_path
    db = open_db(path)
    try:
        create_office(db, dialog.name.text(), dialog.city.text(),
                      str(dialog.preset.currentData()), today.year - 1911)
    finally:
        db.close()
    return path


def run(args: argparse.Namespace) -> int:
    """Open the window on --db (or the per-user office) and run until it closes."""
    if getattr(args, "selftest", False):
        from gmdesk.cli.selftest import run_selftest
        from gmdesk.ui.qt_check import load_translations

        return run_selftest(load_translations=load_translations)
    from gmdesk.services.safety import private_umask

    private_umask()
    app = make_application(_language(args))
    today = dt.date.today()
    path = Path(args.db) if getattr(args, "db", None) else paths.default_db()
    try:
        if not path.exists() or path.stat().st_size == 0 or file_is_empty(path):
            chosen = _first_start(path, today)
            if chosen is None:
                return 0
            path = chosen
    except (StorageError, InputError) as exc:
        QMessageBox.critical(None, "gmdesk", str(exc))
        return 1
    # What the start makes (modules, classes, the window's wrappers) lives as long as the
    # window: no collection passes over it while the start makes it, and once made it is
    # frozen out of the collector's passes (gc.freeze), so the collections a year's records
    # trigger stay short (a third of the 總覽's check on a large office; issue 17).
    gc.disable()
    # The quick_check of the file runs beside the first page (see _watch_integrity); until it
    # passed nothing is written to the file.
    session = _open_session(path, defer_check=True)
    if session is None:
        gc.enable()
        return 1

    from PySide6.QtCore import QTimer

    from gmdesk.documents.fonts import set_preferred
    from gmdesk.storage.office import get_setting
    from gmdesk.ui.context import AppContext
    from gmdesk.ui.main_window import MainWindow
    from gmdesk.ui.runner import Runner

    set_preferred(get_setting(session.db, "pdf_font", "") or None)
    runner = Runner()
    ctx = AppContext(session.db, path, today.year - 1911, runner, readonly=session.readonly)
    ctx.unchecked = not session.checked
    window = MainWindow(ctx, session)
    runner.parent = window
    gc.freeze()
    gc.enable()

    def shown() -> None:
        for warning in session.opened.warnings:
            QMessageBox.warning(window, "gmdesk", warning)

    window.show_when_ready(shown)
    heartbeat = QTimer(window)
    heartbeat.timeout.connect(session.refresh_lock)
    heartbeat.start(10 * 60 * 1000)
    checker = _watch_integrity(window, session)
    code = app.exec()
    checker.shutdown(wait=False, cancel_futures=True)
    for warning in session.close():
        QMessageBox.warning(None, "gmdesk", warning)
    return int(code)


def _watch_integrity(window: MainWindow, session: Session) -> ThreadPoolExecutor:
    """Finish opening a file opened unchecked (its quick_check in the background, beside the
    first page; then opened for writing, or on damage the clerk told and offered the backup
    as on open); then make the day's backup (if due) and run the full integrity_check in
    the background; on damage, offer the newest good backup."""
    from PySide6.QtCore import QThreadPool, QTimer

    from gmdesk.services import safety
    from gmdesk.ui.context import Change

    path, folder = session.path, session.folder()
    warnings: list[str] = []
    checker = ThreadPoolExecutor(max_workers=1)
    checking: list[Future[safety.OpenProblem | None]] = []
    check_poll = QTimer(window)
    waited = [0]

    def checked() -> None:
        # Once the first page has its data: beside the 總覽's own check it slowed both
        # (two readers of one file on a two-core PC), and the clerk waited for the page.
        if not checking:
            if QThreadPool.globalInstance().activeThreadCount() and waited[0] < 500:
                waited[0] += 1  # at most ~5 s
                return
            waited[0] = 0
            checking.append(checker.submit(session.quick_check))
        if not checking[0].done():
            return
        check_poll.stop()
        try:
            problem = checking[0].result()
            if problem is None:
                told = len(session.opened.warnings)
                session.finish_open()
                for warning in session.opened.warnings[told:]:
                    QMessageBox.warning(window, "gmdesk", warning)
        except safety.OpenProblem as exc:
            problem = exc
        except Exception as exc:  # a check that could not run: the file is not known sound
            problem = safety.OpenProblem("damaged", str(exc))
        if problem is not None:
            # Nothing was written: close it, then as on open (recover, read-only or stop).
            session.close()
            reopened = _open_session(path, first=problem)
            if reopened is None:
                window.hide()
                QApplication.exit(1)
                return
            session.opened = reopened.opened
        window.ctx.db = session.db
        window.ctx.readonly = session.readonly
        window.ctx.unchecked = False
        if problem is not None:
            window.ctx.changed(Change.ALL)
            window.refresh_header()
        start()

    def work() -> safety.OpenProblem | None:
        if session.opened.backup_due:
            try:
                failed = safety.auto_backup(path, folder, dt.datetime.now())
            except safety.OpenProblem as problem:
                return problem
            if failed:
                warnings.append(failed)
        return safety.full_check(path, folder)

    started: list[Future[safety.OpenProblem | None]] = []
    poll = QTimer(window)

    def start() -> None:
        # Once the event loop runs and the first page has its data (the 總覽 check runs on the
        # runner's pool): the backup and the check would otherwise compete with it for the CPU.
        if QThreadPool.globalInstance().activeThreadCount() and waited[0] < 100:
            waited[0] += 1
            QTimer.singleShot(100, window, start)
            return
        started.append(checker.submit(work))
        poll.start(500)

    def look() -> None:
        if not started or not started[0].done():
            return
        future = started[0]
        poll.stop()
        for warning in warnings:
            QMessageBox.warning(window, "gmdesk", warning)
        try:
            problem = future.result()
        except Exception:  # a check that could not run is not a finding; open already checked
            return
        if problem is None:
            return
        from gmdesk.ui.backup_dialog import ask_recovery  # the dialogs load when needed

        if problem.backup is not None and not session.readonly \
                and ask_recovery(_said(problem), problem.backup):
            session.restore(problem.backup)
            window.ctx.db = session.db
            window.ctx.changed(Change.ALL)
            window.refresh_header()
        else:
            QMessageBox.critical(window, "gmdesk", _said(problem))

    poll.timeout.connect(look)
    if not session.checked:
        check_poll.timeout.connect(checked)
        check_poll.start(10)
    else:
        QTimer.singleShot(0, window, start)
    return checker


def _open_session(path: Path, *, defer_check: bool = False,
                  first: Exception | None = None) -> Session | None:
    """Open the office checked, locked and backed up; ask the clerk when something is wrong.

    `defer_check`: see safety.open_for_app. `first`: the problem a deferred check found (the
    clerk is asked about it as about one found here).
    """
    from gmdesk.services import safety

    readonly = False
    while True:
        try:
            if first is not None:
                found, first = first, None
                raise found
            opened = safety.open_for_app(path, dt.datetime.now(), readonly=readonly,
                                         defer_backup=True,  # made after the window shows
                                         defer_check=defer_check and not readonly)
        except safety.OpenProblem as problem:
            # the dialogs load only when there is something to ask
            from gmdesk.ui.backup_dialog import ask_recovery
            from gmdesk.ui.lock_dialog import CLEAR, READONLY, ask_lock

            if problem.kind == "locked":
                choice = ask_lock(path, problem.holder, problem.stale)
                if choice == READONLY:
                    readonly = True
                    continue
                if choice == CLEAR:
                    safety.clear_lock(path, dt.datetime.now())
                    continue
                return None
            if problem.kind == "readonly_folder" and not readonly:
                question = QCoreApplication.translate("gmdesk", "要以唯讀方式開啟（可以查看與列印，不能修改）嗎？")
                if QMessageBox.question(None, "gmdesk", f"{_said(problem)}\n\n{question}") \
                        == QMessageBox.StandardButton.Yes:
                    readonly = True
                    continue
                return None
            if problem.kind == "damaged" and problem.backup is not None \
                    and ask_recovery(_said(problem), problem.backup):
                safety.recover(path, problem.backup, dt.datetime.now())
                continue
            QMessageBox.critical(None, "gmdesk", _said(problem))
            return None
        return safety.Session(opened)


def main() -> int:
    """Entry point of the windowed executable."""
    from gmdesk.cli import main as cli_main

    return cli_main()


def _said(problem: Exception) -> str:
    """A problem opening a file, in the window's language (its phrase when it has one)."""
    from gmdesk import wording
    from gmdesk.ui import wording as ui_wording

    return wording.error_text(problem, ui_wording.language())
