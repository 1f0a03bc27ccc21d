"""The domain's phrases and labels in the user's language (Qt-free: the window, CLI and tests).

zh_TW is the official wording, defined next to the rules (gmdesk.domain.texts); English templates
for the same codes are in gmdesk.wording.en. Forms and the city workbook are always zh_TW.
"""

from __future__ import annotations

from gmdesk.domain.texts import ZH_WORDS, Label, Phrase, Words, render
from gmdesk.wording import en

LANGUAGES: dict[str, Words] = {"zh_TW": ZH_WORDS, "en": en.WORDS}


def words(lang: str) -> Words:
    """The wording of `lang` (zh_TW for anything unknown)."""
    return LANGUAGES.get(lang, ZH_WORDS)


def say(phrase: Phrase | str, lang: str = "zh_TW") -> str:
    """A phrase (or plain data) in `lang`."""
    return render(phrase, words(lang))


def label(kind: str, value: object, lang: str = "zh_TW") -> str:
    """The name of a labelled value (a gender, a role, a status ...) in `lang`."""
    return words(lang).label(Label(kind, str(value)))


def error_text(error: BaseException, lang: str = "zh_TW") -> str:
    """An error's message in `lang`: its phrase when it has one, else its own (zh-TW) text."""
    phrase = getattr(error, "phrase", None)
    return say(phrase, lang) if isinstance(phrase, Phrase) else str(error)
