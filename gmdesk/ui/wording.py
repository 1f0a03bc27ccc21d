"""The domain's words in the window's language: findings, summaries and labelled values.

`app.install_translators` sets the language with the translators (tests call `set_language`).
`say(x)` words a Phrase, a Finding (its `phrase`), a DutyResult's summary or plain data;
`label(member)` names an enum member (a gender, a role, a status …) by its label kind;
`label_of(kind, value, zh)` names a value that is not an enum (a post code, a filing rule).

Plain strings are data (names, titles) and are shown as they are.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from gmdesk import wording
from gmdesk.domain import group, model, outreach
from gmdesk.domain.rocdate import format_long
from gmdesk.domain.texts import Phrase

if TYPE_CHECKING:
    from gmdesk.domain import compliance
    from gmdesk.services.meetings import OpenFollowUp

# The label kind of each labelled enum, by its class's full name (docs/architecture.md,
# "Wording"): looking a member up imports no domain module the window does not already use.
KINDS: dict[str, str] = {
    "gmdesk.domain.model.Gender": "gender",
    "gmdesk.domain.model.OfficeKind": "office_kind",
    "gmdesk.domain.model.Role": "role",
    "gmdesk.domain.model.AttendanceStatus": "attendance_status",
    "gmdesk.domain.model.ItemKind": "item_kind",
    "gmdesk.domain.model.StaffCategory": "staff_category",
    "gmdesk.domain.model.Level": "level",
    "gmdesk.domain.model.Delivery": "delivery",
    "gmdesk.domain.model.EventKind": "event_kind",
    "gmdesk.domain.model.ExemptionKind": "exemption_kind",
    "gmdesk.domain.compliance.Duty": "duty",
    "gmdesk.domain.compliance.Status": "status",
    "gmdesk.domain.calendar.EntryKind": "entry_kind",
    "gmdesk.domain.consolidation.FlagKind": "flag_kind",
    "gmdesk.domain.committees.CommitteeKind": "committee_kind",
    "gmdesk.domain.impact.GiaKind": "gia_kind",
    "gmdesk.domain.impact.ExpertSource": "expert_source",
    "gmdesk.domain.impact.ParticipationWay": "participation_way",
    "gmdesk.domain.impact.Adoption": "adoption",
    "gmdesk.domain.statistics.ReviewAction": "review_action",
    "gmdesk.domain.statistics.AnalysisUse": "analysis_use",
    "gmdesk.domain.budget.BudgetCategory": "budget_category",
    "gmdesk.domain.names.NameDisplay": "name_display",
    "gmdesk.domain.importing.ImportKind": "import_kind",
}

_language = "zh_TW"

def set_language(lang: str) -> None:
    global _language
    _language = lang


def language() -> str:
    return _language


def say(obj: object) -> str:
    """A Phrase, a Finding, a DutyResult's summary or plain data, in the window's language."""
    if obj is None:
        return ""
    if isinstance(obj, Phrase):
        return wording.say(obj, _language)
    if isinstance(obj, str):  # plain data
        return obj
    phrase = getattr(obj, "phrase", None)
    if phrase is None:
        phrase = getattr(obj, "summary_phrase", None)
    if isinstance(phrase, Phrase):
        return wording.say(phrase, _language)
    text = getattr(obj, "text", None)
    if text is None:
        text = getattr(obj, "summary", "")
    return str(text)


def summary(result: compliance.DutyResult) -> str:
    """A duty's one-line summary in the window's language."""
    phrase = getattr(result, "summary_phrase", None)
    if isinstance(phrase, Phrase):
        return wording.say(phrase, _language)
    return result.summary


def label_of(kind: str, value: object, zh: str) -> str:
    """The name of `value` of `kind`; `zh` is its zh-TW name, shown if there is none."""
    if _language == "zh_TW":
        return zh
    name = wording.label(kind, value, _language)
    if name != str(value):
        return name[:1].upper() + name[1:]  # standing alone (a cell, a choice): "Female"
    return term(zh)


def term(zh: str) -> str:
    """A term from a domain list (an audience, a method, an import field …: gmdesk.ui.terms)
    in the window's language; the stored value stays the zh-TW term."""
    if _language == "zh_TW" or not zh:
        return zh
    return QCoreApplication.translate("Term", zh)


def meeting_title(year: int, seq: int, short: bool = False) -> str:
    """115年第1次會議 (short: 115年第1次) in the window's language."""
    text = (QCoreApplication.translate("Term", "%1年第%2次") if short
            else QCoreApplication.translate("Term", "%1年第%2次會議"))
    return text.replace("%1", str(year)).replace("%2", str(seq))


def label(member: Enum) -> str:
    """An enum member's name in the window's language."""
    zh = str(getattr(member, "label", member.value))
    kind = KINDS.get(f"{type(member).__module__}.{type(member).__qualname__}")
    return label_of(kind, member.value, zh) if kind else zh


def say_field(obj: object, name: str) -> str:
    """A domain text field (e.g. an entry's `title`) in the window's language: its phrase
    (`<name>_phrase`) where the domain gives one, else the zh-TW text."""
    phrase = getattr(obj, f"{name}_phrase", None)
    if isinstance(phrase, Phrase):
        return wording.say(phrase, _language)
    return str(getattr(obj, name, "") or "")


def day(value: dt.date) -> str:
    """A date written out (115年3月5日（星期四） in zh-TW; the language's own way otherwise)."""
    if _language == "zh_TW":
        return format_long(value)
    return wording.words(_language).day(value)


def role_text(membership: model.Membership) -> str:
    """A group member's role as the roster shows it: 當然成員（人事）, Ex officio member (Personnel)."""
    return say(group.role_phrase(membership))


def reasons(result: object) -> list[str]:
    """A check's reasons (e.g. a meeting's quorum) in the window's language."""
    phrases = getattr(result, "reason_phrases", None)
    if phrases:
        return [wording.say(p, _language) for p in phrases]
    return [str(r) for r in getattr(result, "reasons", ())]


def cedaw_ref(ref: outreach.CedawRef) -> str:
    """A CEDAW article or general recommendation as the picker names it; the event keeps
    `ref.label` (zh-TW)."""
    if _language == "zh_TW":
        return ref.label
    if ref.kind is outreach.RefKind.ARTICLE:
        text = QCoreApplication.translate("Term", "第%1條 %2")
        name = outreach.ARTICLES.get(ref.number, "")
    elif ref.kind is outreach.RefKind.RECOMMENDATION:
        text = QCoreApplication.translate("Term", "一般性建議第%1號 %2")
        name = outreach.GENERAL_RECOMMENDATIONS.get(ref.number, "")
    else:
        return ref.label
    return text.replace("%1", str(ref.number)).replace("%2", term(name)).rstrip()


def join(parts: list[str]) -> str:
    """Items of a list the language's way (、 in zh-TW, ", " in English)."""
    return wording.words(_language).join.join(parts)


def gap() -> str:
    """The space between the parts of a composed line (a full-width space in zh-TW)."""
    return "　" if _language == "zh_TW" else "  "


def colon() -> str:
    """A label's colon before its text (「：」 in zh-TW, ": " in English)."""
    return "：" if _language == "zh_TW" else ": "


def followup_source(entry: OpenFollowUp) -> str:
    """Where a tracked resolution comes from: 114年第1次會議討論事項第一案 (zh-TW, the domain's
    own words), Meeting 1 of 114, discussion item no. 1 (English)."""
    if _language == "zh_TW":
        return entry.source_text
    meeting, item = entry.source, entry.item
    return (QCoreApplication.translate("Term", "%1%2第%3案")
            .replace("%1", meeting_title(meeting.year, meeting.seq))
            .replace("%2", label(item.kind)).replace("%3", str(item.seq)))
