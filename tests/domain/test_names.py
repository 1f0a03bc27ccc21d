"""Names and ID numbers as exported reports show them."""

import pytest

from gmdesk.domain.names import NameDisplay, display_name, mask_id, mask_name, surname_only


@pytest.mark.parametrize(("name", "masked"), [
    ("王小明", "王○明"),
    ("王明", "王○"),
    ("歐陽小明", "歐陽○明"),
    ("歐陽明", "歐陽○"),
    ("張簡美玲", "張簡○玲"),
    ("陳林美玲", "陳○○玲"),
    ("李", "李"),
    ("", ""),
    ("  林志明 ", "林○明"),
    ("Ubay Kasiwa", "U○○○ ○○○○○a"),
])
def test_masked_names_hide_the_middle(name: str, masked: str) -> None:
    assert mask_name(name) == masked


def test_masking_twice_changes_nothing() -> None:
    assert mask_name(mask_name("王小明")) == "王○明"


@pytest.mark.parametrize(("name", "shown"), [
    ("王小明", "王○○"), ("王明", "王○"), ("歐陽小明", "歐陽○○"),
])
def test_surname_only(name: str, shown: str) -> None:
    assert surname_only(name) == shown


def test_display_follows_the_setting_and_masks_when_unknown() -> None:
    assert display_name("王小明", "full") == "王小明"
    assert display_name("王小明", NameDisplay.SURNAME) == "王○○"
    assert display_name("王小明", "masked") == "王○明"
    assert display_name("王小明", "nonsense") == "王○明"
    assert display_name("王小明", "") == "王○明"


def test_id_numbers_keep_the_first_six() -> None:
    assert mask_id("A123456789") == "A12345****"
    assert mask_id("a123456789") == "A12345****"
    assert mask_id("123") == "***"
