"""The results report and the yearly collection, read back with poppler's tools."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
from pathlib import Path

import pytest

from gmdesk.documents.outreach import render_event_report, render_year_collection, report_title
from gmdesk.domain.model import Event, EventId, EventKind, Office, OfficeKind, Photo, PhotoId

OFFICE = Office("高雄市海濱區公所", "高雄市", OfficeKind.DISTRICT)
EVENT = Event(
    EventId(3), EventKind.CEDAW, "婦女節CEDAW有獎徵答活動", dt.date(2025, 3, 8),
    place="本所大禮堂", organizer="民政課", co_organizers="社會課", audiences=("一般民眾", "學校"),
    methods=("活動設攤", "有獎徵答"),
    cedaw_refs=("第5條 性別角色與刻板印象", "第4次國家報告結論性意見第12點"),
    male=21, female=34, other=1, budget=8000, partners="海濱區婦女會",
    outcome="民眾踴躍參與，問卷顯示九成對CEDAW有更多認識。", review="明年增加男性參與管道。",
)
CAPTIONS = ("區長致詞", "民眾參與有獎徵答", "講師說明CEDAW重點", "活動大合照")


def photo(number: int, size: tuple[int, int] = (1600, 1200)) -> Photo:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, (40 * number, 120, 200)).save(out, "JPEG", quality=85)
    return Photo(PhotoId(number), EVENT.id, number, CAPTIONS[number - 1], "image/jpeg",
                 size[0], size[1], f"h{number}", out.getvalue())


def run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=60).stdout


def pages(path: Path) -> int:
    info = run("pdfinfo", str(path))
    return int(next(line for line in info.splitlines() if line.startswith("Pages:")).split()[1])


def only_embedded_fonts(path: Path) -> None:
    rows = run("pdffonts", str(path)).splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), rows


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("outreach") / "report.pdf"
    photos = [photo(1), photo(2), photo(3, (1200, 1600)), photo(4)]
    return render_event_report(EVENT, photos, OFFICE, out)


def test_the_form_has_the_fields_and_the_captions(report: Path) -> None:
    text = run("pdftotext", "-layout", str(report), "-")
    flat = "".join(text.split())
    assert "高雄市海濱區公所114年度CEDAW宣導活動成果報告" in flat
    for expected in ("活動名稱", "婦女節CEDAW有獎徵答活動", "114年3月8日（星期六）", "本所大禮堂",
                     "民政課", "社會課", "海濱區婦女會", "一般民眾、學校", "活動設攤、有獎徵答",
                     "男21人、女34人、其他1人，合計56人", "第5條性別角色與刻板印象",
                     "第4次國家報告結論性意見第12點", "新臺幣8,000元", "九成對CEDAW有更多認識",
                     "檢討與建議", "活動照片", "第1頁，共3頁"):
        assert expected in flat, expected
    for number, caption in enumerate(CAPTIONS, start=1):
        assert f"照片{number}說明：{caption}" in flat


def test_four_photos_are_one_form_page_and_two_photo_pages(report: Path) -> None:
    assert pages(report) == 3
    listing = run("pdfimages", "-list", str(report)).splitlines()[2:]
    images = [line.split() for line in listing]
    assert [int(row[0]) for row in images] == [2, 2, 3, 3]
    assert all(row[8] == "jpeg" for row in images)  # embedded as JPEG, not re-inflated
    assert {(int(row[3]), int(row[4])) for row in images} == {(1600, 1200), (1200, 1600)}
    only_embedded_fonts(report)


def test_a_measure_has_its_own_title(tmp_path: Path) -> None:
    measure = Event(EventId(9), EventKind.MEASURE, "設置性別友善廁所", dt.date(2025, 8, 1),
                    category="友善環境")
    assert report_title(OFFICE, measure) == "高雄市海濱區公所114年度其他性別平等措施成果報告"
    out = render_event_report(measure, [], OFFICE, tmp_path / "m.pdf")
    flat = "".join(run("pdftotext", str(out), "-").split())
    assert "其他性別平等措施成果報告" in flat and "措施類別" in flat and "友善環境" in flat
    assert "CEDAW宣導活動成果報告" not in flat
    # A facility has no audience: 「不適用」, not 「無」.
    assert "參與對象不適用" in flat and "辦理方式不適用" in flat


def test_the_year_collection_opens_with_the_landscape_summary(tmp_path: Path) -> None:
    internal = Event(EventId(4), EventKind.CEDAW, "同仁CEDAW讀書會", dt.date(2025, 5, 14),
                     audiences=("內部同仁",), male=5, female=9)
    measure = Event(EventId(9), EventKind.MEASURE, "臨時托育服務", dt.date(2025, 7, 22),
                    category="照顧支持", budget=3000)
    out = render_year_collection(OFFICE, 114, [(EVENT, [photo(1), photo(2)]), (internal, []),
                                               (measure, [])], 2, 1, tmp_path / "year.pdf")
    first = run("pdfinfo", "-f", "1", "-l", "2", str(out))
    sizes = [line for line in first.splitlines() if line.startswith("Page") and "size" in line]
    assert "841.89 x 595.28" in sizes[0] or "841.89 x 595.276" in sizes[0]  # landscape
    assert "595.276 x 841.89" in sizes[1] or "595.28 x 841.89" in sizes[1]  # then portrait
    summary = "".join(run("pdftotext", "-f", "1", "-l", "1", str(out), "-").split())
    assert "高雄市海濱區公所114年度CEDAW宣導統計表" in summary
    assert "其中對外宣導（對象非僅內部同仁）計1場" in summary and "尚未符合" in summary
    assert "不計入對外宣導" in summary and "照顧支持1項" in summary
    assert "對外宣導合計" in summary and "不含內部活動" in summary
    # The measures table numbers its own rows from 1, not after the CEDAW sessions.
    layout = run("pdftotext", "-layout", "-f", "1", "-l", "1", str(out), "-")
    row = next(line for line in layout[layout.index("其他性別平等措施"):].splitlines()
               if "114/07/22" in line)
    assert row.split()[:2] == ["1", "114/07/22"], row
    whole = "".join(run("pdftotext", str(out), "-").split())
    assert whole.count("成果報告") >= 3
    only_embedded_fonts(out)


def test_a_measure_without_participants_says_not_applicable(tmp_path: Path) -> None:
    measure = Event(EventId(9), EventKind.MEASURE, "設置性別友善廁所", dt.date(2025, 8, 1),
                    category="友善環境", budget=5000)
    flat = "".join(run("pdftotext", str(render_event_report(measure, [], OFFICE,
                                                            tmp_path / "m.pdf")), "-").split())
    assert "參加人數不適用" in flat and "合計0人" not in flat and "男0人" not in flat
    out = render_year_collection(OFFICE, 114, [(EVENT, []), (measure, [])], 2, 1,
                                 tmp_path / "year.pdf")
    summary = run("pdftotext", "-layout", "-f", "1", "-l", "1", str(out), "-")
    table = summary[summary.index("其他性別平等措施"):]
    measure_row = next(line for line in table.splitlines() if "設置性別友善廁所" in line)
    total_row = next(line for line in table.splitlines() if "1項" in line)
    for row in (measure_row, total_row):
        assert " 0 " not in f"{row} " and row.count("—") >= 4, row
        assert "5,000" in row


def test_an_internal_only_session_says_in_its_own_report_it_is_not_counted(
        tmp_path: Path) -> None:
    internal = Event(EventId(4), EventKind.CEDAW, "同仁CEDAW讀書會", dt.date(2025, 5, 14),
                     audiences=("內部同仁",), male=5, female=9)
    flat = "".join(run("pdftotext", str(render_event_report(internal, [], OFFICE,
                                                            tmp_path / "i.pdf")), "-").split())
    assert "計入情形" in flat and "本場對象僅內部同仁，不計入對外宣導場次及人數。" in flat
    counted = "".join(run("pdftotext", str(render_event_report(EVENT, [], OFFICE,
                                                               tmp_path / "c.pdf")), "-").split())
    assert "計入情形" not in counted


def test_a_lone_third_photo_is_not_left_alone_on_a_page(tmp_path: Path) -> None:
    from gmdesk.documents.outreach import photo_pages

    assert photo_pages(1) == [(0, [0])]
    assert photo_pages(3) == [(0, [0, 1, 2])]
    assert photo_pages(5) == [(0, [0, 1]), (2, [2, 3, 4])]
    out = render_event_report(EVENT, [photo(1), photo(2), photo(3)], OFFICE, tmp_path / "r.pdf")
    assert pages(out) == 2  # the form, then one page of three photos
    listing = run("pdfimages", "-list", str(out)).splitlines()[2:]
    assert [int(line.split()[0]) for line in listing] == [2, 2, 2]
    flat = "".join(run("pdftotext", str(out), "-").split())
    assert "活動照片（續）" not in flat and "照片3說明：講師說明CEDAW重點" in flat


def test_the_note_column_of_the_statistics_has_room(tmp_path: Path) -> None:
    """備註 holds 「對象僅內部同仁，不計入對外宣導」 in at most two lines (it was cut to 3–4)."""
    internal = Event(EventId(4), EventKind.CEDAW, "同仁CEDAW讀書會", dt.date(2025, 5, 14),
                     audiences=("內部同仁",), male=5, female=9)
    out = render_year_collection(OFFICE, 114, [(EVENT, []), (internal, [])], 2, 1,
                                 tmp_path / "year.pdf")
    summary = run("pdftotext", "-layout", "-f", "1", "-l", "1", str(out), "-")
    pieces = [line for line in summary.splitlines() if "內部" in line or "入對外" in line]
    note_lines = [p for p in pieces if "對象僅" in p or "入對外宣導" in p or "不計" in p]
    assert 1 <= len(note_lines) <= 2, summary
