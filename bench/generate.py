"""A large synthetic office, deterministic, written with bulk inserts in one transaction.

The file is cached under <temp>/gmdesk-bench keyed by the generator version, the scale and
the ROC year it ends in, so repeated runs of the bench start at once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import random
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

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
    Unit,
    UnitId,
)
from gmdesk.domain.presets import TAIPEI_BUREAU
from gmdesk.domain.rocdate import gregorian_year
from gmdesk.services.demo import GIVEN_F, GIVEN_M, SURNAMES, demo_photo
from gmdesk.storage import office as office_store
from gmdesk.storage.db import open_db
from gmdesk.storage.records import insert_many

# Bump when the generated office changes, so stale cached files are not reused.
GENERATOR_VERSION = 4
SEED = 2026


@dataclass(frozen=True)
class Scale:
    """How large the office and the synthetic inputs of the bench are."""

    name: str
    staff: int
    years: int
    training: int
    meetings: int
    events: int
    photos_per_event: int
    table_rows: int  # filter/sort
    open_rows: int  # open one year
    xlsx_rows: int  # 50,000 x 10 cells
    insert_rows: int  # bulk writes
    report_pages: int  # the photo report


FULL = Scale("full", staff=500, years=10, training=50_000, meetings=300, events=500,
             photos_per_event=3, table_rows=100_000, open_rows=14_000, xlsx_rows=50_000,
             insert_rows=100_000, report_pages=40)


def doubled(scale: Scale) -> Scale:
    """Return the office twice as large (staff, years, records, inputs): the growth run."""
    return Scale(f"{scale.name}x2", staff=scale.staff * 2, years=scale.years * 2,
                 training=scale.training * 2, meetings=scale.meetings * 2,
                 events=scale.events * 2, photos_per_event=scale.photos_per_event,
                 table_rows=scale.table_rows * 2, open_rows=scale.open_rows * 2,
                 xlsx_rows=scale.xlsx_rows * 2, insert_rows=scale.insert_rows * 2,
                 report_pages=scale.report_pages * 2)


SMALL = Scale("small", staff=40, years=3, training=1_200, meetings=9, events=12,
              photos_per_event=2, table_rows=3_000, open_rows=1_000, xlsx_rows=1_000,
              insert_rows=3_000, report_pages=4)

UNITS = ["秘書室", "人事室", "會計室", "政風室", "綜合企劃科", "社會救助科", "老人福利科",
         "身心障礙者福利科", "婦女及兒童福利科", "人民團體科", "社會工作科", "資訊室",
         "研考室", "法制室", "公共關係科", "工務科", "交通科", "環境保護科", "產業發展科",
         "文化資產科"]
TITLES = ["科員", "專員", "辦事員", "書記", "技士", "技正", "助理員", "社工員", "課員"]
WORKER_TITLES = ["技工", "工友", "駕駛", "約僱人員", "清潔隊員"]
COURSE_TOPICS = ["CEDAW基礎課程", "性別主流化概論", "性別影響評估實務", "性別統計與分析",
                 "性別預算", "直接歧視與間接歧視", "暫行特別措施", "CEDAW一般性建議導讀",
                 "性騷擾防治", "多元性別友善職場", "性別與媒體", "性別與公共政策"]
PROVIDERS = ["e等公務園+", "公務人員訓練中心", "市府人事處", "本局"]
PLACES = ["本局大禮堂", "市民活動中心", "社區大學", "各區公所禮堂", "市立圖書館"]
AUDIENCES = ["人民團體", "民間組織", "村里長", "學校", "企業", "新住民", "一般民眾"]
METHODS = ["座談會", "說明會", "講座", "活動設攤", "有獎徵答"]
REFS = ["第5條 性別角色與刻板印象", "第7條 政治與公共生活", "第11條 就業", "第16條 婚姻與家庭"]


def years_for(scale: Scale, today: dt.date) -> list[int]:
    """Return the ROC years of the office: the last `scale.years`, ending in today's."""
    this_year = today.year - 1911
    return list(range(this_year - scale.years + 1, this_year + 1))


def cache_dir() -> Path:
    folder = Path(os.environ.get("GMDESK_BENCH_DIR") or Path(tempfile.gettempdir()) / "gmdesk-bench")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def office_path(scale: Scale, today: dt.date) -> Path:
    """Return the cached large office for `scale`, generating it on first use."""
    import hashlib

    from gmdesk.storage.schema import migrations, schema_version

    # Keyed by the schema too (the migrations' names, not only their number: two branches may
    # each add a third one): a file migrated by other code is never reused.
    names = "\n".join(m.name for m in migrations._migrations)
    schema = f"{schema_version()}{hashlib.sha256(names.encode()).hexdigest()[:8]}"
    path = cache_dir() / (f"office-{scale.name}-v{GENERATOR_VERSION}-s{schema}"
                          f"-{today.year - 1911}.gmdesk")
    if not path.exists():
        tmp = path.with_name(path.name + f".{os.getpid()}.part")
        generate(tmp, scale, today)
        tmp.replace(path)
    return path


def photo_pool(scale: Scale, count: int = 48) -> list[bytes]:
    """Return distinct small JPEGs (event photos), deterministic."""
    rng = random.Random(SEED + 7)
    return [demo_photo(rng, i, (480, 320)) for i in range(min(count, max(4, scale.events * 2)))]


def generate(path: Path, scale: Scale, today: dt.date) -> None:
    """Write the large office for `scale` into a new file at `path`."""
    if path.exists():
        path.unlink()
    rng = random.Random(SEED)
    years = years_for(scale, today)
    db = open_db(path)
    try:
        with db.atomic():
            _fill(db, rng, scale, years, today)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    for suffix in ("-wal", "-shm"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            extra.unlink()


def _fill(db: Database, rng: random.Random, scale: Scale, years: list[int],
          today: dt.date) -> None:
    office_store.save_office(db, Office(
        name="臺北市社會福利局（效能測試）", city="臺北市", kind=OfficeKind.BUREAU,
        head_name="林局長", head_title="局長", contact_name="陳專員",
        contact_phone="02-27208889#1234", contact_email="gender@bench.example.gov.tw",
        address="臺北市信義區市府路1號", doc_prefix="北市社人字第",
        plan_start=years[0], plan_end=years[-1] + 1, clerk_name="陳專員"))
    office_store.save_preset(db, years[0], TAIPEI_BUREAU)
    units = [Unit(UnitId(i), name, i) for i, name in enumerate(UNITS, start=1)]
    insert_many(db, "unit", units, keep_id=True)

    first_day = dt.date(gregorian_year(years[0]), 1, 1)
    people: list[Person] = []
    jobs: list[Employment] = []
    used: set[str] = set()
    for number in range(1, scale.staff + 1):
        gender = rng.choice([Gender.MALE, Gender.FEMALE, Gender.FEMALE])
        name = _name(rng, gender, used)
        unit = units[number % len(units)].id
        if number == 1:
            category, title = StaffCategory.HEAD, "局長"
        elif number <= 1 + len(units):
            category, title = StaffCategory.SUPERVISOR, "科長"
        elif number % 40 == 0:
            category, title = StaffCategory.FOCAL, "專員"
        elif number % 9 == 0:
            category, title = StaffCategory.WORKER, rng.choice(WORKER_TITLES)
        else:
            category, title = StaffCategory.GENERAL, rng.choice(TITLES)
        pid = PersonId(number)
        people.append(Person(pid, name, gender, title, unit, staff_no=f"{number:05d}"))
        start = first_day - dt.timedelta(days=rng.randrange(30, 6000))
        end = None
        if number % 25 == 0:  # some staff left part-way through the decade
            end = start + dt.timedelta(days=rng.randrange(400, 3000))
        jobs.append(Employment(number, pid, category, start, end, title, unit))
    externals = [Person(PersonId(scale.staff + i), _name(rng, g, used), g, "大學教授", None,
                        external=True)
                 for i, g in enumerate([Gender.FEMALE, Gender.MALE, Gender.FEMALE, Gender.MALE],
                                       start=1)]
    insert_many(db, "person", people + externals, keep_id=True)
    insert_many(db, "employment", jobs, keep_id=True)

    # The group: convener, deputy, heads of the ex-officio units, externals, focal points.
    members: list[tuple[PersonId, Role, str]] = [
        (people[0].id, Role.CONVENER, ""), (people[1].id, Role.DEPUTY, ""),
        (people[2].id, Role.EX_OFFICIO, "personnel"), (people[3].id, Role.EX_OFFICIO, "accounting"),
    ]
    members += [(p.id, Role.EXTERNAL, "") for p in externals]
    focal = [p for p, j in zip(people, jobs, strict=True) if j.category is StaffCategory.FOCAL]
    members += [(p.id, Role.FOCAL, "") for p in focal[:4]]
    members += [(p.id, Role.APPOINTED, "") for p in people[4:12]]
    term_end = dt.date(gregorian_year(years[-1]) + 1, 12, 31)
    insert_many(db, "membership", [
        Membership(MembershipId(i), pid, role, first_day, term_end, post=post,
                   committee=role is Role.EXTERNAL and i % 2 == 0)
        for i, (pid, role, post) in enumerate(members, start=1)], keep_id=True)

    _meetings(db, rng, scale, years, today, [m[0] for m in members], people)
    _training(db, rng, scale, years, today, people)
    _events(db, rng, scale, years, today)


def _name(rng: random.Random, gender: Gender, used: set[str]) -> str:
    for _ in range(50):
        name = rng.choice(SURNAMES) + rng.choice(GIVEN_F if gender is Gender.FEMALE else GIVEN_M)
        if name not in used:
            used.add(name)
            return name
    name = f"{rng.choice(SURNAMES)}{rng.choice(GIVEN_M)}{len(used)}"
    used.add(name)
    return name


def _capped(day: dt.date, today: dt.date) -> dt.date:
    return min(day, today - dt.timedelta(days=3))


def _meetings(db: Database, rng: random.Random, scale: Scale, years: list[int], today: dt.date,
              members: list[PersonId], people: list[Person]) -> None:
    per_year = max(1, scale.meetings // len(years))
    meetings: list[Meeting] = []
    attendance: list[Attendance] = []
    items: list[AgendaItem] = []
    followups: list[FollowUp] = []
    guests = [p.id for p in people[20:26]]
    for year in years:
        gyear = gregorian_year(year)
        for seq in range(1, per_year + 1):
            mid = MeetingId(len(meetings) + 1)
            day = _capped(dt.date(gyear, 1, 5) + dt.timedelta(days=(seq - 1) * 360 // per_year),
                          today)
            meetings.append(Meeting(
                mid, year, seq, day, dt.time(14, 30), "本局12樓大會議室", members[0],
                dt.time(16, 30), recorder="陳專員", notice_date=day - dt.timedelta(days=7),
                notice_no=f"北市社人字第{year}{seq:04d}號",
                chair_remarks="感謝各位委員出席，請各單位持續落實性別主流化各項工作。"))
            for pid in members:
                status = AttendanceStatus.LEAVE if rng.random() < 0.12 else AttendanceStatus.PRESENT
                attendance.append(Attendance(len(attendance) + 1, mid, pid,
                                             AttendeeKind.MEMBER, status))
            for pid in guests:
                attendance.append(Attendance(len(attendance) + 1, mid, pid, AttendeeKind.GUEST,
                                             AttendanceStatus.PRESENT))
            for kind, count in ((ItemKind.REPORT, 3), (ItemKind.DISCUSSION, 2)):
                for n in range(1, count + 1):
                    iid = AgendaItemId(len(items) + 1)
                    items.append(AgendaItem(
                        iid, mid, kind, n, f"{year}年度{rng.choice(COURSE_TOPICS)}辦理情形（第{n}案）",
                        rng.choice(UNITS),
                        "一、依據本局性別主流化實施計畫辦理。\n二、辦理情形詳如附件，請鑒察。\n"
                        "三、本案涉及各科室之分工，請相關單位協助配合辦理。",
                        "洽悉。" if kind is ItemKind.REPORT else "照案通過，請權責單位列管辦理。"))
                    if kind is ItemKind.DISCUSSION:
                        followups.append(FollowUp(FollowUpId(len(followups) + 1), iid,
                                                  rng.choice(UNITS)))
    # Each resolution is reported on at the next meeting and closed there (解除列管), as
    # offices do; the last meeting's stay open.
    meeting_of = {i.id: i.meeting_id for i in items}
    progress: list[Progress] = []
    for index, followup in enumerate(followups):
        later = meeting_of[followup.item_id] + 1
        if later <= len(meetings):
            followups[index] = dataclasses.replace(followup, closed_meeting_id=MeetingId(later))
            progress.append(Progress(len(progress) + 1, followup.id, MeetingId(later),
                                     "已依決議辦理完成。", "close", "解除列管"))
    insert_many(db, "meeting", meetings, keep_id=True)
    insert_many(db, "attendance", attendance, keep_id=True)
    insert_many(db, "agenda_item", items, keep_id=True)
    insert_many(db, "followup", followups, keep_id=True)
    insert_many(db, "progress", progress, keep_id=True)


def _training(db: Database, rng: random.Random, scale: Scale, years: list[int], today: dt.date,
              people: list[Person]) -> None:
    per_year = scale.training // len(years)
    per_person = max(1, -(-per_year // len(people)))
    courses: list[Course] = []
    records: list[TrainingRecord] = []
    for year in years:
        gyear = gregorian_year(year)
        year_courses: list[Course] = []
        for n in range(max(per_person * 3, 12)):
            topic = COURSE_TOPICS[n % len(COURSE_TOPICS)]
            level = Level.ADVANCED if n % 5 == 4 else Level.BASIC
            delivery = Delivery.ONLINE if n % 3 == 1 else Delivery.IN_PERSON
            day = _capped(dt.date(gyear, 1 + n % 12, 1 + (n * 7) % 27), today)
            course = Course(CourseId(len(courses) + 1), f"{topic}（{year}-{n + 1}）", day,
                            [1.0, 2.0, 3.0, 6.0][n % 4], level, True, delivery,
                            PROVIDERS[n % len(PROVIDERS)])
            courses.append(course)
            year_courses.append(course)
        made = 0
        for person in people:
            for course in rng.sample(year_courses, per_person):
                if made >= per_year:
                    break
                made += 1
                records.append(TrainingRecord(
                    TrainingId(len(records) + 1), person.id, course.title, course.day,
                    course.hours, course.level, course.cedaw, course.delivery, course.provider,
                    course.id, satisfaction=rng.choice([3, 4, 4, 5, 5])))
    insert_many(db, "course", courses, keep_id=True)
    insert_many(db, "training", records, keep_id=True)


def _events(db: Database, rng: random.Random, scale: Scale, years: list[int],
            today: dt.date) -> None:
    pool = photo_pool(scale)
    digests = [hashlib.sha256(p).hexdigest() for p in pool]
    per_year = max(1, scale.events // len(years))
    events: list[Event] = []
    photos: list[Photo] = []
    for year in years:
        gyear = gregorian_year(year)
        for n in range(per_year):
            eid = EventId(len(events) + 1)
            cedaw = n % 5 != 4
            day = _capped(dt.date(gyear, 1 + n % 12, 1 + (n * 3) % 27), today)
            events.append(Event(
                eid, EventKind.CEDAW if cedaw else EventKind.MEASURE,
                f"{year}年度CEDAW宣導第{n + 1}場" if cedaw else f"{year}年度性別友善措施第{n + 1}項",
                day, None, category="" if cedaw else "友善環境", place=rng.choice(PLACES),
                organizer=rng.choice(UNITS), co_organizers="社會工作科",
                audiences=tuple(rng.sample(AUDIENCES, 2)) if cedaw else (),
                methods=tuple(rng.sample(METHODS, 2)) if cedaw else (),
                cedaw_refs=tuple(rng.sample(REFS, 2)) if cedaw else (),
                male=rng.randrange(10, 80) if cedaw else 0,
                female=rng.randrange(10, 90) if cedaw else 0,
                budget=rng.choice([5000, 12000, 30000]), partners="臺北市婦女會",
                outcome="參與民眾踴躍，問卷顯示九成以上對CEDAW有更多認識。",
                review="明年可增加男性參與者之宣導管道。"))
            for seq in range(1, scale.photos_per_event + 1):
                k = (len(photos) * 7 + seq) % len(pool)
                photos.append(Photo(PhotoId(len(photos) + 1), eid, seq, f"活動照片{seq}：現場情形",
                                    "image/jpeg", 480, 320, digests[k], pool[k]))
    insert_many(db, "event", events, keep_id=True)
    insert_many(db, "photo", photos, keep_id=True)


def main() -> None:
    import sys
    import time

    scale = SMALL if "--small" in sys.argv else FULL
    started = time.perf_counter()
    path = office_path(scale, dt.date.today())
    print(f"{path} ({path.stat().st_size / 2**20:.1f} MiB, {time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()
