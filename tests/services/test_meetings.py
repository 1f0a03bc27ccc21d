"""Recording meetings: follow-up carried meeting after meeting, and bad input writes nothing."""

import dataclasses
import datetime as dt

import pytest
from sqlite_utils import Database

from gmdesk.domain.errors import InputError
from gmdesk.domain.model import AttendanceStatus, AttendeeKind, ItemKind, PersonId
from gmdesk.services import group as group_service
from gmdesk.services import meetings as service
from gmdesk.storage import meetings as store
from gmdesk.storage import people
from tests.conftest import THIS_YEAR, TODAY


def draft(db: Database, day: dt.date) -> service.MeetingInput:
    new = service.new_draft(db, THIS_YEAR, TODAY)
    return dataclasses.replace(new, day=day, progress=tuple(
        service.ProgressInput(o.followup.id) for o in service.open_followups(db, day)))


def counts(db: Database) -> dict[str, int]:
    return {t: db[t].count for t in ("meeting", "attendance", "agenda_item", "followup",
                                     "progress")}


def test_followup_carried_over_two_meetings_until_closed(demo_db: Database) -> None:
    first = draft(demo_db, dt.date(2026, 6, 10))
    (carried,) = service.open_followups(demo_db, first.day)
    assert carried.source.code == "115-1"
    item = service.ItemInput(ItemKind.DISCUSSION, "設置哺集乳室案", "秘書室", "一、提請討論。",
                             "照案通過。", followup_unit="秘書室")
    first = dataclasses.replace(first, items=(item,), progress=(
        service.ProgressInput(carried.followup.id, "已完成場地檢視。", "continue"),))
    m2 = service.save_meeting(demo_db, first)

    second = draft(demo_db, dt.date(2026, 8, 12))
    open_now = service.open_followups(demo_db, second.day)
    assert [o.item.title for o in open_now] == ["本所性別統計指標年度檢討案", "設置哺集乳室案"]
    assert open_now[0].history[-1].text == "已完成場地檢視。"
    second = dataclasses.replace(second, progress=(
        service.ProgressInput(open_now[0].followup.id, "已改善完成。", "close"),
        service.ProgressInput(open_now[1].followup.id, "施工中。", "continue")))
    m3 = service.save_meeting(demo_db, second)

    paper = service.paper(demo_db, m3, TODAY)
    assert [(f.title, f.progress, f.proposal_label) for f in paper.followups] == [
        ("本所性別統計指標年度檢討案", "已改善完成。", "解除列管"),
        ("設置哺集乳室案", "施工中。", "繼續列管")]
    assert paper.previous == "115年第2次會議"
    assert store.get_meeting(demo_db, m2) is not None
    # The closed one is gone from the next meeting; the open one is carried again.
    later = service.open_followups(demo_db, dt.date(2026, 10, 14))
    assert [o.item.title for o in later] == ["設置哺集乳室案"]
    # Reopening: editing meeting 3 back to 繼續列管 brings it back.
    edited = dataclasses.replace(service.draft_of(demo_db, m3), progress=(
        service.ProgressInput(open_now[0].followup.id, "尚需追蹤。", "continue"),
        service.ProgressInput(open_now[1].followup.id, "施工中。", "continue")))
    service.save_meeting(demo_db, edited, m3)
    assert len(service.open_followups(demo_db, dt.date(2026, 10, 14))) == 2


def members(db: Database, day: dt.date) -> list[PersonId]:
    return [s.person.id for s in service.member_seats(db, day)]


@pytest.mark.parametrize(("change", "field", "words"), [
    ("outside_year", "day", "不在115年度內"),
    ("chair_not_member", "chair", "不是小組成員"),
    ("proxy_for_present", "proxy", "不能同時填寫代理人"),
    ("proxy_without_name", "proxy", "請填寫代理人姓名"),
    ("non_member_attends", "attendance", "不能列為委員出席"),
    ("duplicate_seq", "seq", "115年第1次會議已存在"),
    ("empty_item", "items", "未填「案由」"),
])
def test_bad_input_changes_nothing(demo_db: Database, change: str, field: str,
                                   words: str) -> None:
    day = dt.date(2026, 6, 10)
    good = draft(demo_db, day)
    ids = members(demo_db, day)
    outsider = next(p.id for p in people.list_people(demo_db) if p.id not in ids)
    rows = list(good.attendance)
    bad = {
        "outside_year": dataclasses.replace(good, day=dt.date(2027, 1, 5)),
        "chair_not_member": dataclasses.replace(good, chair_id=outsider),
        "proxy_for_present": dataclasses.replace(good, attendance=(
            dataclasses.replace(rows[1], proxy_name="林代理"), *rows[2:])),
        "proxy_without_name": dataclasses.replace(good, attendance=(
            dataclasses.replace(rows[1], status=AttendanceStatus.PROXY), *rows[2:])),
        "non_member_attends": dataclasses.replace(good, attendance=(
            *rows, service.AttendanceInput(outsider, AttendeeKind.MEMBER))),
        "duplicate_seq": dataclasses.replace(good, seq=1),
        "empty_item": dataclasses.replace(good, items=(
            service.ItemInput(ItemKind.REPORT, "甲"), service.ItemInput(ItemKind.DISCUSSION, " "))),
    }[change]
    before = counts(demo_db)
    with pytest.raises(InputError) as caught:
        service.save_meeting(demo_db, bad)
    assert caught.value.field == field
    assert words in str(caught.value)
    assert counts(demo_db) == before
    # The good draft saves.
    service.save_meeting(demo_db, good)
    assert counts(demo_db)["meeting"] == before["meeting"] + 1


def test_former_member_keeps_past_meetings(demo_db: Database) -> None:
    m1 = store.find_meeting(demo_db, THIS_YEAR, 1)
    assert m1 is not None
    seat = next(s for s in service.member_seats(demo_db, m1.day) if s.person.title == "課長")
    group_service.end_membership(demo_db, seat.membership.id, dt.date(2026, 5, 1))
    before = [p.name for p in service.paper(demo_db, m1.id, TODAY).members]
    assert seat.person.name in before
    assert seat.person.id not in members(demo_db, dt.date(2026, 6, 1))


def test_notice_number_runs_on(demo_db: Database) -> None:
    assert service.next_notice_no(demo_db, THIS_YEAR) == "高市海區人字第1150000104號"
    assert service.next_notice_no(demo_db, 116) == "高市海區人字第1160000001號"


def test_quorum_of_a_draft(demo_db: Database) -> None:
    good = draft(demo_db, dt.date(2026, 6, 10))
    half = len(good.attendance) // 2  # 9 members: 4 present is not half
    rows = tuple(dataclasses.replace(a, status=AttendanceStatus.PRESENT if i < half
                                     else AttendanceStatus.LEAVE)
                 for i, a in enumerate(good.attendance))
    result, genders, _ = service.attendance_status(demo_db, dataclasses.replace(
        good, attendance=rows))
    assert (result.members, result.present, result.reached) == (9, 4, False)
    assert genders.total == 4


def test_the_outside_member_in_an_appointed_seat_counts_as_external_present(
        demo_db: Database) -> None:
    """One rule: the roster's 府外 member is the workbook's 府外委員出席 (not only the role)."""
    from gmdesk.domain.model import AttendanceStatus
    from gmdesk.services import meetings
    from gmdesk.storage import meetings as meeting_store
    from gmdesk.storage import people

    persons = people.people_by_id(demo_db)
    for row in meetings.list_rows(demo_db, 115):
        outside_present = sum(
            1 for a in meeting_store.list_attendance(demo_db, row.meeting.id)
            if a.person_id in persons and persons[a.person_id].external
            and a.status in (AttendanceStatus.PRESENT, AttendanceStatus.PROXY)
            and a.kind.value == "member")
        assert outside_present >= 1  # the demo's outside member attends every meeting
        assert row.quorum.external_present == outside_present


def _open_by_rule(db: Database, day: dt.date, meeting_id: int | None) -> list[int]:
    """The rule read off every record: a resolution of an earlier meeting (not this one)
    stays open until a meeting held by `day`, other than this one, closes it."""
    meetings = {m.id: m for m in store.list_meetings(db)}
    items = {i.id: i for m in meetings for i in store.list_items(db, m)}
    kept = []
    for followup in store.list_followups(db):
        source = meetings[items[followup.item_id].meeting_id]
        if source.id == meeting_id or source.day > day:
            continue
        closer = meetings.get(followup.closed_meeting_id or 0)
        if closer is not None and closer.id != meeting_id and closer.day <= day:
            continue
        kept.append(followup.id)
    return sorted(kept)


def test_open_followups_read_in_sql_follow_the_rule_on_every_day(demo_db: Database) -> None:
    first = draft(demo_db, dt.date(2026, 6, 10))
    item = service.ItemInput(ItemKind.DISCUSSION, "設置哺集乳室案", "秘書室", "一、提請討論。",
                             "照案通過。", followup_unit="秘書室")
    m2 = service.save_meeting(demo_db, dataclasses.replace(first, items=(item,)))
    second = draft(demo_db, dt.date(2026, 8, 12))
    second = dataclasses.replace(second, progress=tuple(
        service.ProgressInput(p.followup_id, "已完成。", "close") for p in second.progress))
    m3 = service.save_meeting(demo_db, second)
    held = store.list_meetings(demo_db)
    assert len(held) >= 3 and any(f.closed_meeting_id == m3 for f in store.list_followups(demo_db))
    for meeting_id in (None, *(m.id for m in held)):
        for day in sorted({m.day + dt.timedelta(days=d) for m in held for d in (-1, 0, 1)}):
            found = service.open_followups(demo_db, day, meeting_id)
            assert sorted(o.followup.id for o in found) == _open_by_rule(demo_db, day, meeting_id)
    # the meeting that closed them still reports on them; the next one does not
    assert service.open_followups(demo_db, dt.date(2026, 8, 12), m3)
    assert not [o for o in service.open_followups(demo_db, dt.date(2026, 10, 1))
                if o.item.meeting_id != m2]


def test_a_years_attendance_read_at_once_is_each_meetings(demo_db: Database) -> None:
    by_meeting = store.attendance_of_year(demo_db, THIS_YEAR)
    held = store.list_meetings(demo_db, THIS_YEAR)
    assert held and any(by_meeting.values())
    for meeting in held:
        assert by_meeting.get(meeting.id, []) == store.list_attendance(demo_db, meeting.id)
    assert set(by_meeting) <= {m.id for m in held}
