"""The packaged app: build the onedir bundle once, run its selftest offline, check its size.

PyInstaller builds for the machine it runs on, so on Linux this proves the Linux bundle; the
Windows bundle is built the same way on Windows (`py tasks.py build`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = sys.platform == "win32"
LIMIT_MIB = 170  # Linux bundle 160 MiB with the PDF preview (PDFium, 7 MiB) and printing (QtPrintSupport, CUPS)
pytestmark = pytest.mark.slow


@dataclass(frozen=True)
class Bundle:
    folder: Path
    seconds: float

    @property
    def program(self) -> Path:
        # The windowed gmdesk.exe has no console to print to; IT staff use gmdesk-cli.exe.
        return self.folder / ("gmdesk-cli.exe" if WINDOWS else "gmdesk")

    def size_mib(self) -> float:
        return sum(p.stat().st_size for p in self.folder.rglob("*")
                   if p.is_file() and not p.is_symlink()) / 2**20


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bundle]:
    """Build the bundle exactly as `python3 tasks.py build` does, into a temporary folder."""
    import importlib.util

    assert importlib.util.find_spec("PyInstaller"), "PyInstaller is missing: run python3 tasks.py test"
    work = tmp_path_factory.mktemp("bundle")
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
         str(ROOT / "build.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=900, stdin=subprocess.DEVNULL)
    seconds = time.perf_counter() - started
    assert result.returncode == 0, result.stderr[-4000:]
    yield Bundle(work / "dist" / "gmdesk", seconds)
    shutil.rmtree(work, ignore_errors=True)


def offline(command: list[str]) -> list[str]:
    """Run `command` without any network where Linux allows it (a new, empty network namespace)."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-rn", "true"], capture_output=True).returncode == 0:
        return [unshare, "-rn", *command]
    return command


def bundle_env(home: Path) -> dict[str, str]:
    env = {"PATH": os.environ.get("PATH", ""), "QT_QPA_PLATFORM": "offscreen",
           "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_CONFIG_HOME": str(home / "config"), "XDG_CACHE_HOME": str(home / "cache"),
           "LANG": "C"}  # no UTF-8 locale: the bundle's own UTF-8 mode must carry it
    if WINDOWS:
        env.update({k: v for k, v in os.environ.items() if k.upper() in ("SYSTEMROOT", "WINDIR")})
        env["LOCALAPPDATA"] = str(home / "AppData" / "Local")
    return env


def test_the_bundle_runs_its_selftest_offline(bundle: Bundle, tmp_path: Path) -> None:
    result = subprocess.run(offline([str(bundle.program), "--selftest"]), capture_output=True,
                            timeout=300, env=bundle_env(tmp_path), stdin=subprocess.DEVNULL)
    report = result.stdout.decode("utf-8")
    print(f"bundle built in {bundle.seconds:.0f} s\n{report}")
    assert result.returncode == 0, report + result.stderr.decode("utf-8", "replace")[-3000:]
    assert "自我檢查通過" in report
    for line in ("[通過] 列印字型：文鼎PL中楷", "[通過] 建立暫時的示範機關", "[通過] print minutes",
                 "[通過] print notice", "[通過] print signin", "[通過] 介面翻譯"):
        assert line in report
    # The font and translations came from the bundle, not from this source tree.
    assert str(bundle.folder) in report
    # Nothing was written to the (fake) clerk's data folder.
    assert not (tmp_path / "data" / "gmdesk" / "office.gmdesk").exists()


def test_the_bundle_is_the_version_of_pyproject_and_runs_commands(bundle: Bundle,
                                                                  tmp_path: Path) -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"]
    shown = subprocess.run([str(bundle.program), "--version"], capture_output=True, text=True,
                           timeout=60, env=bundle_env(tmp_path), encoding="utf-8")
    assert shown.stdout.strip() == f"gmdesk {version}"
    office = tmp_path / "office.gmdesk"
    made = subprocess.run([str(bundle.program), "demo", "--db", str(office)],
                          capture_output=True, timeout=120, env=bundle_env(tmp_path))
    assert made.returncode == 0, made.stderr.decode("utf-8", "replace")
    assert "已建立示範機關" in made.stdout.decode("utf-8")
    wrong = subprocess.run([str(bundle.program), "check", "--db", str(tmp_path / "none.gmdesk"),
                            "--year", "115"], capture_output=True, timeout=60,
                           env=bundle_env(tmp_path))
    assert wrong.returncode == 1
    assert "找不到資料檔" in wrong.stderr.decode("utf-8")


def test_the_bundle_holds_what_a_clerk_needs_and_nothing_heavy(bundle: Bundle) -> None:
    internal = bundle.folder / "_internal"
    assert (internal / "resources" / "fonts" / "ukai.ttc").is_file()
    assert "AR PL" in (internal / "resources" / "fonts" / "LICENSE-ukai.txt").read_text(
        encoding="utf-8")
    assert sorted(p.name for p in (internal / "translations").glob("*.qm")) == [
        "gmdesk_en.qm", "gmdesk_zh_TW.qm"]
    qt_qm = sorted(p.name for p in internal.rglob("*.qm") if "PySide6" in p.parts)
    assert qt_qm == ["qtbase_zh_TW.qm"]
    names = {p.name for p in internal.rglob("*")}
    for heavy in ("QtQml", "QtQuick", "QtWebEngineCore", "QtNetwork", "Qt3DCore", "QtMultimedia"):
        assert not any(n.startswith(heavy) for n in names), heavy
    size = bundle.size_mib()
    print(f"bundle size: {size:.1f} MiB; built in {bundle.seconds:.0f} s")
    assert size < LIMIT_MIB, f"the bundle is {size:.1f} MiB"


def test_the_installer_script_compiles(bundle: Bundle, tmp_path: Path) -> None:
    makensis = shutil.which("makensis")
    if makensis is None:
        pytest.skip("makensis (NSIS) is not installed")
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"]
    setup = tmp_path / "gmdesk-setup.exe"
    # -DNOCOMPRESS: lzma over 150 MB takes minutes; the script's logic is what is checked.
    result = subprocess.run(
        [makensis, "-V2", "-WX", f"-DVERSION={version}", "-DNOCOMPRESS",
         f"-DBUNDLE={bundle.folder}", f"-DOUTFILE={setup}", "installer/gmdesk.nsi"],
        cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert setup.stat().st_size > 0.9 * bundle.size_mib() * 2**20
    assert setup.read_bytes()[:2] == b"MZ"  # a Windows program
