import pytest

from gmdesk.domain.model import Gender
from gmdesk.domain.rules import (
    GenderCount,
    at_least_fraction,
    meets_one_third,
    one_third_needed,
    one_third_shortfall,
)


@pytest.mark.parametrize(("members", "needed"), [(7, 3), (9, 3), (10, 4), (13, 5)])
def test_one_third_needs_this_many_of_each_gender(members: int, needed: int) -> None:
    assert one_third_needed(members) == needed
    assert meets_one_third(GenderCount(male=members - needed, female=needed))
    assert not meets_one_third(GenderCount(male=members - needed + 1, female=needed - 1))


def test_shortfall_counts_the_members_to_add() -> None:
    # 7 men and 2 women: adding 2 women makes 4 of 11 (4 * 3 >= 11).
    assert one_third_shortfall(GenderCount(male=7, female=2)) == {Gender.MALE: 0, Gender.FEMALE: 2}


def test_half_or_more_includes_exactly_half() -> None:
    assert at_least_fraction(5, 10, 0.5)
    assert at_least_fraction(4, 7, 0.5)
    assert not at_least_fraction(3, 7, 0.5)


def test_gender_reads_common_spellings() -> None:
    assert Gender.parse("女") is Gender.FEMALE
    assert Gender.parse("M") is Gender.MALE
    assert Gender.parse("其他") is Gender.OTHER
    with pytest.raises(ValueError, match="不是性別"):
        Gender.parse("?")
