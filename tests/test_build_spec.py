"""build.spec makes the right programs for each platform (run with a stand-in PyInstaller).

The spec is executed as PyInstaller executes it, with `sys.platform` as the parameter and
PyInstaller's build steps recorded instead of run: on Windows the clerk's gmdesk.exe has no
console window and IT staff's gmdesk-cli.exe has one; on Linux there is one console program.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Build:
    """What the spec asked PyInstaller to make."""

    root: Path
    analysis: dict[str, Any] = field(default_factory=dict)
    exes: list[dict[str, Any]] = field(default_factory=list)
    collect: dict[str, Any] = field(default_factory=dict)
    commands: list[list[str]] = field(default_factory=list)


def run_spec(platform: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
             *, font: bool = True) -> Build:
    root = tmp_path / "checkout"
    (root / "resources" / "fonts").mkdir(parents=True)
    (root / "resources" / "icons").mkdir(parents=True)
    (root / "translations").mkdir()
    shutil.copy(ROOT / "build.spec", root)
    shutil.copy(ROOT / "pyproject.toml", root)
    if font:
        (root / "resources" / "fonts" / "ukai.ttc").write_bytes(b"ttcf")
        (root / "resources" / "fonts" / "LICENSE-ukai.txt").write_text("licence", "utf-8")
    (root / "resources" / "icons" / "gmdesk.svg").write_text("<svg/>", encoding="utf-8")
    for language in ("zh_TW", "en"):
        (root / "translations" / f"gmdesk_{language}.qm").write_bytes(b"qm")
    build = Build(root)

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package: [package]  # type: ignore[attr-defined]
    hooks.copy_metadata = lambda package: []  # type: ignore[attr-defined]
    hooks.collect_data_files = lambda package, **kwargs: []  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "platform", platform)

    def record(command: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        build.commands.append([str(c) for c in command])
        return subprocess.CompletedProcess(command, 0)

    monkeypatch.setattr(subprocess, "run", record)

    def analysis(scripts: list[str], **kwargs: Any) -> types.SimpleNamespace:
        build.analysis = {"scripts": scripts, **kwargs}
        return types.SimpleNamespace(binaries=[], datas=list(kwargs["datas"]), pure=[],
                                     scripts=["launcher"])

    def exe(*args: Any, **kwargs: Any) -> dict[str, Any]:
        build.exes.append({"options": args[2], **kwargs})
        return kwargs

    def collect(*args: Any, **kwargs: Any) -> None:
        build.collect = {"exes": [a["name"] for a in args if isinstance(a, dict)], **kwargs}

    namespace = {"SPECPATH": str(root), "Analysis": analysis, "PYZ": lambda pure: "pyz",
                 "EXE": exe, "COLLECT": collect, "__name__": "__main__"}
    spec = (root / "build.spec").read_text(encoding="utf-8")
    exec(compile(spec, str(root / "build.spec"), "exec"), namespace)
    return build


def test_windows_builds_windowed_gmdesk_and_console_gmdesk_cli(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    build = run_spec("win32", tmp_path, monkeypatch)
    programs = {e["name"]: e for e in build.exes}
    assert list(programs) == ["gmdesk", "gmdesk-cli"]
    assert programs["gmdesk"]["console"] is False  # no black window behind the clerk's
    assert programs["gmdesk-cli"]["console"] is True  # gmdesk-cli --selftest prints
    assert build.collect["exes"] == ["gmdesk", "gmdesk-cli"]  # both in the one folder
    for program in programs.values():
        assert program["contents_directory"] == "_internal"  # the installer's upgrade removes it
        assert ("X utf8_mode=1", None, "OPTION") in program["options"]  # not cp950
        assert program["icon"] == str(build.root / "build" / "gmdesk.ico")
        assert Path(program["version"]).read_text(encoding="utf-8").count("gmdesk") >= 3
    assert build.commands == [[sys.executable, str(build.root / "packaging" / "make_icon.py")]]
    assert build.collect["strip"] is False
    assert build.analysis["scripts"] == [str(build.root / "packaging" / "gmdesk_launcher.py")]
    bundled = {(Path(src).name, dest) for src, dest in build.analysis["datas"]}
    assert {("ukai.ttc", "resources/fonts"), ("LICENSE-ukai.txt", "resources/fonts"),
            ("gmdesk_zh_TW.qm", "translations")} <= bundled
    # the preview imports PDFium on first use, so the analysis is told about it
    assert {"pypdfium2", "pypdfium2_raw"} <= set(build.analysis["hiddenimports"])


def test_linux_builds_one_console_program(tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    build = run_spec("linux", tmp_path, monkeypatch)
    assert [(e["name"], e["console"]) for e in build.exes] == [("gmdesk", True)]
    assert build.exes[0]["icon"] is None and build.exes[0]["version"] is None
    assert build.commands == []  # no .ico drawn
    assert build.collect["strip"] is True


def test_without_the_print_font_windows_warns_and_linux_stops(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    build = run_spec("win32", tmp_path / "win", monkeypatch, font=False)
    assert "kaiu.ttf" in capsys.readouterr().out  # PDFs fall back to the PC's 標楷體
    assert not any(dest == "resources/fonts" for _, dest in build.analysis["datas"])
    with pytest.raises(SystemExit, match=r"ukai\.ttc is missing"):
        run_spec("linux", tmp_path / "linux", monkeypatch, font=False)


def test_the_windows_build_script_matches_the_project(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """packaging/build-windows.ps1 cannot run here (no PowerShell); it must not drift."""
    raw = (ROOT / "packaging" / "build-windows.ps1").read_bytes()
    # Windows PowerShell 5.1 reads a .ps1 without a BOM as cp950: the Chinese would be garbled.
    assert raw.startswith(b"\xef\xbb\xbf")
    script = raw[3:].decode("utf-8")
    # "$Setup。" would be read as one variable name where a letter follows: write "${Setup}".
    assert not re.findall(r"\$[A-Za-z_]\w*[^\x00-\x7f]", script)
    tasks = (ROOT / "tasks.py").read_text(encoding="utf-8")
    called = set(re.findall(r"tasks\.py (\w+)", script))
    assert called == {"build", "installer"}
    assert all(f"def cmd_{name}()" in tasks for name in called)
    # The Python it accepts is the Python gmdesk needs.
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["requires-python"] == ">=3.11"
    assert "[int]$Minor -lt 11" in script and "3.11 以上" in script
    # The programs it checks and runs are the ones build.spec makes on Windows.
    build = run_spec("win32", tmp_path, monkeypatch)
    made = {f"{e['name']}.exe" for e in build.exes}
    assert set(re.findall(r"gmdesk(?:-cli)?\.exe", script)) == made
    assert re.search(r'Join-Path \$Bundle "gmdesk-cli\.exe"\) --selftest', script)
    assert "--selftest" in (ROOT / "gmdesk" / "cli" / "__init__.py").read_text(encoding="utf-8")
    # The installer it looks for is the one installer/gmdesk.nsi writes.
    nsi = (ROOT / "installer" / "gmdesk.nsi").read_text(encoding="utf-8")
    assert '!define OUTFILE "..\\dist\\gmdesk-${VERSION}-setup.exe"' in nsi
    assert 'dist\\gmdesk-$AppVersion-setup.exe' in script
    # Every failure stops with a 失敗 line and exit 1; success ends with 完成 and exit 0.
    assert script.count("Fail ") >= 12 and "exit 1" in script
    assert script.rstrip().endswith("exit 0") and 'Step "完成：' in script
