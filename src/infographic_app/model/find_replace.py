"""Find and replace over every text a reader sees and the document's metadata. Qt-free: the
editor's Find and replace (Ctrl+H) previews the matches and applies the replacements as
one undoable step.

Texts are searched as the page shows them: figure references `{…}` as the values they print
(a match there is shown but never replaced: replacing '2019' must not turn `{visitors_2019}`
into a reference to a figure that does not exist), unless references are asked for as written.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from infographic_app.model.document import Document
from infographic_app.model.editions import YearMention, edition_texts
from infographic_app.model.figures import FigureValues
from infographic_app.model.markup import BOLD, ITALIC
from infographic_app.model.references import REFERENCE, read_reference


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
    """One match: `text[start:end]` in the field's text (`context()` shows it in brackets).
    `figure` is the figure whose printed value (a `{figure}` reference) the match takes in,
    or None: such a match is shown but never replaced, since replacing it would break the
    reference (change the figure instead)."""

    figure: str | None = None

    @property
    def found(self) -> str:
        return self.text[self.start:self.end]


# Characters a page does not show (soft hyphen, zero-width space and joiners, word joiner):
# Unicode's format characters.
def _invisible(char: str) -> bool:
    return unicodedata.category(char) == "Cf"


def fold(text: str) -> str:
    """`text` as find compares it: compatibility-normalised (NFKC: a decomposed é is é, the
    ligature 'ﬁ' is 'fi', a no-break space is a space) without the characters a page does not
    show (a soft hyphen)."""
    return "".join(char for char in unicodedata.normalize("NFKC", text) if not _invisible(char))


@dataclass
class _Shown:
    """A field's text as the page shows it, folded (see `fold`): for each of its characters
    the span of the field's text it comes from and the figure it prints, if any."""

    text: str = ""
    spans: list[tuple[int, int]] = dataclasses.field(default_factory=list)
    figures: list[str | None] = dataclasses.field(default_factory=list)

    def add(self, shown: str, start: int, end: int, figure: str | None = None) -> None:
        self.text += shown
        self.spans += [(start, end)] * len(shown)
        self.figures += [figure] * len(shown)


def markup_pairs(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The (opening, closing) markers of every **bold** and *italic* run in `text`, each as
    a (start, end) span, as model/markup.py reads them."""
    pairs = [((m.start(), m.start(1)), (m.end(1), m.end())) for m in BOLD.finditer(text)]
    masked = list(text)
    for opening, closing in pairs:  # as strip_markup reads italics: after bold is taken out
        for start, end in (opening, closing):
            masked[start:end] = "\0" * (end - start)
    pairs += [((m.start(), m.start(1)), (m.end(1), m.end()))
              for m in ITALIC.finditer("".join(masked))]
    return pairs


def _shown(document: Document, text: str, in_references: bool,
           values: FigureValues) -> _Shown:
    hidden = {i for pair in markup_pairs(text) for start, end in pair for i in range(start, end)}
    references = {} if in_references else {m.start(): m for m in REFERENCE.finditer(text)}
    shown, index = _Shown(), 0
    while index < len(text):
        if index in references:
            match = references[index]
            reference = read_reference(match)
            known = reference.figure_id in document.figures
            printed = document.printed(reference, text, index, values)
            shown.add(fold(printed), index, match.end(), reference.figure_id if known else None)
            index = match.end()
            continue
        if index in hidden:
            index += 1
            continue
        end = index + 1  # a character with the accents that follow it, normalised together
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1
        shown.add(fold(text[index:end]), index, end)
        index = end
    return shown


def find_matches(document: Document, needle: str, match_case: bool = False,
                 whole_words: bool = False, in_references: bool = False) -> list[TextMatch]:
    """Every place `needle` occurs in what the page shows, in the order of the document.

    Texts are compared as the page shows them: no-break spaces as spaces, without soft
    hyphens and **markup**, accents and ligatures normalised (see `fold`), and a `{figure}`
    reference as the value it prints ('29 van de' finds '{minors_seen} van de'; such a match
    carries the figure and is never replaced). With `in_references`, references are searched
    as written instead ('visitors_other' finds '{visitors_other}'). Each match spans the
    characters of the field's text it covers. Empty for an empty `needle`."""
    needle = fold(needle)
    if not needle:
        return []
    pattern = re.escape(needle)
    if whole_words:
        pattern = rf"(?<!\w){pattern}(?!\w)"
    regex = re.compile(pattern, 0 if match_case else re.IGNORECASE)
    values = document.values()
    found = []
    for field_name, path, text in searchable_texts(document):
        shown = _shown(document, text, in_references, values)
        for match in regex.finditer(shown.text):
            start, end = shown.spans[match.start()][0], shown.spans[match.end() - 1][1]
            figure = next((f for f in shown.figures[match.start():match.end()] if f), None)
            found.append(TextMatch(field_name, path, text, start, end, figure))
    return found


def replaced_texts(matches: Iterable[TextMatch], replacement: str) -> dict[str, str]:
    """Each field's new text with `replacement` in place of the chosen matches (found in the
    field's current text), in the order of the fields. A match in a figure's printed value
    is left as it is. Markup stays whole: a **bold** or *italic* run wholly inside a match
    goes with it; a marker whose partner lies outside the match is kept around the
    replacement (an opening one before it, a closing one after it)."""
    by_field: dict[str, list[TextMatch]] = {}
    for match in matches:
        if match.figure is None:
            by_field.setdefault(match.field, []).append(match)
    texts = {}
    for field_name, found in by_field.items():
        text = found[0].text
        pairs = markup_pairs(text)
        for match in sorted(found, key=lambda m: m.start, reverse=True):
            cut = [(o, c) for o, c in pairs if _within(o, match) != _within(c, match)]
            before = "".join(text[slice(*o)] for o, c in cut if _within(o, match))
            after = "".join(text[slice(*c)] for o, c in cut if _within(c, match))
            text = text[:match.start] + before + replacement + after + text[match.end:]
        texts[field_name] = text
    return texts


def _within(span: tuple[int, int], match: TextMatch) -> bool:
    return match.start <= span[0] and span[1] <= match.end
