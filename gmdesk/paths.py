"""Where gmdesk keeps its files; --db and --data-dir override every default."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "gmdesk"
DB_FILE_NAME = "office.gmdesk"

_data_dir_override: Path | None = None


def set_data_dir(path: Path | str | None) -> None:
    """Use `path` instead of the per-user data folder (IT staff and tests)."""
    global _data_dir_override
    _data_dir_override = Path(path) if path else None


def data_dir() -> Path:
    """Return the per-user local (never roaming) data folder."""
    if _data_dir_override is not None:
        return _data_dir_override
    env = os.environ.get("GMDESK_DATA_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def default_db() -> Path:
    return data_dir() / DB_FILE_NAME


def backup_dir() -> Path:
    return data_dir() / "backups"


def resource_root() -> Path:
    """Return the folder holding resources/ and translations/ (source tree or bundle)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


def resource(relative: str) -> Path:
    """Return the path of a file under resources/."""
    return resource_root() / "resources" / relative


def translations_dir() -> Path:
    return resource_root() / "translations"
