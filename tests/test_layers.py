"""The layers of style.md hold: Qt only in the UI, SQL only in storage, a pure domain."""

import ast
import subprocess
import sys
from pathlib import Path

from tests.conftest import bare_env

PACKAGE = Path(__file__).resolve().parent.parent / "gmdesk"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            if node.module == "gmdesk":  # `from gmdesk import storage` names the package too
                names.update(f"gmdesk.{alias.name}" for alias in node.names)
    return names


def modules(folder: str = "") -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


def test_pyside6_is_imported_only_by_the_ui_and_app() -> None:
    offenders = [
        str(p.relative_to(PACKAGE)) for p in modules()
        if any(n.split(".")[0] == "PySide6" for n in imports_of(p))
        and p.relative_to(PACKAGE).parts[0] not in ("ui",)
        and p.name != "app.py"
    ]
    assert offenders == []


def test_the_domain_imports_only_the_standard_library_and_itself() -> None:
    allowed_prefix = "gmdesk.domain"
    offenders = []
    for path in modules("domain"):
        for name in imports_of(path):
            top = name.split(".")[0]
            outside_domain = top == "gmdesk" and not name.startswith(allowed_prefix)
            if outside_domain or (top != "gmdesk" and top not in sys.stdlib_module_names):
                offenders.append((path.name, name))
    assert offenders == []


def test_only_storage_knows_sql() -> None:
    markers = (".execute(", ".executemany(", ".query(", "SELECT ", "INSERT INTO ", "DELETE FROM ",
               "import sqlite3")
    offenders = [
        str(p.relative_to(PACKAGE)) for p in modules()
        if p.relative_to(PACKAGE).parts[0] != "storage"
        and any(m in p.read_text(encoding="utf-8") for m in markers)
    ]
    assert offenders == []


def test_starting_the_window_code_loads_no_heavy_library() -> None:
    code = (
        "import sys, gmdesk.cli, gmdesk.app, gmdesk.ui.main_window, gmdesk.ui.pages.overview;"
        "print(','.join(m for m in ('reportlab','openpyxl','PIL','python_calamine',"
        "'gmdesk.workbooks.template','gmdesk.workbooks.city','gmdesk.ui.city_dialog',"
        "'gmdesk.domain.consolidation','gmdesk.ui.pages.calendar.page','gmdesk.ui.widgets.tables',"
        "'sqlite_utils','click','pluggy','dateutil')"
        " if m in sys.modules))"
    )  # the city's consolidation, the workbook writers and the other pages load when first used;
    # sqlite-utils (and click, pluggy, dateutil) when a table helper is (storage/database.py)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env=bare_env())
    assert out.stdout.strip() == ""


def test_dependencies_point_from_the_ui_down_never_up() -> None:
    offenders = [
        (str(p.relative_to(PACKAGE)), name) for p in modules()
        if p.relative_to(PACKAGE).parts[0] in ("domain", "storage", "services", "documents",
                                               "workbooks")
        for name in imports_of(p) if name.startswith(("gmdesk.ui", "gmdesk.app", "gmdesk.cli"))
    ]
    assert offenders == []


def test_the_window_reaches_data_only_through_the_services() -> None:
    """gmdesk/ui imports neither storage (SQL) nor the document and workbook writers."""
    offenders = [
        (str(p.relative_to(PACKAGE)), name) for p in modules("ui")
        for name in imports_of(p)
        if name.startswith(("gmdesk.storage", "gmdesk.documents", "gmdesk.workbooks"))
    ]
    assert offenders == []


def test_the_window_paints_its_first_page_without_the_city_or_workbook_code(
        tmp_path: Path) -> None:
    """Built, shown and 總覽 checked: what loads then is what the first paint waits for.

    importlib.metadata neither: gmdesk's version is read when asked, and sqlite-utils' plugin
    discovery (a scan of every installed package) is off for gmdesk's connections."""
    code = (
        "import sys\n"
        "from gmdesk.app import make_application\n"
        "app = make_application('zh_TW')\n"
        "from gmdesk.storage.db import open_db\n"
        "from gmdesk.ui.context import AppContext\n"
        "from gmdesk.ui.main_window import MainWindow\n"
        "from gmdesk.ui.runner import Runner\n"
        "window = MainWindow(AppContext(open_db(sys.argv[1]), None, 115, Runner()))\n"
        "window.show(); app.processEvents()\n"
        "print(','.join(m for m in ('reportlab', 'openpyxl', 'PIL', 'python_calamine',"
        " 'gmdesk.workbooks.template', 'gmdesk.workbooks.city', 'gmdesk.ui.city_dialog',"
        " 'gmdesk.domain.consolidation', 'importlib.metadata', 'gmdesk.ui.pages.calendar.page',"
        " 'gmdesk.ui.widgets.tables') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "office.gmdesk")],
                         capture_output=True, text=True, check=True,
                         env=bare_env(GMDESK_DATA_DIR=str(tmp_path / "data")))
    assert out.stdout.strip() == ""


def test_opening_the_window_builds_none_of_the_commands() -> None:
    """The window's options are read without the nine command modules and their parsers."""
    code = (
        "import sys, gmdesk.app, gmdesk.cli as cli\n"
        "gmdesk.app.run = lambda args: print(args.db, args.lang, args.command,"
        " 'gmdesk.cli.meetings' in sys.modules) or 0\n"
        "cli.main(['--db', 'office.gmdesk', '--lang', 'en'])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env=bare_env())
    assert out.stdout.split() == ["office.gmdesk", "en", "None", "False"]
