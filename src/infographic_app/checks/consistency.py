"""Consistency rules between figures, and sanity of derived figures."""

from __future__ import annotations

import math

from infographic_app.checks.messages import say
from infographic_app.model.document import Document, Rule
from infographic_app.model.figures import FormulaError, format_figure
from infographic_app.model.problems import Problem, Severity


def check_figures(document: Document, language: str = "en") -> list[Problem]:
    """Every rule declared in the document, and derived figures that came out impossible."""
    values = document.values()
    problems = [p for rule in document.rules
                for p in _check_rule(document, rule, values, language)]
    for figure in document.figures.values():
        if not figure.derived:
            continue
        field = f"figures.{figure.id}"
        line = document.line_of(("figures", figure.id, "formula"))
        try:
            value = values[figure.id]
        except FormulaError as exc:
            problems.append(_problem(document, field, line, str(exc), field))
            continue
        shown = _show(document, figure.id, value) if math.isfinite(value) else ""
        if not math.isfinite(value):
            message = say("formula_nan", language, formula=figure.formula)
        elif figure.type == "percentage" and not 0 <= value <= 100:
            message = say("formula_percentage", language, value=shown)
        elif value < 0 and figure.type in ("count", "estimate"):
            message = say("formula_negative", language, value=shown)
        else:
            continue
        problems.append(_problem(document, field, line, message, field))
    return problems


def _show(document: Document, figure_id: str, value: float) -> str:
    return format_figure(document.figures[figure_id], value, document.locale)


def _named(document: Document, figure_id: str, value: float) -> str:
    return f"{figure_id} ({_show(document, figure_id, value)})"


def _problem(document: Document, field: str, line: int | None, message: str,
             element_id: str) -> Problem:
    return Problem(message, field=field, file=str(document.path or ""), line=line,
                   severity=Severity.ERROR, element_id=element_id)


def _check_rule(document: Document, rule: Rule, values, language: str) -> list[Problem]:
    try:
        parts = [values[p] for p in rule.parts]
        whole = values[rule.whole] if rule.whole else None
    except FormulaError:
        return []  # reported with the figure itself
    if any(not math.isfinite(v) for v in [*parts, *([whole] if whole is not None else [])]):
        return []
    figures = [document.figures[p] for p in rule.parts]
    field = f"rules.{rule.id}"
    line = document.line_of(("rules", document.rules.index(rule)))
    element = f"figures.{rule.parts[0]}"
    total = sum(parts)
    terms = " + ".join(_named(document, p, v) for p, v in zip(rule.parts, parts, strict=True))
    if rule.kind == "sum":
        # Rounded figures may miss the whole by half a unit of their last decimal each.
        tolerance = rule.tolerance if rule.tolerance is not None else rounding_slack(figures)
        if abs(total - whole) > tolerance + 1e-9:
            return [_problem(document, field, line, say(
                "sum", language, terms=terms, total=_show(document, rule.whole, total),
                whole=_named(document, rule.whole, whole)), element)]
    elif rule.kind == "sum_to_100":
        tolerance = rule.tolerance if rule.tolerance is not None else rounding_slack(figures)
        if abs(total - 100) > tolerance + 1e-9:
            return [_problem(document, field, line, say(
                "sum_to_100", language, terms=terms,
                total=_show(document, rule.parts[0], total)), element)]
    elif rule.kind == "part_of_whole" and parts[0] > whole + 1e-9:
        return [_problem(document, field, line, say(
            "part_of_whole", language, terms=terms,
            whole=_named(document, rule.whole, whole)), element)]
    return []


def rounding_slack(figures) -> float:
    return sum(0.5 * 10 ** -f.shown_decimals if f.type in ("decimal", "percentage") else 0.0
               for f in figures)
