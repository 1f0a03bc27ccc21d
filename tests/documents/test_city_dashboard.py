"""The city dashboard: one A4 landscape page naming every office, its status and the totals."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from gmdesk.documents.city_dashboard import render_dashboard, short_name
from gmdesk.documents.fonts import missing_glyphs
from gmdesk.domain.cities import CITY_LISTS
from gmdesk.domain.consolidation import Consolidation, Flag, FlagKind, OfficeLine
from gmdesk.domain.submission import Submission

DAY = dt.date(2026, 11, 24)


def _office(name: str, completed: int, female: int, status: str) -> OfficeLine:
    figures: dict[str, int | float | str] = {
        "group.status": "ok", "meetings.status": "ok", "training.status": status,
        "outreach.status": "fail", "measures.status": "warn",
        "training.合計.required_all": 50, "training.合計.completed_all": completed,
        "outreach.male": 100, "outreach.female": female, "outreach.sessions": 2,
        "group.members": 9, "group.female": 4, "group.male": 5,
    }
    meta = {"office_name": name, "city": "高雄市", "year": 115, "format_version": 1}
    return OfficeLine(name, Submission(Path(f"{name}.xlsx"), meta, figures))


def _consolidation() -> Consolidation:
    offices = CITY_LISTS["kaohsiung"].offices
    counted = [_office(offices[0], 50, 300, "ok"), _office(offices[1], 25, 100, "fail")]
    absent = [OfficeLine(name, None, [FlagKind.ABSENT]) for name in offices[2:]]
    flags = [Flag(FlagKind.ABSENT, o.name, "", "尚未收到") for o in absent]
    return Consolidation(115, DAY, counted + absent, flags, offices, files_read=2)


def test_one_landscape_page_with_every_office_and_the_totals(tmp_path: Path) -> None:
    out = render_dashboard(_consolidation(), tmp_path / "dash.pdf")
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           1" in info
    assert "841.89 x 595.276" in info  # A4 landscape
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "高雄市115年度性別主流化辦理情形彙整儀表板" in text
    assert "115年11月24日" in text  # ROC date
    for district in ("楠梓區", "左營區", "那瑪夏區"):
        assert district in text
    assert "100.0%" in text and "50.0%" in text  # the two offices' completion
    assert "女 400" in text and "男 200" in text  # reach by gender, city total
    assert "未提交 36" in text


def test_every_character_is_in_the_print_font() -> None:
    names = "".join(short_name(o, "高雄市") for o in CITY_LISTS["kaohsiung"].offices)
    names += "".join(short_name(o, "臺北市") for o in CITY_LISTS["taipei"].offices)
    assert missing_glyphs(names + "完注未缺儀表板彙整提醒事項觸及人次") == []
    assert short_name("高雄市鳳山區公所", "高雄市") == "鳳山區"
    assert short_name("臺北市政府民政局", "臺北市") == "民政局"
