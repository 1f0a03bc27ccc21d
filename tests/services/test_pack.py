"""The year-end evidence pack: every document, numbered by duty; a cancel leaves nothing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from sqlite_utils import Database

from gmdesk.domain.errors import InputError
from gmdesk.services.pack import write_pack
from tests.conftest import LAST_YEAR, THIS_YEAR, TODAY


def test_the_pack_holds_every_document_by_duty(demo_db: Database, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    out = write_pack(demo_db, LAST_YEAR, TODAY, tmp_path / "pack.zip",
                     lambda done, total, text: seen.append((done, total)))
    names = zipfile.ZipFile(out).namelist()
    assert "00_年度彙整/01_114年度報市府報表.xlsx" in names
    assert "00_年度彙整/02_114年度性別主流化成果報告.pdf" in names
    assert "01_執行小組/01_114年第1次會議_2簽到表.pdf" in names
    assert "01_執行小組/01_114年第1次會議_1開會通知單.pdf" in names
    assert "02_性別意識培力/01_114年度性別意識培力未達標準人員名單.pdf" in names
    assert "01_執行小組/02_114年第2次會議_3會議紀錄.pdf" in names
    assert sum(n.startswith("03_CEDAW宣導/") for n in names) == 3
    assert any(n.startswith("04_其他性別平等措施/01_") for n in names)
    assert "00_目錄.txt" in names
    assert seen[-1][0] == seen[-1][1]
    with zipfile.ZipFile(out) as archive:
        assert archive.read("01_執行小組/01_114年第1次會議_3會議紀錄.pdf")[:5] == b"%PDF-"


def test_a_cancelled_pack_leaves_nothing(demo_db: Database, tmp_path: Path) -> None:
    class Cancelled(Exception):
        pass

    def cancel_midway(done: int, total: int, text: str) -> None:
        if done >= 3:
            raise Cancelled()

    for target in (tmp_path / "pack.zip", tmp_path / "folder"):
        with pytest.raises(Cancelled):
            write_pack(demo_db, LAST_YEAR, TODAY, target, cancel_midway)
        assert not target.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".gmdesk-pack")]


def test_a_folder_pack_refuses_a_folder_with_files(demo_db: Database, tmp_path: Path) -> None:
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("x")
    with pytest.raises(InputError, match="不是空資料夾"):
        write_pack(demo_db, LAST_YEAR, TODAY, busy)
    out = write_pack(demo_db, LAST_YEAR, TODAY, tmp_path / "new")
    assert (out / "01_執行小組" / "01_114年第1次會議_2簽到表.pdf").is_file()


def _pdf_text(data: bytes, tmp_path: Path) -> str:
    import subprocess

    pdf = tmp_path / "one.pdf"
    pdf.write_bytes(data)
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_the_pack_holds_the_plans_other_duties_in_their_folders(demo_db: Database, tmp_path: Path) -> None:
    """性別影響評估, 性別統計, 性別預算 and the committees: numbered folders after 04, real PDFs
    with their titles, names masked as in every other print, the index in the pack's order."""
    out = write_pack(demo_db, THIS_YEAR, TODAY, tmp_path / "pack.zip")
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        folders = sorted({n.split("/")[0] for n in names if "/" in n})
        assert folders[-4:] == ["05_性別影響評估", "06_性別統計", "07_性別預算", "08_委員會性別比例"]
        expected = {
            "05_性別影響評估/01_115年度性別影響評估辦理情形一覽表.pdf": "115年度性別影響評估辦理情形一覽表",
            "05_性別影響評估/02_海濱區公園綠地及兒童遊戲場改善工程_程序參與及參採情形表.pdf":
                "性別影響評估程序參與意見及參採情形表",
            "06_性別統計/01_115年度性別統計指標一覽表.pdf": "115年度性別統計指標一覽表",
            "07_性別預算/01_116年度性別預算編列情形表.pdf": "116年度性別預算編列情形表",
            "08_委員會性別比例/01_各委員會性別比例情形表.pdf": "各委員會性別比例情形表",
        }
        texts = {}
        for name, title in expected.items():
            data = archive.read(name)
            assert data[:5] == b"%PDF-", name
            texts[name] = _pdf_text(data, tmp_path)
            assert "高雄市海濱區公所" in texts[name] and title in texts[name], name
        # both cases, the open one too: its sheet shows what is still missing
        assert sum(n.startswith("05_性別影響評估/") for n in names) == 3
        case = texts["05_性別影響評估/02_海濱區公園綠地及兒童遊戲場改善工程_程序參與及參採情形表.pdf"]
        assert "部分採納" in case and "陳○玲" in case and "陳美玲" not in case
        committees = texts["08_委員會性別比例/01_各委員會性別比例情形表.pdf"]
        assert "甄審委員會" in committees and "14.3%" in committees and "鄧○英" in committees
        assert "鄧秀英" not in committees
        assert "志願服務人員人數" in texts["06_性別統計/01_115年度性別統計指標一覽表.pdf"]
        assert "535" in texts["07_性別預算/01_116年度性別預算編列情形表.pdf"]
        index = archive.read("00_目錄.txt").decode("utf-8-sig").splitlines()
    listed = [line.split("\t")[0] for line in index[2:] if line]
    assert listed == sorted(listed) == sorted(n for n in names if n != "00_目錄.txt")
