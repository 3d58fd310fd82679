"""Derived figures are computed exactly and printed as the README promises (half up)."""

import math
from fractions import Fraction

from hypothesis import example, given
from hypothesis import strategies as st

from infographic_app.model.document import Document
from infographic_app.model.figures import Figure


def _share_document(part: int, whole: int, decimals: int, rounding: str = "nearest"):
    figures = {
        "part": Figure("part", "count", "deel", value=part),
        "whole": Figure("whole", "count", "geheel", value=whole),
        "share": Figure("share", "percentage", "aandeel", formula="part / whole * 100",
                        decimals=decimals, rounding=rounding),
    }
    return Document(locale="nl-NL", metadata={}, figures=figures, rules=[], pages=[])


def _dutch(units: int, decimals: int) -> str:
    """`units` of 10**-decimals written the Dutch way, worked out by hand."""
    whole, fraction = divmod(abs(units), 10**decimals)
    text = f"{whole:,}".replace(",", ".") + ("," + str(fraction).zfill(decimals) if decimals
                                             else "")
    return ("-" if units < 0 else "") + text


def test_57_of_200_is_exactly_28_5_percent_and_prints_29():
    document = _share_document(57, 200, 0)
    assert document.resolve("{share}") == "29%"
    assert document.resolve("{share:number} procent") == "29 procent"
    assert document.values()["share"] == 28.5  # drawing still gets a float


@given(st.integers(0, 2), st.integers(1, 50), st.data())
@example(0, 1, None)
def test_exact_halves_round_up(decimals, multiple, data):
    """part / whole * 100 lying exactly on a half of the last decimal prints rounded up."""
    halves = 200 * 10**decimals  # a whole of this size makes every odd part an exact half
    odd = data.draw(st.integers(0, halves // 2 - 1)) * 2 + 1 if data else 57
    document = _share_document(odd * multiple, halves * multiple, decimals)
    expected = _dutch((odd + 1) // 2, decimals) + "%"
    assert document.resolve("{share}") == expected


@given(st.integers(0, 10**6), st.integers(1, 10**6), st.integers(0, 3),
       st.sampled_from(["nearest", "down", "up"]))
@example(23, 40, 0, "nearest")  # 57,49999... in binary floating point
def test_shares_print_as_exact_fraction_arithmetic_says(part, whole, decimals, rounding):
    scaled = Fraction(part * 100, whole) * 10**decimals
    units = {"nearest": math.floor(scaled + Fraction(1, 2)), "down": math.floor(scaled),
             "up": math.ceil(scaled)}[rounding]
    document = _share_document(part, whole, decimals, rounding)
    assert document.resolve("{share:number}") == _dutch(units, decimals)


def test_a_difference_of_typed_decimals_is_exact():
    figures = {
        "before": Figure("before", "decimal", "voor", value=0.3, decimals=2),
        "after": Figure("after", "decimal", "na", value=0.1, decimals=2),
        "change": Figure("change", "decimal", "verschil", formula="after - before + 0.005",
                         decimals=2),
    }
    document = Document(locale="nl-NL", metadata={}, figures=figures, rules=[], pages=[])
    assert document.resolve("{change}") == "-0,20"  # -0,195 exactly: half away from zero


def test_a_division_by_zero_prints_a_question_mark():
    assert _share_document(5, 0, 0).resolve("{share}") == "?%"
