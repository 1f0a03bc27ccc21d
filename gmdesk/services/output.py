"""Where the clerk's files go: one output folder per office, and names that never overwrite."""

from __future__ import annotations

from pathlib import Path

from gmdesk.domain.errors import InputError
from gmdesk.domain.texts import Phrase, define
from gmdesk.storage import office as store
from gmdesk.storage.database import Database

SETTING = "output_dir"

define({
    "output.err.not_absolute": "輸出資料夾「{folder}」不是完整路徑：請按「選擇…」挑選資料夾",
    "output.err.cannot_create": "無法建立輸出資料夾「{folder}」：{why}。"
                                "請到「設定」選擇另一個資料夾",
})
DEFAULT_FOLDER = "gmdesk 輸出"


def default_output_dir() -> Path:
    """Return 「gmdesk 輸出」 in the user's Documents folder (where a clerk looks first)."""
    import platformdirs

    return Path(platformdirs.user_documents_dir()) / DEFAULT_FOLDER


def output_dir(db: Database) -> Path:
    """Return the office's output folder (the default until the clerk chose one)."""
    chosen = store.get_setting(db, SETTING, "")
    return Path(chosen) if chosen else default_output_dir()


def check_output_dir(folder: Path | str | None) -> str:
    """Return the folder as it is stored ('' = the default); refuse a relative path."""
    text = str(folder).strip() if folder else ""
    if text and not Path(text).is_absolute():
        raise InputError(Phrase.of("output.err.not_absolute", folder=text), SETTING)
    return "" if text and Path(text) == default_output_dir() else text


def set_output_dir(db: Database, folder: Path | str | None) -> None:
    """Remember the office's output folder ('' or None = the default)."""
    store.set_setting(db, SETTING, check_output_dir(folder))


def ensure_dir(folder: Path) -> Path:
    """Create `folder` if need be; say in zh-TW what went wrong."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(Phrase.of("output.err.cannot_create", folder=str(folder),
                                   why=str(exc.strerror or exc)), SETTING) from exc
    return folder


def unused_path(folder: Path, name: str) -> Path:
    """Return `folder/name`, or `name (2)`, `name (3)`, … if a file of that name is there."""
    target = folder / name
    stem, suffix = target.stem, target.suffix
    number = 2
    while target.exists():
        target = folder / f"{stem} ({number}){suffix}"
        number += 1
    return target


def output_path(db: Database, name: str) -> Path:
    """Return a path in the office's output folder for `name` that overwrites nothing."""
    return unused_path(ensure_dir(output_dir(db)), name)
