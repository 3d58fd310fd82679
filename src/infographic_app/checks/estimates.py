"""Estimates: a printed figure computed from an estimate may not look more precise than the
estimate it rests on ('97,8%' from the estimate 1.300 claims three digits where the estimate
has two)."""

from __future__ import annotations

from infographic_app.checks.disclosure import printed_figures
from infographic_app.model.document import Document
from infographic_app.model.estimates import estimate_inputs, printed_digits, significant_digits
from infographic_app.model.figures import FormulaError
from infographic_app.model.messages import say
from infographic_app.model.problems import Problem, Severity


def check_estimates(document: Document, language: str = "en") -> list[Problem]:
    """A warning for each printed figure computed from estimates that prints more significant
    digits than the least precise of them has (1300: 2 digits; 10000: 1), naming both by
    their labels; the fix is fewer decimals (or rounding the figure less finely)."""
    values = document.values()
    problems = []
    for figure_id in printed_figures(document):
        figure = document.figures[figure_id]
        inputs = estimate_inputs(document.figures, figure_id)
        if not figure.derived or not inputs or figure.suppressed:
            continue
        try:
            shown = values.shown(figure_id)
            typed = {i: values.exact(i) for i in inputs}
        except FormulaError:
            continue
        if shown is None or None in typed.values() or not shown:
            continue
        weakest = min(inputs, key=lambda i: significant_digits(typed[i]))
        allowed = significant_digits(typed[weakest])
        if printed_digits(shown) <= allowed:
            continue
        estimate = document.figures[weakest]
        message = say("estimate_too_precise", language, label=figure.label or figure_id,
                      value=document.show(figure_id, values, as_estimate=False),
                      estimate=estimate.label or weakest,
                      estimate_value=document.show(weakest, values, as_estimate=False),
                      digits=allowed)
        problems.append(Problem(message, field=f"figures.{figure_id}.decimals",
                                file=str(document.path or ""),
                                line=document.line_of(("figures", figure_id, "formula")),
                                severity=Severity.WARNING, element_id=f"figures.{figure_id}"))
    return problems
