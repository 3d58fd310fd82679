"""Which colour of the theme's chart colours each figure of a multi-colour chart gets.

A figure may keep its place in the chart colours (`colour: 3` in the file: the third chart
colour of the theme), written when it is added to a donut and when another share is removed
or moved, so a category keeps its colour from one edition to the next."""

from __future__ import annotations

from collections.abc import Sequence

from infographic_app.model.figures import Figure


def colour_slots(figures: Sequence[Figure], places: int | None = None) -> dict[str, int]:
    """The place (0-based) in the theme's chart colours of each figure of a chart, by id.

    A figure's kept colour (Figure.colour, 1-based) is its place unless an earlier figure
    of the chart has it already, or it lies past the theme's `places` colours (None: no
    limit); every other figure takes the lowest free place, in chart order. With more
    figures than places, places run past them: the checks refuse such a chart."""
    taken: dict[str, int] = {}
    for figure in figures:
        if figure.colour is not None and figure.colour - 1 not in taken.values() \
                and (places is None or figure.colour <= places):
            taken[figure.id] = figure.colour - 1
    free = (slot for slot in range(len(figures) + len(taken) + 1)
            if slot not in taken.values())
    return {figure.id: taken[figure.id] if figure.id in taken else next(free)
            for figure in figures}


def kept_colours(figures: Sequence[Figure]) -> dict[str, int]:
    """The colour (1-based place, as the file writes it) to keep with each figure of the
    chart that has none kept yet, or whose kept one another figure had first: what a
    structural edit of the chart writes, so the others keep the colours they show."""
    slots = colour_slots(figures)
    return {figure.id: slots[figure.id] + 1 for figure in figures
            if figure.colour != slots[figure.id] + 1}
