"""The Windows installer installs, upgrades and uninstalls under Wine, as on a clerk's PC.

The real Windows bundle cannot be built on Linux (PyInstaller does not cross-compile), so
the installer is compiled by makensis from installer/gmdesk.nsi around a small stand-in
payload with the bundle's shape (gmdesk.exe, gmdesk-cli.exe, _internal/…), then run
silently (/S, as IT staff deploy it) in a fresh Wine prefix under the test's tmp folder.
Wine's home, desktop and menus are redirected there too: nothing touches the real home.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "installer" / "gmdesk.nsi"
UNINST_KEY = r"Software\Microsoft\Windows\CurrentVersion\Uninstall\gmdesk"
APP_KEY = r"Software\gmdesk"
TITLE = "gmdesk 性別主流化業務"

pytestmark = pytest.mark.slow

WINE = shutil.which("wine")
WINESERVER = shutil.which("wineserver") or shutil.which("wineserver-stable")
MAKENSIS = shutil.which("makensis")
# A real Windows console program to stand in for a running gmdesk.exe: Wine's own cmd.exe.
CMD_EXE = next(iter(sorted(Path("/usr/lib").glob("*/wine/x86_64-windows/cmd.exe"))
                    + sorted(Path("/usr/lib").glob("wine/x86_64-windows/cmd.exe"))), None)
NEEDS = "python3 tasks.py test installs them (Debian: apt-get install wine wine64 nsis)"


class Prefix:
    """A fresh Wine prefix with its own home folder; runs Windows programs in it."""

    def __init__(self, root: Path) -> None:
        assert WINE and WINESERVER
        self.root = root
        self.home = root / "home"
        (self.home / "Desktop").mkdir(parents=True)  # Wine links the Windows desktop here
        self.path = root / "prefix"
        keep = {k: v for k, v in os.environ.items() if k in ("PATH", "TMPDIR")}
        self.env = {
            **keep, "HOME": str(self.home), "USER": "clerk", "LANG": "C.UTF-8",
            "XDG_CONFIG_HOME": str(self.home / ".config"),
            "XDG_DATA_HOME": str(self.home / ".local" / "share"),
            "XDG_CACHE_HOME": str(self.home / ".cache"),
            "WINEPREFIX": str(self.path), "WINEDEBUG": "-all", "WINEARCH": "win64",
            # No Mono/Gecko download prompts, no .desktop files from the Start-menu shortcut.
            "WINEDLLOVERRIDES": "mscoree=d;mshtml=d;winemenubuilder.exe=d",
        }

    def run(self, *args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        """Run a program in the prefix and wait for it (not for the helpers Wine starts).

        Output goes to files, not pipes: Wine's helper processes (explorer, services) inherit
        them and live on while any program runs, so reading a pipe to its end would wait.
        """
        assert WINE
        out, err = self.root / "stdout.txt", self.root / "stderr.txt"
        with open(out, "wb") as stdout, open(err, "wb") as stderr:
            status = subprocess.run([WINE, *(str(a) for a in args)], env=self.env,
                                    cwd=self.root, stdout=stdout, stderr=stderr,
                                    timeout=timeout, stdin=subprocess.DEVNULL).returncode
        return subprocess.CompletedProcess(
            args, status, out.read_text(encoding="utf-8", errors="replace"),
            err.read_text(encoding="utf-8", errors="replace"))

    def wait(self) -> None:
        """Wait until every program in the prefix has ended and the registry is saved."""
        assert WINESERVER
        subprocess.run([WINESERVER, "-w"], env=self.env, timeout=120, check=True)

    @property
    def user(self) -> Path:
        users = [p for p in (self.path / "drive_c" / "users").iterdir()
                 if p.name != "Public" and p.is_dir()]
        assert len(users) == 1, users
        return users[0]

    @property
    def local_appdata(self) -> Path:
        return self.user / "AppData" / "Local"

    @property
    def program(self) -> Path:
        return self.local_appdata / "Programs" / "gmdesk"

    @property
    def start_menu_link(self) -> Path:
        return (self.user / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu"
                / "Programs" / "gmdesk.lnk")

    @property
    def desktop_link(self) -> Path:
        return self.user / "Desktop" / "gmdesk.lnk"

    def unix_path(self, windows: str) -> Path:
        drive, _, rest = windows.partition(":\\")
        assert drive.upper() == "C", windows
        return self.path.joinpath("drive_c", *rest.split("\\"))

    def windows_path(self, path: Path) -> str:
        return "C:\\" + "\\".join(path.relative_to(self.path / "drive_c").parts)

    def registry(self, key: str) -> dict[str, str] | None:
        """The values of a registry key (as `reg export` writes them), None when it is absent.

        Read from the export (UTF-16), not from `reg query`, which prints through the console
        code page and would turn the Chinese name into question marks.
        """
        out = self.root / "export.reg"
        out.unlink(missing_ok=True)
        result = self.run("reg", "export", key, out, "/y")
        if result.returncode != 0 or not out.is_file():
            return None
        values = {}
        for line in out.read_text(encoding="utf-16").splitlines():
            match = re.match(r'^"((?:[^"\\]|\\.)*)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$',
                             line)
            if match:
                text = match.group(2)
                values[match.group(1)] = (re.sub(r"\\(.)", r"\1", text) if text is not None
                                          else str(int(match.group(3), 16)))
        return values


@dataclass
class State:
    """What a clerk's PC has after one step: files, shortcuts, registry, office data."""

    program_files: set[str]
    program_texts: dict[str, str]
    start_menu_link: bytes | None
    desktop_link: bytes | None
    uninstall_entry: dict[str, str] | None
    app_key: dict[str, str] | None
    machine_wide: dict[str, str] | None
    data: dict[str, bytes] = field(default_factory=dict)


def observe(prefix: Prefix) -> State:
    prefix.wait()
    program = prefix.program
    files = {p.relative_to(program).as_posix() for p in program.rglob("*") if p.is_file()} \
        if program.is_dir() else set()
    texts = {name: (program / name).read_text(encoding="utf-8", errors="replace")
             for name in files if not name.endswith("uninstall.exe")}
    data_dir = prefix.local_appdata / "gmdesk"
    data = {p.relative_to(data_dir).as_posix(): p.read_bytes()
            for p in data_dir.rglob("*") if p.is_file()} if data_dir.is_dir() else {}
    link = prefix.start_menu_link
    desktop = prefix.desktop_link
    return State(
        program_files=files, program_texts=texts,
        start_menu_link=link.read_bytes() if link.is_file() else None,
        desktop_link=desktop.read_bytes() if desktop.is_file() else None,
        uninstall_entry=prefix.registry("HKCU\\" + UNINST_KEY),
        app_key=prefix.registry("HKCU\\" + APP_KEY),
        machine_wide=prefix.registry("HKLM\\" + UNINST_KEY),
        data=data,
    )


def build_installer(folder: Path, version: str, libraries: list[str]) -> Path:
    """Compile installer/gmdesk.nsi around a stand-in bundle of `version`."""
    assert MAKENSIS
    bundle = folder / f"bundle-{version}"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "gmdesk.exe").write_text(f"stand-in gmdesk.exe {version}\n", encoding="utf-8")
    (bundle / "gmdesk-cli.exe").write_text(f"stand-in gmdesk-cli.exe {version}\n",
                                           encoding="utf-8")
    for name in libraries:
        (bundle / "_internal" / name).write_text(f"{name} {version}\n", encoding="utf-8")
    return compile_installer(bundle, version, folder / f"gmdesk-{version}-setup.exe")


def compile_installer(bundle: Path, version: str, out: Path) -> Path:
    assert MAKENSIS
    subprocess.run([MAKENSIS, "-V2", "-DNOCOMPRESS", f"-DVERSION={version}",
                    f"-DBUNDLE={bundle}", f"-DOUTFILE={out}", str(SCRIPT)],
                   check=True, capture_output=True, timeout=300, stdin=subprocess.DEVNULL)
    return out


@pytest.fixture(scope="module")
def prefix(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Prefix]:
    if WINE is None or WINESERVER is None:
        pytest.skip(f"Wine is not installed, so the installer cannot be run here: {NEEDS}")
    if MAKENSIS is None:
        pytest.skip(f"makensis (NSIS) is not installed: {NEEDS}")
    prefix = Prefix(tmp_path_factory.mktemp("wine"))
    boot = prefix.run("wineboot", "--init", timeout=180)
    if boot.returncode != 0 or not (prefix.path / "drive_c" / "windows").is_dir():
        pytest.skip(f"Wine cannot create a Windows prefix here (wineboot: {boot.returncode}, "
                    f"{boot.stderr.strip()[-300:]}); {NEEDS}")
    prefix.wait()
    yield prefix
    subprocess.run([WINESERVER, "-k"], env=prefix.env, timeout=60, check=False)


@dataclass
class Steps:
    installer_1: Path
    first: State
    office_data: dict[str, bytes]
    second: State
    removed: State


@pytest.fixture(scope="module")
def steps(prefix: Prefix) -> Steps:
    """Install 1.0.0, let the clerk work, install 1.1.0 over it, then uninstall (all /S)."""
    installer_1 = build_installer(prefix.root, "1.0.0", ["base_library.zip", "old-1.0.0.pyd"])
    result = prefix.run(installer_1, "/S")
    assert result.returncode == 0, result.stderr
    first = observe(prefix)

    # The clerk works: the office database, a backup and the settings in %LOCALAPPDATA%\gmdesk.
    data_dir = prefix.local_appdata / "gmdesk"
    (data_dir / "backups").mkdir(parents=True)
    (data_dir / "office.gmdesk").write_bytes(b"SQLite format 3\x00" + "性平".encode() * 64)
    (data_dir / "backups" / "office-115-11-24.gmdesk").write_bytes(b"SQLite format 3\x00 b")
    (data_dir / "settings.json").write_text('{"db": "office.gmdesk"}', encoding="utf-8")
    office_data = observe(prefix).data

    installer_2 = build_installer(prefix.root, "1.1.0", ["base_library.zip", "new-1.1.0.pyd"])
    result = prefix.run(installer_2, "/S")
    assert result.returncode == 0, result.stderr
    second = observe(prefix)

    # Silent uninstall as 「應用程式與功能」 runs it (QuietUninstallString). The uninstaller
    # copies itself to %TEMP% and returns at once; observe() waits for it to finish.
    result = prefix.run(prefix.program / "uninstall.exe", "/S")
    assert result.returncode == 0, result.stderr
    removed = observe(prefix)
    return Steps(installer_1, first, office_data, second, removed)


def test_the_installer_asks_for_no_administrator_rights(steps: Steps) -> None:
    exe = steps.installer_1.read_bytes()
    manifest = re.search(rb"<assembly .*?</assembly>", exe, re.S)
    assert manifest, "the installer has no manifest"
    assert b'requestedExecutionLevel level="asInvoker"' in manifest.group(0)
    assert b"requireAdministrator" not in exe and b"highestAvailable" not in manifest.group(0)
    assert steps.first.machine_wide is None  # nothing under HKLM


def test_install_puts_the_program_under_local_appdata_with_shortcuts(prefix: Prefix,
                                                                      steps: Steps) -> None:
    first = steps.first
    assert first.program_files == {"gmdesk.exe", "gmdesk-cli.exe", "uninstall.exe",
                                   "_internal/base_library.zip", "_internal/old-1.0.0.pyd"}
    assert first.program_texts["gmdesk.exe"] == "stand-in gmdesk.exe 1.0.0\n"
    target = prefix.windows_path(prefix.program / "gmdesk.exe")
    assert target.startswith("C:\\users\\") and target.endswith(
        "\\AppData\\Local\\Programs\\gmdesk\\gmdesk.exe")
    for link in (first.start_menu_link, first.desktop_link):
        assert link is not None, "a shortcut is missing"
        assert link.startswith(b"L\x00\x00\x00")  # a Windows shell link
        # The shortcut starts the windowed gmdesk.exe (never the console gmdesk-cli.exe).
        assert target.encode("utf-16-le") in link or target.encode() in link
        assert b"gmdesk-cli" not in link


def test_install_adds_the_apps_and_features_entry_with_the_version(prefix: Prefix,
                                                                   steps: Steps) -> None:
    entry = steps.first.uninstall_entry
    assert entry is not None, "no entry in 應用程式與功能 (HKCU uninstall key)"
    folder = prefix.windows_path(prefix.program)
    assert entry["DisplayVersion"] == "1.0.0"
    assert entry["DisplayName"] == TITLE
    assert entry["Publisher"] == "gmdesk"
    assert entry["InstallLocation"].lower() == folder.lower()
    assert entry["UninstallString"].lower() == f'"{folder}\\uninstall.exe"'.lower()
    assert entry["QuietUninstallString"].lower() == f'"{folder}\\uninstall.exe" /S'.lower()
    assert int(entry["EstimatedSize"]) > 0  # KiB
    assert steps.first.app_key is not None and steps.first.app_key["Version"] == "1.0.0"


def test_a_newer_installer_upgrades_in_place_and_keeps_the_data(steps: Steps) -> None:
    second = steps.second
    assert second.program_files == {"gmdesk.exe", "gmdesk-cli.exe", "uninstall.exe",
                                    "_internal/base_library.zip", "_internal/new-1.1.0.pyd"}
    assert "_internal/old-1.0.0.pyd" not in second.program_files  # no stale library left
    assert second.program_texts["gmdesk.exe"] == "stand-in gmdesk.exe 1.1.0\n"
    assert second.program_texts["_internal/base_library.zip"] == "base_library.zip 1.1.0\n"
    assert second.uninstall_entry is not None
    assert second.uninstall_entry["DisplayVersion"] == "1.1.0"
    assert second.app_key is not None and second.app_key["Version"] == "1.1.0"
    assert second.start_menu_link is not None and second.desktop_link is not None
    assert set(steps.office_data) == {"office.gmdesk", "backups/office-115-11-24.gmdesk",
                                      "settings.json"}
    assert second.data == steps.office_data


def test_uninstall_removes_program_and_shortcuts_but_keeps_the_office_data(
        prefix: Prefix, steps: Steps) -> None:
    removed = steps.removed
    assert removed.program_files == set()
    assert not prefix.program.exists()
    assert removed.start_menu_link is None and removed.desktop_link is None
    assert removed.uninstall_entry is None, "應用程式與功能 still lists gmdesk"
    assert removed.app_key is None
    assert removed.data == steps.office_data  # the database, backups and settings are kept


@dataclass
class Elsewhere:
    first: set[str]
    upgraded: set[str]
    default_folder_used: bool
    version: str | None
    while_running_status: int
    while_running: set[str]
    version_after_refusal: str | None


@pytest.fixture(scope="module")
def elsewhere(prefix: Prefix, steps: Steps) -> Elsewhere:
    """IT installs to another folder (/D=); upgrades go there, and not while gmdesk runs."""
    folder = prefix.path / "drive_c" / "Apps" / "gmdesk"

    def files() -> set[str]:
        return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}

    def version() -> str | None:
        entry = prefix.registry("HKCU\\" + UNINST_KEY)
        return entry["DisplayVersion"] if entry else None

    result = prefix.run(build_installer(prefix.root, "2.0.0", ["a-2.0.0.pyd"]), "/S",
                        r"/D=C:\Apps\gmdesk")
    assert result.returncode == 0, result.stderr
    prefix.wait()
    first = files()
    result = prefix.run(build_installer(prefix.root, "2.1.0", ["b-2.1.0.pyd"]), "/S")
    assert result.returncode == 0, result.stderr
    prefix.wait()
    upgraded, default_used, upgraded_version = files(), prefix.program.exists(), version()

    # The clerk has gmdesk open (a running program stands in for it) and IT upgrades.
    if CMD_EXE is None:
        pytest.skip("Wine's cmd.exe not found: cannot start a program to hold gmdesk.exe open")
    shutil.copyfile(CMD_EXE, folder / "gmdesk.exe")
    started = prefix.path / "drive_c" / "started.txt"
    running = subprocess.Popen(
        [str(WINE), str(folder / "gmdesk.exe"), "/c",
         r"echo on> C:\started.txt & ping -n 60 127.0.0.1 > nul"],
        env=prefix.env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not started.exists():
            assert time.monotonic() < deadline, "the stand-in gmdesk.exe did not start"
            time.sleep(0.2)
        result = prefix.run(build_installer(prefix.root, "2.2.0", ["c-2.2.0.pyd"]), "/S")
        refused = files()
        refused_version = version()
    finally:
        running.kill()
        subprocess.run([str(WINESERVER), "-k"], env=prefix.env, timeout=60, check=False)
        running.wait(timeout=60)
    return Elsewhere(first, upgraded, default_used, upgraded_version, result.returncode,
                     refused, refused_version)


def test_an_upgrade_goes_to_the_folder_it_chose_for_the_first_install(
        elsewhere: Elsewhere) -> None:
    assert elsewhere.first == {"gmdesk.exe", "gmdesk-cli.exe", "uninstall.exe",
                               "_internal/a-2.0.0.pyd"}
    assert elsewhere.upgraded == {"gmdesk.exe", "gmdesk-cli.exe", "uninstall.exe",
                                  "_internal/b-2.1.0.pyd"}
    assert not elsewhere.default_folder_used  # not a second copy in the default folder
    assert elsewhere.version == "2.1.0"


def test_an_upgrade_while_gmdesk_is_open_stops_and_changes_nothing(
        elsewhere: Elsewhere) -> None:
    assert elsewhere.while_running_status != 0
    assert elsewhere.while_running == elsewhere.upgraded  # no half-replaced program
    assert elsewhere.version_after_refusal == "2.1.0"


def test_a_windows_bundle_built_elsewhere_installs_and_runs_under_wine(
        prefix: Prefix, elsewhere: Elsewhere) -> None:
    """Optional: the real bundle (dist\\gmdesk from `py tasks.py build` on Windows)."""
    folder = os.environ.get("GMDESK_WINDOWS_BUNDLE")
    if not folder:
        pytest.skip("no Windows bundle here: set GMDESK_WINDOWS_BUNDLE to a dist\\gmdesk folder "
                    "built on Windows to install it and run gmdesk-cli.exe --version under Wine")
    bundle = Path(folder)
    assert (bundle / "gmdesk-cli.exe").is_file(), f"{bundle} has no gmdesk-cli.exe"
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))[
        "project"]["version"]
    setup = compile_installer(bundle, version, prefix.root / f"gmdesk-{version}-setup.exe")
    result = prefix.run(setup, "/S", timeout=300)
    assert result.returncode == 0, result.stderr
    prefix.wait()
    entry = prefix.registry("HKCU\\" + UNINST_KEY)
    assert entry is not None and entry["DisplayVersion"] == version
    cli = prefix.unix_path(entry["InstallLocation"]) / "gmdesk-cli.exe"
    result = prefix.run(cli, "--version", timeout=300)
    assert (result.returncode, result.stdout.strip()) == (0, f"gmdesk {version}"), result.stderr
