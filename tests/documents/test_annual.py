"""The annual results report, read back from the PDF."""

from __future__ import annotations

import subprocess
from pathlib import Path

from sqlite_utils import Database

from gmdesk.services import reports
from gmdesk.storage import people
from tests.conftest import LAST_YEAR, THIS_YEAR, TODAY


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_the_report_covers_every_duty_with_embedded_fonts(demo_db: Database,
                                                          tmp_path: Path) -> None:
    out = reports.render_annual_report(demo_db, THIS_YEAR, TODAY, tmp_path / "annual.pdf")
    text = pdf_text(out)
    for heading in ("壹、前言", "性別平等執行小組", "性別意識培力", "CEDAW宣導",
                    "其他性別平等措施", "待改善及補辦事項", "各類人員性別意識培力完成率"):
        assert heading in text
    assert "高雄市海濱區公所115年度性別主流化實施計畫成果報告" in text.replace(" ", "")
    assert "第 1 頁，共" in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(" yes " in line for line in fonts)
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True,
                            check=True).stdout.splitlines()[2:]
    assert len(images) >= 2  # one photo per outreach session


def test_names_are_masked_and_what_is_missing_is_listed(demo_db: Database,
                                                        tmp_path: Path) -> None:
    text = pdf_text(reports.render_annual_report(demo_db, THIS_YEAR, TODAY,
                                                 tmp_path / "a.pdf")).replace(" ", "")
    contact = "潘美玲"
    leaked = [p.name for p in people.list_people(demo_db) if p.name in text and p.name != contact]
    assert leaked == []
    assert "○" in text
    assert "應至少2場" in text  # the demo's outreach shortfall is reported
    last = pdf_text(reports.render_annual_report(demo_db, LAST_YEAR, TODAY, tmp_path / "b.pdf"))
    assert "114年第2次會議" in last.replace(" ", "")
