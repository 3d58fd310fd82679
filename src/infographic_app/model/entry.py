"""Reading a figure typed into a form field the locale's way ('1.300', '17,7', '92,9%').

What is wrong with an entry is an EntryError carrying a message key and its parameters, so
the editor and the checks list can say it in the interface language (model/messages.py).
"""

from __future__ import annotations

from decimal import Decimal

from infographic_app.model.figures import WHOLE_NUMBER_TYPES, value_problem_key
from infographic_app.model.numbers import LOCALES, NumberStyle, format_number


class EntryError(ValueError):
    """A typed text that is not a valid value.

    `key` names the message in model/messages.py ('entry_not_number', 'entry_decimal_comma',
    ...); `params` fill it in and always hold `typed`, the text exactly as the user typed it.
    """

    def __init__(self, key: str, **params: object):
        self.key, self.params = key, params
        super().__init__(f"{key}: {params}")


def read_entry(text: str, kind: str, locale: str) -> float | int:
    """The value of `text` typed into a figure field of type `kind` ('count', 'estimate',
    'decimal', 'percentage') in `locale`'s notation: an int for counts and estimates, else a
    float. Raises EntryError when the whole text is not a valid value of that type."""
    number = _parse(text, locale)
    problem = value_problem_key(kind, number)
    if problem:
        raise EntryError(f"entry_{problem}", typed=text.strip())
    return int(number) if kind in WHOLE_NUMBER_TYPES else number


def typed_decimals(text: str, locale: str) -> int:
    """How many digits `text`, a value typed in `locale`'s notation, has after its decimal
    mark ('65' -> 0, '14,3' -> 1 in nl-NL); 0 for text without one."""
    mark = LOCALES[locale].decimal_mark
    typed = text.strip().rstrip("%").strip()
    return len(typed.rpartition(mark)[2]) if mark in typed else 0


# What spreadsheets put in numbers: no-break and thin spaces between digit groups, and the
# real minus sign.
_PASTED = str.maketrans({"\u00a0": "", "\u202f": "", "\u2009": "", "\u2212": "-"})


def read_pasted(text: str, kind: str, locale: str) -> float | int:
    """The value of `text` pasted from a spreadsheet or CSV into a figure of type `kind`:
    read as typed (read_entry) after taking out no-break spaces and reading the real minus
    sign (U+2212) as '-'; a number written only the other locale's way ('1,234.5' into a
    Dutch factsheet) is read that way. EntryError as read_entry raises it otherwise."""
    cleaned = text.translate(_PASTED)
    try:
        return read_entry(cleaned, kind, locale)
    except EntryError as error:
        if error.key not in ("entry_decimal_comma", "entry_decimal_point"):
            raise
        other = next(name for name in LOCALES if name != locale)
        return read_entry(cleaned, kind, other)


def entry_text(value: float | int | None, locale: str) -> str:
    """A typed figure's value as its field shows it: every digit that was typed, in the
    locale's notation (17.75 -> '17,75', 1300 -> '1.300'), not rounded to the printed
    decimals; '' when there is no value."""
    if value is None:
        return ""
    exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    decimals = max(0, -exact.normalize().as_tuple().exponent)
    return format_number(exact, decimals, locale)


def _parse(text: str, locale: str) -> float:
    typed = text.strip()
    style = LOCALES[locale]
    number = _number_in(typed, style)
    if number is not None:
        return number
    if not typed:
        raise EntryError("entry_empty", typed=typed)
    for other in LOCALES:  # written the way another locale writes numbers?
        number = _number_in(typed, LOCALES[other]) if other != locale else None
        if number is not None:
            decimals = len(typed.rpartition(LOCALES[other].decimal_mark)[2]) \
                if LOCALES[other].decimal_mark in typed else 0
            key = "entry_decimal_comma" if style.decimal_mark == "," else "entry_decimal_point"
            raise EntryError(key, typed=typed,
                             written=format_number(number, decimals, locale))
    if _digits_and_marks(typed, style):
        raise EntryError("entry_grouping", typed=typed,
                         example=f"{format_number(1300, 0, locale)} / "
                                 f"{format_number(1.3, 1, locale)}")
    raise EntryError("entry_not_number", typed=typed,
                     example=f"{format_number(1300, 0, locale)} / "
                             f"{format_number(17.7, 1, locale)}")


def _number_in(typed: str, style: NumberStyle) -> float | None:
    """The number `typed` holds in this notation, or None; a trailing % is allowed."""
    cleaned = typed.removesuffix(style.percent).strip().replace(" ", "")
    sign = -1 if cleaned.startswith("-") else 1
    cleaned = cleaned[1:] if cleaned.startswith(("+", "-")) else cleaned
    whole, mark, fraction = cleaned.partition(style.decimal_mark)
    if not whole and not fraction:
        return None
    groups = whole.split(style.group_mark) if whole or not mark else ["0"]  # ',5' is 0,5
    if not all(part.isdigit() and part.isascii() for part in groups):
        return None
    if fraction and not (fraction.isdigit() and fraction.isascii()):  # '91,' is 91 so far
        return None
    if len(groups) > 1 and (len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:])):
        return None
    return sign * float("".join(groups) + ("." + fraction if mark else ""))


def _digits_and_marks(typed: str, style: NumberStyle) -> bool:
    body = typed.removesuffix(style.percent).strip().lstrip("+-")
    return style.group_mark in body and all(c.isdigit() or c in ".," for c in body)
