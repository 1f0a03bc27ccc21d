"""The one 另存新檔 question: a file dialog offering the formats a file can be saved in.

The filters are named in the clerk's language (「PDF 文件 (*.pdf)」, 「ODF 文字文件 (*.odt)」,
「Word 文件 (*.docx)」 …), the usual format first. The chosen name decides the format; when the
clerk only switched the filter and kept the suggested name, the filter's suffix replaces it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

FILTERS = {
    ".pdf": str(QT_TRANSLATE_NOOP("SaveAs", "PDF 文件 (*.pdf)")),
    ".odt": str(QT_TRANSLATE_NOOP("SaveAs", "ODF 文字文件 (*.odt)")),
    ".docx": str(QT_TRANSLATE_NOOP("SaveAs", "Word 文件 (*.docx)")),
    ".xlsx": str(QT_TRANSLATE_NOOP("SaveAs", "Excel 活頁簿 (*.xlsx)")),
    ".ods": str(QT_TRANSLATE_NOOP("SaveAs", "ODF 試算表 (*.ods)")),
    ".zip": str(QT_TRANSLATE_NOOP("SaveAs", "ZIP 壓縮檔 (*.zip)")),
}
_PATTERN = re.compile(r"\(\*(\.[A-Za-z0-9]+)\)")


def filters(suffixes: Sequence[str]) -> str:
    """The dialog's filter list for `suffixes`, in that order, in the clerk's language."""
    return ";;".join(QCoreApplication.translate("SaveAs", FILTERS[s]) for s in suffixes)


def chosen_path(chosen: str, selected: str, start: Path, suffixes: Sequence[str]) -> Path:
    """The file to write: the typed suffix when it is one of `suffixes`, else the filter's.

    A name still ending in the suggested suffix while another filter was picked takes the
    filter's suffix (the clerk chose the format from the list, not by typing).
    """
    path = Path(chosen)
    match = _PATTERN.search(selected or "")
    picked = match.group(1).lower() if match and match.group(1).lower() in suffixes else ""
    typed = path.suffix.lower()
    if typed in suffixes:
        if picked and picked != typed and typed == start.suffix.lower():
            return path.with_suffix(picked)
        return path
    return path.with_name(path.name + (picked or suffixes[0]))


def ask_save_path(parent: QWidget, title: str, start: Path, suffixes: Sequence[str]) -> Path | None:
    """Ask where to save, starting at `start` (its suffix's format listed first); None: cancelled."""
    order = sorted(suffixes, key=lambda s: s != start.suffix.lower())
    chosen, selected = QFileDialog.getSaveFileName(parent, title, str(start), filters(order))
    if not chosen:
        return None
    return chosen_path(chosen, selected, start, order)
