"""Texts still holding the words a new entry, block or figure started with."""

from __future__ import annotations

from infographic_app.model.addressing import block_fields
from infographic_app.model.blocks import BLOCK_KINDS, PLACEHOLDERS
from infographic_app.model.document import Document
from infographic_app.model.messages import say
from infographic_app.model.operations import FIGURE_PLACEHOLDERS
from infographic_app.model.problems import Problem, Severity

# Words that are also real content ('Factsheet' above a title) are not placeholders.
REAL_CONTENT = ("kicker", "copy")


def placeholder_words() -> set[str]:
    """The placeholder texts new things start with ('Schrijf hier de tekst.', 'nieuw
    cijfer', ...), in every language the app writes them in: a factsheet may have changed
    language since."""
    tables = [*PLACEHOLDERS.values(), *FIGURE_PLACEHOLDERS.values(),
              *(words for kind in BLOCK_KINDS.values() for words in kind.placeholders.values())]
    words = {text for table in tables
             for key, text in table.items() if key not in REAL_CONTENT and text}
    return {text.strip() for text in words}


def check_placeholders(document: Document, language: str = "en") -> list[Problem]:
    """An error for each text or figure label that still holds a placeholder: it would be
    printed as it is. A short placeholder ('Nieuwe kop', 'nieuw cijfer') counts when it is
    the whole text; a placeholder sentence ('Schrijf hier de nieuwe aanbeveling.') also
    when it is part of the text: typed in front of or after it, it was left behind."""
    words = placeholder_words()
    sentences = {text for text in words if text.endswith(".")}

    def left_in(text: str) -> str | None:
        text = text.strip()
        if text in words:
            return text
        return next((sentence for sentence in sorted(sentences) if sentence in text), None)

    found = [(field.id, field.path, left_in(field.value)) for field in block_fields(document)
             if field.spec.kind in ("text", "rich") and isinstance(field.value, str)]
    found += [(f"figures.{figure.id}.label", ("figures", figure.id, "label"),
               left_in(figure.label)) for figure in document.figures.values()]
    return [Problem(say("placeholder_left", language, text=text), field=field,
                    file=str(document.path or ""), line=document.line_of(path),
                    severity=Severity.ERROR, element_id=field)
            for field, path, text in found if text]
