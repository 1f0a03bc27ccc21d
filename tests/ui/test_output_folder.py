"""設定 → 輸出資料夾: where 另存新檔 and 報表匯出 start; a relative path saves nothing."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from gmdesk.services import output
from gmdesk.storage import office
from gmdesk.ui.context import AppContext
from gmdesk.ui.pages.settings import SettingsPage
from gmdesk.ui.runner import SyncRunner
from tests.conftest import THIS_YEAR, TODAY


def test_the_output_folder_is_a_setting_saved_with_the_rest(
        qtbot: QtBot, qapp: object, demo_db: Database, demo_path: Path, tmp_path: Path) -> None:
    ctx = AppContext(demo_db, demo_path, THIS_YEAR, SyncRunner(), today=lambda: TODAY)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    assert page.output_dir.text() == ""
    assert page.output_dir.placeholderText() == str(output.default_output_dir())

    page.output_dir.setText("公所/輸出")
    page.outreach_per_year.setValue(5)
    assert not page.save()
    assert "不是完整路徑" in page.error.text()
    assert office.preset_for(demo_db, THIS_YEAR).outreach_per_year == 2  # nothing saved
    assert output.output_dir(demo_db) == output.default_output_dir()

    page.output_dir.setText(str(tmp_path / "公所輸出"))
    page.outreach_per_year.setValue(2)
    assert page.save()
    assert output.output_dir(demo_db) == tmp_path / "公所輸出"
    page.load()
    assert page.output_dir.text() == str(tmp_path / "公所輸出")

    page.output_dir.setText(str(output.default_output_dir()))  # the default is stored as ''
    assert page.save()
    page.load()
    assert page.output_dir.text() == ""
