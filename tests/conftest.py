"""Shared fixtures: real temporary SQLite files, the demo office, a fixed today.

The suite never sees the real per-user folders: before anything else is imported, the home,
data, config, cache, temp and gmdesk data folders point into one fresh folder of the test
run (tasks.py test does the same for the whole pytest process).
"""

from __future__ import annotations

import atexit
import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Every variable through which gmdesk, Qt, platformdirs or tempfile find a per-user folder:
# one list, kept in tasks.py (standard library only), which sets the same for `tasks.py test`.
from tasks import HERMETIC_DIRS


def _hermetic_root() -> Path:
    given = os.environ.get("GMDESK_HERMETIC_ROOT")
    if given:
        return Path(given)
    root = Path(tempfile.mkdtemp(prefix="gmdesk-tests-"))
    atexit.register(shutil.rmtree, root, True)
    return root


HERMETIC_ROOT = _hermetic_root()
for _name, _relative in HERMETIC_DIRS.items():
    (HERMETIC_ROOT / _relative).mkdir(parents=True, exist_ok=True, mode=0o700)
    os.environ[_name] = str(HERMETIC_ROOT / _relative)
os.chmod(HERMETIC_ROOT / "runtime", 0o700)  # Qt refuses a runtime folder others can read
os.environ["GMDESK_HERMETIC_ROOT"] = str(HERMETIC_ROOT)
tempfile.tempdir = None  # forget a temp folder looked up before this

import pytest  # noqa: E402
from sqlite_utils import Database  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def bare_env(**extra: str) -> dict[str, str]:
    """The environment of a child started with nothing of ours (no PATH, no PYTHONPATH) but
    the suite's own per-user folders: without HOME and GMDESK_DATA_DIR a child's gmdesk would
    keep its files in the real user's folder."""
    env = {name: os.environ[name] for name in HERMETIC_DIRS}
    return {**env, "QT_QPA_PLATFORM": "offscreen", "PATH": "", **extra}

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
