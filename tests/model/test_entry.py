"""What a user types into a figure field: read whole, or refused with the reason and a fix."""

import pytest

from infographic_app.model.entry import EntryError, entry_text, read_entry


@pytest.mark.parametrize(("typed", "kind", "locale", "value"), [
    ("1.300", "count", "nl-NL", 1300), ("92,9%", "percentage", "nl-NL", 92.9),
    ("17,7", "decimal", "nl-NL", 17.7), (",5", "decimal", "nl-NL", 0.5),
    ("91,", "percentage", "nl-NL", 91),  # on the way to 91,5
    ("1,300", "count", "en-GB", 1300), ("92.9 %", "percentage", "en-GB", 92.9),
    ("+12", "count", "nl-NL", 12)])
def test_a_whole_valid_entry_is_read(typed, kind, locale, value):
    assert read_entry(typed, kind, locale) == value


@pytest.mark.parametrize(("typed", "kind", "locale", "key", "params"), [
    ("91.5", "percentage", "nl-NL", "entry_decimal_comma", {"written": "91,5"}),
    ("1,300.5", "decimal", "nl-NL", "entry_decimal_comma", {"written": "1.300,5"}),
    ("91,5", "percentage", "en-GB", "entry_decimal_point", {"written": "91.5"}),
    ("1.300,5", "count", "nl-NL", "entry_not_whole", {}),
    ("-5", "count", "nl-NL", "entry_negative", {}),
    ("-5", "estimate", "nl-NL", "entry_negative", {}),
    ("100,5", "percentage", "nl-NL", "entry_percentage_range", {}),
    ("1.30.0", "count", "nl-NL", "entry_grouping", {"example": "1.300 / 1,3"}),
    ("twee", "count", "nl-NL", "entry_not_number", {"example": "1.300 / 17,7"}),
    ("1e5", "decimal", "nl-NL", "entry_not_number", {}),
    ("", "count", "nl-NL", "entry_empty", {}),
    ("9" * 400, "decimal", "nl-NL", "entry_not_finite", {})])
def test_an_invalid_entry_says_why_quoting_what_was_typed(typed, kind, locale, key, params):
    with pytest.raises(EntryError) as raised:
        read_entry(f" {typed} ", kind, locale)
    assert raised.value.key == key
    assert raised.value.params["typed"] == typed
    assert params.items() <= raised.value.params.items()


@pytest.mark.parametrize(("value", "locale", "shown"), [
    (17.75, "nl-NL", "17,75"), (1300, "nl-NL", "1.300"), (92.9, "en-GB", "92.9"),
    (0.1, "nl-NL", "0,1"), (12500.0, "nl-NL", "12.500"), (None, "nl-NL", "")])
def test_a_field_shows_every_digit_that_was_typed(value, locale, shown):
    assert entry_text(value, locale) == shown
