"""Charts the theme cannot draw truthfully: more shares than it has chart colours."""

from __future__ import annotations

from infographic_app.model.alt_text import visuals
from infographic_app.model.document import Document
from infographic_app.model.messages import say
from infographic_app.model.problems import Problem, Severity
from infographic_app.model.theme import Theme

MULTI_COLOUR = ("donut",)  # the chart kinds that give each figure a colour of its own


def check_chart_colours(document: Document, theme: Theme, language: str = "en") -> list[Problem]:
    """An error for each multi-colour chart (a donut) with more figures than the theme has
    chart colours (Theme.chart_colours): two of its shares would share a colour. The message
    names the chart by its heading."""
    problems = []
    for element_id, heading, visual in visuals(document):
        count = len(visual.get("figures") or ())
        if visual.get("kind") in MULTI_COLOUR and count > len(theme.chart_colours):
            field, line = document.locate(element_id)
            problems.append(Problem(
                say("chart_too_many_shares", language, heading=heading, count=count,
                    colours=len(theme.chart_colours)),
                field=field, file=str(document.path or ""), line=line,
                severity=Severity.ERROR, element_id=element_id))
    return problems
