"""Find and replace over every text a reader sees and the document's metadata. Qt-free: the
editor's Find and replace (Ctrl+H) previews the matches and applies the replacements as
one undoable step.

Figure references inside `{…}` are left alone unless asked for: replacing '2019' must not
turn `{visitors_2019}` into a reference to a figure that does not exist.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from infographic_app.model.document import Document
from infographic_app.model.editions import YearMention, edition_texts

REFERENCE = re.compile(r"\{[^{}]*\}")


def searchable_texts(document: Document) -> Iterator[tuple[str, tuple, str]]:
    """(field, path in the file, text) of every text: the metadata, the figures' labels,
    sources and notes, and every text field of the blocks."""
    seen = set()
    for field, path, text in edition_texts(document):
        seen.add(field)
        yield field, path, text
    for figure_id, figure in document.figures.items():
        for key in ("source", "note"):
            text = getattr(figure, key)
            if isinstance(text, str) and text and f"figures.{figure_id}.{key}" not in seen:
                yield f"figures.{figure_id}.{key}", ("figures", figure_id, key), text


@dataclass(frozen=True)
class TextMatch(YearMention):
    """One match: `text[start:end]` in the field's text (`context()` shows it in brackets)."""

    @property
    def found(self) -> str:
        return self.text[self.start:self.end]


def find_matches(document: Document, needle: str, match_case: bool = False,
                 whole_words: bool = False, in_references: bool = False) -> list[TextMatch]:
    """Every place `needle` occurs, in the order of the document; inside `{…}` only when
    `in_references`. Empty for an empty `needle`."""
    if not needle:
        return []
    pattern = re.escape(needle)
    if whole_words:
        pattern = rf"(?<!\w){pattern}(?!\w)"
    regex = re.compile(pattern, 0 if match_case else re.IGNORECASE)
    found = []
    for field, path, text in searchable_texts(document):
        braces = [] if in_references else [m.span() for m in REFERENCE.finditer(text)]
        for match in regex.finditer(text):
            if any(start < match.end() and match.start() < end for start, end in braces):
                continue
            found.append(TextMatch(field, path, text, match.start(), match.end()))
    return found


def replaced_texts(matches: Iterable[TextMatch], replacement: str) -> dict[str, str]:
    """Each field's new text with `replacement` in place of the chosen matches (found in the
    field's current text), in the order of the fields."""
    by_field: dict[str, list[TextMatch]] = {}
    for match in matches:
        by_field.setdefault(match.field, []).append(match)
    texts = {}
    for field, found in by_field.items():
        text = found[0].text
        for match in sorted(found, key=lambda m: m.start, reverse=True):
            text = text[:match.start] + replacement + text[match.end:]
        texts[field] = text
    return texts
