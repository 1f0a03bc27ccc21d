"""Every phrase and label the domain can produce has English words with the same parameters."""

import importlib
import pkgutil
import re

import pytest

import gmdesk.cli
import gmdesk.domain
import gmdesk.services
import gmdesk.storage
import gmdesk.workbooks
from gmdesk import wording
from gmdesk.domain import texts
from gmdesk.wording import en

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")

for package in (gmdesk.domain, gmdesk.services, gmdesk.cli, gmdesk.storage, gmdesk.workbooks):  # each module defines its codes
    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{module.name}")


@pytest.mark.parametrize("code", sorted(texts.ZH))
def test_each_code_has_english_with_the_same_parameters(code: str) -> None:
    assert code in en.TEMPLATES, f"no English wording for {code}"
    assert texts.placeholders(en.TEMPLATES[code]) == texts.placeholders(texts.ZH[code])
    assert not CJK.search(en.TEMPLATES[code]), en.TEMPLATES[code]


@pytest.mark.parametrize("kind", sorted(texts.ZH_LABELS))
def test_each_label_has_an_english_name(kind: str) -> None:
    for value in texts.ZH_LABELS[kind]:
        name = wording.label(kind, value, "en")
        assert name != value or not CJK.search(value), f"{kind}.{value} has no English name"
        assert not CJK.search(name), f"{kind}.{value}: {name}"


def test_a_phrase_is_worded_in_each_language_with_its_figures() -> None:
    import datetime as dt

    texts.define({"test.short": "小組成員{n}人，少於{minimum}人（{day}）"})
    texts.define_labels("test_gender", {"M": "男"})
    en.TEMPLATES["test.short"] = "The group has {n} members, fewer than {minimum} ({day})"
    try:
        phrase = texts.Phrase.of("test.short", n=5, minimum=7.0, day=dt.date(2026, 3, 5))
        assert phrase.text == "小組成員5人，少於7人（115年3月5日）"
        assert wording.say(phrase, "en") == "The group has 5 members, fewer than 7 (5 Mar 2026)"
        with pytest.raises(KeyError):
            texts.Phrase.of("test.short", n=5)  # a missing figure is caught where it is made
        with pytest.raises(KeyError):
            texts.Phrase.of("test.no_such_code")
    finally:
        del texts.ZH["test.short"], en.TEMPLATES["test.short"], texts.ZH_LABELS["test_gender"]


def test_a_phrase_as_json_and_with_its_names_masked() -> None:
    import datetime as dt

    from gmdesk.domain import group  # noqa: F401  (defines group.term_ending)
    from gmdesk.domain.names import NameDisplay, mask_names_in

    role = texts.Phrase.of("group.role_post", role=texts.Label("role", "ex_officio"),
                           post=texts.Label("post", "personnel"))
    phrase = texts.Phrase.of("group.term_ending", name="王小明", role=role,
                             end=texts.Short(dt.date(2026, 12, 31)), days=30)
    assert texts.to_json(phrase) == {"code": "group.term_ending", "params": {
        "name": "王小明", "days": 30, "end": "2026-12-31",
        "role": {"code": "group.role_post", "params": {"role": "ex_officio", "post": "personnel"}},
    }}
    masked = texts.map_data(phrase, lambda s: mask_names_in(s, ["王小明"], NameDisplay.MASKED))
    assert masked.text == "王○明（當然成員（人事））任期將於115/12/31屆滿（30天後）：請辦理續聘或改聘"
    assert wording.say(masked, "en") == (
        "王○明 (Ex officio member, Personnel): term ends on 31 Dec 2026 (in 30 days): "
        "reappoint or appoint a successor")


def test_a_wrong_template_mapping_and_a_lost_trash_item_are_told_in_the_clerks_language(
        db: object) -> None:
    """The city template's mapping and the 資源回收筒 say what is wrong in zh-TW (forms, CLI)
    and in English (the English window), the sheet name kept as the clerk typed it."""
    import datetime as dt

    from gmdesk.domain.errors import InputError
    from gmdesk.storage import trash
    from gmdesk.workbooks.template import TemplateMapping

    with pytest.raises(InputError) as caught:
        TemplateMapping.from_json('{"tables": [{"sheet": "總表", "source": "outreach", '
                                  '"start_row": 3, "columns": {}}]}')
    assert str(caught.value).startswith("工作表「總表」的表格（CEDAW宣導場次）沒有任何一欄對應到欄位")
    assert wording.error_text(caught.value, "en").startswith(
        'The table on sheet "總表" (CEDAW outreach events) has no column mapped to a field')
    with pytest.raises(InputError) as caught:
        TemplateMapping.from_json('{"cells": {"總表!B2": "office.nope"}}')
    english = wording.error_text(caught.value, "en")
    assert "office.nope" in english and "office.name, office.city" in english
    with pytest.raises(InputError) as caught:
        trash.restore(db, 999, dt.datetime(2026, 12, 3, 9, 0))  # type: ignore[arg-type]
    assert str(caught.value) == "資源回收筒裡沒有這筆資料，可能已還原或已超過保存期限而清除。"
    assert wording.error_text(caught.value, "en").startswith("This item is not in the trash")
