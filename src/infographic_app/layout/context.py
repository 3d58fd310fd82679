"""What every block layout needs: the document, theme, fonts and figure values."""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from fractions import Fraction

from infographic_app.layout.fonts import FontSet
from infographic_app.layout.scene import Overflow, Primitive
from infographic_app.layout.text import SetText, TextSetter, note_marks
from infographic_app.model.alt_text import published_share
from infographic_app.model.document import Document
from infographic_app.model.figures import FigureValues, FormulaError
from infographic_app.model.notes import FigureNotes
from infographic_app.model.theme import TextStyle, Theme

# The few words the layout writes itself (chart legends), per document locale.
VOCABULARY = {
    "nl-NL": {"icon_unit": "elk figuurtje staat voor 1%"},
    "en-GB": {"icon_unit": "each figure stands for 1%"},
}
# A big figure too wide for its box ('circa 1.300', 'minder dan 10') is set smaller to stay on
# one line, down to this share of its style's size; a line more of a 34 pt figure would take
# more height than copy-fitting wins on a whole page.
FIGURE_LEAST_SCALE = 0.7


@dataclass
class Context:
    """What the layout of one page needs: the document and its computed values, the
    theme, fonts, text setter, and the items and overflows placed so far."""
    document: Document
    theme: Theme
    fonts: FontSet
    setter: TextSetter
    values: FigureValues
    items: list[Primitive] = field(default_factory=list)
    overflows: list[Overflow] = field(default_factory=list)
    # What layouts of one document keep for the next: drawings by element id, (arguments,
    # primitives) each, one entry per drawing however large it is (charts.py: icon arrays);
    # and each page's copy-fitting level by ("fit", page index) (engine.py).
    kept: dict = field(default_factory=dict)
    # Where the page composer is (points from the top): the foot of the page's content area,
    # the bottom of what is placed so far, and of the part laid out last.
    bottom: float = 0.0
    placed_bottom: float = 0.0
    last_bottom: float = 0.0
    room: float = 0.0  # left below what was placed, before room to spare is handed out
    # The numbered notes of the figures and where their footnote marks go (model/notes.py);
    # `marked`: whether the theme prints the marks.
    notes: FigureNotes = field(default_factory=FigureNotes)
    marked: bool = True

    def value(self, figure_id: str) -> float:
        """The figure's value for drawing; NaN when it cannot be computed, and for a
        suppressed figure (printed as 'minder dan 10': a bar or slice of its size would
        give it away; checks/disclosure.py refuses such a chart)."""
        if self.document.figures[figure_id].suppressed:
            return math.nan
        try:
            return self.values[figure_id]
        except FormulaError:
            return math.nan

    def share(self, part: str, whole: str) -> Fraction | None:
        """`part` as an exact percentage of `whole`; None when it cannot be computed or
        either is suppressed (see published_share)."""
        return published_share(self.document, self.values, part, whole)

    def figure_text(self, figure_id: str, with_unit: bool = True, big: bool = False) -> str:
        """The figure as it is printed everywhere (see Document.show); `big`: as a figure
        on its own in big type ('< 10' for a suppressed count; model/blocks.py
        FieldSpec.big)."""
        return self.document.show(figure_id, self.values, with_unit, big=big)

    def big_figure(self, figure_id: str, text: str, style: TextStyle, x: float, top: float,
                   width: float) -> SetText:
        """Set `text`, the figure `figure_id` in its big form (figure_text with `big`), in
        `style` at x, top, `width` wide (points) and add it to the page; where the big form
        is not what running text prints ('< 10' for 'minder dan 10'), its runs are read out
        as running text prints it (TextRun.spoken)."""
        placed = self.text(text, style, x, top, width, f"figures.{figure_id}", resolve=False)
        said = self.figure_text(figure_id)
        if said != text and placed.runs:
            spoken = [replace(placed.runs[0], spoken=said),
                      *(replace(run, spoken=" ") for run in placed.runs[1:])]
            self.items[len(self.items) - len(placed.runs):] = spoken
            placed = replace(placed, runs=tuple(spoken))
        return placed

    def figure_style(self, texts: Iterable[str], width: float,
                     name: str = "tile_figure") -> TextStyle:
        """The theme's figure style `name`, smaller (size and leading alike) when the widest
        of `texts` is wider than `width` (points), so that each stays on one line; never
        below FIGURE_LEAST_SCALE of its size (a text wider than that breaks as any text)."""
        style = self.theme.style(name)
        widest = max((self.setter.measure(text, style) for text in texts), default=0.0)
        if widest <= width:
            return style
        scale = max(width / widest * 0.999, FIGURE_LEAST_SCALE)  # kept clear of rounding
        return replace(style, size=style.size * scale, leading=style.leading * scale)

    def word(self, key: str) -> str:
        return VOCABULARY[self.document.locale][key]

    def text(self, text: str, style: str | TextStyle, x: float, top: float, width: float,
             element_id: str, max_height: float | None = None, resolve: bool = True,
             **kw) -> SetText:
        """Set (resolved) text in `style` (a theme style's name, or a style) and add its runs
        and any overflow to the page being built."""
        if resolve:
            text = self.resolve(text, element_id)
        if isinstance(style, str):
            style = self.theme.style(style)
        placed = self.setter.set(text, style, x, top, width, element_id, max_height, **kw)
        self.items.extend(placed.runs)
        if placed.overflow:
            self.overflows.append(placed.overflow)
        return placed

    def resolve(self, text: str, element_id: str) -> str:
        """The text field `element_id` holding `text` as printed: its references resolved,
        with the footnote marks of the figures whose first use it is (unless the theme
        turns marks off), which the text setter prints as runs that name their notes."""
        marks = tuple((place, note_marks(numbers))
                      for place, numbers in self.notes.numbers_in(element_id, text)) \
            if self.marked else ()
        return self.document.resolve(text, self.values, marks)

    def add(self, *items: Primitive) -> None:
        self.items.extend(items)
