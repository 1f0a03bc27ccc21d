"""The bench's table of medians and ratios, then one line per goal: met or not, by how much."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field


@dataclass
class Figure:
    """Samples of one measurement (seconds, or MiB), or why there are none."""

    values: list[float] = field(default_factory=list)
    reason: str = ""  # "not measured: ..." when values is empty
    unit: str = "s"  # "s" or "MiB"

    @property
    def ok(self) -> bool:
        return bool(self.values)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    def show(self) -> str:
        if not self.values:
            return " ".join((self.reason or "not measured: no samples").split()).replace("|", "/")
        return fmt(self.median, self.unit)


def fmt(value: float, unit: str) -> str:
    if unit == "MiB":
        return f"{value:.0f} MiB"
    if unit == "ms":
        return f"{value:.0f} ms"
    return f"{value * 1000:.0f} ms" if value < 10 else f"{value:.1f} s"


def total(*figures: Figure) -> Figure:
    """Return the sum of the figures' medians (one value), or the first reason one is missing."""
    for figure in figures:
        if not figure.ok:
            return Figure([], figure.reason, figures[0].unit)
    return Figure([sum(f.median for f in figures)], unit=figures[0].unit)


@dataclass
class Row:
    """One line of the table: a floor, gmdesk's figure, and the goal between them."""

    key: str
    what: str
    floor: Figure
    app: Figure
    limit: float  # the goal: app <= limit x floor (kind "ratio"), or app <= floor + limit ("plus")
    kind: str = "ratio"
    reference: str = ""  # the floor on its machine, for scale
    note: str = ""

    @property
    def measured(self) -> bool:
        return self.floor.ok and self.app.ok

    @property
    def ratio(self) -> float:
        return self.app.median / self.floor.median if self.floor.median else float("inf")

    def ratio_text(self) -> str:
        if not self.measured:
            return "not measured"
        if self.kind == "plus":
            return f"{self.app.median - self.floor.median:+.0f} MiB"
        return f"{self.ratio:.2f} ×"

    def goal_text(self) -> str:
        return f"≤ +{self.limit:.0f} MiB" if self.kind == "plus" else f"≤ {self.limit:g} ×"

    def verdict(self) -> str:
        if not self.measured:
            why = self.app.reason if not self.app.ok else self.floor.reason
            return f"GOAL {self.key}: NOT MEASURED — {why.removeprefix('not measured: ')}"
        if self.kind == "plus":
            extra = self.app.median - self.floor.median
            met = extra <= self.limit
            by = (f"{self.limit - extra:.0f} MiB to spare" if met
                  else f"{extra - self.limit:.0f} MiB over")
            return (f"GOAL {self.key}: {'met' if met else 'NOT MET'} "
                    f"({extra:+.0f} MiB vs ≤ +{self.limit:.0f} MiB; {by})")
        met = self.ratio <= self.limit
        by = (f"{(1 - self.ratio / self.limit) * 100:.0f}% headroom" if met
              else f"{(self.ratio / self.limit - 1) * 100:.0f}% over")
        return (f"GOAL {self.key}: {'met' if met else 'NOT MET'} "
                f"({self.ratio:.2f} × vs ≤ {self.limit:g} ×; {by})")


@dataclass
class Absolute:
    """A goal on an absolute figure (the longest UI stall), or a figure only printed."""

    key: str
    what: str
    figure: Figure
    limit: float | None  # None: printed, no goal
    note: str = ""

    def verdict(self) -> str:
        if not self.figure.ok:
            return f"GOAL {self.key}: NOT MEASURED — {self.figure.reason.removeprefix('not measured: ')}"
        value = self.figure.median
        if self.limit is None:
            return f"FIGURE {self.key}: {fmt(value, self.figure.unit)} (printed; no numeric goal)"
        unit = "MiB" if self.figure.unit == "MiB" else "ms"
        met = value <= self.limit if unit == "MiB" else value < self.limit
        by = (f"{self.limit - value:.0f} {unit} to spare" if met
              else f"{value - self.limit:.0f} {unit} over")
        return (f"GOAL {self.key}: {'met' if met else 'NOT MET'} "
                f"({fmt(value, self.figure.unit)} vs {self.limit_text()}; {by})")

    def limit_text(self) -> str:
        if self.limit is None:
            return "printed"
        if self.figure.unit == "MiB":
            return f"≤ {self.limit:.0f} MiB"
        return f"< {self.limit:.0f} ms"


def render(title: str, rows: list[Row], absolutes: list[Absolute], details: list[str]) -> str:
    """Return the table (markdown), the details, then the goal lines."""
    head = ["what", "floor (this run)", "issue's floor", "gmdesk", "ratio", "goal"]
    body = [[r.what, r.floor.show(), r.reference, r.app.show(), r.ratio_text(), r.goal_text()]
            for r in rows]
    body += [[a.what, "—", "—", a.figure.show(), "—", a.limit_text()] for a in absolutes]
    lines = [title, "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(cells) + " |" for cells in body]
    notes = [f"- {r.what}: {r.note}" for r in rows if r.note]
    notes += [f"- {a.what}: {a.note}" for a in absolutes if a.note]
    if notes or details:
        lines += ["", *notes, *details]
    lines += ["", *[r.verdict() for r in rows], *[a.verdict() for a in absolutes]]
    return "\n".join(lines)
