"""Whether an export goes ahead: the checks run on the scene about to be exported, before
anything is written, and their errors refuse it; warnings never do. The command line and the
editor ask the same two functions, so they refuse the same exports."""

from __future__ import annotations

from collections.abc import Iterable

from infographic_app.layout.scene import Scene
from infographic_app.model.document import Document
from infographic_app.model.problems import Problem, Severity
from infographic_app.model.theme import Theme


def export_findings(document: Document, scene: Scene, theme: Theme, target: str,
                    language: str = "en") -> list[Problem]:
    """Everything the checks find (errors and warnings) for exporting `scene` to `target`:
    'print' for the print PDF; 'screen' for the screen PDF, PNG pages and cards (a card's
    scene is the card itself). The same list `check --target` gives for the document's scene."""
    from infographic_app.checks.report import check_for_targets  # not for export_refusal

    return check_for_targets(document, scene, theme, (target,), language)


def export_refusal(problems: Iterable[Problem]) -> list[Problem]:
    """Should this export be refused? Returns the errors among `problems` that refuse it, in
    their order; an empty list means the export may go ahead. Warnings never refuse. Only the
    user can override a refusal (the command line's --force, the editor's 'export anyway')."""
    return [problem for problem in problems if problem.severity == Severity.ERROR]
