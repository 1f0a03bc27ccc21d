"""The reminder list: an empty list says so, and speaks to no 上列同仁."""

import datetime as dt
import subprocess
from pathlib import Path

from gmdesk.documents.reminder import render_reminders


def test_empty_reminder_list_has_no_notes_for_listed_staff(tmp_path: Path) -> None:
    out = render_reminders(tmp_path / "r.pdf", office_name="高雄市海濱區公所", year=115,
                           as_of=dt.date(2026, 11, 24), lines=[])
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "本年度應受訓人員均已完成時數。" in text and "共0人" in text
    assert "上列同仁" not in text
    assert "本名單含個人資料" in text
