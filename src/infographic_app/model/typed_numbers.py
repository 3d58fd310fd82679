"""How a number is written in the factsheet file, and the YAML readings that would publish
another number than the one a reader of the file sees.

YAML 1.1, which the loader speaks, reads `010` as the octal number 8, `0x1F` as 31, `1_000`
as 1000 and `1:30` as 90 (base 60), while `1e3` and `0o17` stay text. A figure's value is
therefore written plainly: digits, an optional sign, and a decimal point with digits on both
sides (1300, -12, +12, 17.7, 0.5). Everything else that YAML would read as a number is refused
with the plain way to write it; `1.300` in a decimal figure, which a Dutch reader takes for
thirteen hundred, is read as 1.3 and warned about by the checks.
"""

from __future__ import annotations

import re
from decimal import Decimal

PLAIN = re.compile(r"[-+]?(0|[1-9][0-9]*)(\.[0-9]+)?")
THOUSANDS = re.compile(r"-?[1-9][0-9]{0,2}\.[0-9]{3}")  # 1.300, 12.500: Dutch thousands?
_SIGN = r"[-+]?"
_BASES = re.compile(_SIGN + r"0([xX][0-9a-fA-F_]+|[oO][0-7_]+|[bB][01_]+)")
_BASE_NAMES = {"x": "a hexadecimal", "o": "an octal", "b": "a binary"}
_BASE_60 = re.compile(_SIGN + r"[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?")
_EXPONENT = re.compile(_SIGN + r"([0-9][0-9_]*)?(\.[0-9_]*)?[eE][-+]?[0-9]+")
_UNDERSCORE = re.compile(_SIGN + r"[0-9][0-9_]*(\.[0-9_]*)?")
_LEADING_ZERO = re.compile(_SIGN + r"0[0-9]+(\.[0-9]+)?")
_BARE_POINT = re.compile(_SIGN + r"(\.[0-9]+|[0-9]+\.)")
_GROUPED = re.compile(r"-?[1-9][0-9]{0,2}(\.[0-9]{3}){2,}")  # 1.300.000


def writing_problem(typed: str) -> str | None:
    """Why a value typed as `typed` (the text in the file) is refused, saying how to write it;
    None when it is written plainly or is no attempt at a number (then it is simply text)."""
    if PLAIN.fullmatch(typed):
        return None
    if _BASES.fullmatch(typed):
        base = _BASE_NAMES[typed.lstrip("+-")[1].lower()]
        value = int(typed.replace("_", ""), 0)
        return (f"'{typed}' is {base} number ({value}); write numbers in ordinary digits, "
                f"e.g. {value}")
    if _BASE_60.fullmatch(typed):
        return (f"YAML reads '{typed}' as {_base_60(typed)} (a number in base 60, like "
                "minutes:seconds); write the number you mean in digits")
    if _EXPONENT.fullmatch(typed):
        return f"write '{typed}' out in digits: {_plain(typed)}"
    if _UNDERSCORE.fullmatch(typed) and "_" in typed:
        return f"write '{typed}' without _: {_plain(typed)}"
    if _LEADING_ZERO.fullmatch(typed):
        octal = ("" if "." in typed else
                 f" (YAML would read '{typed}' as the octal number {int(typed, 8)})")
        return f"a number does not start with 0: write {_plain(typed)}{octal}"
    if _BARE_POINT.fullmatch(typed):
        return (f"'{typed}' needs a digit on both sides of the point, e.g. "
                f"{_plain(typed)} (is a digit missing?)")
    if _GROUPED.fullmatch(typed):
        return f"write thousands without points: {typed.replace('.', '')}"
    return None


def thousands_reading(typed: str) -> str | None:
    """The digits of the other reading of a value typed like a Dutch thousands group ('1.300'
    gives '1300'); None for any other text."""
    return typed.replace(".", "") if THOUSANDS.fullmatch(typed) else None


def _base_60(typed: str) -> str:
    """What YAML 1.1 reads '1:30' as: 90 (each colon a step of 60)."""
    total = Decimal(0)
    for part in typed.lstrip("+-").replace("_", "").split(":"):
        total = total * 60 + Decimal(part)
    return format(-total if typed.startswith("-") else total, "f")


def _plain(typed: str) -> str:
    """`typed` written plainly: the number it stands for, without leading zeros or exponent."""
    text = typed.replace("_", "")
    value = Decimal(text.lstrip("+")) if "." in text or "e" in text.lower() else int(text, 10)
    return format(value, "f") if isinstance(value, Decimal) else str(value)
