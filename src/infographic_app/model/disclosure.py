"""The disclosure policy: which printed figures count people, and how small a count (or the
base of a percentage) may be before printing it could point to a person.

Defaults follow what statistics offices require: a count of people under 10 is a warning,
and a percentage of fewer than 50 people is one too. A document may set its own numbers:

    disclosure:
      min_count: 10
      min_base: 50
"""

from __future__ import annotations

from dataclasses import dataclass, field

PEOPLE = "personen"  # the unit of a figure that counts people (`unit: personen`)
UNITS = (PEOPLE,)
# What a suppressed figure prints instead of its value, by document locale.
FEWER_THAN = {"nl-NL": "minder dan {limit}", "en-GB": "fewer than {limit}"}
# What it prints as a figure on its own in big type (a tile's number, a big-numbers chart),
# in every locale: the sign statistical tables print, with a narrow no-break space, so it is
# about as wide as a two-digit figure and keeps its place in a row of figures. The words
# would take a line and a half of big type and push the next figure to a row of its own;
# a two-level set ('minder dan' small above '10') would make that figure taller than its
# neighbours instead. Readers of the text (PDF ActualText, the web page's aria-label, alt
# texts) still get the words.
FEWER_THAN_SIGN = "<\u202f{limit}"


@dataclass
class DisclosurePolicy:
    """The document's disclosure policy: `min_count` the smallest count of people printed
    without a warning; `min_base` the fewest people a percentage may be a share of."""
    min_count: int = 10
    min_base: int = 50
    key_order: tuple[str, ...] = field(default=(), compare=False, repr=False)

    @property
    def is_default(self) -> bool:
        return (self.min_count, self.min_base) == (10, 50)


def fewer_than(limit: int, locale: str, big: bool = False) -> str:
    """What a suppressed count prints: 'minder dan 10'; `big`: as a figure on its own in big
    type, '< 10' (FEWER_THAN_SIGN, a narrow no-break space after the sign)."""
    form = FEWER_THAN_SIGN if big else FEWER_THAN.get(locale, FEWER_THAN["en-GB"])
    return form.format(limit=limit)
