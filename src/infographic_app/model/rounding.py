"""Parts of a whole as printed: the sets of figures a reader adds up (the parts of a rule,
the shares of a donut or of percentage bars that make 100%), whether their printed values
add up as the exact ones do, and whether largest-remainder rounding may make them add up.

A set whose exact values add up (to 100%, or to the rule's whole) but whose printed values
do not is off *by rounding*: the notes block says so (model/notes.py), and where the parts
may be rounded together the checks list offers it (a rule's `rounding: largest_remainder`,
which changes how the published values are rounded, never the typed ones).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING

from infographic_app.model.alt_text import visuals
from infographic_app.model.figures import Figure, FigureValues, FormulaError
from infographic_app.model.numbers import round_value

if TYPE_CHECKING:
    from infographic_app.model.document import Document, Rule

HUNDRED = "100"  # what the parts of a set of shares add up to
TOTAL = "total"  # what the parts of a sum rule add up to: its whole
# The rounding note, by document locale and by what the parts fail to add up to.
ROUNDING_NOTE = {
    "nl-NL": {HUNDRED: "Door afronding tellen de delen niet op tot 100%.",
              TOTAL: "Door afronding tellen de delen niet op tot het totaal."},
    "en-GB": {HUNDRED: "Due to rounding, the parts do not add up to 100%.",
              TOTAL: "Due to rounding, the parts do not add up to the total."},
}


@dataclass(frozen=True)
class PartsOfWhole:
    """Figures printed as the parts of a whole: a rule's or a chart's (`element_id`: the
    rule's 'rules.<id>' or the chart's element id, `field`/`line` where it is written).
    `whole` is the sum rule's whole (None: the parts make 100%); `rule` the rule, if any;
    `always_breakdown` False for percentage bars, which are parts of a whole only when they
    make 100%."""

    field: str
    line: int | None
    element_id: str
    figures: tuple[str, ...]
    whole: str | None = None
    rule: Rule | None = None
    always_breakdown: bool = True

    @property
    def adds_up_to(self) -> str:
        """HUNDRED or TOTAL: what the parts add up to."""
        return HUNDRED if self.whole is None else TOTAL


def rounding_slack(figures: list[Figure]) -> Fraction:
    """How far rounded figures may miss their sum: half a unit of the last shown decimal of
    each decimal or percentage (whole numbers are exact)."""
    return sum((Fraction(1, 2 * 10**f.shown_decimals) for f in figures
                if f.type in ("decimal", "percentage")), Fraction(0))


def parts_of_wholes(document: Document) -> list[PartsOfWhole]:
    """Every set of parts, each once, in this order: the sum_to_100 rules', each chart's
    that no rule holds, then the sum rules' with a part that has decimals."""
    found = [PartsOfWhole(f"rules.{rule.id}", document.line_of(("rules", index)),
                          f"figures.{rule.parts[0]}", tuple(rule.parts), rule=rule)
             for index, rule in enumerate(document.rules) if rule.kind == "sum_to_100"]
    for element_id, _, visual in visuals(document):
        if visual["kind"] in ("donut", "percentage_bars"):
            field, line = document.locate(element_id)
            found.append(PartsOfWhole(field, line, element_id, tuple(visual["figures"]),
                                      always_breakdown=visual["kind"] == "donut"))
    found += [PartsOfWhole(f"rules.{rule.id}", document.line_of(("rules", index)),
                           f"figures.{rule.parts[0]}", tuple(rule.parts), rule.whole, rule)
              for index, rule in enumerate(document.rules)
              if rule.kind == "sum" and rule.whole and _with_decimals(document, rule)]
    unique: dict[frozenset, PartsOfWhole] = {}
    for parts in found:
        unique.setdefault(frozenset(parts.figures), parts)
    return list(unique.values())


def _with_decimals(document: Document, rule: Rule) -> bool:
    return any(document.figures[f].type in ("decimal", "percentage")
               for f in [*rule.parts, rule.whole] if f in document.figures)


def printed_sum(values: FigureValues, parts: PartsOfWhole) -> Decimal | None:
    """The printed parts added up; None when one cannot be computed."""
    try:
        printed = [values.shown(f) for f in parts.figures]
    except FormulaError:
        return None
    return None if None in printed else sum(printed, Decimal(0))


def off_by_rounding(document: Document, values: FigureValues, parts: PartsOfWhole) -> bool:
    """True when the exact parts add up (to 100, or to the whole, within the rounding slack
    of the parts) and the printed ones do not add up to 100 or to the printed whole. Bars
    that do not make 100% are no parts of a whole: False."""
    try:
        exact = [values.exact(f) for f in parts.figures]
        whole = values.exact(parts.whole) if parts.whole else Fraction(100)
        printed_whole = values.shown(parts.whole) if parts.whole else Decimal(100)
    except FormulaError:
        return False
    printed = printed_sum(values, parts)
    if None in exact or whole is None or printed is None or printed_whole is None:
        return False
    figures = [document.figures[f] for f in parts.figures]
    if parts.whole:
        figures.append(document.figures[parts.whole])
    adds_up = abs(sum(exact, Fraction(0)) - whole) <= rounding_slack(figures)
    return adds_up and printed != printed_whole


def off_by_rounding_sets(document: Document,
                         values: FigureValues | None = None) -> list[PartsOfWhole]:
    """The sets of parts of `document` that are off by rounding (see off_by_rounding)."""
    values = values or document.values()
    return [parts for parts in parts_of_wholes(document)
            if off_by_rounding(document, values, parts)]


def may_round_together(document: Document, values: FigureValues, parts: PartsOfWhole) -> bool:
    """True when largest-remainder rounding may be given to a set of shares that make 100%,
    and would make them add up as printed: the parts show the same decimals, are rounded to
    the nearest, belong to no other rule that rounds its parts together (what a rule's
    `rounding` asks), and their exact total rounds to 100 at those decimals. Typed and
    computed parts alike: only how the published values are rounded changes."""
    if parts.whole is not None or (parts.rule is not None and parts.rule.rounding):
        return False
    figures = [document.figures[f] for f in parts.figures]
    rounded_elsewhere = {f for rule in document.rules if rule.rounding and rule is not parts.rule
                         for f in rule.parts}
    if len({f.shown_decimals for f in figures}) != 1 \
            or any(f.rounding != "nearest" for f in figures) \
            or rounded_elsewhere & set(parts.figures):
        return False
    total = sum((values.exact(f) for f in parts.figures), Fraction(0))
    return round_value(total, figures[0].shown_decimals) == 100


def rounding_note(locale: str, adds_up_to: str = HUNDRED) -> str:
    """The rounding note in the document's language ('Door afronding tellen de delen niet op
    tot 100%.'); `adds_up_to` HUNDRED or TOTAL."""
    return ROUNDING_NOTE.get(locale, ROUNDING_NOTE["en-GB"])[adds_up_to]
