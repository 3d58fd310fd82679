"""Figures in words, as `{figure:words}` prints them: a percentage as a fraction people say
('ruim negen van de tien' for 92,9%, 'bijna de helft' for 48%), a whole count up to twenty
as a number word ('zeven'), any other figure as it is printed.

The words are chosen from the value as printed (the figure rounded to its decimals), so they
never contradict the number beside them. A percentage is compared with each FRACTION; the
nearest one whose band holds the printed value gives the words, with a qualifier:
- none: the printed value is the fraction itself (50% 'de helft');
- 'ongeveer' / 'about': the printed value is the fraction rounded to the printed decimals,
  for a fraction no decimals can write (33,3% 'ongeveer een derde');
- 'ruim' / 'just over': above the fraction by at most OVER percentage points;
- 'bijna' / 'almost': below it by at most UNDER percentage points.
Each band is at most a fifth of its fraction wide on either side (so 'one in ten' stays
within 8 to 12%, and nothing is 'bijna geen'); 'alle' / 'geen' without a qualifier are used
only for exactly 100% / 0%, not for a value rounded to it. Where two
fractions qualify, the nearer wins; at equal distance the smaller fraction ('ruim ...').
A percentage outside every band, a count above twenty and a decimal print as the figure.

Qt-free; the README's table 'Figures in words' lists the bands.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from infographic_app.model.figures import WHOLE_NUMBER_TYPES

OVER = 5  # percentage points a 'ruim' value may lie above its fraction
UNDER = 3  # percentage points an 'bijna' value may lie below its fraction
BAND_SHARE = Fraction(1, 5)  # a band is at most this share of its fraction on either side
COUNT_WORDS_UP_TO = 20  # whole counts up to this are written as a word


@dataclass(frozen=True)
class FractionWords:
    """A fraction people say, with its value in percent and its words per locale."""

    percent: Fraction
    words: dict[str, str]  # locale -> words: {'nl-NL': 'de helft', 'en-GB': 'half'}
    # Without a qualifier only for exactly this value, not for one rounded to it (all, none).
    exact_only: bool = False


def _f(percent: Fraction | int, nl: str, en: str, exact_only: bool = False) -> FractionWords:
    return FractionWords(Fraction(percent), {"nl-NL": nl, "en-GB": en}, exact_only)


FRACTIONS: tuple[FractionWords, ...] = (
    _f(0, "geen", "none", exact_only=True),
    _f(10, "één op de tien", "one in ten"),
    _f(20, "één op de vijf", "one in five"),
    _f(25, "een kwart", "a quarter"),
    _f(30, "drie van de tien", "three in ten"),
    _f(Fraction(100, 3), "een derde", "a third"),
    _f(40, "vier van de tien", "four in ten"),
    _f(50, "de helft", "half"),
    _f(60, "zes van de tien", "six in ten"),
    _f(Fraction(200, 3), "twee op de drie", "two thirds"),
    _f(70, "zeven van de tien", "seven in ten"),
    _f(75, "driekwart", "three quarters"),
    _f(80, "acht van de tien", "eight in ten"),
    _f(90, "negen van de tien", "nine in ten"),
    _f(100, "alle", "all", exact_only=True),
)

# The qualifiers: a little over, a little under, the fraction rounded.
QUALIFIERS = {"nl-NL": {"over": "ruim", "under": "bijna", "about": "ongeveer"},
              "en-GB": {"over": "just over", "under": "almost", "about": "about"}}

NUMBER_WORDS = {
    "nl-NL": ("nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen",
              "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien",
              "zeventien", "achttien", "negentien", "twintig"),
    "en-GB": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
              "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
              "seventeen", "eighteen", "nineteen", "twenty"),
}


def percentage_words(shown: Decimal, decimals: int, locale: str,
                     exact: Fraction | None = None) -> str | None:
    """The words for a percentage printed as `shown` (the value rounded to `decimals`
    places, as FigureValues.shown gives it: Decimal('92.9')), in `locale` ('nl-NL' or
    'en-GB'; English words for any other): 'ruim negen van de tien'. `exact` is the
    unrounded value; 'alle' and 'geen' need it to be exactly 100 or 0 (the printed value
    when not given). None when no fraction's band holds the value (see the module text)."""
    printed = Fraction(shown)
    exact = printed if exact is None else exact
    half_unit = Fraction(1, 2 * 10**decimals)
    qualifiers = QUALIFIERS.get(locale, QUALIFIERS["en-GB"])
    found: list[tuple[Fraction, Fraction, str]] = []  # (distance, fraction, words)
    for fraction in FRACTIONS:
        words = fraction.words.get(locale, fraction.words["en-GB"])
        difference = printed - fraction.percent
        band = fraction.percent * BAND_SHARE
        if difference == 0 and (exact == fraction.percent or not fraction.exact_only):
            qualifier = ""
        elif difference == 0:
            continue  # 100% printed for 99,97%: not 'all'; nor 'almost all' beside '100%'
        elif abs(difference) < half_unit:
            qualifier = qualifiers["about"]  # a fraction no decimals write, e.g. a third
        elif 0 < difference <= min(OVER, band):
            qualifier = qualifiers["over"]
        elif 0 < -difference <= min(UNDER, band):
            qualifier = qualifiers["under"]
        else:
            continue
        found.append((abs(difference), fraction.percent, f"{qualifier} {words}".strip()))
    if not found:
        return None
    return min(found)[2]


def count_words(shown: Decimal, locale: str) -> str | None:
    """A whole count from 0 to COUNT_WORDS_UP_TO as a word ('zeven', 'seven'); None for
    any other value."""
    if shown != shown.to_integral_value() or not 0 <= shown <= COUNT_WORDS_UP_TO:
        return None
    return NUMBER_WORDS.get(locale, NUMBER_WORDS["en-GB"])[int(shown)]


def figure_words(kind: str, shown: Decimal | None, decimals: int, locale: str,
                 exact: Fraction | None = None) -> str | None:
    """The words for a figure of type `kind` (see FIGURE_TYPES) printed as `shown`: a
    percentage as a fraction, a count or estimate up to twenty as a number word. None when
    there are none (the figure is then printed as a number)."""
    if shown is None:
        return None
    if kind == "percentage":
        return percentage_words(shown, decimals, locale, exact)
    if kind in WHOLE_NUMBER_TYPES:
        return count_words(shown, locale)
    return None


_OPENING = " \t\r\n*_\"'“‘("  # spaces, markup and opening marks before a first word


def starts_sentence(text: str, index: int) -> bool:
    """Whether position `index` of `text` begins a sentence: before it, past spaces, **bold**
    or *italic* markers and opening quotes, the start of the text, a '.', '!' or '?', or an
    empty line. Words put there are written with a capital."""
    before = text[:index]
    words = before.rstrip(_OPENING)
    return not words or words[-1] in ".!?" or "\n\n" in before[len(words):]


def capitalised(words: str) -> str:
    """`words` with a capital first letter ('Ruim negen van de tien'); 'één' as Dutch
    writes it at the start of a sentence: 'Eén'."""
    if words.startswith("één"):
        return "Eén" + words[3:]
    return words[:1].upper() + words[1:]
