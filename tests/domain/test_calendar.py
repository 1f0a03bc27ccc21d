"""The year's calendar: deadlines from the preset, states from the records."""

from __future__ import annotations

import datetime as dt

from gmdesk.domain.calendar import Entry, EntryKind, EntryStatus, TermEnd, upcoming, year_calendar
from gmdesk.domain.model import Event, EventId, EventKind, Meeting, MeetingId
from gmdesk.domain.presets import KAOHSIUNG_DISTRICT, TAIPEI_BUREAU, Preset

TODAY = dt.date(2025, 5, 20)  # 114/05/20


def meeting(mid: int, day: dt.date, notice: dt.date | None = None) -> Meeting:
    return Meeting(MeetingId(mid), 114, mid, day, dt.time(14, 0), "第一會議室", notice_date=notice)


def by_key(entries: list[Entry]) -> dict[str, Entry]:
    return {e.key: e for e in entries}


def test_taipei_windows_are_done_by_a_counted_meeting_in_their_months() -> None:
    held = meeting(1, dt.date(2025, 2, 10), dt.date(2025, 2, 3))
    entries = by_key(year_calendar(114, TAIPEI_BUREAU, TODAY, meetings=[held], counted={held.id}))
    first, second, third = (entries[f"meeting-window:114:{n}"] for n in (1, 2, 3))
    assert (first.first, first.day) == (dt.date(2025, 1, 1), dt.date(2025, 2, 28))
    assert first.status(TODAY) is EntryStatus.DONE
    assert (second.first, second.day) == (dt.date(2025, 5, 1), dt.date(2025, 6, 30))
    assert second.status_text(TODAY) == "41天後到期"
    assert third.day == dt.date(2025, 10, 31)
    assert "meetings:114" not in entries  # the months say it; no yearly count line too


def test_notice_is_due_the_preset_days_before_the_meeting() -> None:
    coming = meeting(2, dt.date(2025, 5, 26))
    late = meeting(3, dt.date(2025, 3, 12), notice=dt.date(2025, 3, 11))
    entries = by_key(year_calendar(114, KAOHSIUNG_DISTRICT, TODAY, meetings=[coming, late],
                                   counted={late.id}))
    notice = entries["notice:2"]
    assert notice.day == dt.date(2025, 5, 23)  # 3 days before
    assert notice.status_text(TODAY) == "3天後到期"
    assert notice.target == "meeting:2"
    assert entries["notice:3"].status(TODAY) is EntryStatus.DONE
    assert "晚於期限" in entries["notice:3"].detail
    assert entries["meetings:114"].done


def test_an_inquorate_meeting_is_overdue_not_done() -> None:
    flop = meeting(4, dt.date(2025, 4, 1))
    entry = by_key(year_calendar(114, KAOHSIUNG_DISTRICT, TODAY, meetings=[flop]))["meeting:4"]
    assert entry.status(TODAY) is EntryStatus.OVERDUE
    assert "流會" in entry.detail
    assert entry.status_text(TODAY) == "已逾期49天"


def test_budget_and_reports_follow_the_preset_settings() -> None:
    preset = Preset(code="x", label="x", budget_deadline=(9, 30), report_due=(2, 29))
    entries = by_key(year_calendar(113, preset, dt.date(2024, 1, 1)))
    assert entries["budget:113"].day == dt.date(2024, 9, 30)
    # 2025 has no 2月29日: the last day of February.
    assert entries["report:113"].day == dt.date(2025, 2, 28)
    assert entries["report:112"].day == dt.date(2024, 2, 29)
    assert entries["budget:113"].status(dt.date(2024, 10, 1)) is EntryStatus.PASSED
    assert Preset.from_json(preset.to_json()).report_due == (2, 29)


def test_default_budget_day_is_september_15() -> None:
    entries = by_key(year_calendar(114, KAOHSIUNG_DISTRICT, TODAY))
    assert entries["budget:114"].day == dt.date(2025, 9, 15)


def test_terms_training_and_outreach_deadlines() -> None:
    terms = [TermEnd(7, "王○明", "外聘委員", dt.date(2025, 6, 30), left=False),
             TermEnd(8, "李○華", "指派成員", dt.date(2025, 3, 31), left=True),
             TermEnd(9, "陳○強", "指派成員", dt.date(2026, 3, 31), left=False)]
    session = Event(EventId(1), EventKind.CEDAW, "CEDAW座談", dt.date(2025, 3, 8),
                    audiences=("村里長",))
    planned = Event(EventId(2), EventKind.CEDAW, "CEDAW說明會", dt.date(2025, 6, 3),
                    audiences=("一般民眾",))
    entries = by_key(year_calendar(114, KAOHSIUNG_DISTRICT, TODAY, terms=terms,
                                   training_required=10, training_short=4,
                                   events=[session, planned]))
    assert entries["term:7:2025-06-30"].title == "王○明（外聘委員）任期屆滿"
    assert entries["term:8:2025-03-31"].status(TODAY) is EntryStatus.DONE
    assert "term:9:2026-03-31" not in entries  # next year's calendar lists it
    training = entries["training:114"]
    assert (training.day, training.detail) == (dt.date(2025, 12, 31), "完成6/10人，尚有4人未達時數")
    assert entries["outreach:114"].detail == "已辦理1場，尚需1場"
    assert entries["event:2"].status_text(TODAY) == "14天後到期"


def test_upcoming_lists_overdue_first_then_the_next_days() -> None:
    flop = meeting(4, dt.date(2025, 4, 1))
    coming = meeting(2, dt.date(2025, 5, 26))
    entries = year_calendar(114, KAOHSIUNG_DISTRICT, TODAY, meetings=[flop, coming])
    soon = upcoming(entries, TODAY, 30)
    assert [e.key for e in soon][:1] == ["meeting:4"]
    assert {"notice:2", "meeting:2"} <= {e.key for e in soon}
    assert all(e.day <= TODAY + dt.timedelta(days=30) for e in soon)
    assert all(e.kind is not EntryKind.BUDGET for e in soon)  # 9月15日 is further off
