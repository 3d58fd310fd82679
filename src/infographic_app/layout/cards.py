"""Social cards: one figure, tile or theme of the factsheet on a square or wide image.

A card is laid out like a small page, with the theme's fonts, colours and styles. Its size
in points is its size in pixels * 72 / CARD_DPI, so painted at CARD_DPI it comes out at
exactly that many pixels. At 4 pixels per point the theme's body text (9 pt) is 36 pixels
high on a 1080-pixel card, which still reads when a phone shows the card 400 pixels wide.
"""

from __future__ import annotations

from dataclasses import replace

from infographic_app.layout.blocks import heading, wordmark
from infographic_app.layout.charts import draw_visual
from infographic_app.layout.context import Context
from infographic_app.layout.fonts import FontSet
from infographic_app.layout.scene import Rect, ScenePage, TextRun, moved
from infographic_app.layout.text import TextSetter
from infographic_app.model.alt_text import Card, factsheet_title, find_card, source_line
from infographic_app.model.document import Document
from infographic_app.model.problems import InputError, Problem
from infographic_app.model.theme import PageGeometry, Theme

CARD_SIZES = {"square": (1080, 1080), "wide": (1200, 675)}  # pixels
CARD_DPI = 288
MARGIN = 18  # points (72 pixels)
WORDMARK_SCALE = 0.6
MAX_FIGURE_SIZE = 110  # points: a short figure ('7') is not blown up to fill the card


def layout_card(document: Document, theme: Theme, target: str, size: str,
                setter: TextSetter | None = None) -> ScenePage:
    """The card for `target` (a figure id, or a tile's or theme's address) at `size`."""
    card = find_card(document, target)
    if size not in CARD_SIZES:
        raise InputError([Problem(f"there is no card size '{size}'; use square (1080 x 1080 "
                                  "pixels) or wide (1200 x 675 pixels)", field="--size")])
    width, height = (pixels * 72 / CARD_DPI for pixels in CARD_SIZES[size])
    page = PageGeometry(width, height, 0.0, MARGIN, theme.page.columns, theme.page.gutter)
    setter = setter or TextSetter(FontSet(theme))
    ctx = Context(document, replace(theme, page=page), setter.fonts, setter, document.values())
    top = _band(ctx) + theme.spacing["block_gap"]
    (_figure if card.figure else _theme)(ctx, card, top)
    return ScenePage(width, height, 0.0, tuple(ctx.items), tuple(ctx.overflows))


def _band(ctx: Context) -> float:
    """The brand band across the top, as on the factsheet: kicker and title left, wordmark
    right. Returns its height."""
    page, pad = ctx.theme.page, ctx.theme.spacing["panel_padding"]
    start = len(ctx.items)
    wordmark(ctx, page.width - page.margin, pad, WORDMARK_SCALE)
    runs = [item for item in ctx.items[start:] if isinstance(item, TextRun)]
    bottom = max(run.y for run in runs)  # the baseline of the wordmark's last line
    header = next((b for b in ctx.document.blocks() if b.kind == "header_band"), None)
    band_id = f"blocks.{header.id}" if header else "theme.wordmark"
    if header:
        width = min(run.x for run in runs) - page.margin - page.gutter
        leading = ctx.theme.style("kicker").leading
        kicker = ctx.text(header.fields["kicker"], "kicker", page.margin, pad, width,
                          f"{band_id}.kicker", resolve=False, max_height=leading)
        title = ctx.text(f"**{factsheet_title(ctx.document)}**", "kicker", page.margin,
                         pad + kicker.height + 2, width, f"{band_id}.title",
                         max_height=leading * 2)
        bottom = max(bottom, pad + kicker.height + 2 + title.height)
    height = bottom + pad
    ctx.items.insert(start, Rect(0, 0, page.width, height, "primary", band_id))
    return height


def _figure(ctx: Context, card: Card, top: float) -> None:
    """The figure huge in the brand colour over its label (or its tile's text), the source at
    the foot. On a wide card the label stands beside the figure."""
    page = ctx.theme.page
    bottom = page.height - page.margin
    source = source_line(ctx.document, card.figure)
    if source:
        placed = _at_foot(ctx, lambda y: ctx.text(
            source, "caption", page.margin, y, page.content_width,
            f"figures.{card.figure}.source", resolve=False, colour="muted"), bottom)
        bottom -= placed + ctx.theme.style("caption").leading
    wide = page.width > page.height
    x, width = page.span(0, 6) if wide else (page.margin, page.content_width)
    label_x, label_width = page.span(6, 6) if wide else (x, width)
    label_text = card.text or ctx.document.figures[card.figure].label
    label_id = f"{card.element_id}.text" if card.text else f"figures.{card.figure}.label"
    label_height = ctx.setter.set(ctx.document.resolve(label_text, ctx.values),
                                  ctx.theme.style("list_text"), label_x, 0, label_width,
                                  label_id).height
    number = ctx.figure_text(card.figure)
    style = _figure_style(ctx, number, width, bottom - top - 12 - (
        0 if wide else label_height + 8))
    figure_height = 12 + ctx.setter.set(number, style, x, 0, width, "").height
    used = max(figure_height, label_height) if wide else figure_height + 8 + label_height
    y = top + (bottom - top - used) / 2  # the figure and its words in the middle of the room
    ctx.add(Rect(x, y, 24 * style.size / 34, 3 * style.size / 34, "accent", card.element_id))
    ctx.add(*ctx.setter.set(number, style, x, y + 12, width, f"figures.{card.figure}").runs)
    label_top = y + (used - label_height) / 2 if wide else y + figure_height + 8
    ctx.text(label_text, "list_text", label_x, label_top, label_width, label_id)


def _figure_style(ctx: Context, number: str, width: float, height: float):
    """The tile figure's style, as large as `number` fits in width and height."""
    base = ctx.theme.style("tile_figure")
    height_per_point = ctx.setter.set(number, base, 0, 0, 1e6, "").height / base.size
    size = min(MAX_FIGURE_SIZE, base.size * width / ctx.setter.measure(number, base),
               height / height_per_point)
    return replace(base, name="card_figure", size=size, leading=size)


def _theme(ctx: Context, card: Card, top: float) -> None:
    """Heading, text and chart; the chart at the foot of a square card, beside the text on a
    wide one. Text that does not fit is flagged, as on the page."""
    page = ctx.theme.page
    bottom = page.height - page.margin
    wide = page.width > page.height
    y = heading(ctx, card.heading, top, f"{card.element_id}.heading")
    x, width = page.span(0, 7) if wide else (page.margin, page.content_width)
    text_bottom = bottom
    if card.visual:
        vx, vwidth = page.span(7, 5) if wide else (x, width)
        vtop = y if wide else y
        vheight = bottom - vtop if wide else (bottom - y) * 0.45
        start = len(ctx.items)
        used = draw_visual(ctx, card.visual, vx, vtop, vwidth, vheight,
                           f"{card.element_id}.visual")
        shift = (vheight - used) / 2 if wide else bottom - used - vtop
        ctx.items[start:] = [moved(item, shift) for item in ctx.items[start:]]
        if not wide:
            text_bottom = bottom - used - ctx.theme.spacing["block_gap"]
    ctx.text(card.text, "body", x, y, width, f"{card.element_id}.text",
             max_height=text_bottom - y)


def _at_foot(ctx: Context, place, bottom: float) -> float:
    """Place text with `place(top)` so that it ends at `bottom`; returns its height."""
    start = len(ctx.items)
    placed = place(0)
    ctx.items[start:] = [moved(item, bottom - placed.height) for item in ctx.items[start:]]
    return placed.height
