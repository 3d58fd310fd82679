"""The factsheet document in memory: its figures, rules and pages, and how its texts read.

Reading a file into it is model/reading.py; writing it back is model/writing.py.

How a text reads (references, words, editions, estimates) and where an element is
(addressing) are imported when first asked: an export of pages laid out before
(layout/remembered.py) only unpickles a document, and those modules are some 6 ms of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from infographic_app.model.blocks import Block, Page
from infographic_app.model.disclosure import DisclosurePolicy, fewer_than
from infographic_app.model.estimates import DEFAULT_STYLE, is_estimate, said_before, written
from infographic_app.model.figures import Figure, FigureValues, FormulaError, value_key
from infographic_app.model.storage import SourceMap

if TYPE_CHECKING:
    from infographic_app.model.references import Reference

SCHEMA_VERSION = 2  # model/migrations.py brings older files up to it
RULE_KINDS = {
    "sum": ("parts", "whole"),  # the parts add up to the whole
    "sum_to_100": ("parts",),  # percentages of a breakdown add up to 100
    "part_of_whole": ("part", "whole"),  # a part is never larger than its whole
}
# How a sum_to_100 rule may round its parts: together, so the printed shares make 100.
RULE_ROUNDING = ("largest_remainder",)
METADATA_FIELDS = ("title", "author", "subject")
ID_PATTERN = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


@dataclass
class Rule:
    """A consistency rule between figures, as the file's `rules` declare it: `kind` is one
    of RULE_KINDS; `parts` and `whole` are figure ids (a part_of_whole rule has one part).
    `tolerance` is how far the sum may miss, in the figures' own unit (percentage points for
    percentages); None: half a unit of the last shown decimal per part."""

    id: str
    kind: str
    parts: list[str]
    whole: str | None = None
    tolerance: float | None = None
    rounding: str | None = None  # one of RULE_ROUNDING; None: each part by itself
    key_order: tuple[str, ...] = field(default=(), compare=False, repr=False)


@dataclass
class Document:
    """A factsheet in memory, as model/reading.py reads it from a YAML file: its locale
    ('nl-NL'), PDF metadata, figures by id (in file order), consistency rules, and pages of
    blocks. `path` and `source` (line numbers, values as typed) are set for a document read
    from a file; model/addressing.py maps element ids to paths and lines through them.
    Changed in place by the editor (model/fields.py); written back by model/writing.py."""

    locale: str
    metadata: dict[str, str]
    figures: dict[str, Figure]
    rules: list[Rule]
    pages: list[Page]
    schema_version: int = SCHEMA_VERSION
    theme: str | None = None  # theme file, relative to the document; None: the bundled theme
    edition: str | None = None  # '2020' or a label ('2020-2021'); None: not given (version 1)
    # Text fields ('blocks.intro.text', 'metadata.title') that name the previous edition's
    # year on purpose: the checks do not warn about them.
    intended_year_mentions: list[str] = field(default_factory=list)
    disclosure: DisclosurePolicy = field(default_factory=DisclosurePolicy)
    # Words the spelling check accepts in this factsheet ("AVIM's", "helpwanted.nl").
    word_list: list[str] = field(default_factory=list)
    # How estimates print: 'circa', 'labelled' or 'range' (model/estimates.py).
    estimate_style: str = DEFAULT_STYLE
    path: Path | None = field(default=None, compare=False)
    source: SourceMap | None = field(default=None, compare=False, repr=False)
    key_order: tuple[str, ...] = field(default=(), compare=False, repr=False)
    # The schema version of the file as read, when it was older (saved as SCHEMA_VERSION).
    migrated_from: int | None = field(default=None, compare=False, repr=False)
    # The last values() with what they were computed from (see values()).
    _values: tuple[tuple, FigureValues] | None = field(default=None, init=False,
                                                        compare=False, repr=False)

    def values(self) -> FigureValues:
        """The figures' values; the parts of a rule with `rounding: largest_remainder` are
        rounded as one set.

        The same FigureValues, with the exact and rounded values it has worked out so far,
        for as long as everything they are computed from is the same: each figure's value,
        formula, type, decimals and rounding, and the sets. So the preview, the checks and
        the panels of an editor round a figure once per edit, not once each, and a figure
        changed in any way (however it was changed) is worked out anew."""
        sets = [tuple(rule.parts) for rule in self.rules if rule.rounding == "largest_remainder"]
        # The dict's id stays unique: the FigureValues kept holds on to it.
        inputs = (id(self.figures), tuple(sets), tuple([
            (figure_id, value_key(f)) for figure_id, f in self.figures.items()]))
        if self._values is None or self._values[0] != inputs:
            self._values = (inputs, FigureValues(self.figures, sets))
        return self._values[1]

    def show(self, figure_id: str, values: FigureValues | None = None,
             with_unit: bool = True, as_estimate: bool = True,
             for_alt_text: bool = False, big: bool = False) -> str:
        """The figure as it is printed everywhere (tile, chart, sentence, alt text): '1.300',
        '92,9%' ('92,9' without the unit); '?' when it cannot be computed; 'minder dan 10'
        for a suppressed figure, or '< 10' where it is `big`, a figure on its own in big
        type (model/blocks.py FieldSpec.big). An estimate (or a figure computed from one)
        prints as the document's `estimate_style` says ('circa 1.300'), unless not
        `as_estimate` (the text says so already); `for_alt_text`: '1.300 (geschat)', as
        read out."""
        figure = self.figures[figure_id]
        if figure.suppressed:
            return fewer_than(self.disclosure.min_count, self.locale, big)
        printed = (values or self.values()).printed(figure_id, self.locale, with_unit)
        if printed.startswith("?") or not (as_estimate or for_alt_text) \
                or not is_estimate(self.figures, figure_id):
            return printed
        return written(figure, printed, self.estimate_style, self.locale, with_unit,
                       for_alt_text)

    def in_words(self, figure_id: str, values: FigureValues | None = None) -> str:
        """What `{figure_id:words}` prints: the figure in words agreeing with its printed
        value ('ruim negen van de tien' for 92,9%, 'zeven' for 7; model/figure_words.py),
        or the figure as printed ('285', '5%', '?%') where there are no words for it;
        'minder dan 10' for a suppressed figure."""
        from infographic_app.model.figure_words import figure_words

        values = values or self.values()
        figure = self.figures[figure_id]
        if figure.suppressed:
            return self.show(figure_id, values)
        try:
            shown, exact = values.shown(figure_id), values.exact(figure_id)
        except FormulaError:
            shown = exact = None
        words = figure_words(figure.type, shown, figure.shown_decimals, self.locale, exact)
        return words if words is not None else self.show(figure_id, values)

    def resolve(self, text: str, values: FigureValues | None = None,
                marks: tuple[tuple[int, str], ...] = ()) -> str:
        """`text` with every {figure} reference replaced by the figure as readers see it;
        a figure in words starting a sentence starts with a capital ('Ruim negen van de tien').
        `marks`: (place, mark) pairs, a footnote mark ('¹') printed right after the
        reference starting at that place in `text`, or after the text for place -1
        (model/notes.py).

        A reference to no figure, or braces around something else ('{2019}'), stays as
        written: visibly broken on the page, and an error in the checks."""
        from infographic_app.model.references import REFERENCE, read_reference

        values = values or self.values()
        after = dict(marks)
        resolved = REFERENCE.sub(
            lambda match: self.printed(read_reference(match), text, match.start(), values)
            + after.get(match.start(), ""), text)
        return resolved + after.get(-1, "")

    def printed(self, reference: Reference, text: str, start: int,
                values: FigureValues | None = None) -> str:
        """What `reference`, found at `start` in `text`, prints there (as `resolve` prints
        it: words starting a sentence of `text` get a capital); a reference to no figure
        prints as written."""
        from infographic_app.model.editions import EDITION_FORMS, show_against_previous
        from infographic_app.model.figure_words import capitalised, starts_sentence
        from infographic_app.model.references import WORDS_FORM

        if reference.figure_id not in self.figures:
            return reference.written
        values = values or self.values()
        if reference.form in EDITION_FORMS:
            return show_against_previous(self, reference.figure_id, reference.form)
        if reference.form == WORDS_FORM:
            words = self.in_words(reference.figure_id, values)
            return capitalised(words) if starts_sentence(text, start) else words
        return self.show(reference.figure_id, values, with_unit=not reference.number_only,
                         as_estimate=not said_before(text, start))

    def blocks(self) -> list[Block]:
        """Every block of every page, in reading order."""
        return [block for page in self.pages for block in page.blocks]

    def block(self, block_id: str) -> Block:
        """The block with id `block_id`; StopIteration when there is none."""
        from infographic_app.model.addressing import block_position

        found = block_position(self, block_id)
        if found is None:
            raise StopIteration(block_id)
        return self.pages[found[0]].blocks[found[1]]

    def line_of(self, path: tuple) -> int | None:
        """The file line (1-based) of a document path like ('figures', 'x', 'value'), or of
        its nearest ancestor the file has; None for a document not read from a file."""
        return self.source.line(path) if self.source else None

    def locate(self, element_id: str) -> tuple[str, int | None]:
        """The field name and file line of a scene element id like 'blocks.intro.text'
        (model/addressing.py: line_of)."""
        from infographic_app.model.addressing import line_of

        return element_id, line_of(self, element_id)
