"""`gmdesk export site`: the 性別平等專區 pages are valid, masked, self-contained and safe to write."""

from __future__ import annotations

import itertools
import json
import re
import subprocess
from pathlib import Path

import html5lib
import pytest
from PIL import Image
from sqlite_utils import Database

from gmdesk.cli import main
from gmdesk.domain.errors import InputError
from gmdesk.services import site as svc
from gmdesk.storage import people
from tests.conftest import LAST_YEAR, THIS_YEAR, TODAY


@pytest.fixture(scope="module")
def demo_site(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site") / "web"
    for year in (LAST_YEAR, THIS_YEAR):
        assert main(["export", "site", "--db", str(demo_template), "--year", str(year),
                     "--out", str(out), "--today", TODAY.isoformat()]) == 0
    return out


def pages(root: Path) -> list[Path]:
    return sorted(root.rglob("*.html"))


def test_every_page_is_valid_html5_with_ordered_headings(demo_site: Path) -> None:
    assert len(pages(demo_site)) == 11  # the front page and five pages a year
    for page in pages(demo_site):
        text = page.read_text(encoding="utf-8")
        html5lib.HTMLParser(strict=True).parse(text)  # raises on any parse error
        assert '<html lang="zh-Hant-TW">' in text
        levels = [int(n) for n in re.findall(r"<h([1-6])[ >]", text)]
        assert levels.count(1) == 1 and levels[0] == 1, page
        assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), page
        assert text.count("<table>") == text.count("<caption>"), page
        assert "<th>" not in text  # every header cell says its scope
        assert "<script" not in text


def test_every_link_is_relative_and_resolves(demo_site: Path) -> None:
    for page in pages(demo_site):
        text = page.read_text(encoding="utf-8")
        for link in re.findall(r'(?:href|src)="([^"]+)"', text):
            if link.startswith("#"):
                assert f'id="{link[1:]}"' in text
                continue
            assert not re.match(r"^[a-z]+:|^/", link), (page, link)
            assert (page.parent / link).resolve().is_file(), (page, link)
    index = (demo_site / str(LAST_YEAR) / "index.html").read_text(encoding="utf-8")
    assert f'href="report-{LAST_YEAR}.pdf"' in index


def test_no_full_personal_name_in_any_file(demo_site: Path, demo_db: Database) -> None:
    names = [p.name for p in people.list_people(demo_db) if len(p.name) >= 2]
    assert len(names) > 50
    texts = [f.read_text(encoding="utf-8") for f in demo_site.rglob("*")
             if f.suffix in (".html", ".json")]
    texts += [subprocess.run(["pdftotext", str(f), "-"], capture_output=True, text=True,
                             check=True).stdout for f in demo_site.rglob("*.pdf")]
    assert "○" in texts[0] + "".join(texts)
    leaked = {n for n in names for t in texts if n in t}
    assert leaked == set()


def test_photos_are_downscaled_and_their_captions_are_the_alt_text(demo_site: Path) -> None:
    photos = list(demo_site.rglob("*.jpg"))
    assert photos
    for photo in photos:
        with Image.open(photo) as image:
            assert max(image.size) <= svc.WEB_LONG_SIDE
    events = (demo_site / str(THIS_YEAR) / "events.html").read_text(encoding="utf-8")
    assert 'alt="活動開場，區長致詞"' in events
    assert re.search(r'<img [^>]*alt=""', events) is None


def test_the_front_page_keeps_every_year(demo_site: Path) -> None:
    home = (demo_site / "index.html").read_text(encoding="utf-8")
    assert home.index(f"{THIS_YEAR}/index.html") < home.index(f"{LAST_YEAR}/index.html")
    manifest = json.loads((demo_site / svc.MANIFEST).read_text(encoding="utf-8"))
    assert sorted(manifest["years"]) == [str(LAST_YEAR), str(THIS_YEAR)]


def test_a_year_with_no_data_is_still_an_honest_page(demo_db: Database, tmp_path: Path) -> None:
    out = svc.write_site(demo_db, 113, TODAY, tmp_path / "web", with_report=False)
    for page in pages(out):
        html5lib.HTMLParser(strict=True).parse(page.read_text(encoding="utf-8"))
    text = (out / "113" / "meetings.html").read_text(encoding="utf-8")
    assert "本年度尚無會議紀錄" in text
    assert "本年度尚無宣導紀錄" in (out / "113" / "events.html").read_text(encoding="utf-8")


def test_a_foreign_folder_is_refused_and_left_alone(demo_db: Database, tmp_path: Path) -> None:
    foreign = tmp_path / "office" / "cms"
    foreign.mkdir(parents=True)
    (foreign / "index.html").write_text("the office's own page", encoding="utf-8")
    with pytest.raises(InputError, match="不是 gmdesk 產生的網頁"):
        svc.write_site(demo_db, THIS_YEAR, TODAY, foreign, with_report=False)
    assert [p.name for p in foreign.iterdir()] == ["index.html"]
    assert (foreign / "index.html").read_text(encoding="utf-8") == "the office's own page"
    assert [p.name for p in foreign.parent.iterdir()] == ["cms"]  # no staging folder left


def test_a_file_of_the_clerks_inside_a_year_folder_is_not_overwritten(
        demo_db: Database, tmp_path: Path) -> None:
    out = svc.write_site(demo_db, THIS_YEAR, TODAY, tmp_path / "web", with_report=False)
    own = out / str(THIS_YEAR) / "我的說明.docx"
    own.write_bytes(b"clerk")
    with pytest.raises(InputError, match=r"我的說明\.docx"):
        svc.write_site(demo_db, THIS_YEAR, TODAY, out, with_report=False)
    assert own.read_bytes() == b"clerk"


def test_another_offices_site_is_refused(demo_db: Database, tmp_path: Path) -> None:
    out = svc.write_site(demo_db, THIS_YEAR, TODAY, tmp_path / "web", with_report=False)
    manifest = json.loads((out / svc.MANIFEST).read_text(encoding="utf-8"))
    manifest.update(office_id="someone-else", office="高雄市某區公所")
    (out / svc.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(InputError, match="另一個機關"):
        svc.write_site(demo_db, THIS_YEAR, TODAY, out, with_report=False)


def test_the_cli_says_why_it_refuses(demo_path: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "cms").mkdir()
    (tmp_path / "cms" / "a.txt").write_text("x", encoding="utf-8")
    assert main(["export", "site", "--db", str(demo_path), "--year", "115",
                 "--out", str(tmp_path / "cms")]) == 1
    assert "為免覆蓋" in capsys.readouterr().err
