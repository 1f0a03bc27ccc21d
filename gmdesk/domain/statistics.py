"""性別統計: indicators, their yearly review, values by gender, analyses, and the yearly check."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import NewType

from gmdesk.domain import texts
from gmdesk.domain.compliance import Finding, Status, first_few
from gmdesk.domain.errors import InputError
from gmdesk.domain.model import MeetingId
from gmdesk.domain.presets import Preset
from gmdesk.domain.texts import Phrase

IndicatorId = NewType("IndicatorId", int)
AnalysisId = NewType("AnalysisId", int)

# 複分類 offered by the form; an office may type others.
BREAKDOWNS: tuple[str, ...] = ("年齡", "區域", "族群", "身心障礙", "教育程度", "婚姻狀況", "職等")
FREQUENCIES: tuple[str, ...] = ("年", "半年", "季", "月")


class ReviewAction(StrEnum):
    """What the yearly review did to an indicator."""

    ADDED = "added"
    REVISED = "revised"
    REMOVED = "removed"
    KEPT = "kept"

    @property
    def label(self) -> str:
        return texts.zh_name("review_action", self.value)


texts.define_labels("review_action", {
    "added": "新增",
    "revised": "修正",
    "removed": "刪除",
    "kept": "維持",
})


class AnalysisUse(StrEnum):
    """How an analysis was used (運用情形)."""

    POLICY = "policy"
    PLAN = "plan"
    NEWS = "news"
    SPEECH = "speech"
    RESULTS = "results"

    @property
    def label(self) -> str:
        return texts.zh_name("analysis_use", self.value)


texts.define_labels("analysis_use", {
    "policy": "政策",
    "plan": "計畫",
    "news": "新聞稿",
    "speech": "致詞稿",
    "results": "施政成果",
})


@dataclass(frozen=True)
class Indicator:
    id: IndicatorId
    name: str
    unit: str = ""  # the office's unit in charge
    source: str = ""  # 資料來源
    frequency: str = "年"
    measure: str = "人"  # what a value counts: 人, 件, 元 …
    breakdowns: tuple[str, ...] = ()  # 複分類
    note: str = ""


@dataclass(frozen=True)
class IndicatorReview:
    """One yearly review of an indicator, by the group at a meeting or in writing."""

    id: int
    indicator_id: IndicatorId
    year: int
    action: ReviewAction
    reviewed_on: dt.date
    meeting_id: MeetingId | None = None
    note: str = ""


@dataclass(frozen=True)
class IndicatorValue:
    id: int
    indicator_id: IndicatorId
    year: int
    male: float = 0.0
    female: float = 0.0
    other: float = 0.0

    @property
    def total(self) -> float:
        return self.male + self.female + self.other

    @property
    def female_share(self) -> float | None:
        return self.female / self.total if self.total else None


@dataclass(frozen=True)
class Analysis:
    """A 性別分析專題: who wrote it, what it used and where it was used."""

    id: AnalysisId
    year: int
    title: str
    unit: str = ""
    done_on: dt.date | None = None
    indicators: tuple[str, ...] = ()  # names of the indicators used
    uses: tuple[str, ...] = ()  # AnalysisUse values
    meeting_id: MeetingId | None = None  # presented to the group at this meeting
    note: str = ""


def active(indicator_id: int, reviews: Sequence[IndicatorReview], year: int) -> bool:
    """Return whether an indicator is kept in `year` (not removed by a review before it)."""
    removed = [r.year for r in reviews
               if r.indicator_id == indicator_id and r.action is ReviewAction.REMOVED]
    return not removed or min(removed) >= year


def latest_review(indicator_id: int, reviews: Sequence[IndicatorReview],
                  year: int) -> IndicatorReview | None:
    mine = [r for r in reviews if r.indicator_id == indicator_id and r.year == year]
    return max(mine, key=lambda r: (r.reviewed_on, r.id)) if mine else None


def validate_indicator(indicator: Indicator) -> Indicator:
    name = " ".join(indicator.name.split())
    if not name:
        raise InputError("請填寫指標名稱", "name")
    if len(name) > 120:
        raise InputError("指標名稱超過120字：請精簡", "name")
    breakdowns = tuple(dict.fromkeys(b.strip() for b in indicator.breakdowns if b.strip()))
    return replace(indicator, name=name, unit=indicator.unit.strip(), source=indicator.source.strip(),
                   frequency=indicator.frequency.strip() or "年",
                   measure=indicator.measure.strip() or "人", breakdowns=breakdowns,
                   note=indicator.note.strip())


def validate_value(value: IndicatorValue) -> IndicatorValue:
    for label, number in (("男", value.male), ("女", value.female), ("其他", value.other)):
        if number < 0:
            raise InputError(f"{value.year}年{label}性數值為負數：請填 0 或正數", "values")
        if number > 1e12:
            raise InputError(f"{value.year}年{label}性數值{number}過大：請確認是否多打了數字", "values")
    return value


def validate_analysis(analysis: Analysis) -> Analysis:
    title = " ".join(analysis.title.split())
    if not title:
        raise InputError("請填寫分析專題題目", "title")
    if not analysis.unit.strip():
        raise InputError("請填寫撰擬單位", "unit")
    known = {u.value for u in AnalysisUse}
    for use in analysis.uses:
        if use not in known:
            raise InputError(f"運用情形「{use}」不是可選項目：請選 政策、計畫、新聞稿、致詞稿 或 施政成果", "uses")
    return replace(analysis, title=title, unit=analysis.unit.strip(), note=analysis.note.strip(),
                   indicators=tuple(dict.fromkeys(i.strip() for i in analysis.indicators if i.strip())))


texts.define({
    "statistics.no_indicators": "尚未登錄性別統計指標：請在「性別統計」頁新增本所之指標",
    "statistics.unreviewed": "性別統計指標{n}項尚未辦理{year}年度檢討（{names}）："
                             "請登錄檢討結果（新增、修正、刪除或維持）及提報之小組會議",
    "statistics.values_missing": "性別統計指標{n}項缺少{year}年之數值（{names}）：請輸入或由試算表匯入",
    "statistics.units_without_analysis": "{units}本年度尚未撰擬性別統計分析專題（每單位至少{minimum}篇）："
                                         "請登錄分析專題",
    "statistics.analysis_not_reported": "分析專題「{title}」尚未提報小組會議：請登錄提報之會議",
    "statistics.analyses_few": "性別統計分析專題{n}篇，應至少{minimum}篇：尚需撰擬{more}篇",
    "statistics.summary": "指標{indicators}項（本年度已檢討{reviewed}項），分析專題{analyses}篇",
})


def check_statistics(indicators: Sequence[Indicator], reviews: Sequence[IndicatorReview],
                     values: Sequence[IndicatorValue], analyses: Sequence[Analysis],
                     units: Sequence[str], preset: Preset, year: int,
                     year_over: bool) -> list[Finding]:
    """Return what the year's statistics duty lacks, each with what would fix it."""
    late = Status.FAIL if year_over else Status.WARN
    findings: list[Finding] = []
    kept = [i for i in indicators if active(i.id, reviews, year)]
    if not kept:
        findings.append(Finding(late, Phrase.of("statistics.no_indicators"), "statistics"))
    if preset.indicator_review_yearly and kept:
        unreviewed = [i for i in kept if latest_review(i.id, reviews, year) is None]
        if unreviewed:
            findings.append(Finding(
                late, Phrase.of("statistics.unreviewed", n=len(unreviewed), year=year,
                                names=first_few([i.name for i in unreviewed])),
                "statistics"))
    have = {(v.indicator_id, v.year) for v in values}
    missing_values = [i for i in kept if (i.id, year - 1) not in have]
    if missing_values and kept:
        findings.append(Finding(
            Status.WARN, Phrase.of("statistics.values_missing", n=len(missing_values),
                                   year=year - 1,
                                   names=first_few([i.name for i in missing_values])),
            "statistics"))
    year_analyses = [a for a in analyses if a.year == year]
    if preset.analyses_per_unit:
        written = {a.unit for a in year_analyses}
        short = [u for u in units if u not in written]
        if short:
            findings.append(Finding(
                late, Phrase.of("statistics.units_without_analysis", units=tuple(short),
                                minimum=preset.analyses_per_unit),
                "statistics"))
        for analysis in year_analyses:
            if analysis.meeting_id is None:
                findings.append(Finding(
                    Status.WARN, Phrase.of("statistics.analysis_not_reported",
                                           title=analysis.title),
                    f"analysis:{analysis.id}"))
    elif preset.analyses_per_year and len(year_analyses) < preset.analyses_per_year:
        findings.append(Finding(
            late, Phrase.of("statistics.analyses_few", n=len(year_analyses),
                            minimum=preset.analyses_per_year,
                            more=preset.analyses_per_year - len(year_analyses)),
            "statistics"))
    return findings


def values_by_indicator(values: Sequence[IndicatorValue]) -> Mapping[int, dict[int, IndicatorValue]]:
    """Return each indicator's values keyed by year."""
    result: dict[int, dict[int, IndicatorValue]] = {}
    for value in values:
        result.setdefault(value.indicator_id, {})[value.year] = value
    return result


def format_number(value: float) -> str:
    """Return 1,234 or 12.5: whole numbers without decimals."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


# --- values from a sheet ----------------------------------------------------------------------

_NAME_HEADERS = ("指標名稱", "指標", "項目")
_YEAR_HEADERS = ("年度", "年", "統計年度")


def _header_index(header: Sequence[str], names: Sequence[str]) -> int:
    for name in names:
        if name in header:
            return header.index(name)
    return -1


def parse_value_rows(rows: Sequence[Sequence[object]], indicator_ids: Mapping[str, int]
                     ) -> list[IndicatorValue]:
    """Read a sheet of values (指標名稱 | 年度 | 男 | 女 | 其他) into values; refuse the whole sheet,
    naming the row, when a name is unknown or a number is not one."""
    from gmdesk.domain.rocdate import parse_year

    start = next((i for i, row in enumerate(rows)
                  if {"男", "女"} <= {str(c).strip() for c in row if c is not None}), -1)
    if start < 0:
        raise InputError("找不到標題列：試算表需有「指標名稱、年度、男、女」欄（「其他」可省略）", "file")
    header = [str(c).strip() if c is not None else "" for c in rows[start]]
    name_at, year_at = _header_index(header, _NAME_HEADERS), _header_index(header, _YEAR_HEADERS)
    male_at, female_at = header.index("男"), header.index("女")
    other_at = header.index("其他") if "其他" in header else -1
    if name_at < 0 or year_at < 0:
        raise InputError("標題列缺少「指標名稱」或「年度」欄：請加上後再匯入", "file")
    values: list[IndicatorValue] = []
    problems: list[str] = []
    for number, row in enumerate(rows[start + 1:], start=start + 2):
        cells = list(row) + [None] * (len(header) - len(row))
        name = " ".join(str(cells[name_at] or "").split())
        if not name and all(c in (None, "") for c in cells):
            continue
        if name not in indicator_ids:
            problems.append(f"第{number}列指標「{name}」尚未登錄：請先新增這項指標，或改正名稱")
            continue
        try:
            year = parse_year(cells[year_at])
        except ValueError as exc:
            problems.append(f"第{number}列{exc}")
            continue
        numbers = []
        for label, at in (("男", male_at), ("女", female_at), ("其他", other_at)):
            raw = cells[at] if at >= 0 else 0
            try:
                numbers.append(float(str(raw).replace(",", "").strip() or 0) if raw is not None else 0.0)
            except ValueError:
                problems.append(f"第{number}列「{label}」的「{raw}」不是數字")
        if len(numbers) == 3:
            try:
                values.append(validate_value(IndicatorValue(0, IndicatorId(indicator_ids[name]), year, *numbers)))
            except InputError as exc:
                problems.append(f"第{number}列{exc}")
    if problems:
        shown = "；".join(problems[:5]) + (f"（另有{len(problems) - 5}處）" if len(problems) > 5 else "")
        raise InputError(f"試算表有{len(problems)}處不能匯入，沒有寫入任何數值：{shown}", "file")
    if not values:
        raise InputError("試算表沒有數值列：請在標題列下方填入各指標各年度之數值", "file")
    return values
