"""The printed forms of 性別影響評估, 性別統計, 性別預算 and the committees, read back from the PDF."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

import pytest
from sqlite_utils import Database

from gmdesk.cli import main
from gmdesk.domain.errors import InputError
from gmdesk.domain.model import Office, OfficeKind
from gmdesk.domain.presets import KAOHSIUNG_DISTRICT
from gmdesk.services import duty_prints
from gmdesk.services.pack import write_pack
from gmdesk.storage import duties, office
from tests.conftest import THIS_YEAR, TODAY


def _text(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return out.replace(" ", "").replace("\n", "")


def _embedded(path: Path) -> bool:
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    lines = fonts.splitlines()[2:]
    return bool(lines) and all(" yes " in line for line in lines)


def _pages(path: Path) -> list[str]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split(":", 1)[1].strip() for line in info.splitlines() if line.startswith("Page size")]


def test_a_case_sheet_holds_the_checklist_fields_with_the_expert_masked(demo_db: Database,
                                                                       tmp_path: Path) -> None:
    case = duties.list_cases(demo_db, THIS_YEAR)[0]
    text = _text(duty_prints.print_impact_case(demo_db, case.id, tmp_path / "case.pdf"))
    for field in ("壹、基本資料", "計畫（法案）名稱", "主管機關", "主辦機關", "計畫內容涉及領域",
                  "問題現況評析及需求評估概述", "參、程序參與", "肆、參採情形", "部分採納"):
        assert field in text
    assert "陳○玲" in text and case.expert_name not in text
    with pytest.raises(InputError, match="找不到編號 999 的性別影響評估案"):
        duty_prints.print_impact_case(demo_db, 999, tmp_path / "none.pdf")


def test_the_lists_print_with_the_government_layouts(demo_db: Database, tmp_path: Path) -> None:
    listing = duty_prints.print_impact_list(demo_db, THIS_YEAR, TODAY, tmp_path / "impact.pdf")
    assert "115年度性別影響評估辦理情形一覽表" in _text(listing) and "辦理中，尚缺參採情形" in _text(listing)
    budget = duty_prints.print_budget(demo_db, THIS_YEAR + 1, TODAY, tmp_path / "budget.pdf")
    text = _text(budget)
    assert "116年度性別預算編列情形表" in text and "單位：新臺幣千元" in text
    for part in ("計畫類小計", "綱領類小計", "工具類小計", "其他類小計", "535"):
        assert part in text
    assert _pages(budget)[0].startswith("841.89 x 595.2")  # A4 landscape
    for made in (listing, budget):
        assert _embedded(made)
    printed = duty_prints.print_statistics(demo_db, THIS_YEAR, TODAY, tmp_path / "s.pdf")
    assert _embedded(printed)  # the charts too
    statistics = _text(printed)
    assert "性別統計指標一覽表" in statistics and "112年" in statistics and "各指標歷年數值" in statistics
    made = duty_prints.print_committees(demo_db, THIS_YEAR, TODAY, tmp_path / "c.pdf")
    assert _embedded(made)
    committees = _text(made)
    assert "甄審委員會委員名單" in committees and "14.3%" in committees


def test_an_empty_office_prints_what_it_has_not_recorded(db: Database, tmp_path: Path) -> None:
    office.save_office(db, Office(name="高雄市小港灣區公所", city="高雄市", kind=OfficeKind.DISTRICT))
    office.save_preset(db, 113, KAOHSIUNG_DISTRICT)
    assert "本年度無應辦理性別影響評估之案件" in _text(
        duty_prints.print_impact_list(db, THIS_YEAR, TODAY, tmp_path / "i.pdf"))
    assert "本年度尚未登錄性別統計指標" in _text(duty_prints.print_statistics(db, THIS_YEAR, TODAY, tmp_path / "s.pdf"))
    assert "報送期限：115年9月15日" in _text(duty_prints.print_budget(db, THIS_YEAR + 1, TODAY, tmp_path / "b.pdf"))
    assert "尚未登錄委員會" in _text(duty_prints.print_committees(db, THIS_YEAR, TODAY, tmp_path / "c.pdf"))


def test_the_pack_has_a_folder_for_each_new_duty(demo_db: Database, tmp_path: Path) -> None:
    names = zipfile.ZipFile(write_pack(demo_db, THIS_YEAR, TODAY, tmp_path / "pack.zip")).namelist()
    assert "05_性別影響評估/01_115年度性別影響評估辦理情形一覽表.pdf" in names
    assert sum(n.startswith("05_性別影響評估/") and n.endswith("程序參與及參採情形表.pdf") for n in names) == 2
    assert "06_性別統計/01_115年度性別統計指標一覽表.pdf" in names
    assert "07_性別預算/01_116年度性別預算編列情形表.pdf" in names
    assert "08_委員會性別比例/01_各委員會性別比例情形表.pdf" in names


def test_the_command_line_prints_them(demo_path: Path, tmp_path: Path) -> None:
    base = ["--db", str(demo_path), "--today", "2026-11-24"]
    assert main(["print", "impact", *base, "--year", "115", "--out", str(tmp_path / "i.pdf")]) == 0
    assert main(["print", "impact", *base, "--case", "1", "--out", str(tmp_path / "c.pdf")]) == 0
    assert main(["print", "budget", *base, "--year", "116", "--out", str(tmp_path / "b.pdf")]) == 0
    for what in ("statistics", "committees"):
        assert main(["print", what, *base, "--year", "115", "--out", str(tmp_path / f"{what}.pdf")]) == 0
    assert all((tmp_path / f).read_bytes()[:5] == b"%PDF-" for f in ("i.pdf", "c.pdf", "b.pdf", "statistics.pdf"))


def test_the_command_line_imports_indicator_values(demo_path: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    sheet = tmp_path / "values.csv"
    sheet.write_text("指標名稱,年度,男,女\n里長人數,115,19,5\n", encoding="utf-8")
    assert main(["import", "indicator-values", "--db", str(demo_path), str(sheet)]) == 0
    assert "已匯入性別統計數值1筆" in capsys.readouterr().out
    sheet.write_text("指標名稱,年度,男,女\n沒有這項,115,19,5\n", encoding="utf-8")
    assert main(["import", "indicator-values", "--db", str(demo_path), str(sheet)]) != 0
    assert "尚未登錄" in capsys.readouterr().err


def test_an_empty_office_packs_its_duty_folders(db: Database, tmp_path: Path) -> None:
    office.save_office(db, Office(name="高雄市小港灣區公所", city="高雄市", kind=OfficeKind.DISTRICT))
    office.save_preset(db, 113, KAOHSIUNG_DISTRICT)
    names = zipfile.ZipFile(write_pack(db, THIS_YEAR, TODAY, tmp_path / "pack.zip")).namelist()
    for folder in ("05_性別影響評估/", "06_性別統計/", "07_性別預算/", "08_委員會性別比例/"):
        assert any(n.startswith(folder) for n in names)


def test_no_duty_form_of_the_demo_office_has_an_orphan_line(demo_db: Database, tmp_path: Path) -> None:
    """No header or cell of the four duties' prints breaks into a one- or two-character line
    (「編／號」, 「調解委／員會」), measured by reportlab as it lays the page out."""
    from gmdesk.documents import base

    jobs = {"impact": lambda out: duty_prints.print_impact_list(demo_db, THIS_YEAR, TODAY, out),
            "statistics": lambda out: duty_prints.print_statistics(demo_db, THIS_YEAR, TODAY, out),
            "budget": lambda out: duty_prints.print_budget(demo_db, THIS_YEAR + 1, TODAY, out),
            "committees": lambda out: duty_prints.print_committees(demo_db, THIS_YEAR, TODAY, out)}
    for case in duties.list_cases(demo_db, THIS_YEAR):
        jobs[f"case-{case.id}"] = lambda out, number=case.id: duty_prints.print_impact_case(demo_db, number, out)
    bad = []
    for name, job in jobs.items():
        job(tmp_path / f"{name}.pdf")
        bad += [f"{name}: 「{line}」 ends 「{text[:30]}」" for line, text in base.last_orphans]
    assert bad == [], "\n".join(bad)
