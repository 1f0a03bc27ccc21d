"""The Windows installer script keeps its promises to IT staff (read as text; fast)."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "installer" / "gmdesk.nsi"


def script() -> str:
    return SCRIPT.read_text(encoding="utf-8")


def section(name: str) -> str:
    text = script()
    start = text.index(f'Section "{name}"')
    return text[start:text.index("SectionEnd", start)]


def test_it_installs_per_user_without_administrator_rights_in_chinese() -> None:
    text = script()
    assert re.search(r"^RequestExecutionLevel user$", text, re.M)
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\gmdesk"' in text
    assert '!insertmacro MUI_LANGUAGE "TradChinese"' in text
    assert "HKLM" not in text  # per-user: nothing machine-wide
    main = section("gmdesk")
    assert 'CreateShortcut "$SMPROGRAMS\\gmdesk.lnk"' in main
    assert 'CreateShortcut "$DESKTOP\\gmdesk.lnk"' in main
    assert 'WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"' in main


def test_an_upgrade_replaces_the_program_files_in_the_same_folder() -> None:
    text = script()
    assert 'InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"' in text
    main = section("gmdesk")
    assert main.index('RMDir /r "$INSTDIR\\_internal"') < main.index("File /r")


def test_uninstall_keeps_the_office_data_and_says_where(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs.windows

    from gmdesk import paths

    # The folder gmdesk keeps its data in on Windows (paths.data_dir, platformdirs).
    local = r"C:\Users\clerk\AppData\Local"
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", lambda csidl: local)
    folder = platformdirs.windows.Windows(paths.APP_NAME, appauthor=False,
                                          roaming=False).user_data_dir
    assert folder.replace("/", "\\") == local + "\\gmdesk"  # joined with / off Windows
    assert '!define DATA_DIR "$LOCALAPPDATA\\gmdesk"' in script()

    uninstall = section("Uninstall")
    removing = [line for line in uninstall.splitlines()
                if line.strip().split(" ")[0] in ("RMDir", "Delete")]
    assert removing and all("$INSTDIR" in line or "$SMPROGRAMS" in line or "$DESKTOP" in line
                            for line in removing), removing
    assert not any("DATA_DIR" in line or "$LOCALAPPDATA" in line for line in removing)
    assert "機關資料仍保留在" in uninstall
    assert "不會被刪除" in script()  # on the confirmation page, before anything is removed


@pytest.mark.parametrize(("target", "machine"), [("amd64-unicode", 0x8664), ("x86-unicode", 0x14C)])
def test_it_compiles_as_64_and_32_bit_installer(tmp_path: Path, target: str,
                                                machine: int) -> None:
    """64-bit with Debian's NSIS (tested under Wine); 32-bit with the NSIS of nsis.sourceforge.io."""
    makensis = shutil.which("makensis")
    if makensis is None:
        pytest.skip("makensis (NSIS) is not installed: apt-get install nsis")
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    for name in ("gmdesk.exe", "gmdesk-cli.exe", "_internal/base_library.zip"):
        (bundle / name).write_text("stand-in", encoding="utf-8")
    out = tmp_path / "gmdesk-9.9.9-setup.exe"
    result = subprocess.run([makensis, "-V2", "-WX", "-DNOCOMPRESS", "-DVERSION=9.9.9",
                             f"-DTARGET={target}", f"-DBUNDLE={bundle}", f"-DOUTFILE={out}",
                             str(SCRIPT)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    exe = out.read_bytes()
    pe = struct.unpack_from("<I", exe, 0x3C)[0]
    assert exe[pe:pe + 4] == b"PE\0\0"
    assert struct.unpack_from("<H", exe, pe + 4)[0] == machine
    assert b'requestedExecutionLevel level="asInvoker"' in exe
