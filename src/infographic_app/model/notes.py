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

The notes are worked out in two parts: a walk over every use of a figure on the pages
(note_uses: which figures are printed where, in reading order), and from it the notes
themselves, which depend on the figures' sources, notes and values (figure_notes). An editor
keeps the walk while only figures are typed into (changes_uses) and the notes while no
source, note, value or use changes (changes_notes).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from infographic_app.model.blocks import BLOCK_KINDS, FOOT, Block
from infographic_app.model.estimates import is_estimate, note_words
from infographic_app.model.figures import value_key
from infographic_app.model.references import (
    IN_TEXT,
    FigureUse,
    block_figure_uses,
    figures_computed_from,
    references_in,
    rich_texts,
)
from infographic_app.model.rounding import (
    PartsOfWhole,
    off_by_rounding,
    parts_of_wholes,
    rounding_note,
)

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


@dataclass(frozen=True)
class NoteUses:
    """Which figures the pages print where, in reading order: what the numbered notes are
    worked out from besides the figures' own fields (source, note, value). It depends on
    the blocks' fields and on which figure ids exist, never on a figure's fields, so an
    editor keeps it while figures are typed into (see changes_uses).

    `uses`: every use of a figure of the document in a block's field, in reading order,
    but not in a notes block (references there get no marks); `first`: each figure's first
    use (an index into `uses`); `charts`: each chart's list of figures ('….visual.figures')
    with the index of its first use and its figures; `filled`: the rich text fields that
    hold more than white space (a mark after a text needs one); `parts`: each set of parts
    of a whole (model/rounding.py parts_of_wholes; rules, charts and figure types change by
    structural operations only) with the figures its values are computed from.

    `off_by_rounding` remembers, per set, whether it was off by rounding and the values of
    the figures that answer was worked out from (figures.py value_key), so a keystroke in
    one figure works out only the sets it may change."""
    uses: tuple[FigureUse, ...]
    first: dict[str, int]
    charts: dict[str, tuple[int, frozenset[str]]]
    filled: frozenset[str]
    parts: tuple[tuple[PartsOfWhole, tuple[str, ...]], ...]
    off_by_rounding: dict[int, tuple[tuple, bool]] = field(default_factory=dict, compare=False)


def note_uses(document: Document) -> NoteUses:
    """The walk over every figure use of `document` that figure_notes needs (NoteUses)."""
    kinds = {block.id: block.kind for block in document.blocks()}
    uses = tuple(use for use in block_figure_uses(document)
                 if use.figure_id in document.figures
                 and BLOCK_KINDS[kinds[use.field.split(".")[1]]].placement != FOOT)
    first: dict[str, int] = {}
    charts: dict[str, tuple[int, set[str]]] = {}
    for order, use in enumerate(uses):
        first.setdefault(use.figure_id, order)
        if use.how != IN_TEXT and use.field.endswith(".visual.figures"):
            charts.setdefault(use.field, (order, set()))[1].add(use.figure_id)
    filled = frozenset(field_id for field_id, _, text in rich_texts(document) if text.strip())
    parts = tuple((found, tuple(sorted(figures_computed_from(
        document, [*found.figures, *([found.whole] if found.whole else [])]))))
        for found in parts_of_wholes(document))
    return NoteUses(uses, first,
                    {field_id: (order, frozenset(members))
                     for field_id, (order, members) in charts.items()}, filled, parts)


def figure_notes(document: Document, uses: NoteUses | None = None) -> FigureNotes:
    """The numbered notes of every printed figure with a source or note, and of parts that
    do not add up as printed (the rounding note), and where each mark goes (see the module's
    description). `uses`: note_uses(document), when the caller kept it from before and no
    use of a figure changed since; else the figures' uses are walked here."""
    uses = uses or note_uses(document)
    # (reading order, note text, figures, place of the mark, element a click selects)
    found: list[tuple[int, str, tuple[str, ...], tuple[str, str] | None, str]] = []
    for figure_id, order in uses.first.items():
        text = note_text(document, figure_id)
        if text:
            found.append((order, text, (figure_id,), _mark_place(uses, order), ""))
    found += _rounding_notes(document, uses)
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


def _rounding_notes(document: Document, uses: NoteUses):
    """The rounding note of each set of parts that does not add up as printed, as
    figure_notes collects notes; a set printed nowhere gets none."""
    found = []
    for parts in _off_by_rounding_sets(document, uses):
        members = set(parts.figures)
        chart = min((order for order, figures in uses.charts.values() if members <= figures),
                    default=None)
        if chart is not None:
            order = chart
        else:
            firsts = [uses.first.get(f) for f in parts.figures]
            if None in firsts:
                continue
            order = max(firsts)
        found.append((order, rounding_note(document.locale, parts.adds_up_to), parts.figures,
                      _mark_place(uses, order), f"{parts.field}.rounding"))
    return found


def _off_by_rounding_sets(document: Document, uses: NoteUses) -> list[PartsOfWhole]:
    """The sets of parts that are off by rounding (rounding.py off_by_rounding), in the order
    of `uses.parts`; a set is worked out again only when a figure its values are computed
    from changed since `uses` last answered for it."""
    values = None
    found = []
    for index, (parts, inputs) in enumerate(uses.parts):
        key = tuple(value_key(document.figures[f]) if f in document.figures else None
                    for f in inputs)
        remembered = uses.off_by_rounding.get(index)
        if remembered is None or remembered[0] != key:
            values = values or document.values()
            remembered = uses.off_by_rounding[index] = \
                (key, off_by_rounding(document, values, parts))
        if remembered[1]:
            found.append(parts)
    return found


def _mark_place(uses: NoteUses, order: int) -> tuple[str, str] | None:
    """(text field, the reference the mark follows; '' after the text) for the mark of a
    figure first used by use number `order`."""
    use = uses.uses[order]
    if use.how == IN_TEXT:
        return use.field, use.written
    entry = use.field.rsplit(".", 1)[0]  # '….tiles.visitors' or '….visual'
    if entry.endswith(".visual"):
        holder = entry.removesuffix(".visual")
        candidates = (f"{entry}.caption", f"{holder}.text")
    else:
        candidates = (f"{entry}.text",)
    found = next((c for c in candidates if c in uses.filled), None)
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


def changes_uses(field_id: str, before: Any, after: Any) -> bool:
    """Whether changing the field `field_id` from `before` to `after` may change which
    figures the pages print where (note_uses): only a block's field can, as changes_notes
    answers it for one. A figure's own fields change its note or value, not its uses (its
    id changes by a structural operation, not as a field); the rest is not on the pages."""
    return field_id.split(".")[0] == "blocks" and changes_notes(field_id, before, after)


def notes_blocks(document: Document, notes: FigureNotes | None = None) -> list[Block]:
    """The blocks printed at the foot of the last page: the document's notes blocks, and
    when it has none but figures have notes (`notes`: figure_notes(document), worked out
    already), one added for them, without a text of its own: the numbered notes are its
    text."""
    foot = [b for b in document.blocks() if BLOCK_KINDS[b.kind].placement == FOOT]
    if foot or not (notes or figure_notes(document)).notes:
        return foot
    return [Block(GENERATED_NOTES, "notes", {"text": ""})]


