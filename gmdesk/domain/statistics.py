"""性別統計: indicators, their yearly review, values by gender, analyses, and the yearly check."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import NewType

from gmdesk.domain import texts
from gmdesk.domain.compliance import Finding, Status, first_few, semicolons
from gmdesk.domain.errors import InputError
from gmdesk.domain.model import MeetingId
from gmdesk.domain.presets import Preset
from gmdesk.domain.texts import Label, Phrase

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
        raise InputError(Phrase.of("statistics.err.no_name"), "name")
    if len(name) > 120:
        raise InputError(Phrase.of("statistics.err.name_long"), "name")
    breakdowns = tuple(dict.fromkeys(b.strip() for b in indicator.breakdowns if b.strip()))
    return replace(indicator, name=name, unit=indicator.unit.strip(), source=indicator.source.strip(),
                   frequency=indicator.frequency.strip() or "年",
                   measure=indicator.measure.strip() or "人", breakdowns=breakdowns,
                   note=indicator.note.strip())


def validate_value(value: IndicatorValue) -> IndicatorValue:
    for code, number in (("M", value.male), ("F", value.female), ("X", value.other)):
        label = Label("gender", code)
        if number < 0:
            raise InputError(Phrase.of("statistics.err.negative", year=value.year, gender=label),
                             "values")
        if number > 1e12:
            raise InputError(Phrase.of("statistics.err.too_big", year=value.year, gender=label,
                                       number=str(number)), "values")
    return value


def validate_analysis(analysis: Analysis) -> Analysis:
    title = " ".join(analysis.title.split())
    if not title:
        raise InputError(Phrase.of("statistics.err.no_title"), "title")
    if not analysis.unit.strip():
        raise InputError(Phrase.of("statistics.err.no_unit"), "unit")
    known = {u.value for u in AnalysisUse}
    for use in analysis.uses:
        if use not in known:
            raise InputError(Phrase.of("statistics.err.use", use=use), "uses")
    return replace(analysis, title=title, unit=analysis.unit.strip(), note=analysis.note.strip(),
                   indicators=tuple(dict.fromkeys(i.strip() for i in analysis.indicators if i.strip())))


texts.define({
    "statistics.err.value_not_number": "數值第{row}列「{gender}」的「{value}」不是數字：請填如 12 "
                                       "或 3.5",
    "statistics.err.value_year": "數值第{row}列的年度「{year}」不是民國年：請填如 114",
    "statistics.err.review_day": "已選檢討結果，請填寫檢討日期",
})

texts.define({
    "statistics.thing": "性別統計指標",
    "statistics.err.no_name": "請填寫指標名稱",
    "statistics.err.name_long": "指標名稱超過120字：請精簡",
    "statistics.err.negative": "{year}年{gender}性數值為負數：請填 0 或正數",
    "statistics.err.too_big": "{year}年{gender}性數值{number}過大：請確認是否多打了數字",
    "statistics.err.no_title": "請填寫分析專題題目",
    "statistics.err.no_unit": "請填寫撰擬單位",
    "statistics.err.use": "運用情形「{use}」不是可選項目：請選 政策、計畫、新聞稿、致詞稿 或 "
                          "施政成果",
    "statistics.err.no_header": "找不到標題列：試算表需有「指標名稱、年度、男、"
                                "女」欄（「其他」可省略）",
    "statistics.err.header_lacks": "標題列缺少「指標名稱」或「年度」欄：請加上後再匯入",
    "statistics.err.row_unknown": "第{row}列指標「{name}」尚未登錄：請先新增這項指標，或改正名稱",
    "statistics.err.row": "第{row}列{error}",
    "statistics.err.row_not_number": "第{row}列「{column}」的「{value}」不是數字",
    "statistics.err.more": "（另有{n}處）",
    "statistics.err.sheet": "試算表有{n}處不能匯入，沒有寫入任何數值：{problems}{more}",
    "statistics.err.no_values": "試算表沒有數值列：請在標題列下方填入各指標各年度之數值",
})

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
        raise InputError(Phrase.of("statistics.err.no_header"), "file")
    header = [str(c).strip() if c is not None else "" for c in rows[start]]
    name_at, year_at = _header_index(header, _NAME_HEADERS), _header_index(header, _YEAR_HEADERS)
    male_at, female_at = header.index("男"), header.index("女")
    other_at = header.index("其他") if "其他" in header else -1
    if name_at < 0 or year_at < 0:
        raise InputError(Phrase.of("statistics.err.header_lacks"), "file")
    values: list[IndicatorValue] = []
    problems: list[Phrase] = []
    for number, row in enumerate(rows[start + 1:], start=start + 2):
        cells = list(row) + [None] * (len(header) - len(row))
        name = " ".join(str(cells[name_at] or "").split())
        if not name and all(c in (None, "") for c in cells):
            continue
        if name not in indicator_ids:
            problems.append(Phrase.of("statistics.err.row_unknown", row=number, name=name))
            continue
        try:
            year = parse_year(cells[year_at])
        except ValueError as exc:
            problems.append(Phrase.of("statistics.err.row", row=number, error=_said(exc)))
            continue
        numbers = []
        for label, at in (("男", male_at), ("女", female_at), ("其他", other_at)):  # headers
            raw = cells[at] if at >= 0 else 0
            try:
                numbers.append(float(str(raw).replace(",", "").strip() or 0) if raw is not None else 0.0)
            except ValueError:
                problems.append(Phrase.of("statistics.err.row_not_number", row=number,
                                               column=label, value=str(raw)))
        if len(numbers) == 3:
            try:
                values.append(validate_value(IndicatorValue(0, IndicatorId(indicator_ids[name]), year, *numbers)))
            except InputError as exc:
                problems.append(Phrase.of("statistics.err.row", row=number, error=_said(exc)))
    if problems:
        more = (Phrase.of("statistics.err.more", n=len(problems) - 5) if len(problems) > 5
                else "")
        raise InputError(Phrase.of("statistics.err.sheet", n=len(problems),
                                   problems=semicolons(tuple(problems[:5])),
                                   more=more), "file")
    if not values:
        raise InputError(Phrase.of("statistics.err.no_values"), "file")
    return values


def _said(exc: ValueError) -> Phrase | str:
    """An error's phrase when it has one (InputError, a year ReadError), else its text."""
    phrase = getattr(exc, "phrase", None)
    return phrase if isinstance(phrase, Phrase) else str(exc)
