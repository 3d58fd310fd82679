"""The visuals a block can show: icon array, percentage bars, donut, big numbers, trend.

Each draws into a box (x, top, width, height) and returns the height it used.
"""

from __future__ import annotations

import math
from fractions import Fraction

from infographic_app.layout.context import FIGURE_LEAST_SCALE, Context
from infographic_app.layout.scene import Rect, Shape
from infographic_app.layout.shapes import person, ring_segment
from infographic_app.model.alt_text import drawn_share
from infographic_app.model.blocks import prints_big
from infographic_app.model.chart_colours import colour_slots
from infographic_app.model.editions import trend_points
from infographic_app.model.numbers import round_value

DONUT_GAP = 0.024  # radians of white between two slices
DONUT_MIN_ARC = 0.035  # radians: the least drawn arc of a share above 0 (about 2 degrees)
LABEL_LINES = 3  # the most lines a big number's label may take
GRIDS_KEPT = 4  # icon array grids kept per icon array, by place


def draw_visual(ctx: Context, visual: dict, x: float, top: float, width: float, height: float,
                element_id: str) -> float:
    """Draw `visual` (a donut, percentage bars, big numbers or icon array) in the box
    x, top, width, height (points); returns the height it used."""
    return VISUALS[visual["kind"]](ctx, visual, x, top, width, height, element_id)


def icon_array(ctx: Context, visual: dict, x: float, top: float, width: float, height: float,
               element_id: str) -> float:
    """100 figures, one per percent of the whole; those of the part in the brand colour, the
    others in the theme's 'unlit' colour (3:1 against the panel, as graphics need); as many
    as the printed headline says (see drawn_share)."""
    start = top
    lit = lit_figures(drawn_share(ctx.document, ctx.values, visual))
    if visual.get("headline"):
        figure_id = visual["headline"]
        text = ctx.figure_text(figure_id, big=prints_big("icon_array", "headline"))
        number = ctx.big_figure(figure_id, text, ctx.figure_style([text], width), x, top, width)
        label = ctx.text(ctx.document.figures[figure_id].label, "caption", x,
                         top + number.height + 3, width, f"figures.{figure_id}.label",
                         resolve=False)
        used = number.height + 3 + label.height + 10
        top, height = top + used, height - used
    # Ten rows of ten when there is room, else fewer, longer rows.
    columns = 10 if width + 40 <= height else 20
    ctx.add(*_icon_grid(ctx, x, top, width / columns, columns, lit, element_id))
    y = top + (100 // columns) * width / columns + 8
    if visual.get("caption"):
        y += ctx.text(visual["caption"], "caption", x, y, width,
                      f"{element_id}.caption").height + 3
    y += ctx.text(ctx.word("icon_unit"), "chart_label", x, y, width, element_id,
                  resolve=False, colour="muted").height
    return y - start


def lit_figures(share: Fraction | None) -> int:
    """How many of an icon array's 100 figures stand for `share` (a percentage; None when it
    cannot be computed: none): the nearest whole percent, but all 100 only at 100% or more
    (more is an error of the checks) and none only at exactly 0%, so 99,9% lights 99 and
    0,04% lights 1."""
    if share is None or share <= 0:
        return 0
    if share >= 100:
        return 100
    return min(99, max(1, int(round_value(share, 0))))


def _icon_grid(ctx: Context, x: float, top: float, cell: float, columns: int, lit: int,
               element_id: str) -> tuple[Shape, ...]:
    """The figures of an icon array; kept in `ctx.kept` by element id (the latest grids of
    each icon array, at most GRIDS_KEPT places each: a page tried at several copy-fitting
    levels puts it at several heights), as they rarely change while someone types."""
    key = ("icon_grid", x, top, cell, columns, lit)
    kept = ctx.kept.setdefault(element_id, {})
    grid = kept.pop(key, None)
    if grid is None:
        icon = cell * 0.86
        grid = tuple(
            Shape(person(x + col * cell + (cell - icon) / 2, top + row * cell, icon),
                 "primary" if index < lit else "unlit", element_id)
            for index in range(100) for row, col in [divmod(index, columns)])
        if len(kept) >= GRIDS_KEPT:
            del kept[next(iter(kept))]  # the least recently used
    kept[key] = grid
    return grid


def percentage_bars(ctx: Context, visual: dict, x: float, top: float, width: float,
                    height: float, element_id: str) -> float:
    """A bar per figure, its value left of it and its label under it, in the box
    (points); returns the height used."""
    figure_style = ctx.theme.style("chart_figure")
    value_width = ctx.setter.measure("100,0%", figure_style) + 6
    bar_x, bar_width = x + value_width, width - value_width
    y = top
    for figure_id in visual["figures"]:
        figure_element = f"figures.{figure_id}"
        label = ctx.document.figures[figure_id].label
        value = ctx.value(figure_id)
        ctx.text(ctx.figure_text(figure_id), "chart_figure", x, y, value_width - 6,
                 figure_element, resolve=False)
        ctx.add(Rect(bar_x, y + 3, bar_width, 7, "tint", figure_element))
        fraction = min(max(value / 100, 0.0), 1.0) if math.isfinite(value) else 0.0
        ctx.add(Rect(bar_x, y + 3, bar_width * fraction, 7, "primary", figure_element))
        placed = ctx.text(label, "chart_label", bar_x, y + 13, bar_width,
                          f"{figure_element}.label", max_height=figure_style.leading,
                          resolve=False)
        y += max(figure_style.leading, 13 + placed.height) + 9  # a label may take two lines
    return y - top


def donut(ctx: Context, visual: dict, x: float, top: float, width: float, height: float,
          element_id: str) -> float:
    """A donut of the figures' shares with a legend (value and label) beside it, in the
    box (points); returns the height used."""
    diameter = min(height, width * 0.42)
    radius = diameter / 2
    cx, cy = x + radius, top + radius
    figures = visual["figures"]
    values = [max(ctx.value(f), 0.0) if math.isfinite(ctx.value(f)) else 0.0 for f in figures]
    colours = donut_colours(ctx, figures)
    angle = 0.0
    for figure_id, sweep in zip(figures, donut_arcs(values), strict=True):
        if sweep > 0:
            ctx.add(Shape(ring_segment(cx, cy, radius, radius * 0.58, angle, angle + sweep),
                          colours[figure_id], f"figures.{figure_id}"))
            angle += sweep + DONUT_GAP
    legend_x = x + diameter + 12
    legend_width = x + width - legend_x
    y = top
    if visual.get("caption"):
        y += ctx.text(visual["caption"], "list_label", legend_x, y, legend_width,
                      f"{element_id}.caption").height + 5
    label_style = ctx.theme.style("chart_label")
    for figure_id in figures:
        ctx.add(Rect(legend_x, y + 1.5, 7, 7, colours[figure_id], f"figures.{figure_id}"))
        placed = ctx.text(
            f"**{ctx.figure_text(figure_id)}** {ctx.document.figures[figure_id].label}",
            "chart_label", legend_x + 11, y, legend_width - 11, f"figures.{figure_id}",
            max_height=label_style.leading * 2, resolve=False)
        y += max(label_style.leading, placed.height) + 4
    return max(diameter, y - top)


def donut_arcs(values: list[float]) -> list[float]:
    """The drawn arc (radians) of each share of a donut, in order; 0 for a share of 0.

    The ring stands for 100 (or for the total, when the shares make more): the white gaps
    between slices are taken from the ring, not from the slices, so each arc is in proportion
    to its value; a share too small to see gets DONUT_MIN_ARC, taken from the largest arcs."""
    total = sum(values)
    shown = [v for v in values if v > 0]
    if not shown:
        return [0.0 for _ in values]
    gaps = DONUT_GAP * len(shown) if len(shown) > 1 else 0.0
    ring = 2 * math.pi * total / max(total, 100.0) - gaps
    arcs = [ring * v / total for v in values]
    small = [i for i, (arc, v) in enumerate(zip(arcs, values, strict=True))
             if v > 0 and arc < DONUT_MIN_ARC]
    missing = sum(DONUT_MIN_ARC - arcs[i] for i in small)
    for i in small:
        arcs[i] = DONUT_MIN_ARC
    # Take what the small ones got from the largest first, never below the least arc.
    for i in sorted(range(len(arcs)), key=lambda i: -arcs[i]):
        if missing <= 0:
            break
        taken = min(missing, arcs[i] - DONUT_MIN_ARC)
        if i in small or taken <= 0:
            continue
        arcs[i] -= taken
        missing -= taken
    return arcs


def donut_colours(ctx: Context, figures: list[str]) -> dict[str, str]:
    """The theme colour (a name in Theme.colours) of each figure of a multi-colour chart:
    its place in the theme's chart colours, kept with the figure (see colour_slots), so a
    category keeps its colour when others are added or removed."""
    palette = ctx.theme.chart_colours
    slots = colour_slots([ctx.document.figures[f] for f in figures], len(palette))
    return {figure_id: palette[slot % len(palette)] for figure_id, slot in slots.items()}


def big_numbers(ctx: Context, visual: dict, x: float, top: float, width: float, height: float,
                element_id: str) -> float:
    """The figures as big numbers side by side, each with its label under it, in the
    box (points), as many in a row as fit whole (more go on rows below), all at one size:
    the figure style's, or smaller to keep a row side by side (Context.figure_style);
    returns the height used."""
    figures = visual["figures"]
    gap = 10
    texts = [ctx.figure_text(f, big=prints_big("big_numbers", "figures")) for f in figures]
    least = FIGURE_LEAST_SCALE * max((ctx.setter.measure(text, ctx.theme.style("tile_figure"))
                                      for text in texts), default=0.0)
    per_row = max(1, min(len(figures), int((width + gap) // (least + gap))))
    per_row = -(-len(figures) // -(-len(figures) // per_row))  # rows as even as may be
    cell = (width - gap * (per_row - 1)) / per_row
    figure_style = ctx.figure_style(texts, cell)
    row_top, used = top, 0.0
    for index, figure_id in enumerate(figures):
        row, col = divmod(index, per_row)
        if col == 0 and row:
            row_top = top + used + gap
        cx = x + col * (cell + gap)
        number = ctx.big_figure(figure_id, texts[index], figure_style, cx, row_top, cell)
        label_top = row_top + number.height + 3
        label = ctx.text(ctx.document.figures[figure_id].label, "chart_label", cx, label_top,
                         cell, f"figures.{figure_id}.label", resolve=False,
                         max_height=ctx.theme.style("chart_label").leading * LABEL_LINES)
        used = max(used, label_top + label.height - top, row_top - top + figure_style.leading)
    return used


TREND_HEIGHT = 70.0  # points: the tallest column of a trend
TREND_MAX_COLUMN = 28.0  # points: a column is no wider than this


def trend(ctx: Context, visual: dict, x: float, top: float, width: float, height: float,
          element_id: str) -> float:
    """A figure's values over the editions as columns, oldest left: each edition's value as
    it was published above its column and its year under it, this edition's column in the
    brand colour and its value bold, earlier ones in the theme's 'unlit' colour; the
    figure's label (and caption) above; in the box (points); returns the height used.
    A hidden value (a suppressed count, printed 'minder dan 10') is drawn as the band it
    lies in: a column up to the policy's `min_count` in the light 'tint' colour, the same
    whatever the value."""
    figure_id = visual["figure"]
    points = trend_points(ctx.document, figure_id)
    label_style = ctx.theme.style("chart_label")
    y = top
    if visual.get("caption"):
        y += ctx.text(visual["caption"], "list_label", x, y, width,
                      f"{element_id}.caption").height + 3
    y += ctx.text(ctx.document.figures[figure_id].label, "chart_label", x, y, width,
                  f"figures.{figure_id}.label", resolve=False).height + 4
    limit = float(ctx.document.disclosure.min_count)
    largest = max((limit if p.hidden else float(p.value) for p in points
                   if p.hidden or p.value is not None), default=0.0)
    slot = width / max(len(points), 1)
    column = min(slot * 0.6, TREND_MAX_COLUMN)
    base = y + label_style.leading + TREND_HEIGHT
    for index, point in enumerate(points):
        left = x + index * slot
        drawn = limit if point.hidden else point.value
        share = float(drawn) / largest if drawn is not None and largest > 0 else 0.0
        tall = TREND_HEIGHT * min(max(share, 0.0), 1.0)
        colour = "tint" if point.hidden else "primary" if point.current else "unlit"
        ctx.add(Rect(left + (slot - column) / 2, base - tall, column, tall, colour,
                     f"figures.{figure_id}"))
        shown = f"**{point.printed}**" if point.current else point.printed
        ctx.text(shown, "chart_label", left, base - tall - label_style.leading - 1, slot,
                 f"figures.{figure_id}", resolve=False, align="center")
        ctx.text(point.edition, "chart_label", left, base + 3, slot, element_id,
                 resolve=False, align="center", colour=None if point.current else "muted")
    return base + 3 + label_style.leading - top


VISUALS = {
    "icon_array": icon_array,
    "percentage_bars": percentage_bars,
    "donut": donut,
    "big_numbers": big_numbers,
    "trend": trend,
}
