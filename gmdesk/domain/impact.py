"""性別影響評估 (gender impact assessment): a case, what it still lacks, and the yearly check."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import NewType

from gmdesk.domain import texts
from gmdesk.domain.compliance import NOTHING_DUE, Finding, Status
from gmdesk.domain.errors import InputError
from gmdesk.domain.texts import Label, Phrase, Short

GiaCaseId = NewType("GiaCaseId", int)


class GiaKind(StrEnum):
    """What is assessed: a plan (計畫類) or a regulation (法案類)."""

    POLICY_PLAN = "policy_plan"
    MID_LONG_PLAN = "mid_long_plan"
    PUBLIC_WORKS = "public_works"
    REGULATION_NEW = "regulation_new"
    REGULATION_AMEND = "regulation_amend"

    @property
    def label(self) -> str:
        return texts.zh_name("gia_kind", self.value)

    @property
    def group(self) -> str:
        return "法案類" if self.value.startswith("regulation") else "計畫類"


texts.define_labels("gia_kind", {
    "policy_plan": "施政計畫",
    "mid_long_plan": "中長程計畫",
    "public_works": "公共工程",
    "regulation_new": "自治條例制定",
    "regulation_amend": "自治條例修正",
})


class ExpertSource(StrEnum):
    """Where the outside expert of 程序參與 comes from."""

    NATIONAL_DB = "national_db"
    CITY_DB = "city_db"
    WOMEN_COMMITTEE = "women_committee"
    OTHER_AGENCY = "other_agency"
    GROUP = "group"

    @property
    def label(self) -> str:
        return texts.zh_name("expert_source", self.value)


texts.define_labels("expert_source", {
    "national_db": "性別主流化人才資料庫",
    "city_db": "本市性別人才資料庫",
    "women_committee": "本市婦女權益促進委員會",
    "other_agency": "他機關性別平等專案小組府外委員",
    "group": "本機關性別平等小組",
})


class ParticipationWay(StrEnum):
    WRITTEN = "written"
    MEETING = "meeting"

    @property
    def label(self) -> str:
        return texts.zh_name("participation_way", self.value)


texts.define_labels("participation_way", {"written": "書面", "meeting": "會議"})


class Adoption(StrEnum):
    """參採情形 of the expert's opinion."""

    ADOPTED = "adopted"
    PARTLY = "partly"
    NOT_ADOPTED = "not_adopted"

    @property
    def label(self) -> str:
        return texts.zh_name("adoption", self.value)


texts.define_labels("adoption", {"adopted": "採納", "partly": "部分採納", "not_adopted": "未採納"})


@dataclass(frozen=True)
class GiaCase:
    """One plan or regulation assessed, in the fields of the 性別影響評估檢視表."""

    id: GiaCaseId
    year: int
    title: str  # 計畫名稱 / 法案名稱
    kind: GiaKind
    unit: str = ""  # the office's unit that drafts it
    started: dt.date | None = None
    form_version: str = ""  # 檢視表版本, e.g. 一般表108年版
    authority: str = ""  # 主管機關
    organizer: str = ""  # 主辦機關
    field_area: str = ""  # 計畫內容涉及領域
    situation: str = ""  # 問題現況評析及需求評估概述
    statistics: str = ""  # 性別統計 referenced
    participation_required: bool = True
    expert_name: str = ""
    expert_title: str = ""
    expert_org: str = ""
    expert_source: ExpertSource | None = None
    way: ParticipationWay | None = None
    participated_on: dt.date | None = None
    opinion: str = ""
    adoption: Adoption | None = None
    adoption_reason: str = ""
    revision: str = ""  # how the plan was revised
    submitted_to: str = ""  # the unit in charge it was sent to
    submitted_on: dt.date | None = None
    closed_on: dt.date | None = None
    note: str = ""

    @property
    def closed(self) -> bool:
        return self.closed_on is not None


# What a case may lack before it is closed (kind "gia_missing").
MISSING_LABELS: dict[str, str] = {
    "expert_name": "程序參與之專家學者",
    "expert_source": "專家學者來源",
    "way": "程序參與方式",
    "participated_on": "程序參與日期",
    "opinion": "程序參與意見",
    "adoption": "參採情形",
    "adoption_reason": "未採納（部分採納）之理由",
}
texts.define_labels("gia_missing", MISSING_LABELS)

texts.define({
    "impact.thing": "性別影響評估案",
    "impact.err.no_title": "請填寫計畫或法案名稱",
    "impact.err.title_long": "計畫名稱超過200字：請精簡",
    "impact.err.year": "年度{year}不合理：請填民國年度，如 115",
    "impact.err.participated_before_start": "程序參與日期{participated}早於辦理日期{started}："
                                            "請改正日期",
    "impact.err.cannot_close": "「{title}」尚缺{lacks}，不能結案：請先補登，或清除結案日期",
    "impact.err.closed_before": "結案日期{closed}早於{day}：請改正日期",
})

texts.define({
    "impact.closed_lacking": "「{title}」已結案但缺少{lacks}：請補登",
    "impact.open_lacking": "「{title}」辦理中，尚缺{lacks}：請補登後結案",
    "impact.open_ready": "「{title}」辦理中：程序參與及參採情形已登錄，請登錄結案日期",
    "impact.summary": "辦理{cases}案（已結案{closed}案、辦理中{open}案）",
    "impact.closed": "已結案（{day}）",
    "impact.in_progress_lacking": "辦理中，尚缺{lacks}",
    "impact.in_progress_ready": "辦理中，可結案",
})


def missing_fields(case: GiaCase) -> list[str]:
    """Return the fields (MISSING_LABELS keys) the case lacks before it may be closed."""
    lacks: list[str] = []
    if case.participation_required:
        if not case.expert_name:
            lacks.append("expert_name")
        if case.expert_source is None:
            lacks.append("expert_source")
        if case.way is None:
            lacks.append("way")
        if case.participated_on is None:
            lacks.append("participated_on")
        if not case.opinion:
            lacks.append("opinion")
        if case.adoption is None:
            lacks.append("adoption")
        elif case.adoption is not Adoption.ADOPTED and not case.adoption_reason:
            lacks.append("adoption_reason")
    return lacks


def missing(case: GiaCase) -> list[str]:
    """Return what the case lacks before it may be closed, in zh-TW (empty: nothing)."""
    return [MISSING_LABELS[field] for field in missing_fields(case)]


def status_phrase(case: GiaCase) -> Phrase:
    """Return where the case stands, as the list prints it."""
    if case.closed_on is not None:
        return Phrase.of("impact.closed", day=Short(case.closed_on))
    lacks = tuple(Label("gia_missing", field) for field in missing_fields(case))
    return (Phrase.of("impact.in_progress_lacking", lacks=lacks) if lacks
            else Phrase.of("impact.in_progress_ready"))


def status_text(case: GiaCase) -> str:
    """Return where the case stands in zh-TW."""
    return status_phrase(case).text


_DATES = ("started", "participated_on", "submitted_on", "closed_on")


def validate_case(case: GiaCase) -> GiaCase:
    """Return the case cleaned up, or raise InputError naming the field and what to do."""
    title = " ".join(case.title.split())
    if not title:
        raise InputError(Phrase.of("impact.err.no_title"), "title")
    if len(title) > 200:
        raise InputError(Phrase.of("impact.err.title_long"), "title")
    if not 1 <= case.year <= 200:
        raise InputError(Phrase.of("impact.err.year", year=case.year), "year")
    stripped = {name: getattr(case, name).strip() for name in (
        "unit", "form_version", "authority", "organizer", "field_area", "situation",
        "statistics", "expert_name", "expert_title", "expert_org", "opinion",
        "adoption_reason", "revision", "submitted_to", "note")}
    cleaned = replace(case, title=title, **stripped)
    if cleaned.participated_on and cleaned.started and cleaned.participated_on < cleaned.started:
        raise InputError(Phrase.of("impact.err.participated_before_start",
                                    participated=Short(cleaned.participated_on),
                                    started=Short(cleaned.started)), "participated_on")
    if cleaned.closed_on is not None:
        lacks = tuple(Label("gia_missing", field) for field in missing_fields(cleaned))
        if lacks:
            raise InputError(Phrase.of("impact.err.cannot_close", title=title, lacks=lacks),
                             "closed_on")
        for name in _DATES[:-1]:
            day = getattr(cleaned, name)
            if day is not None and day > cleaned.closed_on:
                raise InputError(Phrase.of("impact.err.closed_before", closed=Short(cleaned.closed_on),
                                            day=Short(day)), "closed_on")
    return cleaned


def check_impact(cases: Sequence[GiaCase], year: int) -> list[Finding]:
    """Return what the year's cases lack: closed ones missing 程序參與 fail, open ones are listed."""
    findings: list[Finding] = []
    for case in cases:
        lacks = tuple(Label("gia_missing", field) for field in missing_fields(case))
        if case.closed and lacks:
            findings.append(Finding(
                Status.FAIL, Phrase.of("impact.closed_lacking", title=case.title, lacks=lacks),
                f"impact:{case.id}"))
        elif not case.closed:
            phrase = (Phrase.of("impact.open_lacking", title=case.title, lacks=lacks) if lacks
                      else Phrase.of("impact.open_ready", title=case.title))
            findings.append(Finding(Status.WARN, phrase, f"impact:{case.id}"))
    return findings


def summary(cases: Sequence[GiaCase]) -> Phrase:
    if not cases:
        return NOTHING_DUE
    closed = sum(c.closed for c in cases)
    return Phrase.of("impact.summary", cases=len(cases), closed=closed, open=len(cases) - closed)
