"""Estimates printed as estimates: which figures are estimates, and how they are written.

A figure of type `estimate` is one, and so is a figure computed from one (its formula uses an
estimate, directly or through other formulas). The document says how estimates print
(`estimate_style`):
- `circa` (the default): 'circa 1.300', 'about 1,300';
- `labelled`: '1.300 (geschat)', '1,300 (estimated)';
- `range`: '1.200–1.400' for an estimate with a range (`low`, `high`); one without a range
  (and a figure computed from estimates) prints as `circa`.
A reference in a text right after a word that says so already ('van de geschatte {x}',
'ongeveer {x}') prints the bare number.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from infographic_app.model.figures import Figure, FormulaError, format_figure, formula_names

CIRCA, LABELLED, RANGE = "circa", "labelled", "range"
ESTIMATE_STYLES = (CIRCA, LABELLED, RANGE)
DEFAULT_STYLE = CIRCA
# How an estimate prints in each style, by document locale; {value} is the number as printed.
WRITTEN = {
    "nl-NL": {CIRCA: "circa {value}", LABELLED: "{value} (geschat)",
              "range": "{low}–{high}", "alt": "{value} (geschat)",
              "alt_range": "{value} (geschat: {low}–{high})"},
    "en-GB": {CIRCA: "about {value}", LABELLED: "{value} (estimated)",
              "range": "{low}–{high}", "alt": "{value} (estimated)",
              "alt_range": "{value} (estimated: {low}–{high})"},
}
# What a note adds about an estimate: its range, or that it is computed from one.
NOTE_WORDS = {
    "nl-NL": {"typed": "Schatting.", "range": "Schatting: {low}–{high}.",
              "derived": "Berekend uit een schatting."},
    "en-GB": {"typed": "Estimate.", "range": "Estimate: {low}–{high}.",
              "derived": "Computed from an estimate."},
}
# Words before a reference in a text that already say the number is an estimate.
_SAID = re.compile(
    r"(?:geschatte?|circa|ca\.|ongeveer|zo'n|rond|ruim|bijna|schatting|meer dan|minder dan|"
    r"about|around|more than|fewer than|less than|over|under|"
    r"approximately|approx\.|estimated|roughly|some|nearly|almost|c\.)\s*$", re.IGNORECASE)


def is_estimate(figures: dict[str, Figure], figure_id: str) -> bool:
    """Whether the figure is an estimate: of type `estimate`, or computed from one."""
    return bool(estimate_inputs(figures, figure_id))


def estimate_inputs(figures: dict[str, Figure], figure_id: str) -> list[str]:
    """The typed estimates a figure rests on, in formula order: itself for a typed estimate,
    the estimates its formula uses (through other formulas too) for a derived figure; [] for
    none, and for a formula that cannot be read or refers to itself."""
    found: list[str] = []
    stack, seen = [figure_id], set()
    while stack:
        current = stack.pop()
        if current in seen or current not in figures:
            continue
        seen.add(current)
        figure = figures[current]
        if not figure.derived:
            if figure.type == "estimate" and current not in found:
                found.append(current)
            continue
        try:
            stack.extend(reversed(formula_names(figure.formula)))
        except FormulaError:
            continue
    return found


def said_before(text: str, start: int) -> bool:
    """Whether the words right before place `start` of `text` already say that what follows
    is an estimate ('van de geschatte ', 'ongeveer ')."""
    return bool(_SAID.search(text[max(0, start - 40):start]))


def written(figure: Figure, printed: str, style: str, locale: str,
            with_unit: bool = True, for_alt_text: bool = False) -> str:
    """The estimate `figure`, printed as `printed` ('1.300', '97%'), as the style `style`
    writes it ('circa 1.300', '1.300 (geschat)', '1.200–1.400'). `for_alt_text`: as it is
    read out, always with the word 'geschat' (and its range). Without `with_unit` (a text
    prints its unit after it: '97 procent') the labelled style writes 'circa 97'."""
    words = WRITTEN.get(locale, WRITTEN["en-GB"])
    has_range = figure.low is not None and figure.high is not None and not figure.derived
    bounds = {}
    if has_range:
        bounds = {"low": format_figure(figure, figure.low, locale, with_unit=False),
                  "high": format_figure(figure, figure.high, locale, with_unit)}
    if for_alt_text:
        return words["alt_range" if has_range else "alt"].format(value=printed, **bounds)
    if style == RANGE and has_range:
        return words["range"].format(**bounds)
    if style == LABELLED and with_unit:
        return words[LABELLED].format(value=printed)
    return words[CIRCA].format(value=printed)


def note_words(figure: Figure, locale: str) -> str:
    """What a figure's note says about it being an estimate: 'Schatting: 1.200–1.400.',
    'Berekend uit een schatting.' (the caller knows it is one)."""
    words = NOTE_WORDS.get(locale, NOTE_WORDS["en-GB"])
    if figure.derived:
        return words["derived"]
    if figure.low is not None and figure.high is not None:
        return words["range"].format(low=format_figure(figure, figure.low, locale),
                                     high=format_figure(figure, figure.high, locale))
    return words["typed"]


def significant_digits(value: Fraction | float) -> int:
    """How many digits of a typed estimate carry information: 1300 has 2, 10000 has 1,
    1250 has 3 (at least 1)."""
    digits = str(abs(int(value))).rstrip("0")
    return max(1, len(digits))


def printed_digits(printed: Decimal) -> int:
    """The significant digits of a value as printed (from FigureValues.shown): 97 has 2,
    97,8 has 3, 0,5 has 1, 1300 has 2 (a whole number's trailing zeros carry nothing)."""
    text = f"{abs(printed):f}"
    if "." not in text:
        text = text.rstrip("0")
    digits = text.replace(".", "").lstrip("0")
    return max(1, len(digits))
