"""Small counts: printed figures that could point to a person (checks against the document's
disclosure policy, model/disclosure.py), and suppressed figures that a reader can still work
out: from the total minus the other parts, from a printed figure computed from it, or from a
chart that would draw it by its size. (A change since last year of a suppressed figure is
never printed: checks/editions.py names a reference to it.)"""

from __future__ import annotations

from infographic_app.model.alt_text import visuals
from infographic_app.model.disclosure import PEOPLE, fewer_than
from infographic_app.model.document import Document
from infographic_app.model.figures import WHOLE_NUMBER_TYPES, Figure, FormulaError
from infographic_app.model.messages import say
from infographic_app.model.operations import chart_figures, merge_candidates
from infographic_app.model.problems import Problem, Severity
from infographic_app.model.references import figure_uses, figures_depending_on

# The chart kinds that draw a figure by its size (an icon array its part and whole), and the
# kind the one-click fix shows such a chart as instead: key figures, numbers as text.
SIZED = ("icon_array", "percentage_bars", "donut")
KEY_FIGURES_FIX = "key_figures"


def printed_figures(document: Document) -> list[str]:
    """The ids of the figures printed on the pages (in a text, tile or chart), in reading
    order."""
    return list(dict.fromkeys(use.figure_id for use in figure_uses(document)
                              if use.field.startswith("blocks.")
                              and use.figure_id in document.figures))


def check_disclosure(document: Document, language: str = "en") -> list[Problem]:
    """Warnings for printed counts of people under the policy's `min_count`, percentages of
    fewer than `min_base` people, and suppressed figures recoverable by differencing; each
    naming the figure by its label, with the one-click fixes: print it as 'minder dan 10'
    (`suppress:<id>`), merge it with another category of its whole (`merge:<id>`, where it
    has one) or confirm it with a reason (`disclose:<id>`). A figure confirmed with
    a reason is not warned about. An error for each chart that would draw a suppressed
    figure by its size, with the fix `key_figures:<visual>` (show it as key figures)."""
    printed = printed_figures(document)
    problems = _sized_charts(document, language)
    for figure_id in printed:
        figure = document.figures[figure_id]
        if figure.disclosure_reason.strip():
            continue
        if figure.suppressed:
            problems += _differencing(document, figure, printed, language)
        elif (found := _too_small(document, figure, language)) is not None:
            problems.append(found)
    return problems


def _too_small(document: Document, figure: Figure, language: str) -> Problem | None:
    policy = document.disclosure
    label = figure.label or figure.id
    if figure.unit == PEOPLE and figure.type in WHOLE_NUMBER_TYPES:
        value = _value(document, figure.id)
        if value is None or not 0 < value < policy.min_count:
            return None
        message = say("disclosure_small_count", language, label=label,
                      value=document.show(figure.id), limit=policy.min_count,
                      fewer=fewer_than(policy.min_count, document.locale))
        return _problem(document, figure, message,
                        f"suppress:{figure.id}{_merge(document, figure)} disclose:{figure.id}")
    if figure.type == "percentage" and figure.base is not None:
        base = _value(document, figure.base) if isinstance(figure.base, str) else figure.base
        if base is None or base >= policy.min_base:
            return None
        message = say("disclosure_small_base", language, label=label,
                      value=document.show(figure.id), base=f"{base:g}".replace(".", ","),
                      limit=policy.min_base)
        return _problem(document, figure, message,
                        f"{_merge(document, figure)} disclose:{figure.id}".strip())
    return None


def _merge(document: Document, figure: Figure) -> str:
    """The merge fix (' merge:<id>') for a figure that has another category of the same
    whole to be merged with; '' for none."""
    return f" merge:{figure.id}" if merge_candidates(document, figure.id) else ""


def _differencing(document: Document, figure: Figure, printed: list[str],
                  language: str) -> list[Problem]:
    """A suppressed figure that the other printed figures give away."""
    shown = [f for f in printed if not document.figures[f].suppressed]
    label = figure.label or figure.id
    problems = []
    for rule in document.rules:
        if rule.kind != "sum" or rule.whole is None:
            continue
        members = [*rule.parts, rule.whole]
        if figure.id not in members:
            continue
        others = [m for m in members if m != figure.id]
        if all(m in shown for m in others):
            smallest = min(rule.parts if figure.id == rule.whole else
                           [p for p in rule.parts if p != figure.id] or others,
                           key=lambda m: _value(document, m) or 0)
            names = ", ".join(f"'{document.figures[m].label or m}'" for m in others)
            message = say("disclosure_differencing_sum", language, label=label, others=names)
            problems.append(_problem(document, figure, message,
                                     f"suppress:{smallest} disclose:{figure.id}"))
    for derived in figures_depending_on(document, figure.id) - {figure.id}:
        if derived in shown and document.figures[derived].derived:
            message = say("disclosure_differencing_formula", language, label=label,
                          derived=document.figures[derived].label or derived)
            problems.append(_problem(document, figure, message, f"disclose:{figure.id}"))
    return problems


def _sized_charts(document: Document, language: str) -> list[Problem]:
    """An error for each chart that draws a suppressed figure by its size (layout leaves it
    out: layout/context.py), naming the chart by its heading."""
    problems = []
    for element_id, heading, visual in visuals(document):
        if visual.get("kind") not in SIZED:
            continue
        hidden = [f for f in chart_figures(visual)
                  if f in document.figures and document.figures[f].suppressed
                  and f != visual.get("headline")]
        for figure_id in hidden:
            figure = document.figures[figure_id]
            field, line = document.locate(element_id)
            problems.append(Problem(
                say("disclosure_chart_size", language, heading=heading,
                    label=figure.label or figure_id,
                    fewer=fewer_than(document.disclosure.min_count, document.locale)),
                field=field, file=str(document.path or ""), line=line,
                severity=Severity.ERROR, element_id=element_id,
                fix=f"{KEY_FIGURES_FIX}:{element_id}"))
    return problems


def _value(document: Document, figure_id: str) -> float | None:
    try:
        value = document.values().exact(figure_id)
    except FormulaError:
        return None
    return None if value is None else float(value)


def _problem(document: Document, figure: Figure, message: str, fix: str) -> Problem:
    key = "formula" if figure.derived else "value"
    return Problem(message, field=f"figures.{figure.id}.{key}", file=str(document.path or ""),
                   line=document.line_of(("figures", figure.id, key)),
                   severity=Severity.WARNING, element_id=f"figures.{figure.id}", fix=fix)
