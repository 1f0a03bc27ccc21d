"""`gmdesk --selftest` proves an installation works: every document, embedded font, translations."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from gmdesk import paths
from gmdesk.cli.selftest import (
    Report,
    _check_every_document_ran,
    _check_translations,
    _print_report,
    pdf_problem,
    run_selftest,
    workbook_problem,
)
from gmdesk.ui.qt_check import load_translations
from tests.conftest import THIS_YEAR, TODAY


@pytest.fixture(scope="module")
def selftest_run(tmp_path_factory: pytest.TempPathFactory, qapp: object) -> tuple[int, str, Path]:
    """Run the selftest once in-process (the QApplication exists first, as in the window).

    The data folder points at a "clerk's" folder that must stay untouched.
    """
    folder = tmp_path_factory.mktemp("selftest")
    out = io.StringIO()
    paths.set_data_dir(folder / "clerk")
    try:
        code = run_selftest(folder / "made", today=TODAY, stream=out,
                            load_translations=load_translations)
        assert paths.data_dir() == folder / "clerk"
    finally:
        paths.set_data_dir(None)
    return code, out.getvalue(), folder / "made"


@pytest.mark.slow  # one full selftest run (every form), shared by the module
def test_the_selftest_passes_and_says_so(selftest_run: tuple[int, str, Path]) -> None:
    code, report, _ = selftest_run
    assert code == 0, report
    assert "自我檢查通過" in report
    assert "[失敗]" not in report
    for name in ("列印字型", "建立暫時的示範機關", "介面翻譯"):
        assert f"[通過] {name}" in report


@pytest.mark.slow  # one full selftest run (every form), shared by the module
def test_every_print_command_made_a_pdf_with_the_font_embedded(
        selftest_run: tuple[int, str, Path]) -> None:
    from gmdesk.cli import build_parser
    from gmdesk.cli.selftest import _subcommands

    _, report, folder = selftest_run
    commands = _subcommands(build_parser(), "print")
    assert commands, "the command line offers no print command"
    pdfs = sorted(folder.glob("print-*.pdf"))
    made = {p.name.split("-")[1] for p in pdfs}
    assert made == set(commands), report
    for pdf in pdfs:
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                               check=True).stdout.splitlines()[2:]
        assert fonts and all(" yes " in line for line in fonts), (pdf.name, fonts)
        words = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                               check=True).stdout
        assert f"{THIS_YEAR}" in words and any("\u4e00" <= ch <= "\u9fff" for ch in words), pdf.name


@pytest.mark.slow  # one full selftest run (every form), shared by the module
def test_the_city_workbook_is_written_when_gmdesk_offers_it(
        selftest_run: tuple[int, str, Path]) -> None:
    from gmdesk.cli import build_parser
    from gmdesk.cli.selftest import _subcommands

    _, report, folder = selftest_run
    if "city" not in _subcommands(build_parser(), "export"):
        pytest.skip("gmdesk export city does not exist yet")
    books = list(folder.glob("export-city-*.xlsx"))
    assert len(books) == 1, report
    from openpyxl import load_workbook

    assert len(load_workbook(books[0], read_only=True).sheetnames) >= 2


@pytest.mark.slow  # one full selftest run (every form), shared by the module
def test_the_selftest_leaves_the_clerks_data_folder_alone(
        selftest_run: tuple[int, str, Path]) -> None:
    _, _, folder = selftest_run
    assert not (folder.parent / "clerk").exists()


def test_a_missing_translation_fails_the_selftest_naming_it() -> None:
    report = Report()
    _check_translations(report, lambda: ["gmdesk_zh_TW"])
    out = io.StringIO()
    _print_report(report, out)
    assert not report.ok
    assert "[失敗] 介面翻譯：缺少 qtbase_zh_TW、gmdesk_en" in out.getvalue()
    assert "自我檢查失敗：介面翻譯" in out.getvalue()


def test_a_form_no_command_prints_fails_the_selftest(monkeypatch: pytest.MonkeyPatch) -> None:
    import gmdesk.documents.notice  # noqa: F401  (any real form module)

    monkeypatch.delitem(sys.modules, "gmdesk.documents.notice")
    report = Report()
    _check_every_document_ran(report)
    assert not report.ok
    detail = report.checks[0].detail
    assert detail.startswith("未產生：") and "notice" in detail


def test_a_pdf_without_the_embedded_font_is_caught(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "helvetica.pdf"
    canvas = Canvas(str(path))
    canvas.setFont("Helvetica", 12)
    canvas.drawString(100, 700, "no embedded font")
    canvas.save()
    assert "FontFile2" in pdf_problem(path.read_bytes())
    assert pdf_problem(b"%PDF-1.4 truncated") == "不是完整的 PDF 檔"


def test_a_broken_workbook_is_caught(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really")
    assert workbook_problem(path) == "不是完整的 Excel 檔"
