"""The demo office's forms, rendered once for the layout and the visual tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import LAST_YEAR, THIS_YEAR, TODAY
from tests.documents.demo_forms import RenderedForm, render_every_form


@pytest.fixture(scope="session")
def demo_forms(demo_template: Path, tmp_path_factory: pytest.TempPathFactory
               ) -> list[RenderedForm]:
    from gmdesk.storage.db import open_db

    folder = tmp_path_factory.mktemp("forms")
    shutil.copyfile(demo_template, folder / "demo.gmdesk")
    db = open_db(folder / "demo.gmdesk")
    try:
        return render_every_form(db, (LAST_YEAR, THIS_YEAR), TODAY, folder)
    finally:
        db.close()
