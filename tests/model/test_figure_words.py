"""Figures in words, `{figure:words}`: the words agree with the value printed beside them."""

from decimal import Decimal
from fractions import Fraction

import pytest

from infographic_app.model.editions import start_edition
from infographic_app.model.fields import set_field
from infographic_app.model.figure_words import (
    FRACTIONS,
    OVER,
    QUALIFIERS,
    UNDER,
    count_words,
    percentage_words,
)
from infographic_app.model.references import references_in

LOCALES = ("nl-NL", "en-GB")


def _percentage(document, value, decimals=1, locale="nl-NL"):
    """What `{exploited_now:words}` and `{exploited_now}` print with the figure at `value`."""
    document.locale = locale
    document.figures["exploited_now"].decimals = decimals
    set_field(document, "figures.exploited_now.value", value)
    return document.resolve("in {exploited_now:words} ({exploited_now})").removeprefix("in ")


@pytest.mark.parametrize(("value", "decimals", "dutch", "english"), [
    (92.9, 1, "ruim negen van de tien (92,9%)", "just over nine in ten (92.9%)"),
    (90, 1, "negen van de tien (90,0%)", "nine in ten (90.0%)"),
    (88, 0, "bijna negen van de tien (88%)", "almost nine in ten (88%)"),
    (75, 0, "driekwart (75%)", "three quarters (75%)"),
    (48, 0, "bijna de helft (48%)", "almost half (48%)"),
    (50, 1, "de helft (50,0%)", "half (50.0%)"),
    (54.7, 1, "ruim de helft (54,7%)", "just over half (54.7%)"),
    (25, 0, "een kwart (25%)", "a quarter (25%)"),
    (35, 0, "ruim een derde (35%)", "just over a third (35%)"),
    (33.3, 1, "ongeveer een derde (33,3%)", "about a third (33.3%)"),
    (66.7, 1, "ongeveer twee op de drie (66,7%)", "about two thirds (66.7%)"),
    (10.2, 1, "ruim één op de tien (10,2%)", "just over one in ten (10.2%)"),
    (20, 0, "één op de vijf (20%)", "one in five (20%)"),
    (98, 0, "bijna alle (98%)", "almost all (98%)"),
    (100, 0, "alle (100%)", "all (100%)"),
    (0, 0, "geen (0%)", "none (0%)"),
    # No fraction's band holds these: the figure as printed, twice.
    (5, 0, "5% (5%)", "5% (5%)"),
    (56, 0, "56% (56%)", "56% (56%)"),
    (96, 0, "96% (96%)", "96% (96%)"),
])
def test_a_percentage_in_words_as_printed(document, value, decimals, dutch, english):
    assert _percentage(document, value, decimals) == dutch
    assert _percentage(document, value, decimals, "en-GB") == english


def test_the_words_follow_the_value_as_printed_not_as_typed(document):
    # 49,6 printed at no decimals is 50%: 'de helft' beside '50%', never 'bijna'.
    assert _percentage(document, 49.6, 0) == "de helft (50%)"
    assert _percentage(document, 49.6, 1) == "bijna de helft (49,6%)"
    # 99,97 prints as 100,0%: not 'alle' (it is not all), not 'bijna alle' beside 100%.
    assert _percentage(document, 99.97, 1) == "100,0% (100,0%)"
    assert _percentage(document, 0.3, 0) == "0% (0%)"


def _meaning(words: str, locale: str) -> tuple[str, Fraction]:
    """The qualifier key ('' for none) and the fraction `words` say."""
    for key, qualifier in QUALIFIERS[locale].items():
        if words.startswith(qualifier + " "):
            qualifier_key, words = key, words[len(qualifier) + 1:]
            break
    else:
        qualifier_key = ""
    [fraction] = [f.percent for f in FRACTIONS if f.words[locale] == words]
    return qualifier_key, fraction


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("decimals", [0, 1, 2])
def test_words_never_contradict_the_printed_value(locale, decimals):
    """Every printed value from 0 to 100 in steps of its last decimal (and of 0,01 at two
    decimals): 'ruim' is over and 'bijna' under by at most their tolerance, no qualifier is
    the fraction itself, 'ongeveer' the fraction rounded."""
    step = Decimal(1).scaleb(-decimals)
    steps = int(100 / step) + 1
    half_unit = Fraction(step) / 2
    said = set()
    for index in range(steps):
        shown = step * index
        words = percentage_words(shown, decimals, locale)
        if words is None:
            continue
        qualifier, fraction = _meaning(words, locale)
        said.add(fraction)
        difference = Fraction(shown) - fraction
        assert {"": difference == 0,
                "over": 0 < difference <= OVER,
                "under": -UNDER <= difference < 0,
                "about": 0 < abs(difference) < half_unit}[qualifier], (shown, words)
        assert abs(difference) <= fraction / 5, (shown, words)
    assert said == {f.percent for f in FRACTIONS}  # every fraction is used somewhere


@pytest.mark.parametrize(("value", "dutch", "english"), [
    (0, "nul", "zero"), (1, "één", "one"), (7, "zeven", "seven"), (12, "twaalf", "twelve"),
    (17, "zeventien", "seventeen"), (20, "twintig", "twenty")])
def test_a_count_up_to_twenty_is_a_number_word(document, value, dutch, english):
    set_field(document, "figures.criminal_visitors.value", value)
    assert document.resolve("met {criminal_visitors:words}") == f"met {dutch}"
    document.locale = "en-GB"
    assert document.resolve("with {criminal_visitors:words}") == f"with {english}"


def test_a_count_above_twenty_a_decimal_and_an_unknown_value_print_as_numbers(document):
    set_field(document, "figures.criminal_visitors.value", 21)
    assert document.resolve("{criminal_visitors:words} {chat_visitors_per_year:words} "
                            "{average_age:words}") == "21 circa 10.000 17,7"
    set_field(document, "figures.criminal_visitors.value", 7)
    assert document.resolve("{criminal_visitors:words}") == "Zeven"
    document.figures["visitors_minor"].value = None  # its share cannot be computed
    assert document.resolve("{minors_reached_share:words}") == "?%"
    assert count_words(Decimal("7.5"), "nl-NL") is None


def test_a_derived_percentage_in_words(document):
    # (1300 - 29) / 1300 = 97,77%, printed rounded down: 97%.
    assert document.resolve("{minors_unseen_share:words} ({minors_unseen_share})") == \
        "Bijna alle (circa 97%)"  # computed from an estimate


def test_words_at_the_start_of_a_sentence_get_a_capital(document):
    text = ("{exploited_now:words} zit vast. Bij **{exploited_now:words}** ook. "
            "Nog {exploited_now:words}.\n\n*{exploited_now:words}*")
    assert document.resolve(text) == (
        "Ruim negen van de tien zit vast. Bij **ruim negen van de tien** ook. "
        "Nog ruim negen van de tien.\n\n*Ruim negen van de tien*")
    set_field(document, "figures.criminal_visitors.value", 1)
    assert document.resolve("zo ({criminal_visitors:words}) {criminal_visitors:words}") == \
        "zo (één) één"
    assert document.resolve("{criminal_visitors:words} bezoeker") == "Eén bezoeker"


def test_words_is_a_reference_form_that_follows_the_new_edition(document):
    [reference] = references_in("{exploited_now:words}")
    assert (reference.figure_id, reference.form) == ("exploited_now", "words")
    new = start_edition(document, 2020)
    set_field(new, "figures.exploited_now.value", 75)
    assert new.resolve("In {exploited_now:words} van de gevallen") == \
        "In driekwart van de gevallen"
