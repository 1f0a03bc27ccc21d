#!/usr/bin/env python3
"""The one task runner: set-up, run, test, translations, bench and build.

    python3 tasks.py run      set up and open gmdesk on the demo office
    python3 tasks.py test     set up everything tests need, then lint, type-check and test
    python3 tasks.py bench    measure gmdesk against the floors (issue: performance)
    python3 tasks.py build    build the onedir bundle with PyInstaller (dist/gmdesk)
    python3 tasks.py installer  build the Windows installer with NSIS (needs the bundle)
    python3 tasks.py translations  refresh translations/*.ts from the code and compile .qm

Standard library only: it runs before anything is installed. On Windows use `py tasks.py …`.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
WINDOWS = sys.platform == "win32"
BIN = VENV / ("Scripts" if WINDOWS else "bin")
PY = BIN / ("python.exe" if WINDOWS else "python")

# Debian/Ubuntu packages: Qt's runtime libraries, the CJK fonts (the print font comes from
# fonts-arphic-ukai), poppler (tests read PDFs back), LibreOffice (tests recompute workbooks),
# NSIS (the Windows installer builds from Linux too), 64-bit Wine (tests run the installer),
# chromium and its driver (tests open the 性別平等專區 web page and check its accessibility).
APT_RUN = ["libegl1", "libgl1", "libxkbcommon0", "libxkbcommon-x11-0", "libfontconfig1",
           "libdbus-1-3", "libglib2.0-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1",
           "libxcb-image0", "libxcb-render-util0", "libxcb-shape0", "libxcb-xinerama0",
           "libxcb-randr0", "libxcb-xkb1", "fonts-arphic-ukai", "fonts-noto-cjk"]
APT_TEST = [*APT_RUN, "poppler-utils", "libreoffice-calc-nogui", "libreoffice-writer-nogui",
            "nsis", "xvfb", "wine",
            "wine64", "chromium", "chromium-driver"]

FONT_SOURCE = Path("/usr/share/fonts/truetype/arphic/ukai.ttc")
FONT_LICENSE = Path("/usr/share/doc/fonts-arphic-ukai/copyright")


def say(text: str) -> None:
    print(f"[tasks] {text}", flush=True)


def sh(*cmd: str | Path, env: dict[str, str] | None = None, check: bool = True) -> int:
    say(" ".join(str(c) for c in cmd))
    result = subprocess.run([str(c) for c in cmd], cwd=ROOT, env=env, stdin=subprocess.DEVNULL)
    if check and result.returncode != 0:
        sys.exit(result.returncode)
    return result.returncode


def apt_install(packages: list[str]) -> None:
    """Install missing Debian packages (Linux only; as root or with password-less sudo)."""
    if not sys.platform.startswith("linux") or shutil.which("dpkg-query") is None:
        return
    missing = [p for p in packages if subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", p], capture_output=True, text=True,
        stdin=subprocess.DEVNULL).stdout.strip() != "install ok installed"]
    if not missing:
        return
    prefix: list[str] = []
    if os.geteuid() != 0:  # type: ignore[attr-defined,unused-ignore]
        if shutil.which("sudo") is None:
            say("missing system packages (install them as root): " + " ".join(missing))
            sys.exit(1)
        prefix = ["sudo", "-n"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    sh(*prefix, "apt-get", "update", "-q", env=env)
    sh(*prefix, "apt-get", "install", "-y", "-q", "--no-install-recommends", *missing, env=env)


def venv(extras: str) -> None:
    """Create .venv with the running Python and install gmdesk (editable) with `extras`."""
    if sys.version_info < (3, 11):  # noqa: UP036 -- tasks.py itself runs on any Python 3
        say(f"gmdesk needs Python 3.11 or newer; this is {sys.version.split()[0]}")
        sys.exit(1)
    if not PY.exists():
        sh(sys.executable, "-m", "venv", VENV)
    stamp = VENV / f".installed-{extras or 'app'}"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    sh(PY, "-m", "pip", "install", "-q", "--upgrade", "pip")
    target = f".[{extras}]" if extras else "."
    sh(PY, "-m", "pip", "install", "-q", "-e", target)
    stamp.write_text(digest)


def fonts() -> None:
    """Put the print font (AR PL UKai, from Debian's fonts-arphic-ukai) and its licence in resources/."""
    target = ROOT / "resources" / "fonts" / "ukai.ttc"
    licence = target.with_name("LICENSE-ukai.txt")
    if target.exists() and licence.exists():
        return
    if FONT_SOURCE.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(FONT_SOURCE, target)
        if FONT_LICENSE.exists():  # the font's licence travels with it, into the bundle
            shutil.copyfile(FONT_LICENSE, licence)
        say(f"print font: {target}")
    elif WINDOWS:
        say("print font: using 標楷體 (kaiu.ttf) of Windows; see README to bundle AR PL UKai")


def translations(update: bool = False) -> None:
    """Compile translations/*.ts to .qm (and, with update, refresh the .ts from the code)."""
    tools = BIN
    if update:
        sources = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "gmdesk").rglob("*.py"))
                   if "ui" in p.parts or p.name == "app.py"]
        for lang in ("zh_TW", "en"):
            sh(tools / "pyside6-lupdate", *sources, "-ts", f"translations/gmdesk_{lang}.ts",
               "-no-obsolete")
        fill_source_language(ROOT / "translations" / "gmdesk_zh_TW.ts")
    for ts in sorted((ROOT / "translations").glob("*.ts")):
        sh(tools / "pyside6-lrelease", "-silent", ts, "-qm", ts.with_suffix(".qm"))


def fill_source_language(ts: Path) -> None:
    """The source strings are Traditional Chinese: zh_TW translates each to itself.

    English entries lupdate adds stay unfinished until someone translates them (Qt
    Linguist: pyside6-linguist translations/gmdesk_en.ts); tests/test_translations.py fails
    on any left unfinished.
    """
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") not in ("vanished", "obsolete"):
            translation.text = message.findtext("source")
            translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def setup(extras: str, packages: list[str]) -> None:
    apt_install(packages)
    venv(extras)
    fonts()
    translations()


def demo_db() -> Path:
    code = ("from gmdesk import paths; print(paths.data_dir() / 'demo.gmdesk')")
    out = subprocess.run([str(PY), "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True, stdin=subprocess.DEVNULL).stdout.strip()
    return Path(out)


def cmd_run() -> None:
    setup("", APT_RUN)
    path = demo_db()
    if not path.exists():
        sh(PY, "-m", "gmdesk", "demo", "--db", path)
    sh(PY, "-m", "gmdesk", "--db", path)


# The suite's own home, data, config, cache and temp folders (tests/conftest.py sets the same).
HERMETIC_DIRS = {
    "HOME": "home", "USERPROFILE": "home", "XDG_DATA_HOME": "home/.local/share",
    "XDG_CONFIG_HOME": "home/.config", "XDG_CACHE_HOME": "home/.cache",
    "XDG_STATE_HOME": "home/.local/state", "XDG_RUNTIME_DIR": "runtime",
    "APPDATA": "home/AppData/Roaming", "LOCALAPPDATA": "home/AppData/Local",
    "TMPDIR": "tmp", "TEMP": "tmp", "TMP": "tmp", "GMDESK_DATA_DIR": "home/gmdesk-data",
}


def cmd_test() -> None:
    import tempfile

    setup("dev,bench", APT_TEST)  # tests/test_bench.py runs the bench on the small office
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUTF8": "1"}
    sh(BIN / "ruff", "check", "gmdesk", "tests", "bench", "tasks.py", env=env)
    sh(PY, "-m", "mypy", env=env)
    # Never the user's folders: a machine where gmdesk was used must not change a result.
    with tempfile.TemporaryDirectory(prefix="gmdesk-tests-") as root:
        for name, relative in HERMETIC_DIRS.items():
            folder = Path(root) / relative
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            env[name] = str(folder)
        env["GMDESK_HERMETIC_ROOT"] = root
        sh(PY, "-m", "pytest", "-q", *sys.argv[2:], env=env)


def cmd_bench() -> None:
    setup("dev,bench", APT_TEST)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUTF8": "1"}
    sh(PY, "-m", "bench", *sys.argv[2:], env=env)


def cmd_build() -> None:
    setup("build", APT_RUN)
    sh(PY, "-m", "PyInstaller", "--noconfirm", "--clean", "build.spec")
    bundle = ROOT / "dist" / "gmdesk"
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    say(f"bundle: {bundle} ({size / 2**20:.0f} MiB); check it with: "
        f"{bundle / ('gmdesk-cli.exe' if WINDOWS else 'gmdesk')} --selftest")


def cmd_installer() -> None:
    makensis = shutil.which("makensis")
    if makensis is None:
        say("makensis not found: install NSIS (Debian: apt-get install nsis; Windows: nsis.sourceforge.io)")
        sys.exit(1)
    if not (ROOT / "dist" / "gmdesk").is_dir():
        say("no bundle in dist/gmdesk: run `python3 tasks.py build` first (on Windows for Windows)")
        sys.exit(1)
    version = next(line.split('"')[1] for line in (ROOT / "pyproject.toml").read_text(
        encoding="utf-8").splitlines() if line.startswith("version"))
    if PY.exists() and not (ROOT / "build" / "gmdesk.ico").exists():
        sh(PY, "packaging/make_icon.py", check=False)  # the installer's icon; optional
    sh(makensis, f"-DVERSION={version}", "installer/gmdesk.nsi")
    say(f"installer: {ROOT / 'dist' / f'gmdesk-{version}-setup.exe'}")


def cmd_translations() -> None:
    venv("dev")
    translations(update=True)


def main() -> None:
    commands = {"run": cmd_run, "test": cmd_test, "bench": cmd_bench, "build": cmd_build,
                "installer": cmd_installer,
                "translations": cmd_translations}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        sys.exit(2)
    commands[sys.argv[1]]()


if __name__ == "__main__":
    main()
