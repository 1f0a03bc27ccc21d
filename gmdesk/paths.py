"""Where gmdesk keeps its files; --db and --data-dir override every default."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path, PurePath, PureWindowsPath

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
    if sys.platform == "win32":
        return Path(platform_data_dir("win32", os.environ))
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def platform_data_dir(platform: str, environ: Mapping[str, str]) -> PurePath:
    """Return the per-user data folder `platform` would use, from its environment.

    Windows: %LOCALAPPDATA%\\gmdesk, never the roaming %APPDATA% (a roaming profile would copy
    the database to the server at every logoff); without LOCALAPPDATA,
    %USERPROFILE%\\AppData\\Local\\gmdesk. Elsewhere: $XDG_DATA_HOME/gmdesk or
    ~/.local/share/gmdesk.
    """
    if platform == "win32":
        local = environ.get("LOCALAPPDATA", "").strip()
        if local:
            return PureWindowsPath(local) / APP_NAME
        profile = environ.get("USERPROFILE", "").strip()
        if profile:
            return PureWindowsPath(profile) / "AppData" / "Local" / APP_NAME
        raise RuntimeError("找不到 Windows 的 LOCALAPPDATA 資料夾：請以 --data-dir 指定資料夾。")
    xdg = environ.get("XDG_DATA_HOME", "").strip()
    if xdg and PurePath(xdg).is_absolute():
        return PurePath(xdg) / APP_NAME
    return PurePath(environ.get("HOME", str(Path.home()))) / ".local" / "share" / APP_NAME


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
