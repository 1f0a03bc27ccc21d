"""Every table model on every page passes Qt's model tester (rows, columns, parents, data)."""

from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from gmdesk.ui.context import AppContext
from gmdesk.ui.main_window import PAGES, MainWindow
from gmdesk.ui.runner import SyncRunner
from tests.conftest import THIS_YEAR, TODAY


def test_every_table_model_passes_the_model_tester(qtbot: QtBot, qtmodeltester: object,
                                                   demo_db: Database, demo_path: Path) -> None:
    ctx = AppContext(demo_db, demo_path, THIS_YEAR, SyncRunner(), today=lambda: TODAY)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    models: list[QAbstractItemModel] = []
    for spec in PAGES:
        window.go_to(spec.key)
        page = window.page(spec.key)
        models += [m for m in page.findChildren(QAbstractTableModel) if m not in models]
    kinds = {type(m).__name__ for m in models}
    assert {"RecordTableModel", "RowsModel"} <= kinds
    filled = [m for m in models if m.rowCount() > 0]
    assert len(filled) >= 5  # the demo office fills the roster, meetings, events …
    for model in models:
        qtmodeltester.check(model, force_py=True)  # type: ignore[attr-defined]
