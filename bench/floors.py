"""The floors: what the libraries alone take for each job, measured in the same run.

Each function does the job once and returns seconds (or a dict with seconds and MiB).
"""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
import time
from pathlib import Path
from typing import Any

from bench.common import XLSX_HEADERS, Run, roster_rows, run_child_json, time_to_marker

BARE_START = r"""
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

app = QApplication([])
window = QMainWindow()
view = QTableView()
model = QStandardItemModel(20, 5)
for r in range(20):
    for c in range(5):
        model.setItem(r, c, QStandardItem(f"{r},{c}"))
view.setModel(model)
window.setCentralWidget(view)
window.resize(1180, 760)


class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("PAINTED", flush=True)
            obj.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False


watcher = Painted()
view.viewport().installEventFilter(watcher)
window.show()
app.exec()
"""


def bare_start(run: Run) -> float:
    """Start a bare PySide6 window with a table view, in a new process, to its first paint."""
    seconds, _ = time_to_marker(BARE_START, run)
    return seconds


def _tuple_model(rows: list[tuple[Any, ...]], headers: list[str]) -> Any:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

    class TupleModel(QAbstractTableModel):
        def __init__(self) -> None:
            super().__init__()
            self.rows = rows

        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(headers)

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.rows[index.row()][index.column()]
            return None

        def headerData(self, section: int, orientation: Any,
                       role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
                return headers[section]
            return None

    return TupleModel()


def _shown_view(run: Run) -> Any:
    if "floor_view" not in run.cache:
        from PySide6.QtWidgets import QTableView

        view = QTableView()
        view.resize(1000, 700)
        view.show()
        run.cache["floor_view"] = view
    return run.cache["floor_view"]


def open_year(run: Run) -> float:
    """Read about 14,000 rows with sqlite3, put them in a plain model and paint the view."""
    from PySide6.QtWidgets import QApplication

    view = _shown_view(run)
    QApplication.processEvents()
    started = time.perf_counter()
    conn = sqlite3.connect(str(run.office))
    rows = conn.execute(
        "SELECT p.name, t.day, t.title, t.hours, t.level, t.delivery, t.provider "
        "FROM training t JOIN person p ON p.id = t.person_id ORDER BY t.day DESC LIMIT ?",
        [run.scale.open_rows]).fetchall()
    conn.close()
    view.setModel(_tuple_model(rows, ["姓名", "日期", "課程", "時數", "層級", "方式", "機構"]))
    view.repaint()
    return time.perf_counter() - started


# --- filter and sort -------------------------------------------------------------------

def table_texts(run: Run) -> list[list[str]]:
    """Return `scale.table_rows` rows of seven display texts (training records, twice over)."""
    if "table_texts" not in run.cache:
        from bench.app import table_columns, table_records

        records = table_records(run)
        columns = table_columns(run)
        run.cache["table_texts"] = [[str(c.text(r)) for c in columns] for r in records]
    texts: list[list[str]] = run.cache["table_texts"]
    return texts


class _PlainTable:
    """The floor's table: rows of texts, a precomputed search string, a plain model."""

    def __init__(self, run: Run) -> None:
        from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
        from PySide6.QtWidgets import QTableView

        self.texts = table_texts(run)
        self.search = ["\t".join(t).lower() for t in self.texts]
        self.shown = list(range(len(self.texts)))
        outer = self

        class Model(QAbstractTableModel):
            def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
                return len(outer.shown)

            def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
                return 7

            def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
                if role == Qt.ItemDataRole.DisplayRole:
                    return outer.texts[outer.shown[index.row()]][index.column()]
                return None

        self.model = Model()
        self.view = QTableView()
        self.view.setModel(self.model)

    def filter(self, word: str) -> None:
        self.model.beginResetModel()
        self.shown = [i for i, s in enumerate(self.search) if word in s]
        self.model.endResetModel()

    def sort(self, column: int, reverse: bool) -> None:
        self.model.layoutAboutToBeChanged.emit()
        texts = self.texts
        self.shown.sort(key=lambda i: texts[i][column], reverse=reverse)
        self.model.layoutChanged.emit()


def _plain_table(run: Run) -> _PlainTable:
    if "plain_table" not in run.cache:
        run.cache["plain_table"] = _PlainTable(run)
    table: _PlainTable = run.cache["plain_table"]
    return table


FILTER_WORD = "進階"


def filter_rows(run: Run) -> float:
    """Filter the rows by a word in Python and reset a plain model."""
    table = _plain_table(run)
    table.filter("")
    started = time.perf_counter()
    table.filter(FILTER_WORD)
    return time.perf_counter() - started


def sort_rows(run: Run) -> float:
    """Sort every row by a text column in Python and tell a plain model its layout changed."""
    table = _plain_table(run)
    table.filter("")
    flip = run.cache["floor_sort_flip"] = not run.cache.get("floor_sort_flip", False)
    started = time.perf_counter()
    table.sort(2, flip)
    return time.perf_counter() - started


# --- PDFs ----------------------------------------------------------------------------

def minutes_content(run: Run) -> dict[str, Any]:
    """Return the plain content of the longest meeting of this year (what the minutes print)."""
    if "minutes_content" not in run.cache:
        from gmdesk.storage import meetings, people
        from gmdesk.storage.db import open_db

        db = open_db(run.office, readonly=True)
        try:
            held = meetings.list_meetings(db, run.this_year)
            meeting = held[-1]
            persons = people.people_by_id(db)
            attendance = [(persons[a.person_id].name, persons[a.person_id].title,
                           a.status.label) for a in meetings.list_attendance(db, meeting.id)]
            items = [(i.kind.label, i.seq, i.title, i.unit, i.explanation, i.decision)
                     for i in meetings.list_items(db, meeting.id)]
            # The resolutions carried from the meeting before (the minutes list them).
            carried = [(i.title, i.decision, "已依決議辦理完成。", "解除列管")
                       for i in meetings.list_items(db, held[-2].id)
                       if i.kind.value == "discussion"] if len(held) > 1 else []
            run.cache["minutes_content"] = {
                "id": meeting.id, "meeting": meeting, "attendance": attendance, "items": items,
                "carried": carried,
                "chair": persons[meeting.chair_id].name if meeting.chair_id else "",
            }
        finally:
            db.close()
    content: dict[str, Any] = run.cache["minutes_content"]
    return content


def minutes_pdf(run: Run) -> float:
    """Build a minutes-like document (about 2 pages) with plain reportlab and the embedded font."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from gmdesk.documents.fonts import FONT_NAME, register
    from gmdesk.domain.rocdate import format_long, format_time

    content = minutes_content(run)
    meeting = content["meeting"]
    out = run.work / "floor-minutes.pdf"
    started = time.perf_counter()
    register()
    title = ParagraphStyle("t", fontName=FONT_NAME, fontSize=18, leading=26, alignment=1)
    body = ParagraphStyle("b", fontName=FONT_NAME, fontSize=13, leading=20, wordWrap="CJK")
    cell = ParagraphStyle("c", fontName=FONT_NAME, fontSize=11, leading=15, wordWrap="CJK")
    story: list[Any] = [Paragraph(f"臺北市社會福利局性別平等專案小組{meeting.title}會議紀錄", title)]
    story += [Paragraph(line, body) for line in (
        f"時間：{format_long(meeting.day)}{format_time(meeting.start)}",
        f"地點：{meeting.place}", f"主席：{content['chair']}", f"紀錄：{meeting.recorder}",
        f"主席致詞：{meeting.chair_remarks}")]
    rows = [[Paragraph(x, cell) for x in ("姓名", "職稱", "出席情形")]]
    rows += [[Paragraph(x, cell) for x in row] for row in content["attendance"]]
    table = Table(rows, colWidths=[50 * mm, 60 * mm, 40 * mm], repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, "black")]))
    story += [Spacer(1, 4 * mm), table, Spacer(1, 4 * mm)]
    carried = [[Paragraph(x, cell) for x in ("案由", "決議", "辦理情形", "列管建議")]]
    carried += [[Paragraph(x, cell) for x in row] for row in content["carried"]]
    carried_table = Table(carried, colWidths=[50 * mm, 45 * mm, 45 * mm, 30 * mm], repeatRows=1)
    carried_table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, "black")]))
    story += [Paragraph("確認上次會議紀錄及列管事項", body), carried_table, Spacer(1, 4 * mm)]
    for kind, seq, item_title, unit, explanation, decision in content["items"]:
        story.append(Paragraph(f"{kind}第{seq}案　提案單位：{unit}", body))
        story.append(Paragraph(f"案由：{item_title}", body))
        story.append(Paragraph("說明：" + explanation.replace("\n", "<br/>"), body))
        story.append(Paragraph(f"決議：{decision}", body))
    SimpleDocTemplate(str(out), pagesize=A4, title="minutes").build(story)
    return time.perf_counter() - started


def report_photos(run: Run) -> list[tuple[str, bytes]]:
    """Return (caption, JPEG) for two photos a page of the report."""
    if "report_photos" not in run.cache:
        conn = sqlite3.connect(f"{run.office.resolve().as_uri()}?mode=ro", uri=True)
        rows = conn.execute("SELECT caption, data FROM photo ORDER BY id LIMIT ?",
                            [run.scale.report_pages * 2]).fetchall()
        conn.close()
        run.cache["report_photos"] = [(str(c), bytes(d)) for c, d in rows]
    photos: list[tuple[str, bytes]] = run.cache["report_photos"]
    return photos


def photo_report(run: Run) -> float:
    """Build a report with two photos and their captions a page, ASCII85 off."""
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Image, PageBreak, Paragraph, SimpleDocTemplate

    from gmdesk.documents.fonts import FONT_NAME, register

    photos = report_photos(run)
    out = run.work / "floor-photos.pdf"
    started = time.perf_counter()
    rl_config.useA85 = 0
    register()
    body = ParagraphStyle("b", fontName=FONT_NAME, fontSize=12, leading=18, alignment=1)
    story: list[Any] = []
    for index, (caption, data) in enumerate(photos):
        story.append(Image(io.BytesIO(data), width=150 * mm, height=100 * mm))
        story.append(Paragraph(caption, body))
        if index % 2 == 1:
            story.append(PageBreak())
    SimpleDocTemplate(str(out), pagesize=A4, title="photos").build(story)
    return time.perf_counter() - started


# --- workbooks -------------------------------------------------------------------------

XLSXWRITER = r"""
import json, sys, time, pickle
rows = pickle.load(open(sys.argv[1], "rb"))
headers = rows.pop(0)
import xlsxwriter
started = time.perf_counter()
book = xlsxwriter.Workbook(sys.argv[2], {"constant_memory": True})
sheet = book.add_worksheet("roster")
dates = book.add_format({"num_format": "yyyy/mm/dd"})
sheet.write_row(0, 0, headers)
for r, row in enumerate(rows, start=1):
    sheet.write_row(r, 0, row[:5])
    sheet.write_datetime(r, 5, row[5], dates)
    sheet.write_row(r, 6, row[6:])
book.close()
seconds = time.perf_counter() - started
from bench.common import peak_rss_mib
print(json.dumps({"seconds": seconds, "mib": peak_rss_mib()}))
"""


def roster_pickle(run: Run) -> Path:
    """Return a pickle of the roster rows (headers first), the input both writers are given."""
    import pickle

    path = run.work / "roster.pickle"
    if not path.exists():
        rows: list[Any] = [XLSX_HEADERS, *roster_rows(run)]
        rows[1:] = [[dt.datetime.combine(r[5], dt.time()) if i == 5 else v
                     for i, v in enumerate(r)] for r in rows[1:]]
        path.write_bytes(pickle.dumps(rows))
    return path


def xlsx_write(run: Run) -> dict[str, float]:
    """Write the roster's cells with xlsxwriter constant_memory, in a new process."""
    out = run.work / "floor-roster.xlsx"
    result = run_child_json(XLSXWRITER, run, [str(roster_pickle(run)), str(out)])
    run.cache["roster_xlsx"] = out
    return {"seconds": float(result["seconds"]), "mib": float(result["mib"])}


def roster_xlsx(run: Run) -> Path:
    """Return the roster workbook (written by the xlsxwriter floor)."""
    if "roster_xlsx" not in run.cache:
        xlsx_write(run)
    path: Path = run.cache["roster_xlsx"]
    return path


def calamine_read(run: Run) -> float:
    """Read every cell of the roster workbook with python-calamine."""
    from python_calamine import CalamineWorkbook

    path = roster_xlsx(run)
    started = time.perf_counter()
    book = CalamineWorkbook.from_path(str(path))
    rows = book.get_sheet_by_index(0).to_python()
    assert len(rows) == run.scale.xlsx_rows + 1
    return time.perf_counter() - started


def insert_rows(run: Run, count: int) -> list[tuple[Any, ...]]:
    """Return `count` training rows for the office's staff, as raw tuples."""
    key = f"insert_rows_{count}"
    if key not in run.cache:
        staff = run.scale.staff
        run.cache[key] = [
            (i % staff + 1, f"性別主流化數位課程第{i // staff + 1}單元",
             dt.date(run.today.year, 1 + (i // staff) % 12, 1 + (i // staff) % 28).isoformat(),
             2.0, "basic", 1, "online", "e等公務園+", None, 4, "import", "")
            for i in range(count)]
    rows: list[tuple[Any, ...]] = run.cache[key]
    return rows


INSERT_SQL = ("INSERT INTO training (person_id, title, day, hours, level, cedaw, delivery, "
              "provider, course_id, satisfaction, source, note) VALUES "
              "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def staff_only_db(run: Run, name: str) -> Path:
    """Return a new gmdesk file holding only the office's people and their employment (so
    foreign keys resolve and training dates fall inside someone's employment)."""
    from gmdesk.storage import people
    from gmdesk.storage.db import open_db
    from gmdesk.storage.records import insert_many

    template = run.work / "staff-only.gmdesk"
    if not template.exists():
        source = open_db(run.office, readonly=True)
        persons = people.list_people(source)
        periods = people.list_employment(source)
        units = source.execute("SELECT id, name, sort_order FROM unit").fetchall()
        source.close()
        db = open_db(template)
        with db.atomic():
            for unit in units:
                db.execute("INSERT INTO unit (id, name, sort_order) VALUES (?, ?, ?)", list(unit))
            insert_many(db, "person", persons, keep_id=True)
            insert_many(db, "employment", periods, keep_id=True)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.execute("PRAGMA journal_mode = DELETE")
        db.close()
    target = run.work / name
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    target.write_bytes(template.read_bytes())
    return target


def raw_insert(run: Run, count: int | None = None) -> float:
    """Insert rows with raw sqlite3 in one transaction into a bare copy of the training table.

    The table has gmdesk's columns, constraints and indexes, but no triggers and no foreign
    keys to check: the floor is what SQLite itself takes.
    """
    rows = insert_rows(run, count or run.scale.insert_rows)
    template = staff_only_db(run, "floor-ddl.gmdesk")
    source = sqlite3.connect(str(template))
    ddl = [sql for (sql,) in source.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'training' AND type IN ('table', 'index')"
        " AND sql IS NOT NULL ORDER BY type DESC")]
    source.close()
    path = run.work / "floor-insert.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    for sql in ddl:
        conn.execute(sql)
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(INSERT_SQL, rows)
    conn.execute("COMMIT")
    seconds = time.perf_counter() - started
    conn.close()
    return seconds
