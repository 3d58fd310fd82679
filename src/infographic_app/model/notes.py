"""Numbered notes from the figures' sources and notes: which figure gets which number, where
its footnote mark goes, and the notes block's text.

A figure printed on the page with a `source` or a `note` gets a number; figures with the same
source (and note) share one. Numbers follow the reading order of the figures' first use.
The mark goes right after the figure's first use in a text ('29¹'); a figure first printed
in a tile or a chart gets it at the end of the text that goes with it (the tile's text, the
chart's caption, or else the text of its theme or block).

Parts of a whole that do not add up as printed (model/rounding.py) get the rounding note
('Door afronding tellen de delen niet op tot 100%.'), numbered with the others in reading
order; its mark goes where a chart's mark would (a chart of the parts), else where the
mark of the last of the parts to be printed would go (right after its first use in a text,
or at the end of its tile's text). Marks at one place are printed together,
'¹,²'.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from infographic_app.model.blocks import BLOCK_KINDS, FOOT, Block
from infographic_app.model.estimates import is_estimate, note_words
from infographic_app.model.references import (
    IN_TEXT,
    FigureUse,
    figure_uses,
    references_in,
    rich_texts,
)
from infographic_app.model.rounding import off_by_rounding_sets, rounding_note

if TYPE_CHECKING:
    from infographic_app.model.document import Document

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
AT_END = -1  # a mark's place in a text: after its last character
# The id of the notes block added to a document without one; no id typed in a file starts
# with "_", so it names no block of the file.
GENERATED_NOTES = "_notes"
# The words before a source in a note, by document locale.
SOURCE_WORD = {"nl-NL": "Bron", "en-GB": "Source"}
# What a footnote mark is read out as, by document locale: 'noot 1'.
MARK_WORD = {"nl-NL": "noot", "en-GB": "note"}


@dataclass(frozen=True)
class Note:
    """One numbered note: its number (1-based), its text ('Bron: CBS, 2019.') and the
    figures it belongs to, in reading order; `element_id` what a click on it selects (''
    for a figure's source: its first figure's)."""
    number: int
    text: str
    figure_ids: tuple[str, ...]
    element_id: str = ""

    @property
    def target(self) -> str:
        """The element a click on the note selects: its first figure's source, or for the
        rounding note its rule's rounding ('rules.<id>.rounding') or its chart
        ('<chart>.rounding', which selects the chart)."""
        return self.element_id or f"figures.{self.figure_ids[0]}.source"


@dataclass(frozen=True)
class FigureNotes:
    """The numbered notes of a document and where their marks go: `marks` maps a text field
    ('blocks.intro.text') to (reference, number) pairs, the mark going right after the first
    place the reference is written in the text ('{minors_seen}'), or after the text for ''.
    Marks name the reference, not its place, so the notes hold as long as the figures' uses
    do, whatever is typed around them (see changes_notes)."""
    notes: tuple[Note, ...] = ()
    marks: dict[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)

    def number_of(self, figure_id: str) -> int | None:
        """The note number of `figure_id`; None when it has none (no source or note, or it
        is not printed)."""
        return next((note.number for note in self.notes if figure_id in note.figure_ids), None)

    def numbers_in(self, field_id: str, text: str) -> tuple[tuple[int, tuple[int, ...]], ...]:
        """The marks of the text field `field_id`, holding `text`: (place, note numbers)
        pairs, the place where the reference starts in `text` (AT_END: after the text), the
        notes marked at one place together, in number order."""
        by_place: dict[int, set[int]] = {}
        for written, number in self.marks.get(field_id, ()):
            place = text.find(written) if written else AT_END
            by_place.setdefault(place, set()).add(number)
        return tuple((place, tuple(sorted(numbers))) for place, numbers in by_place.items())

    def text(self) -> str:
        """The notes as the notes block prints them: '1. Bron: …', one a line."""
        return "\n".join(f"{note.number}. {note.text}" for note in self.notes)


def mark(number: int) -> str:
    """The footnote mark of note `number` as printed: '¹', '¹²'."""
    return str(number).translate(SUPERSCRIPT)


def mark_name(number: int, locale: str) -> str:
    """What the footnote mark of note `number` says to someone who hears the text read out
    (a screen reader, in the document's locale): 'noot 1' for '¹'."""
    return f"{MARK_WORD.get(locale, MARK_WORD['en-GB'])} {number}"


def note_text(document: Document, figure_id: str) -> str:
    """What the note of a figure says: 'Bron: <source>.' and its note, then for an estimate
    that it is one ('Schatting: 1.200–1.400.', 'Berekend uit een schatting.'); '' for a
    figure with neither source nor note (its number says 'circa' on the page already)."""
    figure = document.figures[figure_id]
    parts = []
    source = figure.printed_source
    if source:
        word = SOURCE_WORD.get(document.locale, SOURCE_WORD["en-GB"])
        parts.append(f"{word}: {_sentence(source)}")
    if figure.note.strip():
        parts.append(_sentence(figure.note))
    if parts and is_estimate(document.figures, figure_id):
        parts.append(note_words(figure, document.locale))
    return " ".join(parts)


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text[-1] in ".!?\"'”)" else text + "."


def figure_notes(document: Document) -> FigureNotes:
    """The numbered notes of every printed figure with a source or note, and of parts that
    do not add up as printed (the rounding note), and where each mark goes (see the module's
    description)."""
    texts = {field_id: text for field_id, _, text in rich_texts(document)}
    uses = [use for use in figure_uses(document)
            if use.field.startswith("blocks.") and use.figure_id in document.figures
            and BLOCK_KINDS[_block_kind(document, use.field)].placement != FOOT]  # no marks
    #                                                       for references in the notes block
    # (reading order, note text, figures, place of the mark, element a click selects)
    found: list[tuple[int, str, tuple[str, ...], tuple[str, str] | None, str]] = []
    seen: set[str] = set()
    for order, use in enumerate(uses):
        if use.figure_id in seen:
            continue
        seen.add(use.figure_id)
        text = note_text(document, use.figure_id)
        if text:
            found.append((order, text, (use.figure_id,), _mark_place(use, texts), ""))
    found += _rounding_notes(document, uses, texts)
    numbers: dict[str, int] = {}  # note text -> number
    members: dict[str, list[str]] = {}
    targets: dict[str, str] = {}
    marks: dict[str, list[tuple[str, int]]] = {}
    for _, text, figure_ids, place, target in sorted(found, key=lambda item: item[0]):
        number = numbers.setdefault(text, len(numbers) + 1)
        members.setdefault(text, []).extend(f for f in figure_ids
                                            if f not in members.get(text, []))
        targets.setdefault(text, target)
        if place is not None:
            marks.setdefault(place[0], []).append((place[1], number))
    notes = tuple(Note(number, text, tuple(members[text]), targets[text])
                  for text, number in numbers.items())
    return FigureNotes(notes, {key: tuple(value) for key, value in marks.items()})


def _rounding_notes(document: Document, uses: list[FigureUse], texts: dict[str, str]):
    """The rounding note of each set of parts that does not add up as printed, as
    figure_notes collects notes; a set printed nowhere gets none."""
    found = []
    for parts in off_by_rounding_sets(document):
        members = set(parts.figures)
        chart = next((order for order, use in enumerate(uses) if use.how != IN_TEXT
                      and use.field.endswith(".visual.figures")
                      and members <= _chart_members(uses, use.field)), None)
        if chart is not None:
            order = chart
        else:
            firsts = [next((o for o, u in enumerate(uses) if u.figure_id == f), None)
                      for f in parts.figures]
            if None in firsts:
                continue
            order = max(firsts)
        found.append((order, rounding_note(document.locale, parts.adds_up_to), parts.figures,
                      _mark_place(uses[order], texts), f"{parts.field}.rounding"))
    return found


def _chart_members(uses: list[FigureUse], field_id: str) -> set[str]:
    return {use.figure_id for use in uses if use.field == field_id}


def _block_kind(document: Document, field_id: str) -> str:
    block_id = field_id.split(".")[1]
    return next(block.kind for block in document.blocks() if block.id == block_id)


def _mark_place(use, texts: dict[str, str]) -> tuple[str, str] | None:
    """(text field, the reference the mark follows; '' after the text) for the mark of a
    figure first used by `use`."""
    if use.how == IN_TEXT:
        return use.field, use.written
    entry = use.field.rsplit(".", 1)[0]  # '….tiles.visitors' or '….visual'
    if entry.endswith(".visual"):
        holder = entry.removesuffix(".visual")
        candidates = (f"{entry}.caption", f"{holder}.text")
    else:
        candidates = (f"{entry}.text",)
    found = next((c for c in candidates if texts.get(c, "").strip()), None)
    return (found, "") if found else None


def changes_notes(field_id: str, before: Any, after: Any) -> bool:
    """Whether changing the field `field_id` ('blocks.intro.text', 'figures.x.source') from
    `before` to `after` may change the numbered notes (figure_notes): a figure's source,
    note, value (parts may stop adding up as printed: the rounding note) or anything else of
    it; a text whose figure references are no longer
    the same ones in the same order; any other field of a block that changed (a tile's or
    chart's figures); and what is neither a block's nor a figure's field, but the metadata.
    Typing text around the references changes no note; emptying a text does (a mark after
    it goes elsewhere)."""
    parts = field_id.split(".")
    if parts[0] == "figures":
        return True
    if parts[0] == "blocks":
        if isinstance(before, str) and isinstance(after, str):
            return bool(before.strip()) != bool(after.strip()) or \
                [r.written for r in references_in(before)] != \
                [r.written for r in references_in(after)]
        return before != after
    return parts[0] != "metadata"


def notes_blocks(document: Document, notes: FigureNotes | None = None) -> list[Block]:
    """The blocks printed at the foot of the last page: the document's notes blocks, and
    when it has none but figures have notes (`notes`: figure_notes(document), worked out
    already), one added for them, without a text of its own: the numbered notes are its
    text."""
    foot = [b for b in document.blocks() if BLOCK_KINDS[b.kind].placement == FOOT]
    if foot or not (notes or figure_notes(document)).notes:
        return foot
    return [Block(GENERATED_NOTES, "notes", {"text": ""})]


