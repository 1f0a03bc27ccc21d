"""Rules shared across duties: the one-third gender rule and half-or-more counts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from gmdesk.domain.model import Gender


@dataclass(frozen=True)
class GenderCount:
    male: int = 0
    female: int = 0
    other: int = 0

    @property
    def total(self) -> int:
        return self.male + self.female + self.other

    @classmethod
    def of(cls, genders: Iterable[Gender]) -> GenderCount:
        values = list(genders)
        return cls(
            male=sum(g is Gender.MALE for g in values),
            female=sum(g is Gender.FEMALE for g in values),
            other=sum(g is Gender.OTHER for g in values),
        )


def one_third_needed(total: int) -> int:
    """Return the fewest people of each gender a group of `total` must have (count * 3 >= n)."""
    return -(-total // 3)


def one_third_shortfall(count: GenderCount) -> dict[Gender, int]:
    """Return, for 男 and 女, how many more members the one-third rule needs (0 when met).

    Adding a member also raises the total, so the shortfall is the smallest k with
    (count + k) * 3 >= total + k.
    """
    short: dict[Gender, int] = {}
    for gender, have in ((Gender.MALE, count.male), (Gender.FEMALE, count.female)):
        k = 0
        while (have + k) * 3 < count.total + k:
            k += 1
        short[gender] = k
    return short


def meets_one_third(count: GenderCount) -> bool:
    """Return whether neither 男 nor 女 is fewer than one third of the total."""
    return all(v == 0 for v in one_third_shortfall(count).values())


def at_least_fraction(part: int, whole: int, fraction: float) -> bool:
    """Return whether part is `fraction` of whole or more (以上 includes the number itself)."""
    # Integer comparison avoids 0.5 * 7 style rounding surprises.
    numerator, denominator = fraction.as_integer_ratio()
    return part * denominator >= whole * numerator
