"""報表匯出's 性別平等專區網頁 button: the pages in a folder, a foreign folder refused in words."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from gmdesk.ui.context import AppContext
from gmdesk.ui.pages.exports import ExportsPage
from gmdesk.ui.runner import SyncRunner
from tests.conftest import TODAY


def test_the_site_is_written_and_a_foreign_folder_refused(
        qtbot: QtBot, demo_db: Database, demo_path: Path, tmp_path: Path) -> None:
    page = ExportsPage(AppContext(demo_db, demo_path, 115, SyncRunner(), today=lambda: TODAY))
    qtbot.addWidget(page)
    page.export_site(tmp_path / "web")
    assert "已輸出" in page.result.text()
    assert (tmp_path / "web" / "115" / "index.html").is_file()
    assert page.last_output == tmp_path / "web" / "115" / "index.html"
    foreign = tmp_path / "cms"
    foreign.mkdir()
    (foreign / "home.html").write_text("ours", encoding="utf-8")
    page.export_site(foreign)
    assert "為免覆蓋" in page.result.text()
    assert [p.name for p in foreign.iterdir()] == ["home.html"]
    assert page.site_button.isEnabled()
