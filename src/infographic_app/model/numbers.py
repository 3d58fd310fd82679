"""Numbers written the way the reader's locale writes them: 17,7 / 92,9% / 10.000 in Dutch."""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal


@dataclass(frozen=True)
class NumberStyle:
    decimal_mark: str
    group_mark: str
    percent: str  # how the percent sign follows the number


LOCALES: dict[str, NumberStyle] = {
    "nl-NL": NumberStyle(decimal_mark=",", group_mark=".", percent="%"),
    "en-GB": NumberStyle(decimal_mark=".", group_mark=",", percent="%"),
}

ROUNDING = {"nearest": ROUND_HALF_UP, "down": ROUND_FLOOR, "up": ROUND_CEILING}


def round_value(value: float, decimals: int, rounding: str = "nearest") -> Decimal:
    """Round the way a reader expects (half up), not banker's rounding."""
    quantum = Decimal(1).scaleb(-decimals)
    return Decimal(repr(float(value))).quantize(quantum, rounding=ROUNDING[rounding])


def format_number(value: float, decimals: int, locale: str, rounding: str = "nearest") -> str:
    if not math.isfinite(value):
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


def format_percentage(value: float, decimals: int, locale: str, rounding: str = "nearest") -> str:
    return format_number(value, decimals, locale, rounding) + LOCALES[locale].percent
