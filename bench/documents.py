"""The forms and the photo report: gmdesk's writers against plain reportlab, in a process of
their own.

Measured in the bench's own process, after the window figures had left about a gigabyte of
pages, models and rows behind, both the floor and gmdesk's report swung between 180 and
470 ms from one sample to the next (the allocator's state, not the writers), so the ratio
said more about the order of the samples than about gmdesk. A clerk prints from a window of
about 200 MiB. So the child starts clean, warms each writer once, then takes floor and
gmdesk samples in turn, so a change of load touches both alike.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

from bench import app, floors
from bench.common import NotMeasured, Run, run_child_json
from bench.generate import Scale
from bench.report import Figure

KINDS = ("minutes", "photos")
WRITERS = {
    ("floor", "minutes"): floors.minutes_pdf,
    ("app", "minutes"): app.minutes_form,
    ("floor", "photos"): floors.photo_report,
    ("app", "photos"): app.photo_report,
}

CHILD = r"""
import json, sys
from bench.documents import child_main
print(json.dumps(child_main(json.loads(sys.argv[1]))))
"""


def child_main(spec: dict[str, Any]) -> dict[str, Any]:
    """In the child: warm each writer once, then `repeat` rounds of floor and gmdesk in turn."""
    run = Run(Scale(**spec["scale"]), Path(spec["office"]), Path(spec["work"]),
              dt.date.fromisoformat(spec["today"]))
    result: dict[str, Any] = {}
    for kind in KINDS:
        samples: dict[str, list[float]] = {"floor": [], "app": []}
        try:
            for who in samples:
                WRITERS[who, kind](run)  # the warm-up: fonts registered, inputs read
            for _ in range(int(spec["repeat"])):
                for who in samples:
                    samples[who].append(WRITERS[who, kind](run))
        except NotMeasured as exc:
            result[kind] = {"error": f"not measured: {exc}"}
            continue
        except Exception as exc:  # report, never invent: the table says what failed
            result[kind] = {"error": f"not measured: failed ({type(exc).__name__}: "
                                     f"{str(exc)[:160]})"}
            continue
        result[kind] = samples
    return result


def measure_all(run: Run, repeat: int) -> dict[str, Figure]:
    """Return floor-minutes, app-minutes, floor-photos and app-photos, measured in a child."""
    spec = {"scale": dataclasses.asdict(run.scale), "office": str(run.office),
            "work": str(run.work), "today": run.today.isoformat(), "repeat": repeat}
    try:
        result = run_child_json(CHILD, run, [json.dumps(spec)])
    except Exception as exc:
        result = {kind: {"error": f"not measured: {type(exc).__name__}: {str(exc)[:200]}"}
                  for kind in KINDS}
    figures: dict[str, Figure] = {}
    for kind in KINDS:
        got = result.get(kind) or {"error": "not measured: the child said nothing"}
        for who in ("floor", "app"):
            figures[f"{who}-{kind}"] = (Figure(got[who]) if "error" not in got
                                        else Figure([], got["error"]))
    return figures
