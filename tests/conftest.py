"""Shared fixtures: real temporary SQLite files, the demo office, a fixed today."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlite_utils import Database

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The demo office is built as of this day: ROC years 114 and 115, with 115 in progress.
TODAY = dt.date(2026, 11, 24)
THIS_YEAR = 115
LAST_YEAR = 114


@pytest.fixture
def today() -> dt.date:
    return TODAY


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "office.gmdesk"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    """An empty, migrated office database in a temporary file."""
    from gmdesk.storage.db import open_db

    database = open_db(db_path)
    yield database
    database.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from gmdesk.services.demo import create_demo
    from gmdesk.storage.db import open_db

    path = tmp_path_factory.mktemp("demo") / "demo.gmdesk"
    database = open_db(path)
    create_demo(database, TODAY)
    database.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    return path


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo office file, for a test to change freely."""
    path = tmp_path / "demo.gmdesk"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[Database]:
    from gmdesk.storage.db import open_db

    database = open_db(demo_path)
    yield database
    database.close()


@pytest.fixture(scope="session")
def qapp() -> object:
    """The application as gmdesk starts it: CJK fonts and zh_TW translators installed."""
    from gmdesk.app import make_application

    return make_application("zh_TW")
