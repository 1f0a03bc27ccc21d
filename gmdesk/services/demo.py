"""A realistic fictional district office, with a few deliberate gaps for 總覽 to flag."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import random

from gmdesk.domain import training as training_rules
from gmdesk.domain.model import (
    AgendaItem,
    AgendaItemId,
    Attendance,
    AttendanceStatus,
    AttendeeKind,
    Course,
    CourseId,
    Delivery,
    Employment,
    Event,
    EventId,
    EventKind,
    FollowUp,
    FollowUpId,
    Gender,
    ItemKind,
    Level,
    Meeting,
    MeetingId,
    Membership,
    MembershipId,
    Office,
    OfficeKind,
    Person,
    PersonId,
    Photo,
    PhotoId,
    Progress,
    Role,
    StaffCategory,
    TrainingId,
    TrainingRecord,
    UnitId,
)
from gmdesk.domain.presets import KAOHSIUNG_DISTRICT
from gmdesk.domain.rocdate import gregorian_year
from gmdesk.storage import events, group, meetings, office, people, training
from gmdesk.storage.database import Database
from gmdesk.storage.db import is_empty

SURNAMES = "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高潘簡朱鍾彭游詹胡施沈余盧梁趙顏柯翁魏孫戴范方宋鄧"
GIVEN_F = ["淑芬", "美玲", "雅婷", "怡君", "佩珊", "惠美", "宜蓁", "欣怡", "佳穎", "秀英",
           "麗華", "玉珍", "靜宜", "筱涵", "心怡", "瑞琪", "詩涵", "品妤", "婉婷", "郁雯"]
GIVEN_M = ["志明", "俊傑", "建宏", "家豪", "冠宇", "承翰", "宗翰", "文彬", "明哲", "國華",
           "建志", "信宏", "永昌", "柏翰", "哲瑋", "正雄", "世豪", "振宇", "育誠", "光耀"]

UNITS = ["民政課", "社會課", "經建課", "人文課", "兵役課", "秘書室", "人事室", "會計室",
         "調解委員會"]

# (unit, title, category, gender or None for random) for the fixed posts.
POSTS: list[tuple[str, str, StaffCategory, Gender | None]] = [
    ("秘書室", "區長", StaffCategory.HEAD, Gender.MALE),
    ("秘書室", "主任秘書", StaffCategory.SUPERVISOR, Gender.FEMALE),
    ("秘書室", "秘書", StaffCategory.SUPERVISOR, Gender.MALE),
    ("民政課", "課長", StaffCategory.SUPERVISOR, Gender.MALE),
    ("社會課", "課長", StaffCategory.SUPERVISOR, Gender.FEMALE),
    ("經建課", "課長", StaffCategory.SUPERVISOR, Gender.MALE),
    ("人文課", "課長", StaffCategory.SUPERVISOR, Gender.FEMALE),
    ("兵役課", "課長", StaffCategory.SUPERVISOR, Gender.MALE),
    ("人事室", "主任", StaffCategory.SUPERVISOR, Gender.FEMALE),
    ("會計室", "主任", StaffCategory.SUPERVISOR, Gender.MALE),
    ("調解委員會", "秘書", StaffCategory.GENERAL, Gender.MALE),
    ("人事室", "科員", StaffCategory.FOCAL, Gender.FEMALE),
    ("民政課", "課員", StaffCategory.FOCAL, Gender.MALE),
    ("社會課", "社工員", StaffCategory.GENERAL, Gender.FEMALE),
]
WORKER_TITLES = ["技工", "工友", "駕駛", "約僱人員", "清潔隊員"]
GENERAL_TITLES = ["課員", "科員", "辦事員", "書記", "里幹事", "專員"]

COURSES = [
    ("CEDAW基礎課程：形式平等與實質平等", 2.0, Level.BASIC, Delivery.IN_PERSON, "本所"),
    ("性別主流化概論（數位課程）", 2.0, Level.BASIC, Delivery.ONLINE, "e等公務園+"),
    ("直接歧視與間接歧視案例研討", 3.0, Level.BASIC, Delivery.IN_PERSON, "公務人員訓練中心"),
    ("暫行特別措施與性別影響評估（進階）", 6.0, Level.ADVANCED, Delivery.IN_PERSON,
     "公務人員訓練中心"),
    ("性別統計與性別預算實務（進階）", 6.0, Level.ADVANCED, Delivery.IN_PERSON, "市府人事處"),
    ("CEDAW一般性建議第35號導讀（數位課程）", 1.0, Level.BASIC, Delivery.ONLINE, "e等公務園+"),
]


def _name(rng: random.Random, gender: Gender, used: set[str]) -> str:
    while True:
        given = rng.choice(GIVEN_F if gender is Gender.FEMALE else GIVEN_M)
        name = rng.choice(SURNAMES) + given
        if name not in used:
            used.add(name)
            return name


def demo_photo(rng: random.Random, label: int, size: tuple[int, int] = (1200, 800)) -> bytes:
    """Return a JPEG standing in for an event photo: a room, a banner and an audience."""
    from PIL import Image, ImageDraw

    hue = rng.randrange(40, 200)
    image = Image.new("RGB", size, (hue, 190, 215 - hue // 2))
    draw = ImageDraw.Draw(image)
    w, h = size
    draw.rectangle([w * 0.1, h * 0.08, w * 0.9, h * 0.25], fill=(180, 30, 60))
    draw.rectangle([w * 0.4, h * 0.3, w * 0.6, h * 0.55], fill=(90, 70, 50))
    for row in range(3):
        for col in range(8):
            x = w * (0.08 + col * 0.115)
            y = h * (0.62 + row * 0.12)
            color = (rng.randrange(30, 230), rng.randrange(30, 230), rng.randrange(30, 230))
            draw.ellipse([x, y, x + w * 0.06, y + h * 0.08], fill=color)
    for i in range(label % 5 + 1):
        draw.rectangle([w * (0.12 + i * 0.05), h * 0.12, w * (0.15 + i * 0.05), h * 0.2],
                       fill=(255, 255, 255))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82)
    return buffer.getvalue()


def create_demo(db: Database, today: dt.date, seed: int = 114) -> None:
    """Fill an empty database with the demo office for the year of `today` and the one before."""
    if not is_empty(db):
        raise ValueError("資料檔已有機關資料，示範資料只能建立在新的資料檔。")
    rng = random.Random(seed)
    this_year = today.year - 1911
    years = (this_year - 1, this_year)
    with db.atomic():
        office.save_office(db, Office(
            name="高雄市海濱區公所", city="高雄市", kind=OfficeKind.DISTRICT,
            head_name="", head_title="區長", contact_name="", contact_phone="07-5551234#201",
            contact_email="gender@haibin.example.gov.tw",
            address="高雄市海濱區海濱路100號", doc_prefix="高市海區人字第",
            plan_start=this_year - 2, plan_end=this_year + 1, clerk_name="",
        ))
        office.save_preset(db, this_year - 2, KAOHSIUNG_DISTRICT)
        office.set_setting(db, "name_display", "masked")
        office.set_setting(db, "postcode", "80543")  # services.settings.POSTCODE_KEY
        unit_ids = {name: office.add_unit(db, name, i) for i, name in enumerate(UNITS)}
        used: set[str] = set()
        staff = _create_staff(db, rng, unit_ids, used, years)
        _fill_office_contacts(db, staff)
        members = _create_group(db, rng, staff, unit_ids, used, years, today)
        _create_meetings(db, rng, members, staff, years, today)
        _create_training(db, rng, staff, years, today)
        _create_events(db, rng, years, today)
        # Its own random stream, so the records above stay as they were before these duties.
        _create_duties(db, random.Random(seed + 14), staff, years, today)


def _create_staff(db: Database, rng: random.Random, unit_ids: dict[str, UnitId],
                  used: set[str], years: tuple[int, int]) -> list[tuple[Person, str, StaffCategory]]:
    first_year = gregorian_year(years[0])
    rows: list[tuple[str, str, StaffCategory, Gender | None]] = list(POSTS)
    for unit in ("民政課", "社會課", "經建課", "人文課", "兵役課", "秘書室", "人事室", "會計室"):
        count = {"民政課": 9, "社會課": 7, "經建課": 6, "人文課": 5}.get(unit, 3)
        rows += [(unit, rng.choice(GENERAL_TITLES), StaffCategory.GENERAL, None)
                 for _ in range(count)]
    rows += [(rng.choice(["秘書室", "經建課", "民政課"]), rng.choice(WORKER_TITLES),
              StaffCategory.WORKER, None) for _ in range(8)]
    staff = []
    for number, (unit, title, category, gender) in enumerate(rows, start=1):
        gender = gender or rng.choice([Gender.MALE, Gender.FEMALE, Gender.FEMALE])
        person = Person(PersonId(0), _name(rng, gender, used), gender, title, unit_ids[unit],
                        staff_no=f"{number:05d}")
        pid = people.add_person(db, person)
        start = dt.date(first_year - rng.randrange(0, 15), rng.randrange(1, 13), 1)
        end = None
        if number == len(rows) - 1:
            # Left in the spring of the first year: kept, not deleted, and exempt (<90 days).
            start, end = dt.date(first_year - 3, 2, 1), dt.date(first_year, 2, 28)
        if number == len(rows):
            # Joined in November of the current year: exempt by the 90-day rule.
            start = dt.date(gregorian_year(years[1]), 11, 3)
        people.add_employment(db, Employment(0, pid, category, start, end, title, unit_ids[unit]))
        staff.append((Person(pid, person.name, gender, title, unit_ids[unit],
                             person.staff_no), unit, category))
    return staff


def _fill_office_contacts(db: Database, staff: list[tuple[Person, str, StaffCategory]]) -> None:
    current = office.get_office(db)
    assert current is not None
    head = next(p for p, _, c in staff if c is StaffCategory.HEAD)
    clerk = next(p for p, u, c in staff if u == "人事室" and c is StaffCategory.FOCAL)
    from dataclasses import replace

    office.save_office(db, replace(current, head_name=head.name, contact_name=clerk.name,
                                   clerk_name=clerk.name))


def _create_group(db: Database, rng: random.Random, staff: list[tuple[Person, str, StaffCategory]],
                  unit_ids: dict[str, UnitId], used: set[str], years: tuple[int, int],
                  today: dt.date) -> list[tuple[Person, Role]]:
    def find(unit: str, title: str) -> Person:
        return next(p for p, u, _ in staff if u == unit and p.title == title)

    start = dt.date(gregorian_year(years[0]) - 1, 1, 1)
    term_end = dt.date(gregorian_year(years[1]) + 1, 12, 31)
    seats: list[tuple[Person, Role, str]] = [
        (find("秘書室", "主任秘書"), Role.CONVENER, ""),
        (find("人事室", "主任"), Role.EX_OFFICIO, "personnel"),
        (find("會計室", "主任"), Role.EX_OFFICIO, "accounting"),
        (find("調解委員會", "秘書"), Role.EX_OFFICIO, "mediation"),
        (find("秘書室", "秘書"), Role.EX_OFFICIO, "research"),
        (find("社會課", "社工員"), Role.EX_OFFICIO, "women_liaison"),
        (find("民政課", "課長"), Role.APPOINTED, ""),
        (find("社會課", "課長"), Role.APPOINTED, ""),
    ]
    # An outside expert whose term ends soon: a deliberate warning for 總覽.
    expert = Person(PersonId(0), _name(rng, Gender.FEMALE, used), Gender.FEMALE,
                    "社區大學講師", None, external=True)
    expert_id = people.add_person(db, expert)
    seats.append((Person(expert_id, expert.name, Gender.FEMALE, expert.title, None,
                         external=True), Role.APPOINTED, ""))
    result = []
    for person, role, post in seats:
        end = term_end
        if person.id == expert_id:
            end = min(today + dt.timedelta(days=45), dt.date(gregorian_year(years[1]), 12, 31))
        group.add_membership(db, Membership(MembershipId(0), person.id, role, start, end,
                                            post=post))
        result.append((person, role))
    # A former member who left: their past meetings keep them.
    former = find("人文課", "課長")
    group.add_membership(db, Membership(MembershipId(0), former.id, Role.APPOINTED,
                                        dt.date(start.year - 2, 1, 1), start - dt.timedelta(1),
                                        end=start - dt.timedelta(1)))
    return result


def _create_meetings(db: Database, rng: random.Random, members: list[tuple[Person, Role]],
                     staff: list[tuple[Person, str, StaffCategory]], years: tuple[int, int],
                     today: dt.date) -> None:
    convener = next(p for p, r in members if r is Role.CONVENER)
    guests = [p for p, u, c in staff if c is StaffCategory.FOCAL]
    plans = [
        (years[0], dt.date(gregorian_year(years[0]), 3, 12), dt.date(gregorian_year(years[0]), 3, 3)),
        (years[0], dt.date(gregorian_year(years[0]), 9, 17), dt.date(gregorian_year(years[0]), 9, 8)),
        (years[1], dt.date(gregorian_year(years[1]), 4, 15), dt.date(gregorian_year(years[1]), 4, 13)),
    ]
    open_followups: list[tuple[FollowUpId, str]] = []
    for index, (year, day, notice) in enumerate(plans):
        seq = meetings.next_seq(db, year)
        mid = meetings.add_meeting(db, Meeting(
            MeetingId(0), year, seq, day, dt.time(14, 30), "本所3樓第一會議室", convener.id,
            dt.time(16, 0), recorder=guests[0].name, notice_date=notice,
            notice_no=f"高市海區人字第{year}00{index + 101}號",
            chair_remarks="感謝各位委員撥冗出席。本所持續推動性別主流化，請各單位落實辦理。",
        ))
        for person, _ in members:
            status = AttendanceStatus.PRESENT
            if rng.random() < 0.15:
                status = AttendanceStatus.LEAVE
            meetings.add_attendance(db, Attendance(0, mid, person.id, AttendeeKind.MEMBER, status))
        for guest in guests:
            if guest.id not in {p.id for p, _ in members}:
                meetings.add_attendance(db, Attendance(0, mid, guest.id, AttendeeKind.GUEST,
                                                       AttendanceStatus.PRESENT))
        for fid, _ in open_followups:
            close = index == len(plans) - 1
            meetings.add_progress(db, Progress(
                0, fid, mid, "已完成辦理並於本所網站公告。" if close else "持續辦理中。",
                "close" if close else "continue",
                "解除列管" if close else "繼續列管",
            ))
            if close:
                current = next(f for f in meetings.list_followups(db) if f.id == fid)
                meetings.update_followup(db, FollowUp(fid, current.item_id, current.owner_unit, mid))
        open_followups = [f for f in open_followups if index != len(plans) - 1]
        meetings.add_item(db, AgendaItem(
            AgendaItemId(0), mid, ItemKind.REPORT, 1, f"{year}年度性別意識培力辦理情形",
            "人事室", "本所同仁受訓情形如附件。", "洽悉。"))
        meetings.add_item(db, AgendaItem(
            AgendaItemId(0), mid, ItemKind.REPORT, 2, "CEDAW宣導活動辦理情形", "民政課",
            "本年度已辦理之宣導活動如附件。", "洽悉。"))
        title, unit, explanation, decision = CASES[index % len(CASES)]
        item = meetings.add_item(db, AgendaItem(
            AgendaItemId(0), mid, ItemKind.DISCUSSION, 1, title, unit, explanation, decision))
        fid = meetings.add_followup(db, FollowUp(FollowUpId(0), item, unit))
        open_followups.append((fid, unit))


# One discussion case a meeting, as a real group's year reads: each is tracked (列管) until
# the last meeting closes it.
CASES = [
    ("本所辦理活動之性別友善設施檢視案", "秘書室",
     "一、為落實性別友善，擬檢視本所活動場地之哺集乳室及性別友善廁所。\n二、提請討論。",
     "照案通過，請秘書室於下次會議報告辦理情形。"),
    ("下年度CEDAW宣導活動規劃案", "民政課",
     "一、依本市性別主流化實施計畫，每年應辦理對外CEDAW宣導至少2場。\n"
     "二、擬於婦女節辦理闖關活動，並於暑期至學校辦理說明會。\n三、提請討論。",
     "照案通過，請民政課依規劃辦理並於下次會議報告。"),
    ("本所性別統計指標年度檢討案", "會計室",
     "一、本所現有性別統計指標12項，擬新增「調解委員性別比例」1項。\n二、提請討論。",
     "照案通過，請會計室更新指標並公布於本所網站。"),
]

MEASURE_TEXT = {
    "區民活動中心設置性別友善廁所": (
        "完成區民活動中心性別友善廁所1處，並於入口設置標示，方便照顧者陪同長者及幼兒使用。",
        "將逐步檢視其他活動中心之廁所及哺集乳室設置情形。"),
    "里民大會提供臨時托育服務": (
        "於里民大會期間提供臨時托育服務，照顧幼兒12人次，協助家長安心參與公共事務。",
        "托育人力可再增加，並提前於里辦公處公告，讓更多家長知道。"),
}


def _create_training(db: Database, rng: random.Random,
                     staff: list[tuple[Person, str, StaffCategory]], years: tuple[int, int],
                     today: dt.date) -> None:
    for year in years:
        gyear = gregorian_year(year)
        course_ids: list[tuple[CourseId, Course]] = []
        for i, (title, hours, level, delivery, provider) in enumerate(COURSES):
            day = dt.date(gyear, 3 + i, 10 + i)
            if day > today:
                day = today - dt.timedelta(days=20 + i)
            course = Course(CourseId(0), title, day, hours, level, True, delivery, provider)
            course_ids.append((training.add_course(db, course), course))
        short = 0
        for person, _, category in staff:
            picks = [0, 1] if rng.random() < 0.6 else [2]
            if category is StaffCategory.FOCAL:
                picks = [0, 1, 2, 3, 4, 5]
            if year == years[1] and category is StaffCategory.GENERAL and short < 4 \
                    and rng.random() < 0.2:
                picks, short = [5], short + 1  # a deliberate gap: 1 of 3 hours
            periods = people.employment_of(db, person.id)
            for pick in picks:
                cid, course = course_ids[pick]
                if not training_rules.employed_on(periods, course.day):
                    continue  # no course before the person was hired or after they left
                training.add_training(db, TrainingRecord(
                    TrainingId(0), person.id, course.title, course.day, course.hours,
                    course.level, course.cedaw, course.delivery, course.provider, cid,
                    satisfaction=rng.choice([4, 4, 5, 5, 3]),
                ))


def _create_events(db: Database, rng: random.Random, years: tuple[int, int],
                   today: dt.date) -> None:
    sessions = [
        (years[0], 3, 8, EventKind.CEDAW, "婦女節CEDAW有獎徵答活動", ("一般民眾",),
         ("活動設攤", "有獎徵答"), ("第5條 性別角色與刻板印象", "第13條 經濟與社會生活")),
        (years[0], 6, 20, EventKind.CEDAW, "村里長CEDAW研習座談", ("村里長",), ("座談會",),
         ("第7條 政治與公共生活", "一般性建議第40號")),
        (years[0], 10, 5, EventKind.CEDAW, "新住民姊妹CEDAW說明會", ("新住民", "民間組織"),
         ("說明會",), ("第9條 國籍", "第16條 婚姻與家庭")),
        (years[0], 8, 1, EventKind.MEASURE, "區民活動中心設置性別友善廁所", (), (), ()),
        (years[1], 3, 7, EventKind.CEDAW, "婦女節CEDAW闖關活動", ("一般民眾", "學校"),
         ("活動設攤",), ("第5條 性別角色與刻板印象", "第10條 教育")),
        (years[1], 5, 14, EventKind.CEDAW, "同仁CEDAW讀書會", ("內部同仁",), ("座談會",),
         ("第11條 就業",)),
        (years[1], 7, 22, EventKind.MEASURE, "里民大會提供臨時托育服務", (), (), ()),
    ]
    for number, (year, month, day_no, kind, title, audiences, methods, refs) in enumerate(sessions):
        day = dt.date(gregorian_year(year), month, day_no)
        if day > today:
            day = today - dt.timedelta(days=10 + number)
        male, female = rng.randrange(15, 60), rng.randrange(20, 80)
        eid = events.add_event(db, Event(
            EventId(0), kind, title, day, None,
            category="友善環境" if "廁所" in title else ("照顧支持" if kind is EventKind.MEASURE else ""),
            place="本所大禮堂" if kind is EventKind.CEDAW else "本區各里活動中心",
            organizer="民政課", co_organizers="社會課",
            audiences=audiences, methods=methods, cedaw_refs=refs,
            male=male if kind is EventKind.CEDAW else 0,
            female=female if kind is EventKind.CEDAW else 0,
            budget=rng.choice([5000, 8000, 12000, 20000]),
            partners="海濱區婦女會" if kind is EventKind.CEDAW else "",
            outcome=MEASURE_TEXT[title][0] if title in MEASURE_TEXT
            else "參與民眾踴躍，問卷顯示九成以上對CEDAW有更多認識。",
            review=MEASURE_TEXT[title][1] if title in MEASURE_TEXT
            else "明年可增加男性參與者之宣導管道。",
        ))
        if kind is EventKind.CEDAW:
            captions = ["活動開場，區長致詞", "民眾參與有獎徵答", "講師說明CEDAW重點",
                        "活動大合照"]
            for seq, caption in enumerate(captions[: rng.randrange(2, 5)], start=1):
                data = demo_photo(rng, number * 10 + seq)
                events.add_photo(db, Photo(PhotoId(0), eid, seq, caption, "image/jpeg", 1200,
                                           800, hashlib.sha256(data).hexdigest(), data))


INDICATORS: list[tuple[str, str, str, tuple[str, ...], tuple[int, int]]] = [
    # (name, unit, source, 複分類, (male, female) of the latest year)
    ("本所員工人數", "人事室", "本所人事資料", ("年齡", "職等"), (38, 26)),
    ("本所主管人員人數", "人事室", "本所人事資料", ("職等",), (7, 4)),
    ("調解委員人數", "調解委員會", "調解委員會名冊", ("年齡",), (15, 6)),
    ("里長人數", "民政課", "本市選舉資料", ("年齡", "區域"), (17, 5)),
    ("志願服務人員人數", "社會課", "志願服務管理系統", ("年齡", "區域"), (88, 214)),
    ("低收入戶戶長人數", "社會課", "社會救助系統", ("年齡", "身心障礙"), (61, 97)),
    ("中低收入老人生活津貼核發人數", "社會課", "社會救助系統", ("年齡", "區域"), (143, 226)),
    ("社區發展協會理事長人數", "社會課", "人民團體資料", ("年齡",), (19, 6)),
]


def _create_duties(db: Database, rng: random.Random,
                   staff: list[tuple[Person, str, StaffCategory]], years: tuple[int, int],
                   today: dt.date) -> None:
    """Two GIA cases, eight indicators, an analysis, next year's budget, two committees."""
    from gmdesk.domain.budget import BudgetCategory, BudgetItem, BudgetItemId, BudgetSheet
    from gmdesk.domain.committees import Committee, CommitteeId, CommitteeKind, CommitteeMember
    from gmdesk.domain.impact import (
        Adoption,
        ExpertSource,
        GiaCase,
        GiaCaseId,
        GiaKind,
        ParticipationWay,
    )
    from gmdesk.domain.statistics import (
        Analysis,
        AnalysisId,
        AnalysisUse,
        Indicator,
        IndicatorId,
        IndicatorReview,
        IndicatorValue,
        ReviewAction,
    )
    from gmdesk.storage import duties

    year = years[1]
    gyear = gregorian_year(year)

    def day(month: int, number: int) -> dt.date:
        return min(dt.date(gyear, month, number), today)

    duties.add_case(db, GiaCase(
        GiaCaseId(0), year, "海濱區公園綠地及兒童遊戲場改善工程", GiaKind.PUBLIC_WORKS, "經建課",
        day(2, 16), "一般表108年版", "高雄市政府工務局", "高雄市海濱區公所", "3-7 環境、能源與科技",
        "公園使用者以照顧者陪同幼兒及長者為多，照顧者多為女性；現有設施缺少哺集乳空間、夜間照明不足。",
        "本區公園使用者問卷（114年，依性別分列）、本區人口按性別及年齡統計",
        expert_name="陳美玲", expert_title="副教授", expert_org="國立高雄大學",
        expert_source=ExpertSource.NATIONAL_DB, way=ParticipationWay.WRITTEN,
        participated_on=day(3, 10),
        opinion="一、請於遊戲場旁增設親子廁所及哺集乳空間。二、步道照明應涵蓋夜間運動路線。",
        adoption=Adoption.PARTLY,
        adoption_reason="夜間照明已全部納入設計；哺集乳空間因公園用地不足，改設於鄰近區民活動中心。",
        revision="修正設計圖說，增設親子廁所1處及步道照明12盞。",
        submitted_to="高雄市政府工務局", submitted_on=day(4, 8), closed_on=day(4, 15)))
    duties.add_case(db, GiaCase(
        GiaCaseId(0), year, "海濱區社區照顧關懷據點擴充中程計畫（116-119年）", GiaKind.MID_LONG_PLAN,
        "社會課", day(8, 3), "一般表108年版", "高雄市政府社會局", "高雄市海濱區公所",
        "2-3 人口、婚姻與家庭",
        "據點志工以女性為多，受照顧長者中獨居女性比例偏高；男性長者參與率低。",
        "本區65歲以上人口按性別統計、據點參與人次按性別統計",
        expert_name="黃志明", expert_title="教授", expert_org="國立中山大學社會學系",
        expert_source=ExpertSource.WOMEN_COMMITTEE, way=ParticipationWay.MEETING,
        participated_on=day(9, 22),
        opinion="建議設計吸引男性長者參與之課程，並評估志工之照顧負擔。"))

    meeting_ids = [m.id for m in meetings.list_meetings(db, year)]
    meeting_id = meeting_ids[0] if meeting_ids else None
    review_day = meetings.list_meetings(db, year)[0].day if meeting_ids else day(4, 15)
    for name, unit, source, breakdowns, (male, female) in INDICATORS:
        iid = duties.add_indicator(db, Indicator(IndicatorId(0), name, unit, source, "年", "人", breakdowns))
        added = name == "調解委員人數"  # the group's third case added it this year
        duties.add_review(db, IndicatorReview(
            0, iid, year, ReviewAction.ADDED if added else ReviewAction.KEPT, review_day, meeting_id,
            "依小組會議決議新增" if added else ""))
        for back in (3, 2, 1):
            drift = 1 - 0.04 * (back - 1)
            duties.set_value(db, IndicatorValue(
                0, iid, year - back, round(male * drift) + rng.randrange(0, 3),
                round(female * drift) + rng.randrange(0, 3)))
    duties.add_analysis(db, Analysis(
        AnalysisId(0), year, "海濱區志願服務人員之性別分析", "社會課", min(review_day, day(3, 31)),
        ("志願服務人員人數",), (AnalysisUse.POLICY.value, AnalysisUse.NEWS.value), meeting_id,
        "女性志工占七成，擬於據點擴充計畫中規劃吸引男性參與之服務項目。"))

    budget_year = year + 1
    for category, title, unit, amount, description, indicator, target in [
        (BudgetCategory.PLAN, "社區照顧關懷據點擴充計畫", "社會課", 350,
         "增加男性長者參與之課程，並提供志工喘息服務", "男性長者參與人次", "較前一年增加10%"),
        (BudgetCategory.PROGRAM, "推動友善職場及育兒支持措施", "人事室", 60,
         "設置哺集乳室及彈性上下班，支持同仁兼顧家庭", "申請育嬰留職停薪男性同仁人數", "2人"),
        (BudgetCategory.TOOL, "性別統計及性別影響評估實務研習", "人事室", 45,
         "提升同仁運用性別統計及辦理性別影響評估之能力", "參訓人數", "40人"),
        (BudgetCategory.OTHER, "CEDAW宣導活動", "民政課", 80,
         "對區民宣導CEDAW及消除性別刻板印象", "對外宣導場次", "3場"),
    ]:
        duties.add_item(db, BudgetItem(BudgetItemId(0), budget_year, category, title, unit, amount,
                                       description, indicator, target))
    if today >= dt.date(gyear, 9, 10):
        duties.save_sheet(db, BudgetSheet(0, budget_year, dt.date(gyear, 9, 4), None,
                                          dt.date(gyear, 9, 10), f"高市海區會字第{year}0004521號",
                                          "經執行小組書面檢視"))

    males = [p for p, _, c in staff if p.gender is Gender.MALE and c is not StaffCategory.WORKER]
    females = [p for p, _, c in staff if p.gender is Gender.FEMALE and c is not StaffCategory.WORKER]
    start = dt.date(gyear, 1, 1)
    appraisal = duties.add_committee(db, Committee(
        CommitteeId(0), "考績委員會", CommitteeKind.APPRAISAL, "公務人員考績法施行細則第2條",
        start, dt.date(gyear, 12, 31)))
    selection = duties.add_committee(db, Committee(
        CommitteeId(0), "甄審委員會", CommitteeKind.SELECTION, "公務人員陞遷法第7條",
        start, dt.date(gyear, 12, 31),
        exception_reason="指定委員為本所主任秘書及各課室主管，現任主管多為男性",
        filed_on=dt.date(gyear, 2, 5), doc_no=f"高市海區人字第{year}0000321號"))
    for committee, men, women in ((appraisal, males[:5], females[:4]), (selection, males[5:11], females[4:5])):
        for person in [*men, *women]:
            duties.add_member(db, CommitteeMember(0, committee, person.name, person.gender, person.title,
                                                  person.title in ("主任秘書", "主任"), start))
