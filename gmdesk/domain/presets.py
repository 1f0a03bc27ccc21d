"""Rule presets: every number the law or the city sets, as an editable setting."""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any

from gmdesk.domain.model import StaffCategory


@dataclass(frozen=True)
class Preset:
    """The numbers in force for one office from a given year on."""

    code: str
    label: str
    group_min: int = 0  # 0: no lower bound
    group_max: int = 0  # 0: no upper bound
    ex_officio_posts: tuple[str, ...] = ()
    convener_min_rank: str = "薦任"
    deputy_required: bool = False
    external_min: int = 0
    external_committee_min: int = 0
    focal_min: int = 0
    focal_one_third: bool = False
    meetings_per_year: int = 1
    meeting_windows: tuple[tuple[int, int], ...] = ()  # (first month, last month)
    quorum_fraction: float = 0.5  # share of all members who must attend (以上: inclusive)
    quorum_external_min: int = 0
    notice_days_min: int = 3
    term_warning_days: int = 90
    training_hours: dict[str, float] = field(default_factory=dict)
    focal_advanced_hours: float = 6.0
    min_service_days: int = 90
    outreach_per_year: int = 2
    measures_per_year: int = 1
    # Taipei 陸 一: at least this many of the categories （一）–（六） a year (0: no rule).
    measure_categories_min: int = 0
    measure_categories: tuple[str, ...] = ()  # the city's own list (empty: the free list)
    # Duties this office does not have to carry out (Duty values): checked as 本年度無應辦理案件.
    duties_off: tuple[str, ...] = ()
    indicator_review_yearly: bool = True
    analyses_per_year: int = 0  # the office as a whole
    analyses_per_unit: int = 0  # Taipei 伍 三（二）3 B: every unit, at least 1 a year
    budget_deadline: tuple[int, int] = (9, 15)  # (month, day) of the year before the budget year
    # (month, day) of the next year by which the year's results report reaches the city.
    report_due: tuple[int, int] = (1, 31)
    note: str = ""
    # How the plan names the group's seats: Kaohsiung 組員/外聘委員, Taipei 委員/府外委員.
    member_word: str = "組員"
    external_word: str = "外聘委員"
    internal_word: str = "內聘"
    external_short: str = "外聘"

    def hours_for(self, category: StaffCategory) -> float:
        """Return the yearly training hours required of a staff category."""
        return float(self.training_hours.get(category.value, 0.0))

    def to_json(self) -> str:
        data = dataclasses.asdict(self)
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Preset:
        data: dict[str, Any] = json.loads(text)
        known = {f.name for f in dataclasses.fields(cls)}
        data = {k: v for k, v in data.items() if k in known}
        # A preset saved by an older gmdesk lacks the newer numbers: they come from the preset
        # of the same code (a Taipei bureau keeps Taipei's rules), else from the defaults.
        base = PRESETS.get(str(data.get("code", "")))
        if base is not None:
            data = {**dataclasses.asdict(base), **data}
        for name in ("ex_officio_posts", "measure_categories", "duties_off"):
            data[name] = tuple(data.get(name, ()))
        data["meeting_windows"] = tuple(tuple(w) for w in data.get("meeting_windows", ()))
        for key in ("budget_deadline", "report_due"):
            if key in data:
                month, day = data[key]
                data[key] = (int(month), int(day))
        return cls(**data)


TAIPEI_HOURS: dict[str, float] = {
    StaffCategory.GENERAL.value: 3.0,
    StaffCategory.SUPERVISOR.value: 3.0,
    StaffCategory.FOCAL.value: 18.0,
    StaffCategory.WORKER.value: 3.0,
    StaffCategory.HEAD.value: 3.0,
}

# Taipei 陸 二（一）–（六）: the categories of strategies and measures.
TAIPEI_MEASURE_CATEGORIES: tuple[str, ...] = (
    "（一）規劃辦理促進性別平等之政策、措施、方案或計畫",
    "（二）積極運用與結合資源拓展性別平等業務",
    "（三）辦理活動融入性別平等概念或性別友善設計",
    "（四）依業務屬性自編性別平等教材或案例",
    "（五）市民性別平等及CEDAW宣導",
    "（六）任務編組委員會及考績甄審委員會符合三分之一性別比例原則",
)

KAOHSIUNG_DISTRICT = Preset(
    code="kaohsiung_district",
    label="高雄市區公所",
    group_min=7,
    group_max=13,
    ex_officio_posts=("personnel", "accounting", "mediation", "research", "women_liaison"),
    meetings_per_year=1,
    training_hours=dict(TAIPEI_HOURS),
    note="培力時數先沿用臺北市之數值，請依本市規定修改。",
)

TAIPEI_BUREAU = Preset(
    code="taipei_bureau",
    label="臺北市一級機關",
    deputy_required=True,
    external_min=3,
    external_committee_min=1,
    focal_min=3,
    focal_one_third=True,
    meetings_per_year=3,
    meeting_windows=((1, 2), (5, 6), (9, 10)),
    measures_per_year=1,
    measure_categories_min=3,
    measure_categories=TAIPEI_MEASURE_CATEGORIES,
    analyses_per_unit=1,
    quorum_external_min=2,
    training_hours=dict(TAIPEI_HOURS),
    member_word="委員",
    external_word="府外委員",
    internal_word="府內",
    external_short="府外",
)

PRESETS: dict[str, Preset] = {p.code: p for p in (KAOHSIUNG_DISTRICT, TAIPEI_BUREAU)}
