"""Windows code paths, decided with the platform as a parameter so Linux can test them."""

from __future__ import annotations

from pathlib import Path, PurePath, PureWindowsPath

import pytest

from gmdesk.documents.fonts import font_candidates
from gmdesk.paths import platform_data_dir
from gmdesk.storage.db import open_db
from gmdesk.storage.lock import holder_identity, is_network_path

ROOT = Path(__file__).resolve().parent.parent


def test_windows_data_folder_is_local_appdata_never_roaming() -> None:
    env = {"LOCALAPPDATA": r"C:\Users\王小明\AppData\Local",
           "APPDATA": r"C:\Users\王小明\AppData\Roaming", "USERPROFILE": r"C:\Users\王小明"}
    folder = platform_data_dir("win32", env)
    assert folder == PureWindowsPath(r"C:\Users\王小明\AppData\Local\gmdesk")
    assert "Roaming" not in str(folder)


def test_windows_data_folder_without_localappdata_uses_the_profile() -> None:
    folder = platform_data_dir("win32", {"USERPROFILE": r"D:\Profiles\clerk"})
    assert folder == PureWindowsPath(r"D:\Profiles\clerk\AppData\Local\gmdesk")
    with pytest.raises(RuntimeError, match="LOCALAPPDATA"):
        platform_data_dir("win32", {})


def test_linux_data_folder_follows_xdg() -> None:
    assert platform_data_dir("linux", {"XDG_DATA_HOME": "/home/a/.data", "HOME": "/home/a"}) \
        == PurePath("/home/a/.data/gmdesk")
    assert platform_data_dir("linux", {"HOME": "/home/a"}) == PurePath("/home/a/.local/share/gmdesk")


@pytest.mark.parametrize("path", [
    r"\\fileserver\性平\office.gmdesk", "//fileserver/share/office.gmdesk",
    r"\\?\UNC\fileserver\share\office.gmdesk", r"\\10.0.0.5\d$\gm\office.gmdesk",
])
def test_unc_paths_are_network_paths_on_windows(path: str) -> None:
    def never(drive: str) -> bool:
        raise AssertionError(f"a UNC path has no drive letter to ask about ({drive})")

    assert is_network_path(path, platform="win32", drive_is_remote=never)


def test_mapped_drive_letter_is_decided_by_the_drive_type() -> None:
    asked: list[str] = []

    def remote(drive: str) -> bool:
        asked.append(drive)
        return drive == "Z:"

    assert is_network_path(r"z:\性平\office.gmdesk", platform="win32", drive_is_remote=remote)
    assert not is_network_path(r"C:\Users\a\office.gmdesk", platform="win32", drive_is_remote=remote)
    assert not is_network_path(r"\\?\C:\Users\a\office.gmdesk", platform="win32",
                               drive_is_remote=remote)
    assert asked == ["Z:", "C:", "C:"]
    assert not is_network_path(r"office.gmdesk", platform="win32", drive_is_remote=remote)


def test_a_windows_path_is_not_read_as_a_linux_mount() -> None:
    mounts = "server:/export /mnt/share nfs4 rw 0 0\n"
    assert is_network_path("/mnt/share/office.gmdesk", platform="linux", mounts=mounts)
    assert not is_network_path("/home/a/office.gmdesk", platform="linux", mounts=mounts)
    # On Linux a backslash is an ordinary character: no UNC meaning.
    assert not is_network_path(r"\\server\share\x", platform="linux", mounts=mounts)


def test_network_database_uses_a_rollback_journal_and_exclusive_lock(tmp_path: Path) -> None:
    shared = open_db(tmp_path / "shared.gmdesk", network=True)
    local = open_db(tmp_path / "local.gmdesk", network=False)
    try:
        assert shared.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert shared.execute("PRAGMA locking_mode").fetchone()[0] == "exclusive"
        assert local.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert local.execute("PRAGMA locking_mode").fetchone()[0] == "normal"
    finally:
        shared.close()
        local.close()


def test_lock_holder_names_the_windows_user_and_computer() -> None:
    env = {"USERNAME": "王小明", "COMPUTERNAME": "KAO-PC07", "USER": "root", "HOSTNAME": "x"}
    assert holder_identity("win32", env) == ("王小明", "KAO-PC07")
    assert holder_identity("linux", env) == ("root", "x")
    assert holder_identity("win32", {}) == ("", "")


def test_windows_font_order_bundled_then_kaiu_then_mingliu() -> None:
    fonts = font_candidates("win32", {"WINDIR": r"D:\WINDOWS"})
    names = [PureWindowsPath(str(f.path)).name for f in fonts]
    assert names == ["ukai.ttc", "kaiu.ttf", "mingliu.ttc"]
    assert fonts[0].subfont == 2  # the Taiwan face of the collection
    assert str(fonts[1].path) == "D:\\WINDOWS\\Fonts\\kaiu.ttf"


def test_linux_font_order_bundled_then_debian_ukai() -> None:
    fonts = font_candidates("linux", {})
    assert [f.path.name for f in fonts] == ["ukai.ttc", "ukai.ttc"]
    assert str(fonts[1].path).startswith("/usr/share/fonts/truetype/arphic/")
    assert not any("kaiu" in str(f.path) for f in fonts)
