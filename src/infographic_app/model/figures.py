"""Figures: typed numbers entered once, and derived figures computed from them by a formula."""

from __future__ import annotations

import ast
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

from infographic_app.model.numbers import (
    FIGURE_LIMIT,
    MAX_FIGURE_DIGITS,
    Number,
    format_number,
    format_percentage,
    round_as_set,
    round_value,
    to_exact,
)
from infographic_app.model.problems import quote_value

# "Bron:" / "Sources:" typed at the start of a source, which every place that prints the source
# says itself.
TYPED_SOURCE_WORD = re.compile(r"\A\s*(?:bron|bronnen|source|sources)\s*:\s*", re.IGNORECASE)

FIGURE_TYPES = ("count", "estimate", "decimal", "percentage")
DEFAULT_DECIMALS = {"count": 0, "estimate": 0, "decimal": 1, "percentage": 1}
WHOLE_NUMBER_TYPES = ("count", "estimate")


@dataclass
class Figure:
    """A figure of the factsheet: typed (`value`) or derived (`formula`), its type
    (count, estimate, decimal, percentage), label, decimals and rounding as printed, source,
    note, for an estimate its range (`low`, `high`), and for editions the values of earlier
    editions and whether it was updated."""
    id: str
    type: str
    label: str
    value: float | None = None  # typed figures
    formula: str | None = None  # derived figures
    decimals: int | None = None
    rounding: str = "nearest"
    source: str = ""
    note: str = ""
    # Typed figures: the value in each earlier edition, by edition label, oldest first.
    history: dict[str, float] = field(default_factory=dict)
    # False while a typed figure still holds the value carried over from the previous
    # edition: neither typed for this edition nor confirmed unchanged.
    updated: bool = True
    # Typed and derived figures: the decimals each earlier edition printed the figure with,
    # by edition label, recorded when the next edition was started.
    published_decimals: dict[str, int] = field(default_factory=dict)
    # Its place (1-based) in the theme's chart colours in a multi-colour chart (a donut);
    # None: the next free one (model/chart_colours.py).
    colour: int | None = None
    # Small counts (model/disclosure.py): `unit` 'personen' for a figure that counts people;
    # `base` the number of people a percentage is a share of (a number or a figure id);
    # `suppressed`: printed as 'minder dan 10' instead of its value; `disclosure_reason`:
    # why printing it as it is was confirmed (shown in the proof sheet).
    unit: str = ""
    base: float | str | None = None
    suppressed: bool = False
    disclosure_reason: str = ""
    # Typed estimates, optional: the range the estimate lies in (model/estimates.py).
    low: float | None = None
    high: float | None = None
    key_order: tuple[str, ...] = field(default=(), compare=False, repr=False)

    @property
    def derived(self) -> bool:
        return self.formula is not None

    @property
    def printed_source(self) -> str:
        """The source as printed after the page's own "Bron:" / "Source:": as typed, without
        such a word typed before it ('Bron: CoMensha 2020' -> 'CoMensha 2020'); '' for none."""
        return TYPED_SOURCE_WORD.sub("", self.source, count=1).strip()

    @property
    def shown_decimals(self) -> int:
        return DEFAULT_DECIMALS[self.type] if self.decimals is None else self.decimals

    def decimals_in(self, edition: str) -> int:
        """The decimals the figure was printed with in `edition` (an earlier one): as
        recorded in `published_decimals`, else (a file from before the record was kept) the
        decimals it shows now."""
        return self.published_decimals.get(edition, self.shown_decimals)


def value_key(figure: Figure) -> tuple:
    """What a figure's exact and shown values (FigureValues) are computed from among its own
    fields: its value (and the value's type), formula, type, decimals and rounding."""
    return (type(figure.value), figure.value, figure.formula, figure.type, figure.decimals,
            figure.rounding)


def usual_decimals(figures: Iterable[Figure], kind: str) -> int | None:
    """The decimals a new figure of type `kind` takes: those most of the document's figures
    of that type show (of equally common ones the type's default, else the fewest); None,
    the type's default, when that is the default or no figure has the type."""
    counts = Counter(figure.shown_decimals for figure in figures if figure.type == kind)
    if not counts:
        return None
    most = max(counts.values())
    common = [decimals for decimals, count in counts.items() if count == most]
    default = DEFAULT_DECIMALS[kind]
    chosen = default if default in common else min(common)
    return None if chosen == default else chosen


# Why a value cannot be a figure of a type, by key; the loader says these words, the editor
# says the same in the interface language (model/messages.py: 'entry_' + key).
VALUE_PROBLEMS = {
    "not_finite": "must be a finite number",
    "too_large": "{a} {kind} has at most {digits} digits before the point",
    "not_whole": "{a} {kind} is a whole number",
    "negative": "{a} {kind} cannot be negative",
    "percentage_range": "a percentage lies between 0 and 100",
}


def value_problem_key(kind: str, value: float) -> str | None:
    """The key in VALUE_PROBLEMS of why `value` cannot be a figure of type `kind`; None when
    it can. A figure's size is less than FIGURE_LIMIT (at most 15 digits before the point)."""
    if isinstance(value, float) and not math.isfinite(value):
        return "not_finite"
    if abs(value) >= FIGURE_LIMIT:
        return "too_large"
    if kind in WHOLE_NUMBER_TYPES and value != int(value):
        return "not_whole"
    if kind in WHOLE_NUMBER_TYPES and value < 0:
        return "negative"
    if kind == "percentage" and not 0 <= value <= 100:
        return "percentage_range"
    return None


def value_problem(kind: str, value: float) -> str | None:
    """Why `value` cannot be a figure of type `kind`, in words; None when it can."""
    key = value_problem_key(kind, value)
    return VALUE_PROBLEMS[key].format(a=article(kind), kind=kind, digits=MAX_FIGURE_DIGITS) \
        if key else None


class FormulaError(ValueError):
    """A formula that cannot be read or computed (it names an unknown figure, depends
    on itself, or is too long or deep); the message says why in words."""


# Formulas are short sums and shares ('part / whole * 100'); these bounds keep a pasted or
# generated monster from exhausting the parser's memory or Python's recursion limit.
MAX_FORMULA_CHARS = 500
MAX_FORMULA_DEPTH = 50  # operations and brackets inside one another
MAX_FORMULA_CHAIN = 50  # formulas that use figures computed by formulas that use ...
_MAX_BITS = 20_000  # an intermediate result beyond this is far out of range: stop there


_OPERATORS = {
    ast.Add: lambda a, b: a + b,
    ast.Sub: lambda a, b: a - b,
    ast.Mult: lambda a, b: a * b,
    ast.Div: lambda a, b: a / b,
}


@lru_cache(maxsize=256)
def parse_formula(text: str) -> ast.Expression:
    """Parse a formula of figure ids, numbers, + - * / and brackets; FormulaError otherwise,
    also for a formula longer than MAX_FORMULA_CHARS or nested deeper than MAX_FORMULA_DEPTH."""
    if len(text) > MAX_FORMULA_CHARS:
        raise FormulaError(f"the formula is {len(text)} characters long; a formula has at most "
                           f"{MAX_FORMULA_CHARS}: compute parts of it in figures of their own")
    try:
        tree = ast.parse(text, mode="eval")
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        # ValueError: a number too long to convert; MemoryError, RecursionError: the parser
        # gives up on some long or deep texts within the length limit.
        raise FormulaError(f"the formula {quote_value(text)} cannot be read") from None
    if _depth(tree) > MAX_FORMULA_DEPTH:
        raise FormulaError(f"the formula has more than {MAX_FORMULA_DEPTH} operations or "
                           "brackets inside one another; compute parts of it in figures of "
                           "their own")
    for node in ast.walk(tree):
        allowed = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.USub, ast.UAdd, ast.Name,
                   ast.Load, *_OPERATORS)
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
            continue
        if not isinstance(node, allowed):
            raise FormulaError(f"the formula {quote_value(text)} may only use figure names, "
                               "numbers, "
                               "+ - * / and brackets")
    return tree


def _depth(tree: ast.AST) -> int:
    """How deeply the nodes of `tree` nest, counted without recursion."""
    deepest, stack = 0, [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(node))
    return deepest


def formula_names(text: str) -> list[str]:
    """The figure ids a formula uses, in order. FormulaError when it cannot be read."""
    return list(_names_in(text))


@lru_cache(maxsize=1024)
def _names_in(text: str) -> tuple[str, ...]:
    """formula_names, once per formula: every figure printed asks whether it is computed
    from an estimate, through the formulas."""
    return tuple(n.id for n in ast.walk(parse_formula(text)) if isinstance(n, ast.Name))


class FigureValues:
    """The value of every figure, derived ones computed exactly from their formula.

    `exact(id)` is the value as a Fraction, for arithmetic and rounding; `values[id]` the same
    as a float, for drawing; `shown(id)` the value rounded as it is printed, shares of a set
    (`sets`: tuples of figure ids rounded together) by the largest-remainder method.
    Each raises FormulaError for a formula that refers to itself or to an unknown figure, or
    that uses figures computed through more than MAX_FORMULA_CHAIN formulas. A result whose
    size reaches FIGURE_LIMIT cannot be computed (None) and is listed in `too_large`.
    """

    def __init__(self, figures: dict[str, Figure], sets: Iterable[tuple[str, ...]] = ()):
        self._figures = figures
        self._cache: dict[str, Fraction | None] = {}
        self._shown: dict[str, Decimal | None] = {}  # a layout prints each figure many times
        self._printed: dict[tuple[str, str, bool], str] = {}
        self._busy: set[str] = set()
        self.too_large: set[str] = set()  # derived figures whose result is out of range
        self._set_of = {figure_id: tuple(group) for group in sets for figure_id in group}

    def exact(self, figure_id: str) -> Fraction | None:
        """The exact value; None when it cannot be computed (no value, division by zero)."""
        if figure_id in self._cache:
            return self._cache[figure_id]
        figure = self._figures[figure_id]
        if not figure.derived:
            value = to_exact(figure.value)
        else:
            if figure_id in self._busy:
                raise FormulaError(f"the formula of '{figure_id}' depends on itself")
            if len(self._busy) >= MAX_FORMULA_CHAIN:
                raise FormulaError(f"the formula of '{figure_id}' is reached through more than "
                                   f"{MAX_FORMULA_CHAIN} formulas that use one another")
            self._busy.add(figure_id)
            try:
                value = self._evaluate(parse_formula(figure.formula).body)
                if value is not None and abs(value) >= FIGURE_LIMIT:
                    raise _OutOfRange
            except _OutOfRange:
                self.too_large.add(figure_id)
                value = None
            finally:
                self._busy.discard(figure_id)
        self._cache[figure_id] = value
        return value

    def __getitem__(self, figure_id: str) -> float:
        """The value as a float, for drawing; NaN when it cannot be computed."""
        value = self.exact(figure_id)
        return math.nan if value is None else float(value)

    def shown(self, figure_id: str) -> Decimal | None:
        """The value rounded to the figure's decimals as it is printed; None when it cannot be
        computed. A figure of a set is rounded with the set, unless a share of the set cannot
        be computed (then each is rounded by itself)."""
        if figure_id not in self._shown:
            self._shown[figure_id] = self._rounded(figure_id)
        return self._shown[figure_id]

    def printed(self, figure_id: str, locale: str, with_unit: bool = True) -> str:
        """The figure as it is printed in `locale` ('nl-NL', 'en-GB'): its shown value with
        thousands separator, decimal comma or point and, `with_unit`, its unit ('92,9%');
        '?' when it cannot be computed."""
        key = (figure_id, locale, with_unit)
        if key not in self._printed:
            try:
                shown = self.shown(figure_id)
            except FormulaError:
                shown = None
            self._printed[key] = format_figure(self._figures[figure_id], shown, locale,
                                               with_unit)
        return self._printed[key]

    def _rounded(self, figure_id: str) -> Decimal | None:
        value = self.exact(figure_id)
        if value is None:
            return None
        figure = self._figures[figure_id]
        group = self._set_of.get(figure_id)
        shares = [self.exact(f) for f in group] if group else []
        if not group or None in shares:
            return round_value(value, figure.shown_decimals, figure.rounding)
        return round_as_set(shares, figure.shown_decimals)[group.index(figure_id)]

    def share(self, part: str, whole: str) -> Fraction | None:
        """`part` as a percentage of `whole` (part / whole * 100), exactly; None when either
        cannot be computed or the whole is 0."""
        part_value, whole_value = self.exact(part), self.exact(whole)
        if part_value is None or not whole_value:
            return None
        return part_value / whole_value * 100

    def _evaluate(self, node: ast.AST) -> Fraction | None:
        if isinstance(node, ast.Constant):
            if isinstance(node.value, float) and not math.isfinite(node.value):
                raise _OutOfRange  # 1e999
            return to_exact(node.value)
        if isinstance(node, ast.Name):
            if node.id not in self._figures:
                raise FormulaError(f"the formula uses an unknown figure '{node.id}'")
            value = self.exact(node.id)
            if node.id in self.too_large:
                raise _OutOfRange
            return value
        if isinstance(node, ast.UnaryOp):
            operand = self._evaluate(node.operand)
            return -operand if operand is not None and isinstance(node.op, ast.USub) else operand
        left, right = self._evaluate(node.left), self._evaluate(node.right)
        if left is None or right is None or isinstance(node.op, ast.Div) and right == 0:
            return None
        result = _OPERATORS[type(node.op)](left, right)
        if max(result.numerator.bit_length(), result.denominator.bit_length()) > _MAX_BITS:
            raise _OutOfRange
        return result


class _OutOfRange(Exception):
    """A formula's result (or a step on the way) is far out of any figure's range."""


def format_figure(figure: Figure, value: Number | None, locale: str,
                  with_unit: bool = True) -> str:
    """`value` written as readers see `figure`: '1.300', '17,7', '92,9%' ('?' for None).

    A value from FigureValues.shown prints as it is; any other is rounded by the figure's
    decimals and rounding mode.
    """
    if figure.type == "percentage" and with_unit:
        return format_percentage(value, figure.shown_decimals, locale, figure.rounding)
    return format_number(value, figure.shown_decimals, locale, figure.rounding)


def article(word: str) -> str:
    """'a' or 'an' before a figure type's name ('an estimate')."""
    return "an" if word[0] in "aeiou" else "a"
