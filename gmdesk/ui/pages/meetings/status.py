"""The quorum line under the meeting editor: 法定人數, who is present, the one-third rule."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gmdesk.domain.meetings import Quorum
from gmdesk.domain.presets import Preset
from gmdesk.domain.rules import GenderCount


def quorum_html(result: Quorum, genders: GenderCount, short: list[str], preset: Preset) -> str:
    """Return the quorum verdict (the domain's, with its reasons) as one rich-text line."""
    reached = result.reached
    quorum = (QCoreApplication.translate("MeetingsPage", "法定人數：達到") if reached
              else QCoreApplication.translate("MeetingsPage", "法定人數：未達"))
    colour = "#2e7d32" if reached else "#c62828"
    parts = [f"<b style='color:{colour}'>{quorum}</b>",
             QCoreApplication.translate("MeetingsPage", "應出席 %1 人，出席（含代理）%2 人，需 %3 人以上")
             .replace("%1", str(result.members)).replace("%2", str(result.present))
             .replace("%3", str(result.needed))]
    if preset.quorum_external_min:
        parts.append(QCoreApplication.translate("MeetingsPage", "府外委員出席 %1 人（需 %2 人）")
                     .replace("%1", str(result.external_present))
                     .replace("%2", str(preset.quorum_external_min)))
    gender_text = (QCoreApplication.translate("MeetingsPage", "出席者男 %1、女 %2")
                   .replace("%1", str(genders.male)).replace("%2", str(genders.female)))
    if short:
        gender_text = f"<span style='color:#b26a00'>{gender_text}：{'；'.join(short)}</span>"
    else:
        gender_text += QCoreApplication.translate("MeetingsPage", "，符合三分之一性別比例")
    parts.append(gender_text)
    reasons = "".join(f"<br/><span style='color:#c62828'>{r}</span>" for r in result.reasons)
    return "　".join(parts) + reasons
