"""The live line under the meeting editor: quorum, who is counted, the gender balance."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from gmdesk.services import meetings as service
from gmdesk.services import settings as settings_service
from gmdesk.services.safety import Database
from gmdesk.ui import wording


class StatusLine(QLabel):
    """Quorum (達到／未達 with the reasons) and the one-third gender rule, as the clerk types."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)

    def show_status(self, db: Database, year: int, draft: service.MeetingInput) -> None:
        self.setText(self.status_html(db, year, draft))

    def status_html(self, db: Database, year: int, draft: service.MeetingInput) -> str:
        """Return the quorum and gender-balance line for `draft` as rich text."""
        result, genders, short = service.attendance_status(db, draft)
        quorum = (self.tr("法定人數：達到") if result.reached else self.tr("法定人數：未達"))
        colour = "#2e7d32" if result.reached else "#c62828"
        parts = [f"<b style='color:{colour}'>{quorum}</b>",
                 self.tr("應出席 %1 人，出席（含代理）%2 人，需 %3 人以上")
                 .replace("%1", str(result.members)).replace("%2", str(result.present))
                 .replace("%3", str(result.needed))]
        preset = settings_service.preset_for(db, year)
        if preset.quorum_external_min:
            parts.append(self.tr("府外委員出席 %1 人（需 %2 人）")
                         .replace("%1", str(result.external_present))
                         .replace("%2", str(preset.quorum_external_min)))
        gender_text = (self.tr("出席者男 %1、女 %2").replace("%1", str(genders.male))
                       .replace("%2", str(genders.female)))
        if short:
            gender_text = (f"<span style='color:#b26a00'>{gender_text}{self.tr('：')}"
                           f"{self.tr('；').join(wording.say(s) for s in short)}</span>")
        else:
            gender_text += self.tr("，符合三分之一性別比例")
        parts.append(gender_text)
        reasons = "".join(f"<br/><span style='color:#c62828'>{r}</span>"
                          for r in wording.reasons(result))
        return wording.gap().join(parts) + reasons
