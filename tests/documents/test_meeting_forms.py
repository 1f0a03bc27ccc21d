"""The notice, sign-in sheet and minutes: Chinese text extractable, fonts embedded, long flows."""

import dataclasses
import html
import re
import subprocess
from pathlib import Path

import pytest
from sqlite_utils import Database

from gmdesk.documents.minutes import render_minutes
from gmdesk.documents.notice import render_notice
from gmdesk.documents.signin import render_signin
from gmdesk.domain.meetings import PaperItem, PaperPerson
from gmdesk.domain.model import Gender, ItemKind
from gmdesk.services import meetings as service
from gmdesk.storage import meetings as store
from gmdesk.storage import office
from tests.conftest import THIS_YEAR, TODAY


def pdf_text(path: Path) -> list[str]:
    """Return the text of each page."""
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return out.split("\f")[:-1]


def word_starts(path: Path) -> list[tuple[str, float]]:
    """Return each word of the PDF with its left edge in points (pdftotext -bbox)."""
    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    return [(html.unescape(m.group(2)), float(m.group(1)))
            for m in re.finditer(r'<word xMin="([\d.]+)"[^>]*>([^<]*)</word>', out)]


def only_embedded_fonts(path: Path) -> bool:
    lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    return bool(lines) and all(line.split()[-5] == "yes" for line in lines)


@pytest.fixture
def paper(demo_db: Database):  # type: ignore[no-untyped-def]
    meeting = store.find_meeting(demo_db, THIS_YEAR, 1)
    assert meeting is not None
    return service.paper(demo_db, meeting.id, TODAY), office.get_office(demo_db)


def test_notice(paper, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data, profile = paper
    out = render_notice(data, profile, tmp_path / "notice.pdf")
    (page,) = pdf_text(out)
    for words in ("高雄市海濱區公所", "開會通知單", "發文日期：中華民國115年4月13日",
                  "發文字號：高市海區人字第11500103號", "開會事由：召開本所性別平等執行小組115年第1次會議",
                  "開會時間：115年4月15日（星期三）下午2時30分", "主持人：", "召集人",
                  "列席者：人事室科員", "第 1 頁，共 1 頁", "（機關條戳）", "社區大學講師盧瑞琪"):
        assert words in page
    # A notice carries the office's stamp, not the head's name; members are 職稱+姓名 alike.
    assert profile.head_name not in page and "盧瑞琪委員" not in page
    assert only_embedded_fonts(out)


def test_notice_keeps_its_stamp_with_the_last_lines(paper, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data, profile = paper
    guests = tuple(PaperPerson(f"來賓{i:02d}", "科員", Gender.FEMALE, "民政課") for i in range(150))
    pages = pdf_text(render_notice(dataclasses.replace(data, guests=guests), profile,
                                   tmp_path / "long-notice.pdf"))
    assert len(pages) >= 2
    assert "（機關條戳）" in pages[-1] and "備註：" in pages[-1]


def test_signin_and_minutes(paper, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data, profile = paper
    signin = pdf_text(render_signin(data, profile, tmp_path / "signin.pdf"))
    text = "".join(signin)
    for words in ("115年第1次會議簽到表", "時間：115年4月15日（星期三）", "序號", "簽名", "委員",
                  "列席人員", "請假", "應出席 9 人、實到 8 人"):
        assert words in text
    # The title is one line in one size.
    assert "高雄市海濱區公所性別平等執行小組115年第1次會議簽到表" in signin[0]
    minutes = render_minutes(data, profile, tmp_path / "minutes.pdf")
    text = "".join(pdf_text(minutes))
    for words in ("115年第1次會議紀錄", "一、時間：115年4月15日（星期三）下午2時30分",
                  "六、確認上次會議紀錄", "114年第2次會議紀錄確定。", "七、上次會議決議事項執行情形",
                  "解除列管", "八、報告事項", "九、討論事項", "第一案", "十、臨時動議：無。",
                  "十一、散會：下午4時", "詳簽到表。應出席委員9人，出席8人，請假1人；列席人員2人。"):
        assert words in text, words
    # Zero counts are left out; 說明's second line hangs under its own number.
    assert "缺席0人" not in text and "代理0人" not in text
    case = PaperItem(ItemKind.DISCUSSION, 1, "本所辦理活動之性別友善設施檢視案", "秘書室",
                     "一、為落實性別友善，擬檢視本所活動場地之哺集乳室及性別友善廁所。\n二、提請討論。",
                     "照案通過。")
    hanging = render_minutes(dataclasses.replace(data, items=(case,)), profile,
                             tmp_path / "hanging.pdf")
    starts = word_starts(hanging)
    label = next(x for word, x in starts if word.startswith("說明：一、"))
    second = next(x for word, x in starts if word == "二、提請討論。")
    continued = next(x for word, x in starts if word == "廁所。")
    assert second - label == pytest.approx(3 * 13, abs=1)  # under 「一、」, after 說明：
    assert continued - second == pytest.approx(2 * 13, abs=1)  # under the text, after 一、
    assert only_embedded_fonts(minutes)


def test_signin_before_the_meeting_leaves_counts_blank(paper, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data, profile = paper
    blank = dataclasses.replace(data, recorded=False,
                                members=tuple(dataclasses.replace(p, status=None)
                                              for p in data.members))
    text = "".join(pdf_text(render_signin(blank, profile, tmp_path / "s.pdf")))
    assert "應出席 9 人、實到 ______ 人（男 ______ 人、女 ______ 人）" in text
    assert "實到 8" not in text and "請假" not in text


def test_long_sheets_flow_with_header_repeated(paper, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data, profile = paper
    guests = tuple(PaperPerson(f"來賓{i:02d}", "科員", Gender.FEMALE, "民政課", external=i < 3,
                               fee=2500 if i < 3 else None) for i in range(40))
    long = dataclasses.replace(data, guests=guests, items=data.items + tuple(
        PaperItem(ItemKind.DISCUSSION, n, f"第{n}號提案", "秘書室", "說明文字。" * 40, "照案通過。")
        for n in range(2, 12)))
    pages = pdf_text(render_signin(long, profile, tmp_path / "long-signin.pdf"))
    assert len(pages) >= 3
    assert all("序號" in page and "簽名" in page for page in pages)
    assert all("115年第1次會議簽到表（續）" in page for page in pages[1:])
    assert "出席費（領據）" in pages[0] and "2,500 元" in "".join(pages)
    assert "來賓39" in pages[-1]
    assert f"第 {len(pages)} 頁，共 {len(pages)} 頁" in pages[-1]
    minutes = pdf_text(render_minutes(long, profile, tmp_path / "long-minutes.pdf"))
    assert len(minutes) >= 3
    assert "第十一案" in "".join(minutes) and "十一、散會" in minutes[-1]


def test_the_notice_prints_the_postcode_setting_before_the_address(
        demo_db: Database, tmp_path: Path) -> None:
    from gmdesk.domain.address import normalize_postcode, postal_address
    from gmdesk.domain.errors import InputError
    from gmdesk.services import settings

    meeting = store.find_meeting(demo_db, THIS_YEAR, 1)
    assert meeting is not None
    page = "".join(pdf_text(render_notice(service.paper(demo_db, meeting.id, TODAY),
                                          office.get_office(demo_db), tmp_path / "n.pdf"))[0]
                   .split())
    assert "機關地址：80543高雄市海濱區海濱路100號" in page
    settings.save_postcode(demo_db, "")
    page = "".join(pdf_text(render_notice(service.paper(demo_db, meeting.id, TODAY),
                                          office.get_office(demo_db), tmp_path / "m.pdf"))[0]
                   .split())
    assert "機關地址：高雄市海濱區海濱路100號" in page
    assert normalize_postcode("８０５４３") == "80543" and normalize_postcode(" ") == ""
    assert normalize_postcode("805 012") == "805012"
    for bad in ("8054", "80A", "1234567"):
        with pytest.raises(InputError) as refused:
            normalize_postcode(bad)
        assert refused.value.field == "postcode" and "3碼、5碼（3+2）或6碼（3+3）" in str(refused.value)
    assert postal_address("805", "805高雄市旗津區") == "805高雄市旗津區"  # not twice
