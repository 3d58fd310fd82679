"""Social cards: one figure, tile or theme of the factsheet on an image of a social format.

A card is laid out like a small page, with the theme's fonts, colours and styles, and
painted at its own resolution: a page of `pixels * 72 / CARD_DPI[size]` points comes out at
exactly `pixels` pixels. The square, portrait and story cards are 270 pt wide at 4 pixels per
point, so 9 pt body text is 36 pixels high and still reads when a phone shows the card 400
pixels wide; they have the brand band across the top. The wide card (LinkedIn, X) is a
384 x 200.6 pt page at 3.125 pixels per point with the brand panel down the left: a theme's text
and chart need that room once the panel has taken its share.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from infographic_app.layout.block_layout import accent_rule, heading, wordmark
from infographic_app.layout.charts import draw_visual
from infographic_app.layout.context import Context
from infographic_app.layout.fonts import FontSet
from infographic_app.layout.resources import resources_for
from infographic_app.layout.scene import Rect, Scene, ScenePage, moved
from infographic_app.layout.text import TextSetter
from infographic_app.model.alt_text import Card, factsheet_title, find_card, source_line
from infographic_app.model.document import Document
from infographic_app.model.problems import InputError, Problem
from infographic_app.model.theme import PageGeometry, TextStyle, Theme

# The formats social media show in full (pixels): square and portrait posts, a story, and a
# link preview on LinkedIn and X ('wide').
CARD_SIZES = {"square": (1080, 1080), "portrait": (1080, 1350), "story": (1080, 1920),
              "wide": (1200, 627)}
CARD_DPI = {"square": 288, "portrait": 288, "story": 288, "wide": 225}
MARGIN = 18  # points
WORDMARK_SCALE = 0.55
PANEL_WIDTH = 100  # points: the brand panel down the left side of a wide card
MAX_FIGURE_SIZE = 110  # points: a short figure ('7') is not blown up to fill the card
RULE = 12  # the accent rule above a figure with its gap, as on the tiles
TAIL = 0.15  # how far a comma reaches below the baseline, in ems of the figure's size


@dataclass(frozen=True)
class Room:
    """The room left for a card's content once the brand has its place, in points."""

    x: float
    top: float
    width: float
    bottom: float


def layout_card(document: Document, theme: Theme, target: str, size: str,
                setter: TextSetter | None = None) -> Scene:
    """The card for `target` (a figure id, or a tile's or theme's address) at `size`, as a
    scene of one page. An unknown target or size raises InputError."""
    card = find_card(document, target)
    if size not in CARD_SIZES:
        sizes = ", ".join(f"{name} ({w} x {h} pixels)" for name, (w, h) in CARD_SIZES.items())
        raise InputError([Problem(f"there is no card size '{size}'; use {sizes}",
                                  field="--size")])
    width, height = (pixels * 72 / CARD_DPI[size] for pixels in CARD_SIZES[size])
    page = PageGeometry(width, height, 0.0, MARGIN, theme.page.columns, theme.page.gutter)
    setter = setter or TextSetter(FontSet(theme), document.locale)
    ctx = Context(document, replace(theme, page=page), setter.fonts, setter, document.values())
    room = _brand(ctx)
    if card.figure:
        _figure_card(ctx, card, room)
    else:
        _theme_card(ctx, card, room)
    return Scene((ScenePage(width, height, 0.0, tuple(ctx.items), tuple(ctx.overflows)),),
                 resources_for(theme, setter.fonts))


def _brand(ctx: Context) -> Room:
    """The brand colour with the wordmark and the factsheet's kicker and title: a band across
    the top of a square card, a panel down the left of a wide one. Returns the room left."""
    page, pad = ctx.theme.page, ctx.theme.spacing["panel_padding"]
    wide = page.width > page.height
    right = PANEL_WIDTH - pad if wide else page.width - page.margin
    start = len(ctx.items)
    mark = wordmark(ctx, right, pad, WORDMARK_SCALE)
    mark_items = len(ctx.items) - start
    mark_bottom = mark.y + mark.height
    header = next((b for b in ctx.document.blocks() if b.kind == "header_band"), None)
    band_id = f"blocks.{header.id}" if header else "theme.wordmark"
    text_bottom, overflows = 0.0, len(ctx.overflows)
    if header:
        x = pad if wide else page.margin
        width = right - x if wide else mark.x - page.gutter - x
        text_bottom = _kicker_and_title(ctx, header.fields["kicker"], x, pad, width, band_id)
        if wide:  # at the foot of the panel, under the wordmark at its head
            _shift(ctx, start + mark_items, overflows, page.height - pad - text_bottom)
    if wide:
        ctx.items.insert(start, Rect(0, 0, PANEL_WIDTH, page.height, "primary", band_id))
        return Room(PANEL_WIDTH + page.margin, page.margin,
                    page.width - PANEL_WIDTH - 2 * page.margin, page.height - page.margin)
    height = max(mark_bottom, text_bottom) + pad
    ctx.items.insert(start, Rect(0, 0, page.width, height, "primary", band_id))
    return Room(page.margin, height + ctx.theme.spacing["block_gap"], page.content_width,
                page.height - page.margin)


def _kicker_and_title(ctx: Context, kicker: str, x: float, top: float, width: float,
                      element_id: str) -> float:
    """The factsheet's kicker and title, small; returns the y of their bottom edge."""
    placed = ctx.text(kicker, "caption", x, top, width, f"{element_id}.kicker",
                      resolve=False, colour="paper",
                      max_height=ctx.theme.style("caption").leading * 2)
    top += placed.height + 3
    placed = ctx.text(factsheet_title(ctx.document), "kicker", x, top, width,
                      f"{element_id}.title", resolve=False,
                      max_height=ctx.theme.style("kicker").leading * 3)
    return top + placed.height


def _figure_card(ctx: Context, card: Card, room: Room) -> None:
    """The figure huge in the brand colour over its label (or its tile's text); the figure's
    source at the foot."""
    bottom = room.bottom
    source = source_line(ctx.document, card.figure)
    if source:
        caption = ctx.theme.style("caption")
        height = _height(ctx, source, caption, room.width)
        bottom -= height
        ctx.text(source, "caption", room.x, bottom, room.width, f"figures.{card.figure}.source",
                 resolve=False, colour="muted")
        bottom -= caption.leading
    label = ctx.document.resolve(card.text, ctx.values) if card.text \
        else ctx.document.figures[card.figure].label
    label_id = f"{card.element_id}.text" if card.text else f"figures.{card.figure}.label"
    gap, label_style = 4, ctx.theme.style("list_text")
    label_lines = label_style.leading * 4  # as many as a tile's text has on the page
    label_height = min(_height(ctx, label, label_style, room.width), label_lines)
    number = ctx.figure_text(card.figure)
    style = _figure_style(ctx, number, room.width,
                          bottom - room.top - RULE - gap - label_height)
    number_height = ctx.fonts.ascent(style.font, style.size) + TAIL * style.size
    # The figure and its words stand together in the middle of the room they have.
    y = room.top + (bottom - room.top - RULE - number_height - gap - label_height) / 2
    accent_rule(ctx, room.x, y, card.element_id)
    ctx.add(*ctx.setter.set(number, style, room.x, y + RULE, room.width,
                            f"figures.{card.figure}").runs)
    ctx.text(label, "list_text", room.x, y + RULE + number_height + gap, room.width, label_id,
             max_height=label_lines, resolve=False)


def _figure_style(ctx: Context, number: str, width: float, height: float) -> TextStyle:
    """The tiles' figure style, as large as `number` fits into width and height (where the
    height allows less, as large as on the tiles). Figures have no descenders, so the height
    counts only a comma's tail below the baseline."""
    base = ctx.theme.style("tile_figure")
    fits_height = height / (ctx.fonts.ascent(base.font, 1) + TAIL)
    size = min(MAX_FIGURE_SIZE, base.size * width / ctx.setter.measure(number, base),
               max(fits_height, base.size))
    return replace(base, name="card_figure", size=size, leading=size)


def _theme_card(ctx: Context, card: Card, room: Room) -> None:
    """Heading, text and chart; the chart in the middle of the room the text leaves. Text
    that does not fit is flagged, as on the page."""
    y = heading(ctx, card.heading, room.top, f"{card.element_id}.heading", x=room.x,
                width=room.width)
    gap, chart_room = ctx.theme.spacing["block_gap"], (room.bottom - y) / 2
    chart = 0.0
    if card.visual:  # measured on a scratch page first: the text gets what the chart leaves
        chart = gap + draw_visual(replace(ctx, items=[], overflows=[]), card.visual, room.x,
                                  y, room.width, chart_room, "")
    text = ctx.text(card.text, "body", room.x, y, room.width, f"{card.element_id}.text",
                    max_height=room.bottom - chart - y)
    if card.visual:
        top = y + text.height + gap + (room.bottom - y - text.height - chart) / 2
        draw_visual(ctx, card.visual, room.x, top, room.width, chart_room,
                    f"{card.element_id}.visual")


def _height(ctx: Context, text: str, style: TextStyle, width: float) -> float:
    """The height of `text` set in `width`, without placing it."""
    return ctx.setter.set(text, style, 0, 0, width, "").height


def _shift(ctx: Context, items: int, overflows: int, dy: float) -> None:
    """Move what was placed since `items` and `overflows` were counted `dy` points down."""
    ctx.items[items:] = [moved(item, dy) for item in ctx.items[items:]]
    ctx.overflows[overflows:] = [replace(o, y=o.y + dy) for o in ctx.overflows[overflows:]]
