"""Editable copies: the notice, the minutes and the annual report as .odt and .docx.

Each copy is opened in LibreOffice headless and printed to PDF; its text must be the PDF's
own (one content model), in the Kai face, on A4.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from sqlite_utils import Database

from gmdesk.cli import main
from gmdesk.documents import content
from gmdesk.documents.fonts import editable_font
from gmdesk.domain.errors import InputError
from gmdesk.services import printing
from gmdesk.storage import meetings as meeting_store
from tests.conftest import LAST_YEAR, THIS_YEAR, TODAY

LIBREOFFICE = shutil.which("libreoffice") or shutil.which("soffice")
KINDS = ("notice", "minutes", "annual")


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _subject(db: Database, kind: str) -> int:
    if kind == "annual":
        return LAST_YEAR
    meeting = meeting_store.find_meeting(db, THIS_YEAR, 1)
    assert meeting is not None
    return int(meeting.id)


def _content(kind: str) -> content.Document:
    from gmdesk.storage.db import open_db

    db = open_db(_COPIES[0] / "demo.gmdesk")
    try:
        return printing.document_content(db, kind, _subject(db, kind), TODAY)
    finally:
        db.close()


_COPIES: list[Path] = []


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> dict[str, Path]:
    """Save every editable copy of the demo office and print each through LibreOffice."""
    from gmdesk.storage.db import open_db

    if LIBREOFFICE is None:
        pytest.skip("LibreOffice is not installed")
    folder = tmp_path_factory.mktemp("editable")
    shutil.copyfile(demo_template, folder / "demo.gmdesk")
    _COPIES[:] = [folder]
    db = open_db(folder / "demo.gmdesk")
    saved: dict[str, Path] = {}
    try:
        for kind in KINDS:
            for suffix in printing.save_formats(kind):
                name = f"{kind}{suffix}"
                saved[name] = printing.save_document(db, kind, _subject(db, kind),
                                                     folder / name, TODAY)
    finally:
        db.close()
    editable = [str(p) for n, p in saved.items() if not n.endswith(".pdf")]
    for target in ("pdf", "txt:Text (encoded):UTF8"):
        suffix = target.split(":")[0]
        out = folder / f"lo-{suffix}"
        for source in (".odt", ".docx"):  # one folder per source format: the stems are shared
            subprocess.run([str(LIBREOFFICE), f"-env:UserInstallation=file://{folder}/profile",
                            "--headless", "--convert-to", target, "--outdir",
                            str(out / source[1:]), *(n for n in editable if n.endswith(source))],
                           check=True, capture_output=True, timeout=300)
        for name in list(saved):
            if not name.endswith(".pdf") and "→" not in name:
                saved[f"{name}→{suffix}"] = out / Path(name).suffix[1:] / f"{Path(name).stem}.{suffix}"
    return saved


def test_each_editable_document_offers_pdf_odt_and_docx() -> None:
    for kind in KINDS:
        assert printing.save_formats(kind) == (".pdf", ".odt", ".docx")
    assert printing.save_formats("signin") == (".pdf",)


def test_a_format_the_document_does_not_have_is_refused(demo_db: Database,
                                                        tmp_path: Path) -> None:
    with pytest.raises(InputError) as refused:
        printing.save_document(demo_db, "minutes", _subject(demo_db, "minutes"),
                               tmp_path / "紀錄.rtf", TODAY)
    assert "會議紀錄可存成 .pdf" in str(refused.value) and "紀錄.rtf" in str(refused.value)
    with pytest.raises(InputError):
        printing.save_document(demo_db, "signin", _subject(demo_db, "signin"),
                               tmp_path / "簽到.odt", TODAY)
    assert list(tmp_path.glob("*.rtf")) == [] and list(tmp_path.glob("*.odt")) == []


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("suffix", [".odt", ".docx"])
def test_libreoffice_opens_the_copy_with_the_pdfs_words(copies: dict[str, Path], kind: str,
                                                        suffix: str) -> None:
    printed = _squash(copies[f"{kind}{suffix}→txt"].read_text(encoding="utf-8"))
    model = content.plain_text(_content(kind))
    # Every paragraph and cell of the content model (the PDF's own text) is in the copy.
    for unit in (_squash(line) for line in model.splitlines()):
        assert unit in printed, f"{kind}{suffix} lacks 「{unit}」"
    # and the PDF's page-one heading too (the same model drew it)
    assert _squash(_pdf_text(copies[f"{kind}.pdf"]))[:20] in printed
    info = subprocess.run(["pdfinfo", str(copies[f"{kind}{suffix}→pdf"])], capture_output=True,
                          text=True, check=True).stdout
    assert re.search(r"Page size:\s+595\.\d+ x 841\.\d+", info), info  # A4
    fonts = subprocess.run(["pdffonts", str(copies[f"{kind}{suffix}→pdf"])],
                           capture_output=True, text=True, check=True).stdout
    assert "UKaiTW" in fonts and "DejaVu" not in fonts, fonts  # the Kai face throughout


def test_the_copies_carry_the_content_models_wording(demo_db: Database,
                                                     tmp_path: Path) -> None:
    """The copy's own XML holds every paragraph of the content model (nothing retyped)."""
    from gmdesk.documents.minutes import minutes_content
    from gmdesk.services import meetings
    from gmdesk.storage import office

    meeting_id = _subject(demo_db, "minutes")
    model = minutes_content(meetings.paper(demo_db, meeting_id, TODAY),
                            office.get_office(demo_db))  # type: ignore[arg-type]
    wording = [b.text for b in content.flat(model.blocks) if isinstance(b, content.Text)]
    for suffix, part in ((".odt", "content.xml"), (".docx", "word/document.xml")):
        path = printing.save_document(demo_db, "minutes", meeting_id, tmp_path / f"m{suffix}",
                                      TODAY)
        with zipfile.ZipFile(path) as archive:
            xml = re.sub(r"<[^>]+>", "", archive.read(part).decode("utf-8"))
        for text in wording:
            for piece in text.split("\n"):
                assert piece.replace("&", "&amp;") in xml, (suffix, piece)
    assert editable_font("win32") == "標楷體" and editable_font("linux") == "AR PL UKai TW"


def test_print_out_suffix_picks_the_format(demo_path: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    for suffix, part in ((".odt", "content.xml"), (".docx", "word/document.xml")):
        out = tmp_path / f"紀錄{suffix}"
        assert main(["print", "minutes", "--db", str(demo_path), "--meeting", f"{THIS_YEAR}-1",
                     "--out", str(out), "--today", TODAY.isoformat()]) == 0
        with zipfile.ZipFile(out) as archive:
            assert "第1次會議紀錄" in archive.read(part).decode("utf-8")
        annual = tmp_path / f"annual{suffix}"
        assert main(["print", "annual", "--db", str(demo_path), "--year", str(LAST_YEAR),
                     "--out", str(annual), "--today", TODAY.isoformat()]) == 0
        with zipfile.ZipFile(annual) as archive:
            assert "年度性別主流化實施計畫成果報告" in archive.read(part).decode("utf-8")
    assert "已輸出" in capsys.readouterr().out
    assert main(["print", "signin", "--db", str(demo_path), "--meeting", f"{THIS_YEAR}-1",
                 "--out", str(tmp_path / "s.docx"), "--today", TODAY.isoformat()]) != 0
    assert "簽到表可存成 .pdf" in capsys.readouterr().err
