"""The office's output folder: 「gmdesk 輸出」 in Documents by default, never overwriting."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from gmdesk.domain.errors import InputError
from gmdesk.services import output
from tests.conftest import HERMETIC_ROOT


def test_the_default_folder_is_in_documents_and_hermetic(db: Database) -> None:
    folder = output.output_dir(db)
    assert folder.name == "gmdesk 輸出"
    assert folder.parent.name == "Documents"
    assert folder.is_relative_to(HERMETIC_ROOT)


def test_a_chosen_folder_is_remembered_and_must_be_absolute(db: Database, tmp_path: Path) -> None:
    output.set_output_dir(db, tmp_path / "公所輸出")
    assert output.output_dir(db) == tmp_path / "公所輸出"
    with pytest.raises(InputError, match="完整路徑"):
        output.set_output_dir(db, "相對/資料夾")
    assert output.output_dir(db) == tmp_path / "公所輸出"
    output.set_output_dir(db, "")
    assert output.output_dir(db) == output.default_output_dir()


def test_an_existing_file_is_never_overwritten(db: Database, tmp_path: Path) -> None:
    output.set_output_dir(db, tmp_path / "out")
    first = output.output_path(db, "115年度城市報表.xlsx")
    assert first == tmp_path / "out" / "115年度城市報表.xlsx"
    first.write_bytes(b"one")
    second = output.output_path(db, "115年度城市報表.xlsx")
    assert second.name == "115年度城市報表 (2).xlsx"
    second.write_bytes(b"two")
    assert output.output_path(db, "115年度城市報表.xlsx").name == "115年度城市報表 (3).xlsx"
    assert first.read_bytes() == b"one"


def test_a_folder_that_cannot_be_made_is_said_in_chinese(db: Database, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    output.set_output_dir(db, blocker / "sub")
    with pytest.raises(InputError, match="無法建立輸出資料夾"):
        output.output_path(db, "a.pdf")
