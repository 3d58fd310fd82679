"""All checks of a document in one list: rules, figures and text that does not fit."""

from __future__ import annotations

from infographic_app.checks.consistency import check_figures
from infographic_app.layout.scene import Scene
from infographic_app.model.document import Document
from infographic_app.model.problems import Problem, Severity


def check_overflow(document: Document, scene: Scene) -> list[Problem]:
    problems = []
    for number, page in enumerate(scene.pages, start=1):
        for overflow in page.overflows:
            field, line = document.locate(overflow.element_id)
            hidden = (f"{overflow.hidden_lines} line(s) are not shown"
                      if overflow.hidden_lines else "it runs past the bottom of the page")
            problems.append(Problem(
                f"the text does not fit its box on page {number}: {hidden}; shorten it",
                field=field, file=str(document.path or ""), line=line,
                severity=Severity.ERROR, element_id=overflow.element_id))
    return problems


def check_document(document: Document, scene: Scene) -> list[Problem]:
    return check_figures(document) + check_overflow(document, scene)


def has_errors(problems: list[Problem]) -> bool:
    return any(p.severity == Severity.ERROR for p in problems)
