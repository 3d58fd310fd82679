"""Figure references in texts that name no figure, or are no reference at all."""

from __future__ import annotations

import difflib

from infographic_app.model.document import Document
from infographic_app.model.messages import say
from infographic_app.model.problems import Problem, Severity
from infographic_app.model.references import references_in, rich_texts


def check_references(document: Document, language: str = "en") -> list[Problem]:
    """An error for each `{...}` in a text that does not name a figure of the document,
    with the field, the file line it is on and, where one is close, the figure meant."""
    problems = []
    for field, path, text in rich_texts(document):
        for reference in references_in(text):
            if reference.figure_id in document.figures:
                continue
            if reference.figure_id is None:
                message = say("reference_malformed", language, written=reference.written)
            else:
                close = difflib.get_close_matches(reference.figure_id, document.figures, n=1)
                message = say("reference_unknown", language, written=reference.written,
                              name=reference.figure_id)
                if close:
                    message += say("did_you_mean", language, name=close[0])
            line = document.source.line_of_text(path, reference.written) \
                if document.source else None
            problems.append(Problem(message, field=field, file=str(document.path or ""),
                                    line=line, severity=Severity.ERROR, element_id=field))
    return problems
