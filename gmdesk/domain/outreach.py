"""CEDAW outreach and other measures: what counts toward the yearly duties."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from gmdesk.domain.compliance import Finding, Status
from gmdesk.domain.model import Event, EventKind
from gmdesk.domain.presets import Preset


def counts_for_outreach(event: Event) -> bool:
    """Only CEDAW sessions with an external audience count (internal staff do not)."""
    return event.kind is EventKind.CEDAW and event.external


def check_outreach(events: Sequence[Event], preset: Preset, year: int,
                   year_over: bool) -> list[Finding]:
    counted = [e for e in events if counts_for_outreach(e)]
    internal = [e for e in events if e.kind is EventKind.CEDAW and not e.external]
    findings = []
    need = preset.outreach_per_year
    if len(counted) < need:
        findings.append(Finding(
            Status.FAIL if year_over or not counted else Status.WARN,
            f"對外CEDAW宣導{len(counted)}場，應至少{need}場：尚需辦理{need - len(counted)}場",
            "events",
        ))
    for event in internal:
        findings.append(Finding(Status.WARN, f"「{event.title}」對象僅內部同仁，不計入對外宣導場次", f"event:{event.id}"))
    return findings


def people_reached(events: Sequence[Event]) -> tuple[int, int, int]:
    counted = [e for e in events if counts_for_outreach(e)]
    return (sum(e.male for e in counted), sum(e.female for e in counted),
            sum(e.other for e in counted))


def measures_by_category(events: Sequence[Event]) -> dict[str, int]:
    return dict(Counter(e.category or "未分類" for e in events if e.kind is EventKind.MEASURE))


def check_measures(events: Sequence[Event], preset: Preset, year_over: bool) -> list[Finding]:
    measures = [e for e in events if e.kind is EventKind.MEASURE]
    need = preset.measures_per_year
    if len(measures) < need:
        return [Finding(Status.FAIL if year_over else Status.WARN,
                        f"其他性別平等措施{len(measures)}項，應至少{need}項：尚需辦理{need - len(measures)}項",
                        "events")]
    return []
