"""Social cards: one figure, tile or theme of the factsheet on a square or wide image.

A card is laid out like a small page, with the theme's fonts, colours and styles. Its size
in points is its size in pixels * 72 / CARD_DPI, so painted at CARD_DPI it comes out at
exactly that many pixels. At 4 pixels per point the theme's body text (9 pt) is 36 pixels
high on a 1080-pixel card: as large as the card's phone-sized view needs.
"""

from __future__ import annotations

from dataclasses import replace

from infographic_app.layout.blocks import full_bleed_band, heading, wordmark
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
MAX_FIGURE_SIZE = 120  # points: a short figure ('7') is not blown up to fill the card


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
    if card.figure:
        _figure(ctx, card, top)
    else:
        _theme(ctx, card, top)
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
        kicker = ctx.text(header.fields["kicker"], "kicker", page.margin, pad, width,
                          f"{band_id}.kicker", resolve=False,
                          max_height=ctx.theme.style("kicker").leading)
        title = ctx.text(f"**{factsheet_title(ctx.document)}**", "kicker", page.margin,
                         pad + kicker.height + 2, width, f"{band_id}.title",
                         max_height=ctx.theme.style("kicker").leading * 2)
        bottom = max(bottom, pad + kicker.height + 2 + title.height)
    height = bottom + pad
    ctx.items.insert(start, Rect(0, 0, page.width, height, "primary", band_id))
    return height


def _figure(ctx: Context, card: Card, top: float) -> None:
    """The figure huge in the brand colour over its label (or its tile's text), the source
    at the foot."""
    page = ctx.theme.page
    x, width, bottom = page.margin, page.content_width, page.height - page.margin
    source = source_line(ctx.document, card.figure)
    if source:
        caption = ctx.theme.style("caption")
        placed = ctx.text(source, "caption", x, bottom, width, f"{card.element_id}.source",
                          resolve=False, colour="muted")
        ctx.items[-len(placed.runs):] = [moved(run, -placed.height) for run in placed.runs]
        bottom -= placed.height + caption.leading
    number_text = ctx.figure_text(card.figure)
    label_id = f"{card.element_id}.text" if card.text else f"figures.{card.figure}.label"
    label = ctx.setter.set(ctx.document.resolve(card.text or ctx.document.figures[
        card.figure].label, ctx.values), ctx.theme.style("list_text"), x, 0, width, label_id)
    base = ctx.theme.style("tile_figure")
    ascent = ctx.fonts.ascent(base.font, 1)
    room = bottom - top - 12 - label.height - 8
    size = min(MAX_FIGURE_SIZE, base.size * width / ctx.setter.measure(number_text, base),
               room / (ascent * 0.07 + 1))
    figure_style = replace(base, name="card_figure", size=size, leading=size)
    ...
