"""Every comparative phrase of a chart's long description is true of the figure it names.

A reader who cannot see the chart hears 'Bijna alle, 97%: niet in beeld bij de autoriteiten'
and 'Ongeveer 1 op de 42, 31 van de 1.300: in beeld bij de autoriteiten'; each phrase is
checked here against the numbers of the figure whose label follows it, over random values,
estimates, suppressed parts and rounding, in Dutch and English. No description puts a
bracket inside a bracket."""

from __future__ import annotations

import re
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from infographic_app.model.alt_text import visuals
from infographic_app.model.chart_description import long_description
from infographic_app.model.figure_words import FRACTIONS, OVER, QUALIFIERS, UNDER
from infographic_app.model.reading import load_document
from infographic_app.paths import default_document

ICON_ARRAY = "blocks.intro.visual"
DONUT = "blocks.themes.themes.partner_perpetrator.visual"
DONUT_PARTS = ("perpetrator_partner", "perpetrator_social", "perpetrator_family")


def _chart(document, element_id):
    return next((visual, heading) for found, heading, visual in visuals(document)
                if found == element_id)


def _number(text: str, locale: str) -> Fraction:
    """'1.300' / '1,300' / '97,6' as a number."""
    thousands, point = (".", ",") if locale == "nl-NL" else (",", ".")
    return Fraction(text.replace(thousands, "").replace(point, "."))


def _by_label(document, label: str) -> str:
    return next(f for f, figure in document.figures.items() if figure.label == label)


def nesting(text: str) -> int:
    """The deepest bracket nesting of `text`, '(ex-)partner' counting as one level."""
    depth = deepest = 0
    for character in text:
        depth += {"(": 1, ")": -1}.get(character, 0)
        deepest = max(deepest, depth)
    return deepest


def check_phrases(document, text: str) -> int:
    """Assert each comparative phrase of `text` against the figures; the number checked."""
    locale = document.locale
    values = document.values()
    checked = 0
    qualifiers = QUALIFIERS[locale]
    fractions = {fraction.words[locale]: fraction.percent for fraction in FRACTIONS}
    for sentence in re.split(r"(?<=\.) (?=[A-Z0-9])", text):
        sentence = sentence.rstrip(".")
        one_in = re.fullmatch(r"(?:Ongeveer |About )?1 (?:op de|in) ([\d.,]+), ([\d.,]+) "
                              r"(?:van de|of the) ([\d.,]+)(?: \(\w+\))?: (.+)", sentence)
        if one_in:
            count, part, whole, label = one_in.groups()
            figure = _by_label(document, label)
            visual, _ = _chart(document, ICON_ARRAY)
            assert figure == visual["part"], sentence  # said of the part it counts
            exact_part, exact_whole = values.exact(figure), values.exact(visual["whole"])
            assert _number(part, locale) == values.shown(figure)
            assert _number(whole, locale) == values.shown(visual["whole"])
            assert exact_part / exact_whole < Fraction(1, 10), sentence
            ratio = exact_whole / exact_part
            assert abs(ratio - _number(count, locale)) <= Fraction(1, 2), sentence
            assert sentence.startswith(("Ongeveer", "About")) == (ratio.denominator != 1)
            checked += 1
            continue
        times = re.fullmatch(r"(?:Het grootste is|The largest is) (ongeveer |about )?"
                             r"([\d.,]+) (?:keer|times) (.+)", sentence)
        if times:
            about, said, _ = times.groups()
            shown = sorted((values.shown(f) for f in DONUT_PARTS), reverse=True)
            ratio = Fraction(shown[0]) / Fraction(shown[1])
            decimals = len(said.split("," if locale == "nl-NL" else ".")[1]) \
                if re.search(r"[,.]", said) else 0
            assert abs(ratio - _number(said, locale)) <= Fraction(1, 2 * 10**decimals)
            assert bool(about) == (ratio != _number(said, locale)), sentence
            checked += 1
            continue
        in_words = re.fullmatch(r"(.+?), ([\d.,]+)% ?(?:\(\w+\))?: (.+)", sentence)
        if in_words and in_words.group(1)[:1].isupper():
            words, printed, label = in_words.groups()
            figure = _by_label(document, label)
            assert _number(printed, locale) == values.shown(figure), sentence
            value = values.shown(figure)
            words = words[0].lower() + words[1:]
            words = "één" + words[3:] if words.startswith("eén") else words
            qualifier, _, rest = words.partition(" ")
            if qualifier not in qualifiers.values() or rest not in fractions:
                qualifier, rest = "", words
            for said in qualifiers.values():  # 'just over' is two words
                if words.startswith(said + " ") and words[len(said) + 1:] in fractions:
                    qualifier, rest = said, words[len(said) + 1:]
            fraction = fractions[rest]
            difference = Fraction(value) - fraction
            if qualifier == qualifiers["over"]:
                assert 0 < difference <= OVER, sentence
            elif qualifier == qualifiers["under"]:
                assert 0 < -difference <= UNDER, sentence
            elif qualifier == qualifiers["about"]:
                assert abs(difference) < 1, sentence
            else:
                assert difference == 0 and values.exact(figure) == fraction \
                    or fraction not in (0, 100) and difference == 0, sentence
            checked += 1
            continue
        assert not re.search(r"\b1 (?:op de|in) \d|\d (?:keer|times) ", sentence), \
            f"a comparison not said of a figure: {sentence}"
    return checked


_DOCUMENT = load_document(default_document())
_ORIGINAL = {f: (figure.value, figure.type, figure.suppressed, figure.rounding)
             for f, figure in _DOCUMENT.figures.items()}
_LOCALE = _DOCUMENT.locale


@pytest.fixture
def fresh():
    """The bundled factsheet, its figures put back after each example."""
    yield _DOCUMENT
    _DOCUMENT.locale = _LOCALE
    for f, (value, kind, suppressed, rounding) in _ORIGINAL.items():
        figure = _DOCUMENT.figures[f]
        figure.value, figure.type, figure.suppressed, figure.rounding = \
            value, kind, suppressed, rounding


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(whole=st.integers(1, 20000), part_share=st.fractions(0, 1),
       whole_type=st.sampled_from(["estimate", "count"]),
       suppressed=st.booleans(), rounding=st.sampled_from(["nearest", "down", "up"]),
       percentages=st.lists(st.integers(0, 1000), min_size=3, max_size=3),
       locale=st.sampled_from(["nl-NL", "en-GB"]))
def test_every_comparative_phrase_is_true_of_the_figure_it_names(
        fresh, whole, part_share, whole_type, suppressed, rounding, percentages, locale):
    document = fresh
    document.locale = locale
    figures = document.figures
    figures["minors_estimated"].value, figures["minors_estimated"].type = whole, whole_type
    figures["minors_seen"].value = int(whole * part_share)
    figures["minors_seen"].suppressed = suppressed and figures["minors_seen"].value < 10
    figures["minors_unseen_share"].rounding = rounding
    for figure, tenths in zip(DONUT_PARTS, percentages, strict=True):
        figures[figure].value = tenths / 10
    for element in (ICON_ARRAY, DONUT):
        visual, heading = _chart(document, element)
        text = long_description(document, visual, heading)
        assert nesting(text) <= 1, text
        check_phrases(document, text)


def test_the_icon_array_s_one_in_n_is_said_of_the_part_it_counts(document):
    """The fresh user's 2020 chart: 31 of 1.300 in view was said of the 97% not in view."""
    document.figures["minors_seen"].value = 31
    visual, heading = _chart(document, ICON_ARRAY)
    text = long_description(document, visual, heading)
    assert "Bijna alle, 97% (geschat): niet in beeld bij de autoriteiten." in text
    assert "Ongeveer 1 op de 42, 31 van de 1.300: in beeld bij de autoriteiten." in text
    assert "Dat is" not in text and nesting(text) == 1
    assert check_phrases(document, text) == 2


def test_the_english_one_in_n_names_its_part(document):
    document.locale = "en-GB"
    visual, heading = _chart(document, ICON_ARRAY)
    text = long_description(document, visual, heading)
    assert "About 1 in 45, 29 of the 1,300: in beeld bij de autoriteiten." in text
    assert "Almost all, 97% (estimated): niet in beeld bij de autoriteiten." in text
