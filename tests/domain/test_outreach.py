"""Counting CEDAW outreach and measures, the CEDAW pick list, and event validation."""

from __future__ import annotations

import datetime as dt

import pytest

from gmdesk.domain import outreach as rules
from gmdesk.domain.compliance import Status
from gmdesk.domain.errors import InputError
from gmdesk.domain.model import Event, EventId, EventKind
from gmdesk.domain.presets import KAOHSIUNG_DISTRICT

DAY = dt.date(2026, 3, 8)


def session(audiences: tuple[str, ...], kind: EventKind = EventKind.CEDAW, **kw: object) -> Event:
    return Event(EventId(1), kind, "活動", kw.pop("start", DAY), audiences=audiences,  # type: ignore[arg-type]
                 male=3, female=5, **kw)  # type: ignore[arg-type]


def test_an_internal_audience_session_does_not_count() -> None:
    internal = session(("內部同仁",))
    mixed = session(("內部同仁", "一般民眾"))
    assert not rules.counts_for_outreach(internal)
    assert rules.counts_for_outreach(mixed)
    assert "內部同仁" in rules.not_counted_reason(internal)
    findings = rules.check_outreach([internal, mixed], KAOHSIUNG_DISTRICT, 115, year_over=True)
    assert [f.status for f in findings] == [Status.FAIL, Status.WARN]
    assert "對外CEDAW宣導1場" in findings[0].text
    assert rules.people_reached([internal, mixed]) == (3, 5, 0)


def test_a_measure_is_not_a_cedaw_session() -> None:
    measure = session(("一般民眾",), EventKind.MEASURE, category="友善環境")
    assert not rules.counts_for_outreach(measure)
    assert rules.counted_sessions([measure]) == []
    assert rules.measures_by_category([measure]) == {"友善環境": 1}
    assert rules.check_measures([measure], KAOHSIUNG_DISTRICT, year_over=True) == []
    assert rules.check_measures([], KAOHSIUNG_DISTRICT, year_over=True)[0].status is Status.FAIL


def test_two_external_sessions_meet_the_duty_and_planned_ones_wait() -> None:
    done = session(("村里長",))
    planned = session(("學校",), start=dt.date(2026, 12, 1))
    today = dt.date(2026, 11, 24)
    assert rules.check_outreach([done, session(("企業",))], KAOHSIUNG_DISTRICT, 115, True) == []
    findings = rules.check_outreach([done, planned], KAOHSIUNG_DISTRICT, 115, False, today)
    assert findings[0].status is Status.WARN and "已排定1場" in findings[0].text
    assert rules.not_counted_reason(planned, today) == "尚未辦理"


def test_pick_list_has_the_sixteen_articles_and_the_recommendations() -> None:
    labels = [r.label for r in rules.pick_list()]
    assert labels[0] == "第1條 歧視的定義"
    assert "第16條 婚姻與家庭" in labels
    assert "一般性建議第40號 婦女在決策系統中平等和包容的代表性" in labels
    assert sum(label.split()[0].endswith("條") for label in labels) == 16
    assert rules.observation(4, 12).label == "第4次國家報告結論性意見第12點"
    with pytest.raises(InputError, match="第1條至第16條"):
        rules.article(17)


@pytest.mark.parametrize(("text", "kind", "label"), [
    ("第5條", rules.RefKind.ARTICLE, "第5條 性別角色與刻板印象"),
    ("一般性建議第40號", rules.RefKind.RECOMMENDATION,
     "一般性建議第40號 婦女在決策系統中平等和包容的代表性"),
    ("第三次國家報告結論性意見第 8 點", rules.RefKind.OBSERVATION, "第3次國家報告結論性意見第8點"),
    ("性別平等指引", rules.RefKind.FREE, "性別平等指引"),
])
def test_stored_labels_read_back(text: str, kind: rules.RefKind, label: str) -> None:
    ref = rules.parse_ref(text)
    assert ref.kind is kind and ref.label == label


def test_validation_names_the_field_and_cleans_up() -> None:
    good = session(("一般民眾", "一般民眾"), cedaw_refs=("第5條", "第5條 性別角色與刻板印象", ""))
    cleaned = rules.validate_event(good, 115, stated_total=8)
    assert cleaned.audiences == ("一般民眾",)
    assert cleaned.cedaw_refs == ("第5條 性別角色與刻板印象",)
    with pytest.raises(InputError, match="合計8人，與填寫的合計9人不符") as error:
        rules.validate_event(good, 115, stated_total=9)
    assert error.value.field == "participants"
    with pytest.raises(InputError, match="不在114年度內") as error:
        rules.validate_event(good, 114)
    assert error.value.field == "start"
    with pytest.raises(InputError, match="宣導對象"):
        rules.validate_event(session(()), 115)
    with pytest.raises(InputError, match="措施類別"):
        rules.validate_event(session((), EventKind.MEASURE), 115)
    with pytest.raises(InputError, match="早於開始日期"):
        rules.validate_event(session(("企業",), end=dt.date(2026, 3, 1)), 115)
    with pytest.raises(InputError, match="負數"):
        rules.validate_event(Event(EventId(0), EventKind.CEDAW, "x", DAY, audiences=("企業",),
                                   male=-1), 115)
