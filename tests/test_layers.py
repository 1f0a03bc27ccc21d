"""The layers of style.md hold: Qt only in the UI, SQL only in storage, a pure domain."""

import ast
import subprocess
import sys
from pathlib import Path

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
        "print(','.join(m for m in ('reportlab','openpyxl','PIL','python_calamine') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
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
