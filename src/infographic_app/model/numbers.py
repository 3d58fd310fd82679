"""Numbers written the way the reader's locale writes them: 17,7 / 92,9% / 10.000 in Dutch.

Rounding is exact. A value is first made exact (`to_exact`): a float is taken as its shortest
repr, which is what was typed (17.7 is 177/10, not the binary 17.699999...), and derived
figures arrive as exact fractions. So 57 of 200 is exactly 28,5% and prints as 29%.

Rounding modes, by name (the sign is kept and the size is rounded, so -x always prints as
x with a minus sign):
- "nearest": to the nearest; an exact half goes away from zero (2,5 -> 3, -2,5 -> -3);
- "down": toward zero, the printed size never exceeds the true one (97,8 -> 97, -97,8 -> -97);
- "up": away from zero, the printed size is never less than the true one (12,01 -> 13).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

Number = int | float | Fraction | Decimal

# The range of every figure, typed or computed: at most 15 digits before the decimal point, and
# a typed value at most 15 digits in all. A typed value is held as a float, which keeps 15
# significant digits exactly; a 16th could silently print another number than the one typed.
# Far beyond any count a factsheet reports (the world has some 8 000 000 000 people).
MAX_FIGURE_DIGITS = 15
FIGURE_LIMIT = 10**MAX_FIGURE_DIGITS  # a figure's size is less than this


@dataclass(frozen=True)
class NumberStyle:
    """How a locale writes numbers: its decimal mark, thousands separator and percent."""

    decimal_mark: str
    group_mark: str
    percent: str  # how the percent sign follows the number


LOCALES: dict[str, NumberStyle] = {
    "nl-NL": NumberStyle(decimal_mark=",", group_mark=".", percent="%"),
    "en-GB": NumberStyle(decimal_mark=".", group_mark=",", percent="%"),
}

_HALF = Fraction(1, 2)
# Each mode rounds a size (a number of 0 or more, in units of the last shown decimal).
ROUNDING: dict[str, Callable[[Fraction], int]] = {
    "nearest": lambda size: math.floor(size + _HALF),
    "down": math.floor,
    "up": math.ceil,
}


def to_exact(value: Number | None) -> Fraction | None:
    """`value` as an exact fraction; None for None, NaN and infinity (a value that is not there).

    A float is read through its shortest repr, the digits that were typed: 0.285 is 57/200.
    """
    if value is None or isinstance(value, float | Decimal) and not math.isfinite(value):
        return None
    if isinstance(value, float):
        return Fraction(Decimal(repr(value)))
    return Fraction(value)


def round_value(value: Number, decimals: int, rounding: str = "nearest") -> Decimal:
    """`value` rounded exactly to `decimals` places by the named mode (see the module text).

    Returns a Decimal with exactly `decimals` places (28.5 at 0 places: Decimal('29')).
    Raises ValueError for NaN or infinity and KeyError for an unknown mode.
    """
    exact = to_exact(value)
    if exact is None:
        raise ValueError(f"{value!r} cannot be rounded")
    scaled = exact * 10**decimals
    size = ROUNDING[rounding](abs(scaled))
    return Decimal(size if scaled >= 0 else -size).scaleb(-decimals)


def round_as_set(values: Sequence[Number], decimals: int) -> list[Decimal]:
    """Round shares together by the largest-remainder method, so the rounded values add up to
    their exact total rounded to `decimals` places (100 for shares that make 100%).

    Each value is cut to `decimals` places (toward minus infinity) and the units still missing
    from the total go, one each, to the values that lost most; of equal remainders the smaller
    value (then the earlier one) goes first, so a small share is not rounded away. Every
    result lies within one unit of its exact value. Raises ValueError for NaN or infinity.
    """
    exact = [to_exact(v) for v in values]
    if any(v is None for v in exact):
        raise ValueError("a share that is not a number cannot be rounded")
    scaled = [v * 10**decimals for v in exact]
    units = [math.floor(v) for v in scaled]
    missing = int(round_value(sum(scaled, Fraction(0)), 0)) - sum(units)
    order = sorted(range(len(scaled)), key=lambda i: (units[i] - scaled[i], scaled[i], i))
    for index in order[:missing]:
        units[index] += 1
    return [Decimal(unit).scaleb(-decimals) for unit in units]


def format_number(value: Number | None, decimals: int, locale: str,
                  rounding: str = "nearest") -> str:
    """`value` rounded (see round_value) and written the locale's way: '1.234,5' in nl-NL.

    None, NaN and infinity, a figure that cannot be computed, are written '?'.
    """
    if to_exact(value) is None:
        return "?"
    style = LOCALES[locale]
    rounded = round_value(value, decimals, rounding)
    sign = "-" if rounded < 0 else ""
    whole, _, fraction = f"{abs(rounded):f}".partition(".")
    groups = []
    while len(whole) > 3:
        whole, groups = whole[:-3], [whole[-3:], *groups]
    text = style.group_mark.join([whole, *groups])
    if decimals > 0:
        text += style.decimal_mark + fraction
    return sign + text


def format_percentage(value: Number | None, decimals: int, locale: str,
                      rounding: str = "nearest") -> str:
    """format_number with the locale's percent sign: '92,9%'."""
    return format_number(value, decimals, locale, rounding) + LOCALES[locale].percent
