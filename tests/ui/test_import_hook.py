"""gmdesk.ui's quick answer to shiboken's import hook is the hook's own answer, for every
module gmdesk loads (a wrong one would switch PySide6 features on or off for a module)."""

from __future__ import annotations

import importlib
import sys

import shibokensupport.feature as feature  # type: ignore[import-not-found]

import gmdesk.ui
from gmdesk.ui.main_window import PAGES


def test_the_quick_check_is_in_place_and_answers_as_the_hook_does() -> None:
    gmdesk.ui.quick_feature_check()  # a second call keeps the one in place
    quick = feature._mod_uses_pyside
    assert getattr(quick, "quick", False)
    original = quick.original  # the hook's own check, kept as the fallback
    assert not getattr(original, "quick", False)
    for spec in PAGES:
        importlib.import_module(spec.module)
    modules = [m for name, m in list(sys.modules.items())
               if name.startswith(("gmdesk", "reportlab", "openpyxl", "sqlite_utils"))]
    assert len(modules) > 100
    answers = {m.__name__: (quick(m), original(m)) for m in modules}
    assert {name for name, (q, o) in answers.items() if q != o} == set()
    assert answers["gmdesk.ui.main_window"] == (True, True)
    assert answers["gmdesk.storage.db"] == (False, False)
