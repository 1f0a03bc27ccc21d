"""A background task's own connection to the open office file (never the UI's)."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from gmdesk.storage.db import open_db


def open_worker_db(path: Path, readonly: bool = False) -> Database:
    """Open `path` for a worker thread: no migrations (the window already applied them)."""
    return open_db(path, readonly=readonly, migrate=False)
