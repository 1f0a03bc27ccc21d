"""另存新檔 offers the formats a document has: the notice, the minutes and the annual report also
as ODF text (.odt) and Word (.docx), the city workbook also as ODF spreadsheet (.ods)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from gmdesk.services import output
from gmdesk.storage import meetings as store
from gmdesk.ui.context import AppContext
from gmdesk.ui.pages.exports import ExportsPage
from gmdesk.ui.pages.meetings import MeetingsPage
from gmdesk.ui.pdf_preview import PdfPreview
from gmdesk.ui.runner import SyncRunner
from gmdesk.ui.save_as import chosen_path
from tests.conftest import TODAY

PDF, ODT, DOCX = "PDF 文件 (*.pdf)", "ODF 文字文件 (*.odt)", "Word 文件 (*.docx)"


class FakeSave:
    """QFileDialog.getSaveFileName as a clerk answers it: a name (or the suggested one) and a filter."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: list[tuple[str, str]] = []  # (suggested path, filters)
        self.answer: tuple[str | None, str] = (None, "")
        monkeypatch.setattr(QFileDialog, "getSaveFileName", self)

    def __call__(self, _parent: object, _title: str, start: str, filters: str) -> tuple[str, str]:
        self.asked.append((start, filters))
        name, chosen = self.answer
        return (name if name is not None else start), chosen


def _text(path: Path, part: str) -> str:
    with zipfile.ZipFile(path) as archive:
        assert part in archive.namelist(), f"{path.name} has no {part}"
        xml = archive.read(part).decode("utf-8")
    return re.sub(r"<[^>]+>", "", xml)


def _preview(qtbot: QtBot, page: MeetingsPage, form: str) -> PdfPreview:
    page.preview(form)
    dialog = page.findChild(PdfPreview)
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    return dialog


def test_the_minutes_preview_saves_an_editable_odt_and_docx(qtbot: QtBot, qapp: object, demo_db: Database,
                                                             demo_path: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "公所輸出"
    output.set_output_dir(demo_db, folder)
    ctx = AppContext(demo_db, demo_path, 115, SyncRunner(), today=lambda: TODAY)
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    meeting = store.list_meetings(demo_db, 115)[0]
    save = FakeSave(monkeypatch)
    dialog = _preview(qtbot, page, "minutes")

    save.answer = (str(folder / "紀錄草稿.odt"), ODT)  # typed a name ending in .odt
    odt = dialog.save_as()
    start, filters = save.asked[-1]
    assert filters == f"{PDF};;{ODT};;{DOCX}"
    assert start == str(folder / "115年第1次會議紀錄.pdf")  # the output folder, the usual name
    assert odt == folder / "紀錄草稿.odt" and dialog.saved == odt
    with zipfile.ZipFile(odt) as archive:
        assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.text"
    content = _text(odt, "content.xml")
    assert meeting.title in content and "會議紀錄" in content and "已儲存" in dialog.note.text()

    save.answer = (None, DOCX)  # kept the suggested name, picked Word from the list
    docx = dialog.save_as()
    assert docx == folder / "115年第1次會議紀錄.docx" and docx.is_file()
    assert meeting.title in _text(docx, "word/document.xml")

    save.answer = (None, PDF)
    pdf = dialog.save_as()
    assert pdf == folder / "115年第1次會議紀錄.pdf" and pdf.read_bytes()[:5] == b"%PDF-"
    dialog.reject()


def test_the_sign_in_sheet_is_offered_as_pdf_only(qtbot: QtBot, qapp: object, demo_db: Database,
                                                  demo_path: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    output.set_output_dir(demo_db, tmp_path)
    ctx = AppContext(demo_db, demo_path, 115, SyncRunner(), today=lambda: TODAY)
    page = MeetingsPage(ctx)
    qtbot.addWidget(page)
    save = FakeSave(monkeypatch)
    dialog = _preview(qtbot, page, "signin")
    save.answer = (str(tmp_path / "簽到"), PDF)
    saved = dialog.save_as()
    assert save.asked[-1][1] == PDF
    assert saved == tmp_path / "簽到.pdf" and saved.read_bytes()[:5] == b"%PDF-"
    dialog.reject()


def _exports(qtbot: QtBot, demo_db: Database, demo_path: Path) -> ExportsPage:
    ctx = AppContext(demo_db, demo_path, 115, SyncRunner(), today=lambda: TODAY)
    page = ExportsPage(ctx)
    qtbot.addWidget(page)
    page.ask = lambda box: QMessageBox.ButtonRole.AcceptRole  # type: ignore[method-assign]
    return page


def test_the_annual_report_preview_and_export_offer_the_editable_formats(
        qtbot: QtBot, qapp: object, demo_db: Database, demo_path: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    output.set_output_dir(demo_db, tmp_path)
    page = _exports(qtbot, demo_db, demo_path)
    save = FakeSave(monkeypatch)
    page.preview_annual()
    dialog = page.findChild(PdfPreview)
    assert dialog is not None
    qtbot.addWidget(dialog)
    save.answer = (str(tmp_path / "成果報告.docx"), DOCX)
    docx = dialog.save_as()
    assert save.asked[-1][1] == f"{PDF};;{ODT};;{DOCX}"
    assert docx is not None and "115年度性別主流化實施計畫成果報告" in _text(docx, "word/document.xml")
    dialog.reject()

    save.answer = (None, ODT)
    page.ask_annual()
    start, filters = save.asked[-1]
    assert filters == f"{PDF};;{ODT};;{DOCX}" and start.endswith(".pdf")
    odt = Path(start).with_suffix(".odt")
    assert page.last_output == odt
    assert "115年度性別主流化實施計畫成果報告" in _text(odt, "content.xml")


def test_the_city_workbook_can_be_saved_as_ods(qtbot: QtBot, qapp: object, demo_db: Database,
                                               demo_path: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    output.set_output_dir(demo_db, tmp_path)
    page = _exports(qtbot, demo_db, demo_path)
    save = FakeSave(monkeypatch)
    save.answer = (None, "ODF 試算表 (*.ods)")
    page.ask_city()
    start, filters = save.asked[-1]
    assert filters == "Excel 活頁簿 (*.xlsx);;ODF 試算表 (*.ods)" and start.endswith(".xlsx")
    ods = Path(start).with_suffix(".ods")
    assert page.last_output == ods
    with zipfile.ZipFile(ods) as archive:
        assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet"
    assert "性別影響評估" in _text(ods, "content.xml")


@pytest.mark.parametrize(("chosen", "selected", "expected"), [
    ("a.odt", DOCX, "a.odt"),          # a typed suffix wins over the list
    ("r.pdf", DOCX, "r.docx"),         # the suggested suffix kept, Word picked: Word
    ("r.pdf", PDF, "r.pdf"),
    ("草稿", ODT, "草稿.odt"),          # no suffix: the filter's
    ("草稿", "", "草稿.pdf"),           # nothing picked: the usual format
    ("a.txt", ODT, "a.txt.odt"),
])
def test_the_chosen_name_and_filter_decide_the_format(chosen: str, selected: str, expected: str) -> None:
    assert chosen_path(chosen, selected, Path("r.pdf"), (".pdf", ".odt", ".docx")) == Path(expected)
