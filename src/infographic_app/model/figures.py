"""Figures: typed numbers entered once, and derived figures computed from them by a formula."""

from __future__ import annotations

import ast
import math
from dataclasses import dataclass, field
from functools import lru_cache

from infographic_app.model.numbers import format_number, format_percentage

FIGURE_TYPES = ("count", "estimate", "decimal", "percentage")
DEFAULT_DECIMALS = {"count": 0, "estimate": 0, "decimal": 1, "percentage": 1}
WHOLE_NUMBER_TYPES = ("count", "estimate")


@dataclass
class Figure:
    id: str
    type: str
    label: str
    value: float | None = None  # typed figures
    formula: str | None = None  # derived figures
    decimals: int | None = None
    rounding: str = "nearest"
    source: str = ""
    note: str = ""
    key_order: tuple[str, ...] = field(default=(), compare=False, repr=False)

    @property
    def derived(self) -> bool:
        return self.formula is not None

    @property
    def shown_decimals(self) -> int:
        return DEFAULT_DECIMALS[self.type] if self.decimals is None else self.decimals


def value_problem(kind: str, value: float) -> str | None:
    """Why `value` cannot be a figure of type `kind`, in words; None when it can."""
    if not math.isfinite(value):
        return "must be a finite number"
    if kind in WHOLE_NUMBER_TYPES:
        if value != int(value):
            return f"a {kind} is a whole number"
        if value < 0:
            return f"a {kind} cannot be negative"
    if kind == "percentage" and not 0 <= value <= 100:
        return "a percentage lies between 0 and 100"
    return None


class FormulaError(ValueError):
    pass


_OPERATORS = {
    ast.Add: lambda a, b: a + b,
    ast.Sub: lambda a, b: a - b,
    ast.Mult: lambda a, b: a * b,
    ast.Div: lambda a, b: a / b,
}


@lru_cache(maxsize=256)
def parse_formula(text: str) -> ast.Expression:
    """Parse a formula of figure ids, numbers, + - * / and brackets; FormulaError otherwise."""
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError:
        raise FormulaError(f"the formula '{text}' cannot be read") from None
    for node in ast.walk(tree):
        allowed = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.USub, ast.UAdd, ast.Name,
                   ast.Load, *_OPERATORS)
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
            continue
        if not isinstance(node, allowed):
            raise FormulaError(f"the formula '{text}' may only use figure names, numbers, "
                               "+ - * / and brackets")
    return tree


def formula_names(text: str) -> list[str]:
    return [n.id for n in ast.walk(parse_formula(text)) if isinstance(n, ast.Name)]


class FigureValues:
    """Resolves the value of every figure, computing derived ones (with cycle detection)."""

    def __init__(self, figures: dict[str, Figure]):
        self._figures = figures
        self._cache: dict[str, float] = {}
        self._busy: set[str] = set()

    def __getitem__(self, figure_id: str) -> float:
        if figure_id in self._cache:
            return self._cache[figure_id]
        figure = self._figures[figure_id]
        if not figure.derived:
            value = float(figure.value) if figure.value is not None else math.nan
        else:
            if figure_id in self._busy:
                raise FormulaError(f"the formula of '{figure_id}' depends on itself")
            self._busy.add(figure_id)
            try:
                value = self._evaluate(parse_formula(figure.formula).body)
            finally:
                self._busy.discard(figure_id)
        self._cache[figure_id] = value
        return value

    def _evaluate(self, node: ast.AST) -> float:
        if isinstance(node, ast.Constant):
            return float(node.value)
        if isinstance(node, ast.Name):
            if node.id not in self._figures:
                raise FormulaError(f"the formula uses an unknown figure '{node.id}'")
            return self[node.id]
        if isinstance(node, ast.UnaryOp):
            operand = self._evaluate(node.operand)
            return -operand if isinstance(node.op, ast.USub) else operand
        left, right = self._evaluate(node.left), self._evaluate(node.right)
        if isinstance(node.op, ast.Div) and right == 0:
            return math.nan
        return _OPERATORS[type(node.op)](left, right)


def format_figure(figure: Figure, value: float, locale: str, with_unit: bool = True) -> str:
    """The figure as readers see it: '1.300', '17,7', '92,9%'."""
    if figure.type == "percentage" and with_unit:
        return format_percentage(value, figure.shown_decimals, locale, figure.rounding)
    return format_number(value, figure.shown_decimals, locale, figure.rounding)
