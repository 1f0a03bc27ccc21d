"""The window: pages, widgets and dialogs over the services (the only part that knows Qt)."""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (shiboken's import hook is in place from here on)


def quick_feature_check() -> None:
    """Make shiboken's import hook cheap for the modules imported after PySide6.

    The hook asks of every newly imported module whether it uses PySide6 (for its
    `__feature__` switches) by reading its source with inspect.getsource: tokenize for the
    encoding, then linecache. That was ~0.2 ms a module, about 30 ms of each start on 150
    modules. The same question is answered here from the file's bytes; a module without a
    readable .py file is asked the hook's own way.
    """
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "quick", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))

    uses_pyside.quick = True  # type: ignore[attr-defined]
    uses_pyside.original = original  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


quick_feature_check()
