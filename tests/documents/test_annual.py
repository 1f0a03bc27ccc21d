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
    flat = text.replace(" ", "")
    for heading in ("壹、性別平等執行小組運作", "貳、性別意識培力", "參、性別影響評估",
                    "肆、性別統計與性別預算", "伍、CEDAW宣導及其他性別平等措施",
                    "各類人員性別意識培力完成率"):
        assert heading in flat
    # every duty: planned, done, evidence, pending, in that order
    for part in ("一、計畫目標", "二、辦理情形", "三、佐證資料", "四、待改善事項"):
        assert flat.count(part) == 5
    for signer in ("承辦人", "單位主管", "機關首長"):
        assert signer in flat
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


def test_pending_items_are_prose_for_the_reviewer(demo_db: Database, tmp_path: Path) -> None:
    text = pdf_text(reports.render_annual_report(demo_db, THIS_YEAR, TODAY,
                                                 tmp_path / "a.pdf")).replace(" ", "")
    flat = text.replace("\n", "")
    assert "115年12月31日屆滿，本所將辦理續聘或改聘。" in flat
    assert "嗣後將提前發出通知。" in flat
    for clerk_talk in ("115/12/31", "天後）", "下次請", "各項工作均已依計畫辦理完成"):
        assert clerk_talk not in flat
    # the overview and the section agree: one meeting of one required is 已達成
    assert "已召開1次，已達規定次數" in flat and "需注意" not in flat


def test_training_counts_in_separate_columns(demo_db: Database, tmp_path: Path) -> None:
    import re

    text = pdf_text(reports.render_annual_report(demo_db, THIS_YEAR, TODAY, tmp_path / "a.pdf"))
    assert not re.search(r"(?<!\d)\d{1,3}/\d{1,3}/\d{1,3}(?!\d)",
                         text.replace("115/", "").replace("114/", ""))  # no 16/25/41 in a cell
    total = next(line for line in text.splitlines() if line.strip().startswith("合計"))
    assert total.split()[1:8] == ["25", "34", "59", "1", "24", "31", "55"]


def test_report_day_defaults_to_the_years_end_and_can_be_set(demo_db: Database,
                                                             tmp_path: Path) -> None:
    import datetime as dt

    from gmdesk.domain.errors import InputError

    last = pdf_text(reports.render_annual_report(demo_db, LAST_YEAR, TODAY, tmp_path / "b.pdf"))
    assert "填報日期：中華民國114年12月31日" in last.replace(" ", "")
    reports.set_report_day(demo_db, LAST_YEAR, dt.date(2026, 1, 20))
    again = pdf_text(reports.render_annual_report(demo_db, LAST_YEAR, TODAY, tmp_path / "c.pdf"))
    assert "填報日期：中華民國115年1月20日" in again.replace(" ", "")
    try:
        reports.set_report_day(demo_db, LAST_YEAR, dt.date(2024, 12, 1))
    except InputError as error:
        assert "填報日期" in str(error) and "早於114年度開始" in str(error)
    else:
        raise AssertionError("a 填報日期 before the year was accepted")
    assert reports.get_report_day(demo_db, LAST_YEAR, TODAY) == dt.date(2026, 1, 20)


def test_wording_follows_the_preset(demo_db: Database) -> None:
    from gmdesk.domain.presets import KAOHSIUNG_DISTRICT, TAIPEI_BUREAU

    report = reports.year_report(demo_db, THIS_YEAR, TODAY)
    assert (report.member_word, report.external_word) == ("組員", "外聘委員")
    assert (KAOHSIUNG_DISTRICT.external_word, TAIPEI_BUREAU.external_word) == ("外聘委員", "府外委員")


def test_photos_go_two_to_a_row_with_centred_captions(demo_db: Database, tmp_path: Path) -> None:
    """114 has three sessions with photos: two side by side, the third centred under them."""
    import html
    import re

    out = reports.render_annual_report(demo_db, LAST_YEAR, TODAY, tmp_path / "annual.pdf")
    bbox = subprocess.run(["pdftotext", "-bbox", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout
    words = [(html.unescape(m[5]), float(m[1]), float(m[2]), float(m[3]))
             for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                                  r'yMax="([\d.]+)">([^<]*)</word>', bbox)]
    # A caption's first line starts with its date (114年3月8日「…」：…).
    starts = [(x0, y0, x1) for text, x0, y0, x1 in words if re.match(r"114年\d+月\d+日「", text)]
    assert len(starts) == 3, starts
    (a, b, c) = sorted(starts, key=lambda s: (s[1], s[0]))
    assert abs(a[1] - b[1]) < 1 and c[1] > a[1] + 50  # a row of two, then one below
    page_middle = 595.28 / 2
    assert a[0] < page_middle < b[0]  # left and right halves
    # each caption is centred: the first line's middle sits at its half's (or the page's) middle
    quarter = (595.28 - 2 * 56.69) / 4
    assert abs((a[0] + a[2]) / 2 - (56.69 + quarter)) < 12
    assert abs((b[0] + b[2]) / 2 - (56.69 + 3 * quarter)) < 12
    assert abs((c[0] + c[2]) / 2 - page_middle) < 12
    listing = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True,
                             check=True).stdout.splitlines()[2:]
    assert len(listing) == 3 and len({line.split()[0] for line in listing}) == 1  # one page
