from hypothesis import given
from hypothesis import strategies as st

from infographic_app.model.numbers import format_number, format_percentage, round_value


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
