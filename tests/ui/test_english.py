"""The English window speaks English: no CJK character in what it shows, except names and data.

The window starts in English on the demo office; every page and every tab is visited and the
main dialogs are opened. What is visible (labels, buttons, group boxes, tabs, headers, combo
items, placeholders, tooltips, list items, the cells of visible columns, window titles, menus) is
collected; a text may keep CJK only where it is the office's own data (taken from the demo
file itself: names, titles, units, addresses …) — anything else fails the test, listed.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QTableView,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from gmdesk.app import install_translators
from gmdesk.documents.fonts import font_candidates
from gmdesk.domain import names
from gmdesk.services import meetings as meeting_service
from gmdesk.services import output, safety
from gmdesk.ui import wording
from gmdesk.ui.context import AppContext
from gmdesk.ui.main_window import PAGES, MainWindow
from gmdesk.ui.runner import SyncRunner
from tests.conftest import HERMETIC_ROOT, THIS_YEAR, TODAY
from tests.ui.test_window_fits import SCREENS, column_in_view

CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")  # kana and ideographs



@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    install_translators(qapp, "en")
    yield
    install_translators(qapp, "zh_TW")


def demo_data(db: Database) -> list[str]:
    """Every text the demo office holds (names, titles, units, addresses …), longest first."""
    found: set[str] = set()
    for table in db.table_names():
        if table.startswith("sqlite_"):
            continue
        columns = [c.name for c in db[table].columns if c.type.upper() in ("TEXT", "")]
        for row in db.execute(f"SELECT {', '.join(f'[{c}]' for c in columns)} FROM [{table}]"
                              if columns else "SELECT 1 WHERE 0").fetchall():
            for value in row:
                if isinstance(value, str) and CJK.search(value):
                    found.add(value.strip())
                    if value.startswith("["):  # a list kept as JSON (an event's CEDAW refs)
                        found.update(str(v) for v in json.loads(value))
                    found.update(part.strip() for part in re.split(r"[\n、,，]", value))
    # meetings are named by their year and number (115年第1次會議): their titles are data too
    for year in {r["year"] for r in db.query("SELECT DISTINCT year FROM meeting")}:
        found.update(row.meeting.title for row in meeting_service.list_rows(db, year))
    people = {r["name"] for r in db.query("SELECT name FROM person")}
    for name in people:  # people's names as reports show them
        found.update({name, names.mask_name(name), names.surname_only(name)})
    # the domain's own words are vocabulary, not data, even where stored
    found -= vocabulary()
    return sorted((t for t in found if len(t) >= 2 or t in people), key=len, reverse=True)


def vocabulary() -> set[str]:
    """Words of the domain's lists that events store as the zh-TW word (audiences, methods,
    measure categories): each must show translated even though the file holds it. (Enum labels
    are stored as codes, so a label's words in the file are the office's own: a committee
    named 考績委員會.)"""
    from gmdesk.domain import model, outreach

    return set(model.AUDIENCES) | set(model.METHODS) | set(outreach.MEASURE_CATEGORIES)


def workbook_texts(path: Path) -> list[str]:
    from openpyxl import load_workbook

    book = load_workbook(path)
    texts = {ws.title for ws in book.worksheets}
    texts |= {str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row
              if isinstance(c.value, str)}
    return list(texts)


def plain(text: str) -> str:
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    horizontal = isinstance(view, QTableView)
    columns = range(model.columnCount()) if horizontal else range(1)
    for column in columns:
        if horizontal and view.isColumnHidden(column):
            continue
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if horizontal and header:
            yield str(header)
        for row in range(min(model.rowCount(), 60)):
            value = model.data(model.index(row, column, QModelIndex()))
            if value is not None:
                yield str(value)


def visible_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for what `top` shows now."""
    widgets = [top, *top.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisible():
            continue
        kind = type(w).__name__
        if w.toolTip():
            yield kind + " tooltip", plain(w.toolTip())
        if w.isWindow() and w.windowTitle():
            yield kind + " title", w.windowTitle()
        if isinstance(w, QLabel):
            yield kind, plain(w.text())
        elif isinstance(w, QAbstractButton):
            yield kind, w.text()
        elif isinstance(w, QGroupBox):
            yield kind, w.title()
        elif isinstance(w, QTabWidget):
            yield from ((kind, w.tabText(i)) for i in range(w.count()))
        elif isinstance(w, QComboBox):
            yield from ((kind, w.itemText(i)) for i in range(w.count()))
            if w.isEditable() and w.lineEdit() is not None:
                yield kind + " placeholder", w.lineEdit().placeholderText()
        elif isinstance(w, QLineEdit):
            yield kind + " placeholder", w.placeholderText()
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            yield kind + " placeholder", w.placeholderText()
            if w.isReadOnly():
                yield kind, w.toPlainText()
        elif isinstance(w, QListWidget):
            yield from ((kind, w.item(i).text()) for i in range(w.count()))
        elif isinstance(w, QAbstractItemView):
            yield from ((kind, t) for t in model_texts(w))
    if isinstance(top, QMainWindow):
        for menu in top.menuBar().findChildren(QMenu):
            yield "menu", menu.title()
            yield from (("menu", a.text()) for a in menu.actions())


# Names of languages in their own language (the language setting lists them so), and the name
# of the output folder on disk (a path: the tooltip names the folder as it is).
ENDONYMS = ["繁體中文", output.DEFAULT_FOLDER]


def chinese_left(text: str, data: list[str]) -> str:
    """What of `text` is Chinese once data is taken out ("" if nothing)."""
    if text.startswith(str(HERMETIC_ROOT)):
        return ""  # a path: the user's folders are data
    for part in sorted(data, key=len, reverse=True):
        if part in text:
            text = text.replace(part, "")
    return text if CJK.search(text) else ""


class Collector:
    """What the window shows, judged where it is shown (a dialog's own data counts there only)."""

    def __init__(self, data: list[str]) -> None:
        self.data = data
        self.bad: dict[tuple[str, str], str] = {}  # (text, widget kind) -> place

    def take(self, place: str, top: QWidget, own_data: list[str] | None = None) -> None:
        # a font's own name (「文鼎PL中楷」, 「標楷體」) is data: the print-font list shows what is installed
        fonts = [font.label for system in ("linux", "win32") for font in font_candidates(system, {})]
        data = self.data + ENDONYMS + fonts + (own_data or [])
        for kind, text in visible_texts(top):
            if text and chinese_left(text, data):
                self.bad.setdefault((text, kind), place)

    def report(self) -> list[str]:
        return [f"{place} · {kind}: {text!r}"
                for (text, kind), place in sorted(self.bad.items(), key=lambda i: i[1])]


def overflowing(window: QWidget, place: str) -> list[str]:
    """Scroll areas whose content needs more width than they have (English must not push a
    form's fields or buttons out of view to the right)."""
    return [f"{place}: {type(area.widget()).__name__} needs {area.widget().minimumSizeHint().width()}"
            f" > {area.viewport().width()}"
            for area in window.findChildren(QScrollArea)
            if area.isVisible() and area.widget() is not None and area.widgetResizable()
            and area.widget().minimumSizeHint().width() > area.viewport().width() + 1]


def visit(qtbot: QtBot, window: MainWindow, collect: Collector, shots: Path) -> list[str]:
    """Every page and tab: collect its text; return the pages too wide for the window."""
    too_wide = []
    room = window.width() - window.nav.width() - 40  # less the navigation and margins
    for spec in PAGES:
        window.go_to(spec.key)
        page = window.page(spec.key)
        qtbot.wait(1)
        tab_widgets = page.findChildren(QTabWidget)
        collect.take(spec.key, window)
        too_wide += overflowing(window, spec.key)
        window.grab().save(str(shots / f"en-{spec.key}.png"))
        for tabs in tab_widgets:
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                qtbot.wait(1)
                collect.take(f"{spec.key}/{tabs.tabText(index)}", window)
                too_wide += overflowing(window, f"{spec.key}/{tabs.tabText(index)}")
                if page.minimumSizeHint().width() > room:
                    too_wide.append(f"{spec.key}/{tabs.tabText(index)}: "
                                    f"{page.minimumSizeHint().width()} > {room}")
            tabs.setCurrentIndex(0)
        if page.minimumSizeHint().width() > room:
            too_wide.append(f"{spec.key}: {page.minimumSizeHint().width()} > {room}")
        view = page.findChild(QTableView)
        if view is not None and view.model() is not None and view.model().rowCount():
            view.selectRow(0)  # the editor shows a record
            qtbot.wait(1)
            collect.take(f"{spec.key} (a record)", window)
    return too_wide


def open_dialogs(qtbot: QtBot, window: MainWindow, demo_path: Path, tmp_path: Path,
                 collect: Collector) -> list[str]:
    """The main dialogs: collect their text; return those too narrow for their content."""
    too_wide: list[str] = []
    from gmdesk.ui.backup_dialog import BackupDialog
    from gmdesk.ui.pages.staff import StaffPage
    from gmdesk.ui.template_mapping import TemplateMappingDialog
    from gmdesk.ui.trash_dialog import TrashDialog
    from tests.workbooks.test_template import make_template

    copy = tmp_path / "backup-copy.gmdesk"
    shutil.copyfile(demo_path, copy)
    now = dt.datetime.combine(TODAY, dt.time(9))
    opened = safety.open_for_app(copy, now, folder=tmp_path / "backups")
    safety.backup_now(opened, now, "close")
    session = safety.Session(opened, lambda: now)
    backup = BackupDialog(copy, session, confirm=lambda q: True,
                          choose_folder=lambda current: tmp_path)
    trash = TrashDialog(window.ctx)
    template = make_template(tmp_path / "template.xlsx")
    mapping = TemplateMappingDialog(window.ctx, template.read_bytes(), template.name, None)
    # the city's own template and the file being imported are data in their dialogs
    dialogs: list[tuple[str, QWidget, list[str]]] = [
        ("backup", backup, []), ("trash", trash, []),
        ("template mapping", mapping, workbook_texts(template))]
    window.go_to("training")
    staff = window.page("training")
    assert isinstance(staff, StaffPage)
    roster = staff.roster_tab if hasattr(staff, "roster_tab") else None
    if roster is not None:
        roster.roster_view.selectRow(0)
        exemption = roster.set_exemption()
        if exemption is not None:
            dialogs.append(("exemption", exemption, []))
    source = tmp_path / "training.csv"
    source.write_text("員工編號,姓名,課程名稱,上課日期,時數\nA001,甲,CEDAW,115/13/5,2\n",
                      encoding="utf-8")
    from gmdesk.domain.importing import ImportKind

    importing = staff.start_import(ImportKind.TRAINING, source)
    if importing is not None:
        dialogs.append(("import preview", importing,
                        ["員工編號", "姓名", "課程名稱", "上課日期", "時數", "甲"]))
    for place, dialog, own_data in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(1)
        collect.take(place, dialog, own_data)
        too_wide += overflowing(dialog, place)
        dialog.close()
    return too_wide


@pytest.mark.parametrize("screen", SCREENS)
def test_the_english_window_shows_no_chinese_but_names_and_data(
        english: None, qtbot: QtBot, demo_db: Database, demo_path: Path,
        tmp_path: Path, screen: str) -> None:
    ctx = AppContext(demo_db, demo_path, THIS_YEAR, SyncRunner(), today=lambda: TODAY)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(*SCREENS[screen])  # 1366×768, and 1920×1080 at 150 %, less the taskbar
    window.show()
    assert window.nav.sizeHintForColumn(0) <= window.nav.viewport().width()  # no page name cut
    collect = Collector(demo_data(demo_db))
    too_wide = visit(qtbot, window, collect, tmp_path)
    too_wide += open_dialogs(qtbot, window, demo_path, tmp_path, collect)
    if screen == "1366x768":  # the roster's role, term dates and state in view, no scrolling
        window.go_to("group")
        group = window.page("group")
        too_wide += [f"group roster column {c} out of view" for c in (4, 5, 6, 8)
                     if not column_in_view(group.table, c)]
    assert not too_wide, too_wide  # English is longer: nothing may need a wider window
    bad = collect.report()
    print(f"\nscreenshots: {tmp_path}/en-*.png")
    print(f"\n{len(bad)} Chinese texts in the English window:")
    print("\n".join(bad))
    assert not bad, "\n".join(bad)


def test_every_term_of_the_domain_lists_has_an_english_name(english: None) -> None:
    from gmdesk.domain import importing, presets
    from gmdesk.ui.terms import TERMS

    listed = [*(spec.label for specs in importing.FIELDS.values() for spec in specs),
              *(text for p in presets.PRESETS.values() for text in (p.label, p.note) if text)]
    missing = sorted(set(listed) - set(TERMS))
    assert not missing, f"add to gmdesk/ui/terms.py and translate: {missing}"
    untranslated = [t for t in TERMS if CJK.search(wording.term(t))]
    assert not untranslated, untranslated


def test_no_english_translation_keeps_chinese_words_or_punctuation() -> None:
    import xml.etree.ElementTree as ET

    punctuation = re.compile(r"[\u3000-\u303f\uff00-\uffef]")  # 、。「」（）：… fullwidth forms
    ts = Path(__file__).parents[2] / "translations" / "gmdesk_en.ts"
    kept = [(m.findtext("source"), m.findtext("translation"))
            for m in ET.parse(ts).getroot().iter("message")
            if CJK.search(m.findtext("translation") or "")
            or punctuation.search(m.findtext("translation") or "")]
    assert not kept, kept
    zh_mnemonics = [(m.findtext("source"), m.findtext("translation"))
                    for m in ET.parse(ts).getroot().iter("message")
                    if re.search(r"\(&\w\)", m.findtext("translation") or "")]
    assert not zh_mnemonics, zh_mnemonics  # 「匯出(&E)」 is zh-TW style; English: "&Export"


def test_every_labelled_enum_has_its_kind_and_an_english_name_for_each_member(
        english: None) -> None:
    import importlib
    from enum import Enum

    for path in wording.KINDS:
        module, name = path.rsplit(".", 1)
        kind = getattr(importlib.import_module(module), name)
        assert issubclass(kind, Enum), path
        unnamed = [m for m in kind if CJK.search(wording.label(m))]
        assert not unnamed, (path, unnamed)
