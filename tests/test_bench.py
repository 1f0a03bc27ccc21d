"""The bench, on a small office, so it cannot rot: every figure printed, nothing about time."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIGURE = re.compile(r"^\d+(\.\d+)? (ms|s|MiB)$")
RATIO = re.compile(r"^[+-]?\d+(\.\d+)? (×|MiB)$")
GOALS = ["start", "start-reopen", "switch-page", "switch-year", "filter", "sort", "form", "photo-report",
         "workbook-time", "workbook-memory", "city-consolidate", "city-memory", "import",
         "bulk-writes", "responsiveness", "preview-minutes", "preview-photos", "preview-stall",
         "memory"]


def _is_figure(cell: str) -> bool:
    return bool(FIGURE.match(cell))


@pytest.mark.slow
def test_small_bench_prints_every_figure_and_goal(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUTF8": "1",
           "GMDESK_BENCH_DIR": str(tmp_path / "cache")}
    proc = subprocess.run([sys.executable, "-m", "bench", "--small", "--repeat", "1"], cwd=ROOT,
                          env=env, capture_output=True, text=True, encoding="utf-8", timeout=240,
                          stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = proc.stdout
    assert "| what | floor (this run) | issue's floor | gmdesk | ratio | goal |" in out
    rows = [line for line in out.splitlines() if line.startswith("| ") and "---" not in line][1:]
    assert len(rows) == 19, out
    for line in rows:
        cells = [c.strip() for c in line.strip("|").split("|")]
        _what, floor, _reference, gmdesk, ratio, goal = cells
        assert floor == "—" or _is_figure(floor), line
        assert _is_figure(gmdesk), line
        assert ratio == "—" or RATIO.match(ratio), line
        assert goal.startswith(("≤", "<")) or goal == "printed", line
    for key in GOALS:
        verdict = next((v for v in out.splitlines() if v.startswith(f"GOAL {key}:")), None)
        assert verdict is not None, f"no goal line for {key}:\n{out}"
        assert re.search(r": (met|NOT MET) \(", verdict), verdict
    # Every figure is measured: a missing dependency or a broken path fails here, not silently.
    assert "not measured" not in out.lower(), out
    # The scripted session ran and said what each step did.
    assert "Scripted session" in out and "- switch year: stall" in out
    # The generated office was cached for the next run.
    assert list((tmp_path / "cache").glob("office-small-*.gmdesk"))


def test_growth_flags_a_figure_that_grows_faster_than_the_data() -> None:
    from bench.__main__ import growth_table
    from bench.generate import SMALL, doubled
    from bench.report import Absolute, Figure, Row

    def row(key: str, seconds: float, floor: float = 0.1) -> Row:
        return Row(key, key, Figure([floor]), Figure([seconds]), 3.0)

    big = doubled(SMALL)
    assert (big.staff, big.years, big.training) == (80, 6, 2_400)
    text = growth_table(SMALL, big,
                        [row("import", 1.0), row("sort", 1.0), row("bulk", 1.0),
                         Absolute("memory", "peak", Figure([100.0], unit="MiB"), None)],
                        [row("import", 1.9), row("sort", 4.0), row("bulk", 2.5, floor=0.24),
                         Absolute("memory", "peak", Figure([], "not measured: x", "MiB"), None)])
    lines = text.splitlines()
    assert any(v.startswith("GROWTH import: ok (1.90 × when the data doubles; ≤ 2.3 ×")
               for v in lines)
    assert any(v.startswith("GROWTH sort: NOT OK (4.00 ×") for v in lines)
    # SQLite itself inserting into a table twice as deep: gmdesk grows as its floor does
    assert any(v.startswith("GROWTH bulk: ok (2.50 ×") for v in lines)
    assert "| bulk | 1000 ms | 2500 ms | 2.50 × | 2.40 × | grows as its floor does |" in lines
    assert "GROWTH memory: NOT MEASURED" in lines


def test_peak_memory_is_held_to_twenty_percent_above_the_issues_197_mib() -> None:
    from bench.__main__ import MEMORY_LIMIT
    from bench.report import Absolute, Figure

    def verdict(mib: float) -> str:
        return Absolute("memory", "peak", Figure([mib], unit="MiB"), MEMORY_LIMIT).verdict()

    assert verdict(230.0) == "GOAL memory: met (230 MiB vs ≤ 236 MiB; 6 MiB to spare)"
    assert verdict(240.0) == "GOAL memory: NOT MET (240 MiB vs ≤ 236 MiB; 4 MiB over)"
