"""CEDAW outreach and other measures: what counts toward the yearly duties, the CEDAW pick list,
and the checks an event must pass before it is saved."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from gmdesk.domain import texts
from gmdesk.domain.compliance import Finding, Status
from gmdesk.domain.errors import InputError
from gmdesk.domain.model import INTERNAL_AUDIENCES, Event, EventKind
from gmdesk.domain.presets import TAIPEI_MEASURE_CATEGORIES, Preset
from gmdesk.domain.rocdate import roc_year, year_bounds
from gmdesk.domain.texts import Label, Phrase, Short

# --- the CEDAW pick list ---------------------------------------------------------------------

ARTICLES: dict[int, str] = {
    1: "歧視的定義",
    2: "締約國消除歧視的義務",
    3: "確保婦女的發展與進步",
    4: "暫行特別措施",
    5: "性別角色與刻板印象",
    6: "禁止販賣婦女及意圖營利使婦女賣淫",
    7: "政治與公共生活",
    8: "國際代表與參與",
    9: "國籍",
    10: "教育",
    11: "就業",
    12: "健康",
    13: "經濟與社會生活",
    14: "農村婦女",
    15: "法律之前人人平等",
    16: "婚姻與家庭",
}

GENERAL_RECOMMENDATIONS: dict[int, str] = {
    19: "對婦女的暴力行為",
    25: "暫行特別措施",
    28: "締約國的核心義務",
    33: "婦女訴諸司法",
    34: "農村婦女的權利",
    35: "關於對婦女的性別暴力行為（更新第19號）",
    36: "女童和婦女受教育的權利",
    37: "氣候變遷下減少災害風險的性別相關面向",
    38: "全球移民背景下販運婦女和女童問題",
    39: "原住民族婦女和女童的權利",
    40: "婦女在決策系統中平等和包容的代表性",
}

# Taiwan's national CEDAW reports reviewed so far (第1次 2009 … 第4次 2022); later rounds may be typed.
REPORT_ROUNDS: tuple[int, ...] = (1, 2, 3, 4)

# Categories of other gender-equality measures; the city may name others (free text is kept).
MEASURE_CATEGORIES: tuple[str, ...] = (
    "友善環境", "照顧支持", "性別平等宣導", "促進決策參與", "消除性別刻板印象",
    "人身安全", "性別統計與分析", "其他",
)
# Stored as the zh words; a category the city names itself stays as typed in every language.
texts.define_labels("measure_category", {c: c for c in (*MEASURE_CATEGORIES,
                                                        *TAIPEI_MEASURE_CATEGORIES)})
# A numbered category's number alone (「（一）」), as a finding lists what is still to do.
texts.define_labels("measure_category_no", {c[:3]: c[:3] for c in TAIPEI_MEASURE_CATEGORIES})

_CHINESE_ROUND = "一二三四五六七八九十"


class RefKind(StrEnum):
    ARTICLE = "article"
    RECOMMENDATION = "recommendation"
    OBSERVATION = "observation"
    FREE = "free"


@dataclass(frozen=True)
class CedawRef:
    """One item of CEDAW content; stored on the event as its label text."""

    kind: RefKind
    number: int = 0  # article or recommendation number, or report round
    paragraph: int = 0  # concluding observation paragraph
    text: str = ""  # free text

    @property
    def label(self) -> str:
        if self.kind is RefKind.ARTICLE:
            return f"第{self.number}條 {ARTICLES.get(self.number, '')}".rstrip()
        if self.kind is RefKind.RECOMMENDATION:
            name = GENERAL_RECOMMENDATIONS.get(self.number, "")
            return f"一般性建議第{self.number}號 {name}".rstrip()
        if self.kind is RefKind.OBSERVATION:
            return f"第{self.number}次國家報告結論性意見第{self.paragraph}點"
        return self.text.strip()


def article(number: int) -> CedawRef:
    if number not in ARTICLES:
        raise InputError(Phrase.of("outreach.err.article", number=number), "cedaw_refs")
    return CedawRef(RefKind.ARTICLE, number)


def recommendation(number: int) -> CedawRef:
    if not 1 <= number <= 99:
        raise InputError(Phrase.of("outreach.err.recommendation", number=number), "cedaw_refs")
    return CedawRef(RefKind.RECOMMENDATION, number)


def observation(report_round: int, paragraph: int) -> CedawRef:
    if not 1 <= report_round <= 20:
        raise InputError(Phrase.of("outreach.err.report_round", number=report_round), "cedaw_refs")
    if not 1 <= paragraph <= 999:
        raise InputError(Phrase.of("outreach.err.paragraph", number=paragraph), "cedaw_refs")
    return CedawRef(RefKind.OBSERVATION, report_round, paragraph)


def free_text(text: str) -> CedawRef:
    cleaned = " ".join(text.split())
    if not cleaned:
        raise InputError(Phrase.of("outreach.err.free_empty"), "cedaw_refs")
    if len(cleaned) > 200:
        raise InputError(Phrase.of("outreach.err.free_long"), "cedaw_refs")
    return CedawRef(RefKind.FREE, text=cleaned)


def pick_list() -> list[CedawRef]:
    """Return the articles and then the general recommendations, as the picker offers them."""
    return ([CedawRef(RefKind.ARTICLE, n) for n in ARTICLES]
            + [CedawRef(RefKind.RECOMMENDATION, n) for n in GENERAL_RECOMMENDATIONS])


_ARTICLE_RE = re.compile(r"^(?:CEDAW\s*)?第\s*(\d{1,2})\s*條")
_GR_RE = re.compile(r"^(?:CEDAW\s*)?一般性建議\s*第\s*(\d{1,2})\s*號")
_OBS_RE = re.compile(r"^第\s*(\d{1,2}|[一二三四五六七八九十])\s*次國家報告.*?結論性意見\s*第\s*(\d{1,3})\s*點")


def parse_ref(label: str) -> CedawRef:
    """Read a stored label back: 第5條…, 一般性建議第40號…, 第4次國家報告結論性意見第12點, else free text."""
    text = " ".join(label.split())
    if match := _OBS_RE.match(text):
        raw = match.group(1)
        number = int(raw) if raw.isdigit() else _CHINESE_ROUND.index(raw) + 1
        return CedawRef(RefKind.OBSERVATION, number, int(match.group(2)))
    if (match := _ARTICLE_RE.match(text)) and int(match.group(1)) in ARTICLES:
        return CedawRef(RefKind.ARTICLE, int(match.group(1)))
    if match := _GR_RE.match(text):
        return CedawRef(RefKind.RECOMMENDATION, int(match.group(1)))
    return CedawRef(RefKind.FREE, text=text)


def normalise_refs(labels: Sequence[str]) -> tuple[str, ...]:
    """Return the labels in their standard wording, without blanks or repeats, order kept."""
    seen: list[str] = []
    for label in labels:
        if not label.strip():
            continue
        shown = parse_ref(label).label
        if shown not in seen:
            seen.append(shown)
    return tuple(seen)


# --- validation -------------------------------------------------------------------------------

MAX_PARTICIPANTS = 100_000
MAX_BUDGET = 100_000_000


def validate_event(event: Event, year: int | None = None,
                   stated_total: int | None = None) -> Event:
    """Return the event cleaned up, or raise InputError naming the field and what to do.

    `year` is the working year the clerk is filling in (a date outside it is refused);
    `stated_total` is a total typed separately (a sign-in sheet's count), which the
    participants by gender must add up to.
    """
    title = " ".join(event.title.split())
    what = Phrase.of("outreach.err.event" if event.kind is EventKind.CEDAW
                     else "outreach.err.measure")
    if not title:
        raise InputError(Phrase.of("outreach.err.no_title", what=what), "title")
    if len(title) > 120:
        raise InputError(Phrase.of("outreach.err.title_long", what=what), "title")
    if event.end is not None and event.end < event.start:
        raise InputError(Phrase.of("outreach.err.end_before_start", end=Short(event.end),
                                    start=Short(event.start)), "end")
    event_year = roc_year(event.start.year)
    if year is not None and event_year != year:
        first, last = year_bounds(year)
        raise InputError(Phrase.of("outreach.err.outside_year", start=Short(event.start),
                                    year=year, first=Short(first), last=Short(last),
                                    other=event_year), "start")
    if event.end is not None and event.end.year != event.start.year:
        raise InputError(Phrase.of("outreach.err.across_years", start=Short(event.start),
                                    end=Short(event.end)), "end")
    category = " ".join(event.category.split())
    if event.kind is EventKind.MEASURE and not category:
        raise InputError(Phrase.of("outreach.err.no_category"), "category")
    if event.kind is EventKind.CEDAW:
        category = ""
    audiences = _clean_list(event.audiences)
    if event.kind is EventKind.CEDAW and not audiences:
        raise InputError(Phrase.of("outreach.err.no_audience"), "audiences")
    for code, value in (("M", event.male), ("F", event.female), ("X", event.other)):
        name = Label("gender", code)
        if value < 0:
            raise InputError(Phrase.of("outreach.err.negative", gender=name), "participants")
        if value > MAX_PARTICIPANTS:
            raise InputError(Phrase.of("outreach.err.too_many", gender=name, n=value),
                             "participants")
    if stated_total is not None and stated_total != event.total:
        raise InputError(Phrase.of("outreach.err.total", male=event.male, female=event.female,
                                    other=event.other, total=event.total,
                                    stated=stated_total), "participants")
    if not 0 <= event.budget <= MAX_BUDGET:
        raise InputError(Phrase.of("outreach.err.budget", budget=event.budget), "budget")
    return Event(
        event.id, event.kind, title, event.start, event.end if event.end != event.start else None,
        category=category, place=event.place.strip(), organizer=event.organizer.strip(),
        co_organizers=event.co_organizers.strip(), audiences=audiences,
        methods=_clean_list(event.methods), cedaw_refs=normalise_refs(event.cedaw_refs),
        male=event.male, female=event.female, other=event.other, budget=event.budget,
        partners=event.partners.strip(), outcome=event.outcome.strip(),
        review=event.review.strip(), note=event.note.strip(),
    )


def _clean_list(values: Sequence[str]) -> tuple[str, ...]:
    result: list[str] = []
    for value in values:
        cleaned = " ".join(value.split())
        if cleaned and cleaned not in result:
            result.append(cleaned)
    return tuple(result)


# --- counting ---------------------------------------------------------------------------------

def counts_for_outreach(event: Event) -> bool:
    """Only CEDAW sessions with an external audience count (internal staff do not)."""
    return event.kind is EventKind.CEDAW and event.external


def held(event: Event, today: dt.date | None) -> bool:
    """Return whether the event has taken place by `today` (None: judge every event as held)."""
    return today is None or event.start <= today


def not_counted_reason(event: Event, today: dt.date | None = None) -> str:
    """Return why an event does not count toward the outreach minimum, or '' when it does."""
    if event.kind is EventKind.MEASURE:
        return "其他措施，不計入CEDAW宣導場次"
    if not event.audiences:
        return "未填宣導對象"
    if not event.external:
        return "對象僅" + "、".join(sorted(INTERNAL_AUDIENCES)) + "，不計入對外宣導"
    if not held(event, today):
        return "尚未辦理"
    return ""


def counted_sessions(events: Sequence[Event], today: dt.date | None = None) -> list[Event]:
    return [e for e in events if counts_for_outreach(e) and held(e, today)]


texts.define({
    "outreach.err.article": "CEDAW 沒有第{number}條可選：實質條文為第1條至第16條",
    "outreach.err.recommendation": "一般性建議第{number}號不存在：請填 1 至 99 的號次",
    "outreach.err.report_round": "國家報告第{number}次不存在：請填 1 至 20 的次別",
    "outreach.err.paragraph": "結論性意見第{number}點不存在：請填 1 至 999 的點次",
    "outreach.err.free_empty": "自行填寫的CEDAW內容是空白：請輸入文字",
    "outreach.err.free_long": "自行填寫的CEDAW內容超過200字：請精簡，詳細內容可寫在活動成效",
    "outreach.err.event": "活動",
    "outreach.err.measure": "措施",
    "outreach.err.no_title": "請填寫{what}名稱",
    "outreach.err.title_long": "{what}名稱超過120字：請精簡",
    "outreach.err.end_before_start": "結束日期{end}早於開始日期{start}：請改正日期",
    "outreach.err.outside_year": "辦理日期{start}不在{year}年度內（{first}至{last}）：請改正日期，"
                                 "或先切換到{other}年度再新增",
    "outreach.err.across_years": "活動跨年度（{start}至{end}）：請依年度分成兩筆紀錄",
    "outreach.err.no_category": "請選擇或填寫措施類別（例如 友善環境、照顧支持）",
    "outreach.err.no_audience": "請勾選至少一種宣導對象（對象僅內部同仁者不計入對外宣導場次）",
    "outreach.err.negative": "參加人數（{gender}）不能是負數：請填 0 或正整數",
    "outreach.err.too_many": "參加人數（{gender}）{n}人過多：請確認是否多打了數字",
    "outreach.err.total": "參加人數男{male}人、女{female}人、其他{other}人，合計{total}人，"
                          "與填寫的合計{stated}人不符：請核對簽到表後改正",
    "outreach.err.budget": "經費{budget}元不合理：請填 0 或正整數（單位：元）",
})

texts.define({
    "outreach.few": "對外CEDAW宣導{n}場，應至少{minimum}場：尚需辦理{more}場",
    "outreach.few_planned": "對外CEDAW宣導{n}場，應至少{minimum}場：尚需辦理{more}場"
                            "（已排定{planned}場，辦理後請補登成果）",
    "outreach.internal_only": "「{title}」對象僅內部同仁，不計入對外宣導場次",
    "outreach.summary": "對外宣導{sessions}場，觸及{people}人（男{male}、女{female}、其他{other}）",
    "measures.few": "其他性別平等措施{n}項，應至少{minimum}項：尚需辦理{more}項",
    "measures.categories_few": "已辦理{n}類措施，每年應至少辦理{minimum}類：尚需辦理{more}類"
                               "（可辦理：{todo}）",
    "measures.summary": "辦理{n}項",
    "measures.summary_by_category": "辦理{n}項（{categories}）",
    "measures.category_count": "{category}{n}項",
    "measures.summary_categories": "{summary}，涵蓋{done}類（應至少{minimum}類）",
})


def check_outreach(events: Sequence[Event], preset: Preset, year: int,
                   year_over: bool, today: dt.date | None = None) -> list[Finding]:
    counted = counted_sessions(events, today)
    planned = [e for e in events if counts_for_outreach(e) and not held(e, today)]
    internal = [e for e in events if e.kind is EventKind.CEDAW and not e.external]
    findings = []
    need = preset.outreach_per_year
    if len(counted) < need:
        figures = {"n": len(counted), "minimum": need, "more": need - len(counted)}
        text = (Phrase.of("outreach.few_planned", planned=len(planned), **figures) if planned
                else Phrase.of("outreach.few", **figures))
        findings.append(Finding(
            Status.FAIL if year_over or not (counted or planned) else Status.WARN, text, "events"))
    for event in internal:
        findings.append(Finding(Status.WARN, Phrase.of("outreach.internal_only", title=event.title),
                                f"event:{event.id}"))
    return findings


def people_reached(events: Sequence[Event], today: dt.date | None = None) -> tuple[int, int, int]:
    """Return 男, 女, 其他 reached by the sessions that count."""
    counted = counted_sessions(events, today)
    return (sum(e.male for e in counted), sum(e.female for e in counted),
            sum(e.other for e in counted))


def measures_by_category(events: Sequence[Event], today: dt.date | None = None) -> dict[str, int]:
    return dict(Counter(e.category or "未分類" for e in events
                        if e.kind is EventKind.MEASURE and held(e, today)))


def categories_done(events: Sequence[Event], preset: Preset, today: dt.date | None = None,
                    extra: Sequence[str] = ()) -> list[str]:
    """Return the categories of the city's list the year's measures cover, in the list's order.

    `extra` are categories other duties fill: a Taipei bureau's CEDAW outreach is （五）, its
    committees meeting the one-third rule are （六）.
    """
    done = set(measures_by_category(events, today)) | set(extra)
    listed = preset.measure_categories
    if not listed:
        return sorted(done)
    return [c for c in listed if c in done or any(d.startswith(c[:3]) for d in done)]


def check_measures(events: Sequence[Event], preset: Preset, year_over: bool,
                   today: dt.date | None = None, extra_categories: Sequence[str] = ()) -> list[Finding]:
    measures = [e for e in events if e.kind is EventKind.MEASURE and held(e, today)]
    findings = []
    need = preset.measures_per_year
    late = Status.FAIL if year_over else Status.WARN
    if len(measures) < need:
        findings.append(Finding(
            late, Phrase.of("measures.few", n=len(measures), minimum=need,
                            more=need - len(measures)),
            "events"))
    least = preset.measure_categories_min
    if least:
        done = categories_done(events, preset, today, extra_categories)
        if len(done) < least:
            todo = [c for c in preset.measure_categories if c not in done]
            findings.append(Finding(
                late, Phrase.of("measures.categories_few", n=len(done), minimum=least,
                                more=least - len(done), todo=tuple(texts.Label("measure_category_no", c[:3])
                                                          for c in todo)),
                "events"))
    return findings
