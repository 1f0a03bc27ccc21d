"""What the domain says, as a code with parameters; the words are chosen where it is shown.

A rule does not write a sentence: it returns a `Phrase` (a code such as "group.too_few" and its
figures). Each domain module defines the official zh-TW wording of its codes next to its rules
with `define()`; the forms, the workbook and the Chinese window use that wording (`Phrase.text`).
Other languages give their own templates for the same codes (gmdesk.wording), and
`render(phrase, words)` puts the figures in. Parameters may be numbers, plain data (names, titles:
never translated), dates (`Short(day)` for the short form), `Label`s (a gender, a role, a post:
each language names it), other phrases and tuples of these (a list, joined the language's way).
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

# The official zh-TW wording: code -> template with {name} placeholders.
ZH: dict[str, str] = {}
# The zh-TW names of labelled values: kind (e.g. "gender") -> value -> name.
ZH_LABELS: dict[str, dict[str, str]] = {}


def define(templates: Mapping[str, str]) -> None:
    """Add a module's zh-TW templates; a code has one wording."""
    for code, template in templates.items():
        if ZH.get(code, template) != template:
            raise ValueError(f"two wordings for {code}")
        ZH[code] = template


def define_labels(kind: str, names: Mapping[Any, str]) -> None:  # keys: str or StrEnum
    """Add the zh-TW names of a kind of labelled value (keys are the stored values)."""
    ZH_LABELS.setdefault(kind, {}).update({str(k): v for k, v in names.items()})


def placeholders(template: str) -> set[str]:
    """The parameter names a template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@dataclass(frozen=True)
class Label:
    """A labelled value inside a phrase: each language has its own name for it."""

    kind: str
    value: str


@dataclass(frozen=True)
class Short:
    """A day written the short way (zh-TW 115/03/05) inside a phrase."""

    day: dt.date


@dataclass(frozen=True)
class Phrase:
    """A code and its parameters: what a rule found, not yet in words."""

    code: str
    params: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, code: str, **params: object) -> Phrase:
        if code not in ZH:
            raise KeyError(f"no zh-TW wording defined for {code!r}")
        missing = placeholders(ZH[code]) - params.keys()
        if missing:
            raise KeyError(f"{code}: missing parameters {sorted(missing)}")
        return cls(code, tuple(sorted(params.items())))

    def param(self, name: str, default: object = None) -> object:
        return dict(self.params).get(name, default)

    @property
    def text(self) -> str:
        """The official zh-TW wording (forms, workbook, the Chinese window)."""
        return render(self, ZH_WORDS)

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Words:
    """One language's wording: templates by code, names of labels, dates, lists."""

    templates: Mapping[str, str]
    label: Callable[[Label], str]
    day: Callable[[dt.date], str]
    join: str
    short_day: Callable[[dt.date], str] | None = None  # Short(day); `day` when None


def render(phrase: Phrase | str, words: Words) -> str:
    """The phrase in `words`' language (a plain string is data and stays as it is)."""
    if isinstance(phrase, str):
        return phrase
    template = words.templates.get(phrase.code) or ZH[phrase.code]
    values = {name: _value(value, words) for name, value in phrase.params}
    return template.format_map(values)


def _value(value: object, words: Words) -> str:
    if isinstance(value, Phrase):
        return render(value, words)
    if isinstance(value, Label):
        return words.label(value)
    if isinstance(value, dt.date):
        return words.day(value)
    if isinstance(value, Short):
        return (words.short_day or words.day)(value.day)
    if isinstance(value, (tuple, list)):
        return words.join.join(_value(v, words) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def zh_label(label: Label) -> str:
    return ZH_LABELS.get(label.kind, {}).get(label.value, label.value)


def zh_name(kind: str, value: object) -> str:
    """The zh-TW name of a labelled value (an enum's `.label`)."""
    return zh_label(Label(kind, str(value)))


def map_data(phrase: Phrase, change: Callable[[str], str]) -> Phrase:
    """The phrase with `change` applied to every plain-data parameter (names, titles)."""
    def one(value: object) -> object:
        if isinstance(value, str):
            return change(value)
        if isinstance(value, Phrase):
            return map_data(value, change)
        if isinstance(value, (tuple, list)):
            return tuple(one(v) for v in value)
        return value

    return Phrase(phrase.code, tuple((name, one(value)) for name, value in phrase.params))


def to_json(phrase: Phrase) -> dict[str, object]:
    """The phrase as JSON-safe data: code and params (dates ISO, labels as their value)."""
    def one(value: object) -> object:
        if isinstance(value, Phrase):
            return to_json(value)
        if isinstance(value, Label):
            return value.value
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, Short):
            return value.day.isoformat()
        if isinstance(value, (tuple, list)):
            return [one(v) for v in value]
        if isinstance(value, (int, float, str, bool)) or value is None:
            return value
        return str(value)

    return {"code": phrase.code, "params": {name: one(value) for name, value in phrase.params}}


def _zh_day(day: dt.date) -> str:
    from gmdesk.domain.rocdate import format_long  # rocdate's errors are phrases: no cycle

    return format_long(day, weekday=False)


def _zh_short(day: dt.date) -> str:
    from gmdesk.domain.rocdate import format_short

    return format_short(day)


ZH_WORDS = Words(ZH, zh_label, _zh_day, "、", _zh_short)
