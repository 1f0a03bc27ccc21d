"""The annual report's sections of 性別影響評估, 性別統計與性別預算 and the committees."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from gmdesk.domain.model import Office, OfficeKind
from gmdesk.domain.presets import KAOHSIUNG_DISTRICT
from gmdesk.services import reports
from gmdesk.storage import duties, office
from tests.conftest import THIS_YEAR, TODAY
from tests.documents.test_annual import pdf_text


def test_the_demo_office_reports_its_cases_statistics_budget_and_committees(demo_db: Database,
                                                                           tmp_path: Path) -> None:
    flat = pdf_text(reports.render_annual_report(demo_db, THIS_YEAR, TODAY, tmp_path / "a.pdf"))
    flat = flat.replace(" ", "").replace("\n", "")
    assert "本年度辦理性別影響評估2案，已完成1案、辦理中1案" in flat
    assert "尚缺參採情形，本所將補登後結案" in flat
    assert "本所性別統計指標計8項，本年度已檢討8項（新增1項、維持7項）" in flat
    assert "「海濱區志願服務人員之性別分析」（社會課），運用於政策、新聞稿" in flat
    assert "116年度性別預算編列4項，計新臺幣535千元" in flat and "已於115年9月10日報送" in flat
    assert "本所委員會2個，符合任一性別不少於三分之一原則者1個；甄審委員會未符合" in flat
    contact = office.get_office(demo_db).contact_name  # type: ignore[union-attr]
    members = {m.name for m in duties.list_members(demo_db)} - {contact}  # the contact is printed
    assert not [name for name in members if name in flat]


def test_an_empty_office_says_what_it_has_not_recorded(db: Database, tmp_path: Path) -> None:
    office.save_office(db, Office(name="高雄市小港灣區公所", city="高雄市", kind=OfficeKind.DISTRICT))
    office.save_preset(db, 113, KAOHSIUNG_DISTRICT)
    flat = pdf_text(reports.render_annual_report(db, THIS_YEAR, TODAY, tmp_path / "a.pdf"))
    flat = flat.replace(" ", "").replace("\n", "")
    for part in ("參、性別影響評估", "本年度無應辦理性別影響評估之案件", "本年度尚未登錄性別統計指標",
                 "116年度性別預算編列情形表尚未登錄", "本年度尚未登錄委員會"):
        assert part in flat
