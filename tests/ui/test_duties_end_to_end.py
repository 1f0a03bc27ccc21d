"""A new, empty office: each of the four new duties recorded in the window, then checked,
exported in the city workbook, packed and reported on, as a clerk would in one sitting."""

from __future__ import annotations

import json
import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot
from sqlite_utils import Database

from gmdesk.cli import main
from gmdesk.domain.budget import BudgetCategory
from gmdesk.domain.impact import Adoption, ExpertSource, ParticipationWay
from gmdesk.services.settings import create_office
from gmdesk.ui.pages.duties.committees import MemberRow
from gmdesk.ui.pages.duties.statistics import ValueRow
from tests.ui.test_main_window import make_window


def _record_every_duty(qtbot: QtBot, db: Database, path: Path) -> None:
    window = make_window(qtbot, db, path)
    window.go_to("impact")
    page = window.page("impact")
    page.new_record()
    page.title_edit.setText("測試區道路照明改善計畫")
    page.unit_edit.setText("經建課")
    page.started_edit.setText("115/4/1")
    page.expert_edit.setText("林美華")
    page.expert_title_edit.setText("副教授")
    page.expert_org_edit.setText("國立高雄大學")
    page.source_combo.set_value(ExpertSource.NATIONAL_DB)
    page.way_combo.set_value(ParticipationWay.WRITTEN)
    page.participated_edit.setText("115/5/1")
    page.opinion_edit.setPlainText("照明應涵蓋夜間步行路線。")
    page.adoption_combo.set_value(Adoption.ADOPTED)
    page.closed_edit.setText("115/6/1")
    assert page.save(), page.error.text()

    window.go_to("statistics")
    page = window.page("statistics")
    page.new_record()
    page.name_edit.setText("本所員工人數")
    page.unit_edit.setText("人事室")
    page.values_model.set_rows([ValueRow("113", "30", "20"), ValueRow("114", "31", "22")])
    page.mark_dirty()
    assert page.save(), page.error.text()

    window.go_to("budget")
    page = window.page("budget")
    page.new_record()
    page.category_combo.set_value(BudgetCategory.PLAN)
    page.title_edit.setText("托育友善措施")
    page.unit_edit.setText("社會課")
    page.amount_spin.setValue(120)
    assert page.save(), page.error.text()
    page.reviewed_edit.setText("115/8/20")
    page.filed_edit.setText("115/9/1")
    page.doc_edit.setText("測區字第1150000001號")
    assert page.save_sheet(), page.sheet_error.text()

    window.go_to("committees")
    page = window.page("committees")
    page.new_record()
    page.name_edit.setText("考績委員會")
    page.members_model.set_rows([MemberRow(0, "王大明", "M", "區長"), MemberRow(0, "李小華", "F", "秘書"),
                                 MemberRow(0, "陳志強", "M", "課長")])
    page.mark_dirty()
    assert page.save(), page.error.text()
    window.go_to("overview")  # nothing left unsaved: the window moves on without a question
    assert window.current_key() == "overview"


def test_an_empty_office_records_checks_exports_and_packs_the_new_duties(
        qtbot: QtBot, qapp: object, db: Database, db_path: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    create_office(db, "高雄市測試區公所", "高雄市", "kaohsiung_district", 115)
    _record_every_duty(qtbot, db, db_path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    base = ["--db", str(db_path), "--year", "115", "--today", "115/11/24"]

    assert main(["check", *base, "--json"]) == 0
    duties = {d["id"]: d for d in json.loads(capsys.readouterr().out)["duties"]}
    assert {k: duties[k]["status"] for k in ("impact", "statistics", "budget", "committees")} == {
        "impact": "ok", "statistics": "ok", "budget": "ok", "committees": "ok"}
    assert duties["impact"]["figures"]["closed"] == 1 and duties["budget"]["figures"]["amount"] == 120

    city = tmp_path / "city.xlsx"
    assert main(["export", "city", *base, "--out", str(city)]) == 0
    book = load_workbook(city)
    cells = {name: " ".join(str(c.value) for row in book[name].iter_rows() for c in row if c.value)
             for name in ("性別影響評估", "性別統計", "性別預算", "委員會性別比例")}
    assert "測試區道路照明改善計畫" in cells["性別影響評估"] and "林○華" in cells["性別影響評估"]
    assert "林美華" not in cells["性別影響評估"]
    assert "本所員工人數" in cells["性別統計"] and "托育友善措施" in cells["性別預算"]
    assert "王○明" in cells["委員會性別比例"] and "王大明" not in cells["委員會性別比例"]

    pack = tmp_path / "pack.zip"
    assert main(["export", "pack", *base, "--out", str(pack)]) == 0
    names = zipfile.ZipFile(pack).namelist()
    assert "05_性別影響評估/02_測試區道路照明改善計畫_程序參與及參採情形表.pdf" in names
    assert {n.split("/")[0] for n in names} >= {"05_性別影響評估", "06_性別統計", "07_性別預算",
                                               "08_委員會性別比例"}

    annual = tmp_path / "annual.pdf"
    assert main(["print", "annual", *base, "--out", str(annual)]) == 0
    text = subprocess.run(["pdftotext", str(annual), "-"], capture_output=True, text=True,
                          check=True).stdout.replace(" ", "")
    for heading in ("壹、性別平等執行小組運作", "貳、性別意識培力", "參、性別影響評估", "肆、性別統計與性別預算",
                    "伍、CEDAW宣導及其他性別平等措施"):
        assert heading in text
    assert "測試區道路照明改善計畫" in text and "托育友善措施" in text and "考績委員會" in text
    assert "計有組員0人" in text and "內聘／外聘" not in text  # no member yet: no empty roster table
