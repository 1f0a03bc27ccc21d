"""Commands of this area are added here by register(groups)."""

from __future__ import annotations

from gmdesk.cli.common import Groups


def register(groups: Groups) -> None:
    """Add this area's commands (none yet)."""
