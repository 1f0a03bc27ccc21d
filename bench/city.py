"""Issue 19: consolidating 38 offices' city workbooks, against the floor of merely reading them.

The inbox is the bench's large office's city workbook, renamed 38 times (each copy names a
Kaohsiung district and carries a checksum that matches, as a real submission would). The
floor opens every file with the reader consolidation uses (openpyxl read-only) and reads
every row of every sheet; gmdesk consolidates the same files and writes its workbook.
Memory: the traced peak of consolidating 38 files against that of 5 — flat means each file
is read and released.
"""

from __future__ import annotations

import time
import tracemalloc
import zipfile
from pathlib import Path
from typing import Any

from bench.common import Run

OFFICES = 38


def _rename(source: Path, target: Path, old: str, new: str, old_sum: str = "",
            new_sum: str = "") -> None:
    """Copy an .xlsx replacing a cell text everywhere it is stored (shared or inline strings)."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.endswith(".xml"):
                text = data.decode("utf-8").replace(f">{old}<", f">{new}<")
                if old_sum:
                    text = text.replace(f">{old_sum}<", f">{new_sum}<")
                data = text.encode("utf-8")
            dst.writestr(item, data)


def inbox(run: Run) -> list[Path]:
    """Return the 38 submissions (written once per run, not measured)."""
    if "city_inbox" in run.cache:
        return list(run.cache["city_inbox"])
    from gmdesk.domain.cities import CITY_LISTS
    from gmdesk.services.reports import write_city_workbook
    from gmdesk.storage.db import open_db
    from gmdesk.workbooks.submission import read_submission

    folder = run.work / "city-inbox"
    folder.mkdir(parents=True, exist_ok=True)
    db = open_db(run.office, readonly=True)
    try:
        original = write_city_workbook(db, run.this_year, run.today, run.work / "city-one.xlsx")
    finally:
        db.close()
    first = read_submission(original)
    paths = []
    for index, name in enumerate(CITY_LISTS["kaohsiung"].offices[:OFFICES]):
        path = folder / f"{index + 1:02d}-{name}.xlsx"
        scratch = run.work / "city-rename.xlsx"
        _rename(original, scratch, first.office_name, name)
        renamed = read_submission(scratch)
        _rename(scratch, path, name, name, str(first.meta["checksum"]), renamed.computed)
        paths.append(path)
    if not read_submission(paths[-1]).intact:
        raise RuntimeError("a renamed submission does not match its checksum")
    run.cache["city_inbox"] = paths
    return paths


def read_floor(run: Run) -> float:
    """Open every submission with openpyxl read-only and read every row of every sheet."""
    from openpyxl import load_workbook

    paths = inbox(run)
    started = time.perf_counter()
    cells = 0
    for path in paths:
        book = load_workbook(path, read_only=True, data_only=False)
        try:
            for ws in book.worksheets:
                for row in ws.iter_rows(values_only=True):
                    cells += len(row)
        finally:
            book.close()
    seconds = time.perf_counter() - started
    run.cache["city_cells"] = cells
    return seconds


def consolidate(run: Run) -> float:
    """gmdesk's consolidation of the same files, its workbook written, with a progress callback."""
    from gmdesk.domain.cities import CITY_LISTS
    from gmdesk.services.city import consolidate_to

    paths = inbox(run)
    ticks: list[int] = []
    started = time.perf_counter()
    result = consolidate_to(paths, run.this_year, run.work / "city-consolidated.xlsx",
                            CITY_LISTS["kaohsiung"].offices,
                            lambda done, total, text: ticks.append(done), today=run.today)
    seconds = time.perf_counter() - started
    if len(result.counted) != OFFICES or result.flags:
        raise RuntimeError(f"consolidated {len(result.counted)} offices, {len(result.flags)} flags")
    if len(ticks) < OFFICES:
        raise RuntimeError("the progress callback was not called once per file")
    return seconds


def _traced_peak(paths: list[Path], run: Run) -> float:
    from gmdesk.services.city import consolidate

    tracemalloc.start()
    try:
        consolidate(paths, run.this_year, today=run.today)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 2**20


def memory(run: Run) -> dict[str, Any]:
    """Return the traced peak (MiB) of consolidating 5 files and of all 38."""
    paths = inbox(run)
    return {"few": _traced_peak(paths[:5], run), "all": _traced_peak(paths, run)}
