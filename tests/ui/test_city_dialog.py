"""The 市府彙整 dialog: files in, one consolidation out, flags shown to the reviewer."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox
from sqlite_utils import Database

from gmdesk.services import reports
from gmdesk.ui.city_dialog import CityDialog
from gmdesk.ui.context import AppContext
from gmdesk.ui.runner import Cancelled, Progress, Runner, SyncRunner
from tests.conftest import THIS_YEAR, TODAY


def test_consolidates_the_files_given_and_lists_the_flags(qapp: object, qtbot: Any,
                                                          demo_db: Database, demo_path: Path,
                                                          tmp_path: Path) -> None:
    ctx = AppContext(demo_db, demo_path, THIS_YEAR, SyncRunner(), today=lambda: TODAY)
    book = reports.write_city_workbook(demo_db, THIS_YEAR, TODAY, tmp_path / "海濱.xlsx")
    (tmp_path / "notes.xlsx").write_bytes(b"not a workbook")
    dialog = CityDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.add_paths([str(book), str(tmp_path / "notes.xlsx")])
    dialog.offices.setCurrentIndex(dialog.offices.findData("kaohsiung"))
    out = tmp_path / "city.xlsx"
    dialog.out.setText(str(out))
    dialog.run()
    result = dialog.result_value
    assert result is not None and len(result.counted) == 1
    assert "已彙整 1 個機關" in dialog.summary.text() and "未提交 38 個" in dialog.summary.text()
    assert "notes.xlsx" in dialog.report.toPlainText()  # named and skipped
    assert "不在機關名單" in dialog.report.toPlainText()  # 海濱區 is not a Kaohsiung district
    assert load_workbook(out).sheetnames[0] == "封面"
    assert out.with_suffix(".pdf").read_bytes().startswith(b"%PDF")


def test_refuses_to_start_without_files(qapp: object, qtbot: Any, demo_db: Database,
                                        demo_path: Path, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = AppContext(demo_db, demo_path, THIS_YEAR, SyncRunner(), today=lambda: TODAY)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    dialog = CityDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.out.setText(str(tmp_path / "city.xlsx"))
    dialog.run()
    assert shown and "請先加入" in shown[0]
    assert not (tmp_path / "city.xlsx").exists()


def test_an_own_office_list_is_saved_and_offered_next_time(qapp: object, qtbot: Any,
                                                           demo_db: Database, demo_path: Path,
                                                           tmp_path: Path) -> None:
    ctx = AppContext(demo_db, demo_path, THIS_YEAR, SyncRunner(), today=lambda: TODAY)
    book = reports.write_city_workbook(demo_db, THIS_YEAR, TODAY, tmp_path / "海濱.xlsx")
    listing = tmp_path / "offices.txt"
    listing.write_text("# 本市名單\n高雄市海濱區公所\n高雄市山頂區公所\n", encoding="utf-8")
    dialog = CityDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.add_paths([str(book)])
    dialog.offices.setCurrentIndex(dialog.offices.findData("file"))
    dialog.list_path = str(listing)
    dialog.out.setText(str(tmp_path / "city.xlsx"))
    dialog.run()
    result = dialog.result_value
    assert result is not None
    assert [o.name for o in result.absent] == ["高雄市山頂區公所"]

    again = CityDialog(ctx)
    qtbot.addWidget(again)
    assert again.offices.currentData() == "saved"
    assert "2 個機關" in again.offices.currentText()
    again.add_paths([str(book)])
    again.out.setText(str(tmp_path / "city2.xlsx"))
    again.run()
    assert again.result_value is not None
    assert [o.name for o in again.result_value.absent] == ["高雄市山頂區公所"]


class CancellingRunner(SyncRunner):
    """The reviewer presses 取消 once the progress bar reads `at` (the next step stops)."""

    def __init__(self, at: str) -> None:
        super().__init__()
        self.at = at

    def op(self, task: Any, done: Any, title: str, writes: Any = None,
           on_error: Any = None, cancellable: bool = True, quiet: bool = False) -> None:
        def emit(_done: int, _total: int, text: str) -> None:
            progress.cancelled = progress.cancelled or text == self.at

        progress = Progress(emit)
        progress.cancelled = not self.at  # "": pressed at once
        assert self._ui_db is not None and on_error is not None
        try:
            result = task(self._ui_db(), progress)
        except Cancelled as exc:
            on_error(exc)
        else:
            done(result)


@pytest.mark.parametrize("at", ["", "寫入彙整活頁簿…"])
def test_cancelling_leaves_no_unfinished_file(qapp: object, qtbot: Any, demo_db: Database,
                                              demo_path: Path, tmp_path: Path, at: str) -> None:
    # "": 取消 at once; 寫入…: once the workbook is written, before the dashboard
    ctx = AppContext(demo_db, demo_path, THIS_YEAR, CancellingRunner(at), today=lambda: TODAY)
    book = reports.write_city_workbook(demo_db, THIS_YEAR, TODAY, tmp_path / "海濱.xlsx")
    dialog = CityDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.add_paths([str(book)])
    dialog.out.setText(str(tmp_path / "city.xlsx"))
    dialog.run()
    assert dialog.summary.text() == "已取消，沒有留下未完成的檔案。"
    assert not (tmp_path / "city.xlsx").exists() and not (tmp_path / "city.pdf").exists()
    assert dialog.result_value is None and dialog.start.isEnabled()


def test_runs_off_the_ui_thread_on_its_own_connection(qapp: object, qtbot: Any,
                                                      demo_db: Database, demo_path: Path,
                                                      tmp_path: Path) -> None:
    ctx = AppContext(demo_db, demo_path, THIS_YEAR, Runner(), today=lambda: TODAY)
    book = reports.write_city_workbook(demo_db, THIS_YEAR, TODAY, tmp_path / "海濱.xlsx")
    listing = tmp_path / "offices.txt"
    listing.write_text("高雄市海濱區公所\n高雄市山頂區公所\n", encoding="utf-8")
    dialog = CityDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.add_paths([str(book)])
    dialog.offices.setCurrentIndex(dialog.offices.findData("file"))
    dialog.list_path = str(listing)
    dialog.out.setText(str(tmp_path / "city.xlsx"))
    dialog.run()
    assert not dialog.start.isEnabled()  # running in the background
    qtbot.waitUntil(lambda: "已彙整 1 個機關" in dialog.summary.text(), timeout=30000)
    assert dialog.start.isEnabled()
    assert "2 個機關" in dialog.offices.currentText()  # the list the worker saved
    assert load_workbook(tmp_path / "city.xlsx").sheetnames[0] == "封面"


def test_a_bad_deadline_is_refused(qapp: object, qtbot: Any, demo_db: Database, demo_path: Path,
                                   tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = AppContext(demo_db, demo_path, THIS_YEAR, SyncRunner(), today=lambda: TODAY)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    book = reports.write_city_workbook(demo_db, THIS_YEAR, TODAY, tmp_path / "海濱.xlsx")
    dialog = CityDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.add_paths([str(book)])
    dialog.out.setText(str(tmp_path / "city.xlsx"))
    dialog.due.setText("116/13/1")
    dialog.run()
    assert shown and "116/13/1" in shown[0]
    assert not (tmp_path / "city.xlsx").exists()
