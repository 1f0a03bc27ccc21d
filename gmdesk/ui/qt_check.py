"""Load the translations the window uses, without showing anything (for `gmdesk --selftest`)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from gmdesk import paths

LANGUAGES = ("zh_TW", "en")


def load_translations() -> list[str]:
    """Load Qt's and gmdesk's .qm files as the window would; return the names that loaded."""
    # QTranslator needs an application object; a core one needs no screen.
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded = []
    for language in LANGUAGES:
        for name, folder in ((f"qtbase_{language}", qt_dir),
                             (f"gmdesk_{language}", str(paths.translations_dir()))):
            translator = QTranslator(app)
            # English needs no Qt translation (Qt's own text is English).
            if translator.load(name, folder) and not translator.isEmpty():
                loaded.append(name)
    return loaded
