"""File names a clerk recognises, from one function."""

from __future__ import annotations

import pytest

from gmdesk.domain.outputs import Output, output_name, safe_part


def test_the_names_the_clerk_expects() -> None:
    assert output_name(Output.MEETING_MINUTES, 115, seq=1) == "115年第1次會議紀錄.pdf"
    assert output_name(Output.MEETING_NOTICE, 115, seq=2) == "115年第2次會議開會通知單.pdf"
    assert output_name(Output.MEETING_SIGNIN, 114, seq=3) == "114年第3次會議簽到表.pdf"
    assert output_name(Output.OUTREACH_YEAR, 115) == "115年度CEDAW宣導成果.pdf"
    assert output_name(Output.CITY_WORKBOOK, 115) == "115年度城市報表.xlsx"
    assert output_name(Output.ANNUAL_REPORT, 115) == "115年度性別主流化成果報告.pdf"
    assert output_name(Output.EVIDENCE_PACK, 115) == "115年度佐證資料.zip"
    assert output_name(Output.REMINDERS, 115) == "115年度培力時數提醒名單.pdf"
    assert output_name(Output.CALENDAR, 115) == "115年度行事曆.ics"
    assert (output_name(Output.EVENT_REPORT, 115, title="CEDAW 法規講習")
            == "115年度CEDAW宣導成果報告（CEDAW 法規講習）.pdf")


def test_an_event_title_is_made_safe_for_windows() -> None:
    name = output_name(Output.EVENT_REPORT, 115, title='性別/平等: "講座"?  第2場 ')
    assert name == "115年度CEDAW宣導成果報告（性別_平等_ _講座_ 第2場）.pdf"
    assert len(safe_part("長" * 100)) == 40
    assert safe_part("標題...") == "標題"
    assert output_name(Output.EVENT_REPORT, 115, title="///") == "115年度CEDAW宣導成果報告（_）.pdf"


def test_a_meeting_form_needs_its_number() -> None:
    with pytest.raises(ValueError, match="seq"):
        output_name(Output.MEETING_MINUTES, 115)
