"""The records of an office, as plain dataclasses shared by every layer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NewType

from gmdesk.domain import texts

PersonId = NewType("PersonId", int)
UnitId = NewType("UnitId", int)
MembershipId = NewType("MembershipId", int)
MeetingId = NewType("MeetingId", int)
AgendaItemId = NewType("AgendaItemId", int)
FollowUpId = NewType("FollowUpId", int)
CourseId = NewType("CourseId", int)
TrainingId = NewType("TrainingId", int)
EventId = NewType("EventId", int)
PhotoId = NewType("PhotoId", int)


class Gender(StrEnum):
    """Gender as recorded; the one-third rule counts 男 and 女."""

    MALE = "M"
    FEMALE = "F"
    OTHER = "X"

    @property
    def label(self) -> str:
        return texts.zh_name("gender", self.value)

    @classmethod
    def parse(cls, value: object) -> Gender:
        """Read 男/女/其他, M/F/X, male/female, 1/2 (the ID-number convention)."""
        text = str(value or "").strip().lower()
        table = {
            "男": cls.MALE, "m": cls.MALE, "male": cls.MALE, "1": cls.MALE, "男性": cls.MALE,
            "女": cls.FEMALE, "f": cls.FEMALE, "female": cls.FEMALE, "2": cls.FEMALE,
            "女性": cls.FEMALE,
            "其他": cls.OTHER, "x": cls.OTHER, "other": cls.OTHER, "不公開": cls.OTHER,
            "其他/不公開": cls.OTHER,
        }
        if text in table:
            return table[text]
        raise ValueError(f"「{value}」不是性別：請寫 男、女 或 其他")


class OfficeKind(StrEnum):
    DISTRICT = "district"
    BUREAU = "bureau"

    @property
    def label(self) -> str:
        return texts.zh_name("office_kind", self.value)


class Role(StrEnum):
    """A member's role in the execution group."""

    CONVENER = "convener"
    DEPUTY = "deputy"
    EX_OFFICIO = "ex_officio"
    EXTERNAL = "external"
    FOCAL = "focal"
    APPOINTED = "appointed"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS: dict[Role, str] = {
    Role.CONVENER: "召集人",
    Role.DEPUTY: "副召集人",
    Role.EX_OFFICIO: "當然成員",
    Role.EXTERNAL: "府外委員",
    Role.FOCAL: "性別議題聯絡人",
    Role.APPOINTED: "指派成員",
}

# Ex-officio posts (當然成員) a preset may require; codes are stable, labels are the law's.
POST_LABELS: dict[str, str] = {
    "personnel": "人事",
    "accounting": "會計",
    "mediation": "調解",
    "research": "研考",
    "women_liaison": "婦女社會參與促進小組連絡人",
    "chief_secretary": "主任秘書",
}


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    LEAVE = "leave"
    ABSENT = "absent"
    PROXY = "proxy"

    @property
    def label(self) -> str:
        return texts.zh_name("attendance_status", self.value)


class AttendeeKind(StrEnum):
    MEMBER = "member"
    GUEST = "guest"  # 列席


class ItemKind(StrEnum):
    REPORT = "report"
    DISCUSSION = "discussion"
    MOTION = "motion"

    @property
    def label(self) -> str:
        return texts.zh_name("item_kind", self.value)


class StaffCategory(StrEnum):
    """Staff categories for the yearly training target."""

    GENERAL = "general"
    SUPERVISOR = "supervisor"
    FOCAL = "focal"
    WORKER = "worker"
    HEAD = "head"

    @property
    def label(self) -> str:
        return CATEGORY_LABELS[self]


CATEGORY_LABELS: dict[StaffCategory, str] = {
    StaffCategory.GENERAL: "一般公務人員",
    StaffCategory.SUPERVISOR: "主管人員",
    StaffCategory.FOCAL: "性別議題聯絡人/性別業務承辦人",
    StaffCategory.WORKER: "職工及非公務人員身分之專任人員",
    StaffCategory.HEAD: "機關首長",
}


class Level(StrEnum):
    BASIC = "basic"
    ADVANCED = "advanced"

    @property
    def label(self) -> str:
        return texts.zh_name("level", self.value)


class Delivery(StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"

    @property
    def label(self) -> str:
        return texts.zh_name("delivery", self.value)


class EventKind(StrEnum):
    CEDAW = "cedaw"
    MEASURE = "measure"

    @property
    def label(self) -> str:
        return texts.zh_name("event_kind", self.value)


AUDIENCES: tuple[str, ...] = (
    "人民團體", "民間組織", "村里長", "學校", "企業", "新住民", "一般民眾", "內部同仁",
)
INTERNAL_AUDIENCES: frozenset[str] = frozenset({"內部同仁"})
METHODS: tuple[str, ...] = (
    "座談會", "說明會", "講座", "活動設攤", "有獎徵答", "平面", "網頁", "廣播", "直播",
    "podcast", "影片", "社群媒體",
)
# Audiences and methods are stored as these words; kinds "audience" and "method" name them.
texts.define_labels("audience", {a: a for a in AUDIENCES})
texts.define_labels("method", {m: m for m in METHODS})


texts.define_labels("gender", {"M": "男", "F": "女", "X": "其他"})
texts.define_labels("office_kind", {"district": "區公所", "bureau": "市府一級機關"})
texts.define_labels("attendance_status", {
    "present": "出席",
    "leave": "請假",
    "absent": "缺席",
    "proxy": "代理",
})
texts.define_labels("item_kind", {"report": "報告事項", "discussion": "討論事項", "motion": "臨時動議"})
texts.define_labels("level", {"basic": "基礎", "advanced": "進階"})
texts.define_labels("delivery", {"in_person": "實體", "online": "數位"})
texts.define_labels("event_kind", {"cedaw": "CEDAW宣導", "measure": "其他性別平等措施"})
texts.define_labels("role", ROLE_LABELS)
texts.define_labels("post", POST_LABELS)
texts.define_labels("staff_category", CATEGORY_LABELS)


@dataclass(frozen=True)
class Office:
    name: str
    city: str
    kind: OfficeKind
    head_name: str = ""
    head_title: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    address: str = ""
    doc_prefix: str = ""
    plan_start: int = 0
    plan_end: int = 0
    clerk_name: str = ""

    @property
    def group_name(self) -> str:
        """Return the group's legal name for this kind of office."""
        return "性別平等執行小組" if self.kind is OfficeKind.DISTRICT else "性別平等專案小組"


@dataclass(frozen=True)
class Unit:
    id: UnitId
    name: str
    sort_order: int = 0


@dataclass(frozen=True)
class Person:
    id: PersonId
    name: str
    gender: Gender
    title: str = ""
    unit_id: UnitId | None = None
    staff_no: str = ""
    id_masked: str = ""
    external: bool = False
    note: str = ""


@dataclass(frozen=True)
class Employment:
    """A period in one staff category; a person may move from 科員 to 課長."""

    id: int
    person_id: PersonId
    category: StaffCategory
    start: dt.date
    end: dt.date | None = None
    title: str = ""
    unit_id: UnitId | None = None


class ExemptionKind(StrEnum):
    """Why a person is exempt from a year's training hours (the 免訓 dialog's list)."""

    UNPAID_LEAVE = "unpaid_leave"
    PARENTAL_LEAVE = "parental_leave"
    SICK_LEAVE = "sick_leave"
    SECONDMENT = "secondment"
    MILITARY = "military"
    APPROVED = "approved"
    OTHER = "other"

    @property
    def label(self) -> str:
        return EXEMPTION_LABELS[self]


EXEMPTION_LABELS: dict[ExemptionKind, str] = {
    ExemptionKind.UNPAID_LEAVE: "留職停薪",
    ExemptionKind.PARENTAL_LEAVE: "育嬰留職停薪",
    ExemptionKind.SICK_LEAVE: "延長病假／公傷假",
    ExemptionKind.SECONDMENT: "借調他機關",
    ExemptionKind.MILITARY: "服兵役",
    ExemptionKind.APPROVED: "經機關核定免訓",
    ExemptionKind.OTHER: "其他（於備註說明）",
}
texts.define_labels("exemption_kind", EXEMPTION_LABELS)


@dataclass(frozen=True)
class Exemption:
    """A person exempt from one year's hours: why (a listed kind), the period, a note.

    `reason` is the short text lists and reports show: the kind's label, or the note for
    ExemptionKind.OTHER (older files hold free text there, read as OTHER).
    """

    id: int
    person_id: PersonId
    year: int
    reason: str
    kind: ExemptionKind = ExemptionKind.OTHER
    start: dt.date | None = None
    end: dt.date | None = None
    note: str = ""


@dataclass(frozen=True)
class Membership:
    id: MembershipId
    person_id: PersonId
    role: Role
    start: dt.date
    term_end: dt.date | None = None
    end: dt.date | None = None  # the day the member left; None while serving
    post: str = ""  # ex-officio post code (POST_LABELS)
    committee: bool = False  # external member sits on the city's women's-rights committee

    def active_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Filing:
    """A filing with the city when ex-officio posts make a rule impossible to meet."""

    id: int
    year: int
    rule: str
    filed_on: dt.date
    doc_no: str = ""
    note: str = ""


@dataclass(frozen=True)
class Meeting:
    id: MeetingId
    year: int
    seq: int
    day: dt.date
    start: dt.time
    place: str = ""
    chair_id: PersonId | None = None
    end: dt.time | None = None
    recorder: str = ""
    notice_date: dt.date | None = None
    notice_no: str = ""
    chair_remarks: str = ""
    previous_minutes: str = "確定。"
    note: str = ""

    @property
    def code(self) -> str:
        """Return the meeting's short code, 114-1."""
        return f"{self.year}-{self.seq}"

    @property
    def title(self) -> str:
        return f"{self.year}年第{self.seq}次會議"


@dataclass(frozen=True)
class Attendance:
    id: int
    meeting_id: MeetingId
    person_id: PersonId
    kind: AttendeeKind
    status: AttendanceStatus
    proxy_name: str = ""
    fee: int | None = None


@dataclass(frozen=True)
class AgendaItem:
    id: AgendaItemId
    meeting_id: MeetingId
    kind: ItemKind
    seq: int
    title: str
    unit: str = ""
    explanation: str = ""
    decision: str = ""


@dataclass(frozen=True)
class FollowUp:
    """A resolution tracked (列管) until the group closes it (解除列管)."""

    id: FollowUpId
    item_id: AgendaItemId
    owner_unit: str
    closed_meeting_id: MeetingId | None = None


@dataclass(frozen=True)
class Progress:
    id: int
    followup_id: FollowUpId
    meeting_id: MeetingId
    text: str
    proposal: str = "continue"  # continue | close
    decision: str = ""


@dataclass(frozen=True)
class Course:
    id: CourseId
    title: str
    day: dt.date
    hours: float
    level: Level = Level.BASIC
    cedaw: bool = True
    delivery: Delivery = Delivery.IN_PERSON
    provider: str = ""
    note: str = ""


@dataclass(frozen=True)
class TrainingRecord:
    id: TrainingId
    person_id: PersonId
    title: str
    day: dt.date
    hours: float
    level: Level = Level.BASIC
    cedaw: bool = True
    delivery: Delivery = Delivery.IN_PERSON
    provider: str = ""
    course_id: CourseId | None = None
    satisfaction: int | None = None
    source: str = "manual"
    note: str = ""


@dataclass(frozen=True)
class Event:
    """A CEDAW outreach session or another gender-equality measure."""

    id: EventId
    kind: EventKind
    title: str
    start: dt.date
    end: dt.date | None = None
    category: str = ""
    place: str = ""
    organizer: str = ""
    co_organizers: str = ""
    audiences: tuple[str, ...] = ()
    methods: tuple[str, ...] = ()
    cedaw_refs: tuple[str, ...] = ()
    male: int = 0
    female: int = 0
    other: int = 0
    budget: int = 0
    partners: str = ""
    outcome: str = ""
    review: str = ""
    note: str = ""

    @property
    def year(self) -> int:
        return self.start.year - 1911

    @property
    def total(self) -> int:
        return self.male + self.female + self.other

    @property
    def external(self) -> bool:
        """Return whether any audience is outside the office (internal staff do not count)."""
        return any(a not in INTERNAL_AUDIENCES for a in self.audiences)


@dataclass(frozen=True)
class Photo:
    id: PhotoId
    event_id: EventId
    seq: int
    caption: str
    mime: str
    width: int
    height: int
    sha256: str
    data: bytes = field(default=b"", repr=False)
