"""The same figures for gmdesk: its window, its table model, its documents, its storage.

Each function does the job once on the large office and returns seconds (or a dict); it
raises NotMeasured when the part of gmdesk it needs is not in this tree yet.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import shutil
import time
from pathlib import Path
from typing import Any

from bench.common import NotMeasured, Run, run_child_json, time_to_marker

COLD_START = r"""
import sys
import gmdesk.ui.main_window as mw

state = {"hooked": False, "done": False}
original_page = mw.MainWindow.page


def page(self, key):
    widget = original_page(self, key)
    if key == "overview" and not state["hooked"]:
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication, QLabel

        class Watch(QObject):
            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Paint and not state["done"]:
                    heading = widget.findChild(QLabel, "overviewHeading")
                    if heading is None or heading.text():  # painted with the year's data
                        state["done"] = True
                        print("PAINTED", flush=True)
                        QTimer.singleShot(0, QApplication.quit)
                return False

        state["hooked"] = True
        state["watch"] = Watch()
        targets = [widget, *widget.findChildren(QLabel, "overviewHeading")]
        for target in targets:
            target.installEventFilter(state["watch"])
    return widget


mw.MainWindow.page = page
from gmdesk.cli import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def app_office(run: Run) -> Path:
    """Return this run's copy of the large office (the app may write to it)."""
    path = run.work / "office-app.gmdesk"
    if not path.exists():
        shutil.copyfile(run.office, path)
    return path


def _forget_overviews(run: Run) -> None:
    """Drop the 總覽 answers remembered in this run (services/overview.py)."""
    for remembered in (run.work / "data" / "cache").glob("overview-*"):
        remembered.unlink()


def cold_start(run: Run) -> float:
    """Start gmdesk (its own entry point) on the large office, to a painted 總覽 of this year,
    as the first start of the day: nothing remembered, the 總覽 checks the year."""
    _forget_overviews(run)
    seconds, _ = time_to_marker(COLD_START, run, [str(app_office(run))])
    return seconds


def reopen_start(run: Run) -> float:
    """Start gmdesk again on the same, unchanged office the same day: the 總覽 shows the
    answer remembered for exactly these records (services/overview.py)."""
    if not list((run.work / "data" / "cache").glob("overview-*")):
        time_to_marker(COLD_START, run, [str(app_office(run))])  # a start that remembers
    seconds, _ = time_to_marker(COLD_START, run, [str(app_office(run))])
    return seconds


# --- the window: switching page and year ------------------------------------------------

def _settle(window: Any) -> None:
    """Wait until background work is done and the window has painted."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    pool = QThreadPool.globalInstance()
    QApplication.processEvents()
    while pool.activeThreadCount() > 0:
        pool.waitForDone(5)
        QApplication.processEvents()
    QApplication.processEvents()
    window.repaint()


def _window(run: Run) -> Any:
    from gmdesk.storage.db import open_db
    from gmdesk.ui.context import AppContext
    from gmdesk.ui.main_window import MainWindow
    from gmdesk.ui.runner import Runner

    if "app_db" not in run.cache:
        run.cache["app_db"] = open_db(app_office(run))
    runner = Runner()
    ctx = AppContext(run.cache["app_db"], app_office(run), run.this_year, runner,
                     today=lambda: run.today)
    window = MainWindow(ctx)
    runner.parent = window
    window.show()
    _settle(window)
    return window


def switch_pages(run: Run) -> dict[str, float]:
    """Visit every page of a new window once (each built and filled on first visit)."""
    from gmdesk.ui.main_window import PAGES

    window = _window(run)
    times = {}
    try:
        for spec in PAGES[1:]:
            started = time.perf_counter()
            window.go_to(spec.key)
            _settle(window)
            times[spec.key] = time.perf_counter() - started
        run.cache["visited_window"] = window
    finally:
        old = run.cache.pop("old_window", None)
        if old is not None:
            old.close()
            old.deleteLater()
        run.cache["old_window"] = window
    return times


def switch_year(run: Run) -> float:
    """Switch the year with every page built (each reloads for the new year)."""
    window = run.cache.get("visited_window")
    if window is None:
        switch_pages(run)
        window = run.cache["visited_window"]
    window.go_to("overview")
    _settle(window)
    box = window.year_box
    target = box.findData(run.this_year - 1 if box.currentData() == run.this_year
                          else run.this_year)
    _forget_overviews(run)  # the year's 總覽 is checked, as on the first switch after a write
    started = time.perf_counter()
    box.setCurrentIndex(target)
    _settle(window)
    return time.perf_counter() - started


# --- the table model ---------------------------------------------------------------------

def table_records(run: Run) -> list[Any]:
    """Return `scale.table_rows` training records (the office's, repeated to the count)."""
    if "table_records" not in run.cache:
        from gmdesk.storage import people, training
        from gmdesk.storage.db import open_db

        db = open_db(run.office, readonly=True)
        try:
            records = training.list_training(db)
            run.cache["person_names"] = {p.id: p.name for p in people.list_people(db)}
        finally:
            db.close()
        out = []
        while len(out) < run.scale.table_rows:
            out.extend(dataclasses.replace(r, id=len(out) + i)
                       for i, r in enumerate(records[: run.scale.table_rows - len(out)]))
        run.cache["table_records"] = out
    rows: list[Any] = run.cache["table_records"]
    return rows


def table_columns(run: Run) -> list[Any]:
    """Return the columns of a training table as a page shows them."""
    from gmdesk.domain.rocdate import format_short
    from gmdesk.ui.table_model import Column

    table_records(run)
    names: dict[int, str] = run.cache["person_names"]
    return [
        Column("姓名", lambda r: names.get(r.person_id, "")),
        Column("日期", lambda r: format_short(r.day), sort_key=lambda r: r.day),
        Column("課程", lambda r: r.title),
        Column("時數", lambda r: r.hours, sort_key=lambda r: r.hours, align_right=True),
        Column("層級", lambda r: r.level.label),
        Column("方式", lambda r: r.delivery.label),
        Column("機構", lambda r: r.provider),
    ]


def _model(run: Run) -> Any:
    if "app_model" not in run.cache:
        from PySide6.QtWidgets import QTableView

        from gmdesk.ui.table_model import RecordTableModel

        model = RecordTableModel(table_columns(run))
        model.set_records(table_records(run))
        view = QTableView()
        view.setModel(model)
        run.cache["app_model"] = (model, view)
    return run.cache["app_model"][0]


def filter_rows(run: Run) -> float:
    """Filter the app's RecordTableModel by a word."""
    from bench.floors import FILTER_WORD

    model = _model(run)
    model.set_filter("")
    started = time.perf_counter()
    model.set_filter(FILTER_WORD)
    return time.perf_counter() - started


def sort_rows(run: Run) -> float:
    """Sort the app's RecordTableModel by a text column (as a header click does)."""
    from PySide6.QtCore import Qt

    model = _model(run)
    model.set_filter("")
    flip = run.cache["app_sort_flip"] = not run.cache.get("app_sort_flip", False)
    order = Qt.SortOrder.DescendingOrder if flip else Qt.SortOrder.AscendingOrder
    started = time.perf_counter()
    model.sort(2, order)
    return time.perf_counter() - started


# --- bulk writes ------------------------------------------------------------------------

def _training_records(run: Run, count: int) -> list[Any]:
    from bench.floors import insert_rows
    from gmdesk.domain.model import Delivery, Level, PersonId, TrainingId, TrainingRecord

    key = f"training_records_{count}"
    if key not in run.cache:
        run.cache[key] = [
            TrainingRecord(TrainingId(0), PersonId(pid), title, dt.date.fromisoformat(day), hours,
                           Level(level), bool(cedaw), Delivery(delivery), provider, None,
                           satisfaction, source, note)
            for (pid, title, day, hours, level, cedaw, delivery, provider, _course, satisfaction,
                 source, note) in insert_rows(run, count)]
    records: list[Any] = run.cache[key]
    return records


def bulk_write(run: Run) -> float:
    """Insert training records through gmdesk storage (add_training_many in db.atomic())."""
    from bench.floors import staff_only_db
    from gmdesk.storage import training
    from gmdesk.storage.db import open_db
    from gmdesk.storage.records import insert_many

    # The storage function the import uses, where it exists; the generic one otherwise.
    add_many = getattr(training, "add_training_many", None) or (
        lambda db, items: insert_many(db, "training", items))
    records = _training_records(run, run.scale.insert_rows)
    db = open_db(staff_only_db(run, "app-insert.gmdesk"))
    try:
        started = time.perf_counter()
        with db.atomic():
            add_many(db, records)
        seconds = time.perf_counter() - started
    finally:
        db.close()
    return seconds


# --- documents, workbooks, import: other people's modules, found by what they offer ----------

def _module(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name and name.startswith(exc.name):
            raise NotMeasured(f"{name} does not exist yet") from exc
        raise


def _function(module: Any, *names: str) -> Any:
    for name in names:
        func = getattr(module, name, None)
        if callable(func):
            return func
    raise NotMeasured(f"{module.__name__} has none of {', '.join(names)}")


def minutes_form(run: Run) -> float:
    """Render the minutes of the same meeting the floor builds, with gmdesk's form."""
    from bench.floors import minutes_content

    minutes = _module("gmdesk.documents.minutes")
    render = _function(minutes, "render_minutes")
    services = _module("gmdesk.services.meetings")
    make_paper = _function(services, "paper")
    from gmdesk.storage import office as office_store
    from gmdesk.storage.db import open_db

    meeting_id = minutes_content(run)["id"]
    if "minutes_paper" not in run.cache:
        db = open_db(app_office(run))
        try:
            started = time.perf_counter()
            paper = make_paper(db, meeting_id, run.today)
            run.cache["minutes_paper_seconds"] = time.perf_counter() - started
            run.cache["minutes_paper"] = (paper, office_store.get_office(db))
        finally:
            db.close()
    paper, office = run.cache["minutes_paper"]
    out = run.work / "app-minutes.pdf"
    started = time.perf_counter()
    render(paper, office, out)
    return time.perf_counter() - started


def photo_report(run: Run) -> float:
    """Render gmdesk's photo report with as many photos as the floor's pages hold."""
    import hashlib

    from bench.floors import report_photos
    from gmdesk.documents.outreach import render_event_report
    from gmdesk.domain.model import Event, EventId, EventKind, Photo, PhotoId
    from gmdesk.storage import office as office_store
    from gmdesk.storage.db import open_db

    if "photo_event" not in run.cache:
        db = open_db(run.office, readonly=True)
        try:
            office = office_store.get_office(db)
        finally:
            db.close()
        photos = [Photo(PhotoId(i), EventId(1), i, caption, "image/jpeg", 1600, 1200,
                        hashlib.sha256(data).hexdigest(), data)
                  for i, (caption, data) in enumerate(report_photos(run), start=1)]
        event = Event(EventId(1), EventKind.CEDAW, "CEDAW宣導成果照片", dt.date(2025, 3, 8),
                      audiences=("一般民眾",), male=40, female=50)
        run.cache["photo_event"] = (event, photos, office)
    event, photos, office = run.cache["photo_event"]
    out = run.work / "app-photos.pdf"
    started = time.perf_counter()
    render_event_report(event, photos, office, out)
    return time.perf_counter() - started


CITY_TABLE = r"""
import json, pickle, sys, time
rows = pickle.load(open(sys.argv[1], "rb"))
headers = rows.pop(0)
from gmdesk.workbooks.city import write_table
started = time.perf_counter()
write_table(sys.argv[2], "培力時數明細", headers, rows)
seconds = time.perf_counter() - started
from bench.common import peak_rss_mib
print(json.dumps({"seconds": seconds, "mib": peak_rss_mib()}))
"""

CITY_YEAR = r"""
import datetime as dt, json, sys, time
from gmdesk.services.reports import year_report
from gmdesk.storage.db import open_db
from gmdesk.workbooks.city import write_city
today = dt.date.fromisoformat(sys.argv[3])
started = time.perf_counter()
db = open_db(sys.argv[1], readonly=True)
report = year_report(db, today.year - 1911, today)
db.close()
loaded = time.perf_counter() - started
write_city(report, sys.argv[2])
seconds = time.perf_counter() - started
from bench.common import peak_rss_mib
print(json.dumps({"seconds": seconds, "loaded": loaded, "mib": peak_rss_mib()}))
"""


def city_workbook(run: Run) -> dict[str, float]:
    """Write the floor's cells with gmdesk's workbook writer (write_table), in a new process."""
    from bench.floors import roster_pickle

    city = _module("gmdesk.workbooks.city")
    _function(city, "write_table")
    out = run.work / "app-table.xlsx"
    result = run_child_json(CITY_TABLE, run, [str(roster_pickle(run)), str(out)])
    return {"seconds": float(result["seconds"]), "mib": float(result["mib"])}


def city_year(run: Run) -> dict[str, float]:
    """Export this year's city workbook from the large office, in a new process."""
    _function(_module("gmdesk.workbooks.city"), "write_city")
    _function(_module("gmdesk.services.reports"), "year_report")
    out = run.work / "app-city.xlsx"
    result = run_child_json(CITY_YEAR, run, [str(run.office), str(out), run.today.isoformat()])
    return {"seconds": float(result["seconds"]), "mib": float(result["mib"]),
            "loaded": float(result["loaded"])}


def import_rows(run: Run) -> float:
    """Import the roster workbook (read, validated, stored) with gmdesk's import."""
    from bench.floors import roster_xlsx, staff_only_db

    services = _module("gmdesk.services.training")
    import_file = _function(services, "import_file")
    kind = _module("gmdesk.domain.importing").ImportKind.TRAINING
    from gmdesk.storage.db import open_db

    source = roster_xlsx(run)
    path = run.work / "import-roster.xlsx"  # a fresh name and file each time
    shutil.copyfile(source, path)
    db = open_db(staff_only_db(run, "app-import.gmdesk"))
    try:
        started = time.perf_counter()
        result = import_file(db, path, kind, dry_run=False, today=run.today)
        seconds = time.perf_counter() - started
    finally:
        db.close()
    # Rows dated outside a person's employment are read and checked but not stored.
    stored = getattr(result, "added", 0) + len(getattr(result, "outside", []))
    if not getattr(result, "applied", True) or stored != run.scale.xlsx_rows:
        errors = getattr(result, "errors", [])[:3]
        raise RuntimeError(f"import stored {getattr(result, 'added', '?')} of "
                           f"{run.scale.xlsx_rows} rows: {errors}")
    return seconds


def session(run: Run) -> dict[str, Any]:
    """Play the scripted session on gmdesk's window; return stalls per step and peak memory."""
    out = run.work / "session-out"
    shutil.rmtree(out, ignore_errors=True)
    office = run.work / "office-session.gmdesk"
    shutil.copyfile(run.office, office)
    code = "import sys; from bench.session import main; sys.exit(main())"
    return run_child_json(code, run, [str(office), str(out)], timeout=900)

