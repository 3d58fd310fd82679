"""A figure reference followed by the unit sign it prints itself: '{share}%' prints
'92,9%%'. Found in every text that holds references, with the text that fixes it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from infographic_app.model.document import Document
from infographic_app.model.messages import say
from infographic_app.model.problems import Problem, Severity
from infographic_app.model.references import REFERENCE, read_reference, rich_texts

_AFTER = re.compile(r"[ \u00a0]*(\S)")  # the first sign after a reference, spaces skipped
FIX = "unit_sign"  # the one-click fix: 'unit_sign:<text field>'


def doubled_signs(document: Document, text: str) -> Iterator[tuple[str, str, str, int, int]]:
    """(reference as written, the figure as printed, sign, start, end) of each reference in
    `text` whose printed figure ends in a sign that is not a letter or digit ('%') and that
    the text repeats right after it (spaces between allowed); start..end is what to remove."""
    for match in REFERENCE.finditer(text):
        reference = read_reference(match)
        if reference.figure_id not in document.figures:
            continue
        printed = document.resolve(reference.written)
        after = _AFTER.match(text, match.end())
        sign = printed[-1:]
        if sign and not sign.isalnum() and not sign.isspace() and after \
                and after.group(1) == sign:
            yield reference.written, printed, sign, match.end(), after.end()


def without_doubled_signs(document: Document, text: str) -> str:
    """`text` with the sign after each reference that prints it already removed."""
    for _, _, _, start, end in reversed(list(doubled_signs(document, text))):
        text = text[:start] + text[end:]
    return text


def check_unit_signs(document: Document, language: str = "en") -> list[Problem]:
    """A warning for each reference followed by the sign it prints itself, with the text's
    line and the one-click fix FIX (removing the doubled signs of that text)."""
    problems = []
    for field, path, text in rich_texts(document):
        for written, printed, sign, _, _ in doubled_signs(document, text):
            line = document.source.line_of_text(path, written) if document.source else None
            problems.append(Problem(
                say("unit_sign_doubled", language, written=written, shown=printed, sign=sign),
                field=field, file=str(document.path or ""), line=line,
                severity=Severity.WARNING, element_id=field, fix=f"{FIX}:{field}"))
    return problems
