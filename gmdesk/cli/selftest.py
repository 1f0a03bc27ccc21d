"""Prove an installed gmdesk works offline: a temporary office, every document, the translations.

`gmdesk --selftest` is what IT staff run after installing on an office PC, and what the
bundle smoke test runs. It drives the same command-line handlers the clerk's window and
scripts use, so a module PyInstaller failed to bundle, a missing font or a missing
translation shows up here and not in front of a clerk.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import os
import re
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from gmdesk.domain.rocdate import roc_year

# Option values the selftest can supply; a `print` or `export` command with another required
# option fails the selftest, naming the option, so that nobody forgets to teach it here.
_SELECTORS = ("--meeting", "--event")


@dataclass
class Check:
    """One line of the report: what was checked, whether it passed, and a detail."""

    name: str
    ok: bool
    detail: str = ""


@dataclass
class Report:
    checks: list[Check] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(c.ok for c in self.checks)

    def add(self, name: str, ok: bool, detail: str = "") -> Check:
        check = Check(name, ok, detail)
        self.checks.append(check)
        return check


@dataclass(frozen=True)
class _Demo:
    path: Path
    year: int
    meeting: str | None
    event: str | None


def run_selftest(out_dir: Path | None = None, *, today: dt.date | None = None,
                 stream: TextIO | None = None,
                 load_translations: Callable[[], list[str]] | None = None) -> int:
    """Run every check, print a short report and return 0, or 1 when something failed.

    `out_dir` (or the environment variable GMDESK_SELFTEST_DIR) keeps the files made, for
    tests and for IT staff to look at; by default they go to a temporary folder that is
    removed afterwards.
    """
    if out_dir is None and os.environ.get("GMDESK_SELFTEST_DIR"):
        out_dir = Path(os.environ["GMDESK_SELFTEST_DIR"])
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
        report = _run_all(out_dir, today or dt.date.today(), load_translations)
    else:
        with tempfile.TemporaryDirectory(prefix="gmdesk-selftest-",
                                         ignore_cleanup_errors=True) as tmp:
            report = _run_all(Path(tmp), today or dt.date.today(), load_translations)
    out = stream or sys.stdout
    if out is None:  # the windowed Windows executable has no console: leave the report a file
        from gmdesk import paths

        paths.data_dir().mkdir(parents=True, exist_ok=True)
        with open(paths.data_dir() / "selftest.txt", "w", encoding="utf-8") as handle:
            _print_report(report, handle)
    else:
        _print_report(report, out)
    return 0 if report.ok else 1


def _run_all(folder: Path, today: dt.date,
             load_translations: Callable[[], list[str]] | None) -> Report:
    from gmdesk import paths

    report = Report()
    saved = paths._data_dir_override
    # Nothing the selftest does may touch the clerk's own office or settings.
    paths.set_data_dir(folder / "data")
    try:
        _check_font(report)
        demo = _make_demo(report, folder, today)
        if demo is not None:
            _run_commands(report, demo, folder)
            _run_consolidation(report, demo, folder)
            _check_every_document_ran(report)
        _check_translations(report, load_translations)
    finally:
        paths.set_data_dir(saved)
    return report


@contextlib.contextmanager
def _guard(report: Report, name: str) -> Iterator[None]:
    """Record an unexpected exception as a failed check instead of a traceback."""
    try:
        yield
    except Exception as exc:  # the selftest reports every failure, whatever it is
        report.add(name, False, f"{type(exc).__name__}: {exc}")


def _check_font(report: Report) -> None:
    with _guard(report, "列印字型"):
        from gmdesk.documents.fonts import register

        choice = register()
        report.add("列印字型", True, f"{choice.label}（{choice.path}）")


def _make_demo(report: Report, folder: Path, today: dt.date) -> _Demo | None:
    name = "建立暫時的示範機關"
    try:
        from gmdesk.services.demo import create_demo
        from gmdesk.storage import events, meetings
        from gmdesk.storage.db import open_db

        path = folder / "selftest.gmdesk"
        path.unlink(missing_ok=True)
        started = time.perf_counter()
        db = open_db(path)
        try:
            create_demo(db, today)
            year = roc_year(today.year)
            # The newest meeting of the year carries the previous one's follow-ups.
            held = meetings.list_meetings(db, year) or meetings.list_meetings(db)
            meeting = f"{held[-1].year}-{held[-1].seq}" if held else None
            found = events.list_events(db, year) or events.list_events(db)
            with_photos = [e for e in found if events.list_photos(db, e.id)]
            event = str((with_photos or found)[0].id) if found else None
        finally:
            db.close()
    except Exception as exc:
        report.add(name, False, f"{type(exc).__name__}: {exc}")
        return None
    report.add(name, True, f"{path.name}，{time.perf_counter() - started:.1f} 秒")
    return _Demo(path, year, meeting, event)


def _subcommands(parser: argparse.ArgumentParser, group: str) -> dict[str, argparse.ArgumentParser]:
    """Return the parsers of `gmdesk GROUP …` (such as print notice), by name."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) and group in action.choices:
            holder = action.choices[group]
            for inner in holder._actions:
                if isinstance(inner, argparse._SubParsersAction):
                    return dict(inner.choices)
    return {}


def _variants(command: argparse.ArgumentParser, demo: _Demo,
              out: Path) -> tuple[list[list[str]], str]:
    """Return the argument lists that make each document this command offers, or a problem."""
    options = {opt: action for action in command._actions for opt in action.option_strings}
    values = {"--year": str(demo.year), "--meeting": demo.meeting, "--event": demo.event}
    selectors = [s for s in _SELECTORS if s in options]
    # One run per record a command can print (a meeting, an event) and, when it also takes a
    # year on its own, one for the whole year (the yearly outreach collection).
    runs: list[list[str]] = [[s] for s in selectors]
    if "--year" in options:
        if selectors and options["--year"].required:
            runs = [[*run, "--year"] for run in runs]
        elif selectors:
            runs.append(["--year"])
        else:
            runs = [["--year"]]
    if not runs:
        runs = [[]]
    known = {"--db", "--out", "--year", "-h", "--help", *_SELECTORS}
    missing = [opt for action in command._actions if action.required
               for opt in action.option_strings[:1] if opt not in known]
    if missing or any(values[o] is None for run in runs for o in run):
        return [], "自我檢查不知道如何提供 " + "、".join(missing or [o for run in runs for o in run])
    result = []
    for run in runs:
        argv = ["--db", str(demo.path)]
        for opt in run:
            argv += [opt, str(values[opt])]
        result.append(argv)
    return result, ""


def _run_commands(report: Report, demo: _Demo, folder: Path) -> None:
    from gmdesk.cli import build_parser
    from gmdesk.services.printing import DOCUMENTS, save_formats

    parser = build_parser()
    for group in ("print", "export"):
        for name, command in sorted(_subcommands(parser, group).items()):
            runs, problem = _variants(command, demo, folder)
            if problem:
                report.add(f"{group} {name}", False, problem)
                continue
            # A document with editable copies is made in each format --out's suffix picks.
            suffixes = (save_formats(name) if group == "print" and name in DOCUMENTS
                        else (_suffix(group, command),))
            for argv in runs:
                for suffix in suffixes:
                    _run_one(report, group, name, argv, folder / _stem(group, name, argv, suffix))


def _run_consolidation(report: Report, demo: _Demo, folder: Path) -> None:
    """The city's side: consolidate the workbook `export city` wrote, with the dashboard PDF."""
    submitted = [f for f in report.files if f.name.startswith("export-city") and f.suffix == ".xlsx"]
    if not submitted:
        report.add("city consolidate", False, "沒有可彙整的報市府報表（export city 未產生）")
        return
    dashboard = folder / f"city-dashboard-{demo.year}.pdf"
    _run_one(report, "city", "consolidate",
             ["--year", str(demo.year), "--dashboard", str(dashboard), str(submitted[0])],
             folder / f"city-consolidate-{demo.year}.xlsx")
    problem = _inspect_output(dashboard)
    report.add("city consolidate（市府儀表板）", not problem,
               problem or f"{_describe(dashboard)}")


def _check_every_document_ran(report: Report) -> None:
    """Fail when a module of gmdesk/documents was never used: a form no command prints."""
    import pkgutil

    from gmdesk import documents

    shared = {"base", "fonts"}
    kinds = sorted(m.name for m in pkgutil.iter_modules(documents.__path__)
                   if m.name not in shared and not m.name.startswith("_"))
    unused = [k for k in kinds if f"gmdesk.documents.{k}" not in sys.modules]
    report.add("每種文件都已產生", bool(kinds) and not unused,
               f"未產生：{'、'.join(unused)}（沒有 gmdesk print 指令印它？）" if unused
               else "、".join(kinds))


def _suffix(group: str, command: argparse.ArgumentParser) -> str:
    """Return the file extension a command's --out expects (F.pdf, F.csv), or '' for a folder."""
    for action in command._actions:
        if "--out" in action.option_strings and isinstance(action.metavar, str):
            return Path(action.metavar).suffix
    return ".pdf" if group == "print" else ""


def _stem(group: str, name: str, argv: list[str], suffix: str) -> str:
    return "-".join([group, name, *[a.lstrip("-") for a in argv[2:]]]) + suffix


def _run_one(report: Report, group: str, name: str, argv: list[str], target: Path) -> None:
    from gmdesk.cli import main as cli_main

    label = " ".join([group, name, *[a for a in argv[2:] if a.startswith("--")]])
    if target.suffix in (".odt", ".docx"):
        label += f"（{target.suffix}）"
    errors = io.StringIO()
    started = time.perf_counter()
    try:
        with contextlib.redirect_stderr(errors), contextlib.redirect_stdout(io.StringIO()):
            code = cli_main([group, name, *argv, "--out", str(target)])
    except SystemExit as exc:  # argparse refuses the arguments
        code = exc.code if isinstance(exc.code, int) else 2
    except Exception as exc:
        report.add(label, False, f"{type(exc).__name__}: {exc}")
        return
    seconds = time.perf_counter() - started
    if code != 0:
        report.add(label, False, f"結束碼 {code}：{errors.getvalue().strip()[:300]}")
        return
    problem = _inspect_output(target)
    if problem:
        report.add(label, False, problem)
        return
    report.files.append(target)
    report.add(label, True, f"{_describe(target)}，{seconds:.1f} 秒")


def _inspect_output(target: Path) -> str:
    """Return what is wrong with a file a command wrote, or '' when it looks right."""
    if not target.exists():
        return f"沒有產生檔案 {target.name}"
    if target.is_dir():
        made = [p for p in target.rglob("*") if p.is_file()]
        if not made:
            return f"資料夾 {target.name} 是空的"
        for path in made:
            problem = _inspect_output(path)
            if problem:
                return f"{path.name}：{problem}"
        return ""
    if target.suffix == ".zip":
        try:
            with zipfile.ZipFile(target) as archive:
                bad = archive.testzip()
                names = archive.namelist()
        except zipfile.BadZipFile:
            return "不是完整的 ZIP 檔"
        return f"ZIP 檔中 {bad} 已損壞" if bad else ("" if names else "ZIP 檔是空的")
    if target.suffix == ".pdf":
        return pdf_problem(target.read_bytes())
    if target.suffix == ".xlsx":
        return workbook_problem(target)
    if target.suffix in (".odt", ".docx"):
        part = "content.xml" if target.suffix == ".odt" else "word/document.xml"
        try:
            with zipfile.ZipFile(target) as archive:
                return "" if part in archive.namelist() else f"檔案中沒有 {part}"
        except zipfile.BadZipFile:
            return f"不是完整的 {target.suffix} 檔"
    return "" if target.stat().st_size > 0 else "檔案是空的"


def pdf_problem(data: bytes) -> str:
    """Return why a PDF would not print the same on another PC, or '' when it is fine."""
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        return "不是完整的 PDF 檔"
    if b"/FontFile2" not in data:
        return "PDF 沒有內嵌列印字型（找不到 FontFile2）"
    # reportlab's standard fonts (Helvetica …) are Type1 and never embedded.
    if re.search(rb"/Subtype\s*/Type1\b", data):
        return "PDF 用到未內嵌的字型（Type1，例如 Helvetica）"
    return ""


def workbook_problem(path: Path) -> str:
    """Return why an .xlsx file is not a readable workbook, or '' when it is one."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except zipfile.BadZipFile:
        return "不是完整的 Excel 檔"
    if "xl/workbook.xml" not in names:
        return "Excel 檔缺少 xl/workbook.xml"
    if not any(n.startswith("xl/worksheets/") for n in names):
        return "Excel 檔沒有工作表"
    return ""


def _describe(path: Path) -> str:
    if path.is_dir():
        count = sum(1 for p in path.rglob("*") if p.is_file())
        return f"{path.name}/，{count} 個檔案"
    size = path.stat().st_size
    detail = f"{path.name}，{size / 1024:.0f} KB"
    if path.suffix == ".pdf":
        pages = len(re.findall(rb"/Type\s*/Page\b", path.read_bytes()))
        detail += f"，{pages} 頁"
    elif path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as archive:
            sheets = [n for n in archive.namelist() if re.fullmatch(r"xl/worksheets/[^/]+\.xml", n)]
        detail += f"，{len(sheets)} 個工作表"
    return detail


def _check_translations(report: Report,
                        load_translations: Callable[[], list[str]] | None) -> None:
    with _guard(report, "介面翻譯"):
        if load_translations is None:
            # Loading .qm files needs Qt, which only the UI layer imports: app.run lends it.
            report.add("介面翻譯", False, "未提供翻譯載入程式（請由 gmdesk --selftest 執行）")
            return
        loaded = load_translations()
        wanted = ["qtbase_zh_TW", "gmdesk_zh_TW", "gmdesk_en"]
        missing = [name for name in wanted if name not in loaded]
        report.add("介面翻譯", not missing,
                   ("缺少 " + "、".join(missing)) if missing else "、".join(loaded))


def _print_report(report: Report, out: TextIO) -> None:
    from gmdesk import __version__

    out.write(f"gmdesk {__version__} 自我檢查（離線）\n")
    for check in report.checks:
        mark = "通過" if check.ok else "失敗"
        out.write(f"[{mark}] {check.name}：{check.detail}\n")
    failed = [c.name for c in report.checks if not c.ok]
    if failed:
        out.write(f"自我檢查失敗：{'、'.join(failed)}\n")
    else:
        out.write(f"自我檢查通過：{len(report.checks)} 項全部正常\n")
    out.flush()

