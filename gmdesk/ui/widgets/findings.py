"""Findings shown with their status colour and mark (✔ ! ✘), the same on every page."""

from __future__ import annotations

import html

from gmdesk.domain.compliance import Finding, Status

STATUS_COLOURS = {Status.FAIL: "#c62828", Status.WARN: "#b26a00", Status.OK: "#2e7d32"}


def findings_html(findings: list[Finding], ok_text: str) -> str:
    """Return findings as a coloured list for a QLabel."""
    if not findings:
        return f"<span style='color:{STATUS_COLOURS[Status.OK]}'>✔ {html.escape(ok_text)}</span>"
    marks = {Status.FAIL: "✘", Status.WARN: "!", Status.OK: "✔"}
    return "<br/>".join(
        f"<span style='color:{STATUS_COLOURS[f.status]}'>{marks[f.status]} "
        f"{html.escape(f.text)}</span>" for f in findings)
