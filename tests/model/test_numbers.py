from decimal import Decimal
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from infographic_app.model.numbers import (
    format_number,
    format_percentage,
    round_as_set,
    round_value,
)


def test_dutch_notation():
    assert format_number(17.7, 1, "nl-NL") == "17,7"
    assert format_number(10000, 0, "nl-NL") == "10.000"
    assert format_number(1300, 0, "nl-NL") == "1.300"
    assert format_number(299, 0, "nl-NL") == "299"
    assert format_percentage(92.9, 1, "nl-NL") == "92,9%"
    assert format_number(1234567.891, 2, "nl-NL") == "1.234.567,89"


def test_british_notation_is_not_hard_coded_dutch():
    assert format_number(17.7, 1, "en-GB") == "17.7"
    assert format_number(10000, 0, "en-GB") == "10,000"
    assert format_percentage(92.9, 1, "en-GB") == "92.9%"


def test_rounding_is_half_up_as_readers_expect_not_bankers():
    assert format_number(0.5, 0, "nl-NL") == "1"
    assert format_number(2.5, 0, "nl-NL") == "3"
    assert format_number(92.85, 1, "nl-NL") == "92,9"
    assert format_number(97.77, 0, "nl-NL", rounding="down") == "97"
    assert format_number(12.01, 0, "nl-NL", rounding="up") == "13"
    assert format_number(-3.5, 0, "nl-NL") == "-4"


@given(st.integers(min_value=0, max_value=10**12))
def test_whole_numbers_keep_their_digits_in_groups_of_three(value):
    text = format_number(value, 0, "nl-NL")
    assert text.replace(".", "") == str(value)
    groups = text.split(".")
    assert all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False), st.integers(0, 3))
def test_formatted_decimals_read_back_as_the_rounded_value(value, decimals):
    text = format_number(value, decimals, "nl-NL")
    read_back = float(text.replace(".", "").replace(",", "."))
    assert read_back == float(round_value(value, decimals))
    assert (text.split(",")[1] if decimals else "") == ("" if not decimals else text[-decimals:])


def test_negative_values_round_by_size_in_every_mode():
    """The sign is kept and the size rounded: 'down' is toward zero, 'up' away from zero."""
    assert format_number(-97.8, 0, "nl-NL", rounding="down") == "-97"
    assert format_number(-97.2, 0, "nl-NL", rounding="up") == "-98"
    assert format_number(-12.01, 0, "nl-NL", rounding="up") == "-13"
    assert format_number(-2.5, 0, "nl-NL") == "-3"
    assert format_number(-2.45, 1, "nl-NL") == "-2,5"
    assert format_number(-0.4, 0, "nl-NL") == "0"  # no minus sign on a printed zero
    assert format_number(-0.4, 0, "nl-NL", rounding="up") == "-1"


@given(st.decimals(min_value=-10**6, max_value=10**6, places=4, allow_nan=False),
       st.integers(0, 3), st.sampled_from(["nearest", "down", "up"]))
def test_a_negative_value_prints_as_its_positive_counterpart_with_a_minus(value, decimals,
                                                                          rounding):
    positive = format_number(abs(value), decimals, "nl-NL", rounding)
    negative = format_number(-abs(value), decimals, "nl-NL", rounding)
    assert negative == (positive if positive.strip("0,") == "" else "-" + positive)


@given(st.decimals(min_value=0, max_value=10**6, places=4, allow_nan=False), st.integers(0, 3))
def test_down_never_prints_more_and_up_never_less_than_the_value(value, decimals):
    down = round_value(value, decimals, "down")
    up = round_value(value, decimals, "up")
    assert down <= value <= up
    assert up - down in (0, Decimal(1).scaleb(-decimals))


def test_typed_values_are_rounded_as_typed():
    """A typed float is the decimal the user wrote (0.285), not its binary neighbour."""
    assert format_number(0.285, 2, "nl-NL") == "0,29"
    assert format_number(1.005, 2, "nl-NL") == "1,01"
    assert format_percentage(28.5, 0, "nl-NL") == "29%"
    assert format_number(Fraction(57, 200) * 100, 0, "nl-NL") == "29"


@given(st.lists(st.integers(0, 10**4), min_size=1, max_size=8).filter(any), st.integers(0, 2))
def test_shares_rounded_as_a_set_make_100_and_stay_within_one_unit(counts, decimals):
    exact = [Fraction(c * 100, sum(counts)) for c in counts]
    rounded = round_as_set(exact, decimals)
    assert sum(rounded) == 100
    unit = Fraction(1, 10**decimals)
    assert all(abs(Fraction(r) - e) < unit for r, e in zip(rounded, exact, strict=True))
    assert all(r == round_value(e, decimals, "down") or r == round_value(e, decimals, "up")
               for r, e in zip(rounded, exact, strict=True))


def test_rounding_as_a_set_keeps_a_small_share_on_a_tie():
    assert round_as_set([Fraction(199, 2), Fraction(1, 2), 0], 0) == [99, 1, 0]
    assert round_as_set([Fraction(1200, 17), Fraction(400, 17), Fraction(100, 17)], 0) == \
        [71, 23, 6]
