"""What the floors and the app figures share: the run's inputs and the subprocess timers."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.generate import Scale

ROOT = Path(__file__).resolve().parent.parent


class NotMeasured(Exception):
    """A figure that cannot be measured in this tree; the message says why."""


@dataclass
class Run:
    """The inputs of one bench run, shared by floors and app figures."""

    scale: Scale
    office: Path  # the large office (cached; never written by the bench)
    work: Path  # a scratch folder for this run
    today: dt.date
    cache: dict[str, Any] = field(default_factory=dict)

    @property
    def this_year(self) -> int:
        return self.today.year - 1911


def child_env(run: Run) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUTF8": "1",
           "GMDESK_DATA_DIR": str(run.work / "data"), "PYTHONDONTWRITEBYTECODE": "1"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    return env


def time_to_marker(code: str, run: Run, args: list[str] | None = None, marker: str = "PAINTED",
                   timeout: float = 120) -> tuple[float, dict[str, Any]]:
    """Start `python -c code` and return the seconds until it prints `marker`, and its JSON tail.

    The child prints `marker` (then, optionally, a JSON line) and exits on its own.
    """
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *(args or [])], cwd=ROOT,
                            env=child_env(run), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, text=True, encoding="utf-8")
    assert proc.stdout is not None
    seen: float | None = None
    tail: dict[str, Any] = {}
    try:
        for line in proc.stdout:
            if seen is None and line.strip() == marker:
                seen = time.perf_counter() - started
            elif line.startswith("{"):
                tail = json.loads(line)
        proc.wait(timeout=timeout)
    finally:
        if proc.poll() is None:
            proc.kill()
    err = proc.stderr.read() if proc.stderr else ""
    if seen is None:
        raise RuntimeError(f"child never printed {marker} (exit {proc.returncode}): {err[-800:]}")
    return seen, tail


def run_child_json(code: str, run: Run, args: list[str] | None = None,
                   timeout: float = 600) -> dict[str, Any]:
    """Run `python -c code` and return the last JSON line it printed."""
    proc = subprocess.run([sys.executable, "-c", code, *(args or [])], cwd=ROOT,
                          env=child_env(run), capture_output=True, text=True, encoding="utf-8",
                          stdin=subprocess.DEVNULL, timeout=timeout)
    lines = [line for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0 or not lines:
        last = [line for line in proc.stderr.splitlines() if line.strip()][-1:] or [""]
        raise RuntimeError(f"child failed (exit {proc.returncode}): {last[0]}")
    result: dict[str, Any] = json.loads(lines[-1])
    if "not_measured" in result:
        raise NotMeasured(str(result["not_measured"]))
    return result


def qt_app() -> Any:
    """Return the one QApplication of the bench process, as gmdesk starts it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gmdesk.app import make_application

    return make_application("zh_TW")


def peak_rss_mib() -> float:
    """Return this process's peak resident memory in MiB (0 where the system does not say).

    Linux: VmHWM, the high-water mark of this program only (ru_maxrss would also count the
    parent's pages copied by fork before exec).
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (2**20 if sys.platform == "darwin" else 2**10)


# Ten columns as a training roster has them; the xlsx floors and the import use them.
XLSX_HEADERS = ["姓名", "員工編號", "性別", "單位", "課程名稱", "上課日期", "時數", "課程層級",
                "上課方式", "辦理機關"]


def roster_rows(run: Run) -> list[list[Any]]:
    """Return `scale.xlsx_rows` rows of a training roster (10 cells) naming the office's staff."""
    if "roster" in run.cache:
        return list(run.cache["roster"])
    import sqlite3

    conn = sqlite3.connect(f"{run.office.resolve().as_uri()}?mode=ro", uri=True)
    staff = conn.execute(
        "SELECT p.name, p.staff_no, p.gender, COALESCE(u.name, '') FROM person p "
        "LEFT JOIN unit u ON u.id = p.unit_id WHERE p.external = 0 ORDER BY p.id").fetchall()
    conn.close()
    gender = {"M": "男", "F": "女", "X": "其他"}
    rows = []
    for i in range(run.scale.xlsx_rows):
        name, staff_no, sex, unit = staff[i % len(staff)]
        batch = i // len(staff)
        day = dt.date(run.today.year, 1 + batch % 10, 1 + batch % 28)
        rows.append([name, staff_no, gender[sex], unit, f"性別主流化數位課程第{batch + 1}單元",
                     day, float(1 + batch % 3), "基礎", "數位", "e等公務園+"])
    run.cache["roster"] = rows
    return list(rows)
