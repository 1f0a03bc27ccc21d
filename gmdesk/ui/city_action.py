"""The 市府彙整… menu entry; the dialog (and the consolidation it needs) loads when chosen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from gmdesk.ui.context import AppContext


def add_city_action(menu: QMenu, ctx: AppContext, parent: QWidget) -> QAction:
    """The one hook: a 市府彙整… entry in a menu, opening the dialog."""
    action = QAction(QCoreApplication.translate("CityDialog", "市府彙整…"), parent)

    def open_dialog() -> None:
        from gmdesk.ui.city_dialog import CityDialog  # issue 19: not needed before first paint

        CityDialog(ctx, parent).exec()

    action.triggered.connect(open_dialog)
    menu.addAction(action)
    return action
