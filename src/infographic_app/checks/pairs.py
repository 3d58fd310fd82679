"""A part larger than its whole, wherever the factsheet pairs the two, rule or no rule.

The pairings found reliably: an icon array's part and whole, and a derived share whose
formula divides one figure by another and multiplies by 100 (`a / b * 100`, `100 * a / b`,
`(a / b) * 100`). A `part_of_whole` rule is checked by the rules themselves."""

from __future__ import annotations

import ast

from infographic_app.model.alt_text import visuals
from infographic_app.model.document import Document
from infographic_app.model.figures import FigureValues, FormulaError, parse_formula
from infographic_app.model.messages import say
from infographic_app.model.problems import Problem, Severity


def check_pairs(document: Document, values: FigureValues, language: str = "en") -> list[Problem]:
    """An error for each icon array whose part is larger than its whole, and for each derived
    share (see share_pair) whose part is larger than its whole; the message names the chart
    by its heading, or the derived figure by its label, and both figures by label and
    value; an icon array whose pair a part_of_whole rule holds is left to the rule. Pairs
    that cannot be computed are left to the figures' own errors."""
    problems = []
    ruled = {(rule.parts[0], rule.whole) for rule in document.rules
             if rule.kind == "part_of_whole"}  # said by the rule
    for element_id, heading, visual in visuals(document):
        pair = (visual.get("part"), visual.get("whole"))
        if visual.get("kind") == "icon_array" and pair not in ruled and _larger(values, *pair):
            field, line = document.locate(element_id)
            message = say("icon_part_of_whole", language, heading=heading,
                          **_pair(document, values, visual["part"], visual["whole"]))
            problems.append(_error(document, field, line, message, element_id))
    for figure in document.figures.values():
        pair = share_pair(figure.formula) if figure.derived else None
        if pair and all(f in document.figures for f in pair) and _larger(values, *pair):
            path = ("figures", figure.id, "formula")
            message = say("share_part_of_whole", language, label=figure.label,
                          **_pair(document, values, *pair))
            problems.append(_error(document, f"figures.{figure.id}", document.line_of(path),
                                   message, f"figures.{figure.id}"))
    return problems


def share_pair(formula: str) -> tuple[str, str] | None:
    """(part, whole) of a formula that makes a share of two figures: `part / whole * 100`,
    `100 * (part / whole)`, `100 * part / whole` or `part * 100 / whole`; None for any other
    formula."""
    try:
        body = parse_formula(formula).body
    except FormulaError:
        return None
    if _is(body, ast.Mult):
        for division, hundred in ((body.left, body.right), (body.right, body.left)):
            if _is_hundred(hundred) and _is(division, ast.Div):
                return _names(division.left, division.right)
    if _is(body, ast.Div) and _is(body.left, ast.Mult):
        product = body.left
        for part, hundred in ((product.left, product.right), (product.right, product.left)):
            if _is_hundred(hundred):
                return _names(part, body.right)
    return None


def _is(node: ast.AST, operator: type) -> bool:
    return isinstance(node, ast.BinOp) and isinstance(node.op, operator)


def _is_hundred(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and node.value == 100


def _names(part: ast.AST, whole: ast.AST) -> tuple[str, str] | None:
    if isinstance(part, ast.Name) and isinstance(whole, ast.Name):
        return part.id, whole.id
    return None


def _larger(values: FigureValues, part: str, whole: str) -> bool:
    try:
        part_value, whole_value = values.exact(part), values.exact(whole)
    except FormulaError:
        return False
    return part_value is not None and whole_value is not None and part_value > whole_value


def _pair(document: Document, values: FigureValues, part: str, whole: str) -> dict[str, str]:
    """The message's words for both figures: label and value as printed."""
    return {"part": f"'{document.figures[part].label}' ({document.show(part, values)})",
            "whole": f"'{document.figures[whole].label}' ({document.show(whole, values)})"}


def _error(document: Document, field: str, line: int | None, message: str,
           element_id: str) -> Problem:
    return Problem(message, field=field, file=str(document.path or ""), line=line,
                   severity=Severity.ERROR, element_id=element_id)
