"""Every string a clerk sees has its zh_TW and en translation, and the .qm files load."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"


@pytest.mark.parametrize("language", ["zh_TW", "en"])
def test_no_unfinished_or_empty_translation(language: str) -> None:
    tree = ET.parse(TRANSLATIONS / f"gmdesk_{language}.ts")
    unfinished = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            kind = translation.get("type")
            if kind in ("vanished", "obsolete"):
                continue
            if kind == "unfinished" or not (translation.text or "").strip():
                unfinished.append(f"{name}: {message.findtext('source')}")
    assert unfinished == []


def test_english_translation_replaces_the_chinese_labels(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load("gmdesk_en", str(TRANSLATIONS))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "總覽") == "Overview"
        assert QCoreApplication.translate("MainWindow", "設定") == "Settings"
    finally:
        QCoreApplication.removeTranslator(translator)
