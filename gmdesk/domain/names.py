"""Personal names and ID numbers as reports that leave the office show them (個人資料保護法)."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from gmdesk.domain import texts

MASK = "○"

# Two-character surnames met in Taiwan; a name starting with one keeps both characters.
COMPOUND_SURNAMES: frozenset[str] = frozenset({
    "歐陽", "司馬", "諸葛", "上官", "東方", "西門", "皇甫", "尉遲", "公孫", "慕容", "端木",
    "澹臺", "澹台", "鍾離", "令狐", "宇文", "長孫", "司徒", "司空", "夏侯", "呼延", "南宮",
    "左丘", "萬俟", "張簡", "范姜", "張廖", "簡林", "周黃", "徐辜", "江謝", "劉張",
})


class NameDisplay(StrEnum):
    """How names appear in exported reports: the setting "name_display"."""

    MASKED = "masked"
    SURNAME = "surname"
    FULL = "full"

    @property
    def label(self) -> str:
        return texts.zh_name("name_display", self.value)

    @classmethod
    def parse(cls, value: object) -> NameDisplay:
        """Read a stored setting; anything unknown falls back to masking (the safe choice)."""
        try:
            return cls(str(value or "masked"))
        except ValueError:
            return cls.MASKED


texts.define_labels("name_display", {
    "masked": "遮蔽（王○明）", "surname": "僅姓氏（王○○）", "full": "完整姓名"})


def _is_cjk(char: str) -> bool:
    code = ord(char)
    return 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x3FFFF


def surname_length(name: str) -> int:
    """Return how many characters of a Chinese name are the surname (1 or 2)."""
    if len(name) >= 3 and name[:2] in COMPOUND_SURNAMES:
        return 2
    return 1


def mask_name(name: str) -> str:
    """Return 王○明 for 王小明, 王○ for 王明, 歐陽○明 for 歐陽小明."""
    name = name.strip()
    if not name or name == MASK * len(name):
        return name
    if not all(_is_cjk(c) for c in name):
        return _mask_other(name)
    head = surname_length(name)
    given = len(name) - head
    if given <= 1:
        return name[:head] + MASK * given
    return name[:head] + MASK * (given - 1) + name[-1]


def _mask_other(name: str) -> str:
    # Latin letters or names with 「·」 (indigenous and foreign names): keep the first and
    # last character of the whole, mask the letters between, keep separators.
    if len(name) <= 2:
        return name[0] + MASK * (len(name) - 1)
    middle = "".join(c if c in " ·・.-" else MASK for c in name[1:-1])
    return name[0] + middle + name[-1]


def surname_only(name: str) -> str:
    """Return 王○○ for 王小明, 歐陽○○ for 歐陽小明."""
    name = name.strip()
    if not name:
        return name
    if not all(_is_cjk(c) for c in name):
        return name[0] + "".join(c if c in " ·・.-" else MASK for c in name[1:])
    head = surname_length(name)
    return name[:head] + MASK * (len(name) - head)


def display_name(name: str, mode: NameDisplay | str = NameDisplay.MASKED) -> str:
    """Return a name as the chosen setting shows it."""
    choice = NameDisplay.parse(mode)
    if choice is NameDisplay.FULL:
        return name
    if choice is NameDisplay.SURNAME:
        return surname_only(name)
    return mask_name(name)


def mask_names_in(text: str, names: Iterable[str], mode: NameDisplay | str) -> str:
    """Return `text` with every one of `names` in it shown as `mode` says (longest names first)."""
    if NameDisplay.parse(mode) is NameDisplay.FULL:
        return text
    for name in sorted({n for n in names if len(n) >= 2}, key=len, reverse=True):
        if name in text:
            text = text.replace(name, display_name(name, mode))
    return text


def mask_id(number: str) -> str:
    """Return A12345**** for A123456789: the last four digits hidden."""
    text = number.strip().upper()
    if len(text) <= 4:
        return "*" * len(text)
    return text[:-4] + "****"
