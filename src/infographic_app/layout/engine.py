"""Document + theme -> Scene: blocks measured, then composed onto pages.

The document's pages say where a page starts: the blocks of its page N start on page N or,
when the pages before them ran over, later. Each page is composed in reading order; a block
that does not fit where it would go splits where its kind allows (between rows of themes,
between list items) and the rest moves on to the top of the next page, before that page's
own blocks. Before anything moves on, the page is tightened within the theme's copy-fitting
ranges (block gaps, chart heights, leading). Room to spare goes to the page's themes rows
(their charts move down) or above its last block, which then closes the page.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection
from dataclasses import dataclass

from infographic_app.layout import block_layout as kinds
from infographic_app.layout.context import Context
from infographic_app.layout.fitting import FIT_LEVELS, fitted
from infographic_app.layout.fonts import FontSet
from infographic_app.layout.resources import resources_for
from infographic_app.layout.scene import PAGES, TALLER_THAN_PAGE, Overflow, Scene, ScenePage
from infographic_app.layout.text import TextSetter
from infographic_app.model.blocks import Block
from infographic_app.model.document import Document
from infographic_app.model.storage import collect_young, collection_paused
from infographic_app.model.theme import Theme

MAX_ROW_STRETCH = 40  # points a row of themes may grow by to fill its page, at most
MAX_GAP_STRETCH = 30  # points a gap between blocks may grow by to fill its page, at most


@dataclass(frozen=True)
class Flow:
    """How a kind of block flows on the page: `place(ctx, block, top, pieces, stretch)` lays
    out the pieces (a range) at `top` and returns the y below them; `pieces(block)` says how
    many pieces the block may split into (1: never split); a `fill` block takes the page's
    room to spare as `stretch` (points per piece)."""

    place: Callable[[Context, Block, float, range, float], float]
    pieces: Callable[[Block], int] = lambda block: 1
    fill: bool = False


FLOWS = {
    "header_band": Flow(lambda ctx, block, top, pieces, stretch:
                        kinds.header_band(ctx, block, top)),
    "intro": Flow(lambda ctx, block, top, pieces, stretch: kinds.intro(ctx, block, top)),
    "tiles": Flow(lambda ctx, block, top, pieces, stretch: kinds.tiles(ctx, block, top)),
    "themes": Flow(kinds.themes, kinds.theme_rows, fill=True),
    "numbered_list": Flow(lambda ctx, block, top, pieces, stretch:
                          kinds.numbered_list(ctx, block, top, pieces),
                          lambda block: len(block.fields["items"])),
    "text": Flow(lambda ctx, block, top, pieces, stretch: kinds.text_block(ctx, block, top)),
}


@dataclass(frozen=True)
class Part:
    """Pieces `start` to `stop` of a block, laid out together."""

    block: Block
    start: int
    stop: int

    @property
    def flow(self) -> Flow:
        return FLOWS[self.block.kind]

    def key(self) -> tuple[str, int, int]:
        return (self.block.id, self.start, self.stop)


def layout_document(document: Document, theme: Theme, fonts: FontSet | None = None,
                    setter: TextSetter | None = None, *, previous: Scene | None = None,
                    changed: Collection[int] | None = None,
                    shapes: dict | None = None) -> Scene:
    """Lay out every page, with the resources its primitives name. An editor passes the same
    `setter` each time, to reuse its work (made for the document's locale, which it
    hyphenates by), and gets the same resources table back each time. A font file that
    cannot be read raises InputError.

    An editor that knows what an edit touched also passes the `previous` scene and the
    indices of the pages that `changed`: the other pages are taken from `previous` as they
    are, unless content moving on from the page before them changed, so a keystroke costs
    one page, not the whole document. And it passes the same `shapes` dict each time:
    drawings (icon arrays) kept by element id, one each.

    The scene has a page for each page of the document, and more at the end when content
    runs over the last one; the first page whose content moved on past the document's
    pages carries an Overflow for the block that moved (element id 'blocks.<id>',
    `height` the points it is over).
    """
    setter = setter or TextSetter(fonts or FontSet(theme), document.locale)
    fonts = setter.fonts
    setter.fit_cache(len(document.pages))
    values = document.values()
    header = next((b for b in document.blocks() if b.kind == "header_band"), None)
    shapes = {} if shapes is None else shapes
    reuse = previous is not None and changed is not None
    pages: list[ScenePage] = []
    carry: list[Part] = []
    index = 0
    with collection_paused():
        while index < len(document.pages) or carry:
            own = document.pages[index].blocks if index < len(document.pages) else []
            flow_in = tuple(part.key() for part in carry)
            old = previous.pages[index] if reuse and index < len(previous.pages) else None
            if old is not None and index not in changed and old.flow_in == flow_in \
                    and not flow_in and index < len(document.pages):
                pages.append(old)
                carry = [Part(_block(document, key[0]), key[1], key[2]) for key in old.flow_out]
            else:
                def context(level: float) -> Context:
                    return Context(document, fitted(theme, level), fonts, setter, values,
                                   shapes=shapes)

                page, carry = _compose(context, carry, own, header, index,
                                       last=index == len(document.pages) - 1)
                pages.append(page)
                collect_young()
            index += 1
    return Scene(tuple(pages), resources_for(theme, fonts))


def _block(document: Document, block_id: str) -> Block:
    return document.block(block_id)


def _compose(context: Callable[[float], Context], carry: list[Part], blocks: list[Block],
             header: Block | None, index: int, last: bool) -> tuple[ScenePage, list[Part]]:
    """Compose one page: what moves on from the page before (`carry`), then its own
    `blocks`. Tightened step by step (FIT_LEVELS) while anything would move on; the loosest
    that keeps everything is used, else the untightened page with the rest moving on.
    Returns the page and what moves on to the next."""
    parts = carry + [Part(block, 0, FLOWS[block.kind].pieces(block))
                     for block in blocks if block.kind in FLOWS]
    for level in FIT_LEVELS:
        ctx = context(level)
        moving = _fill(ctx, parts, blocks, header, index)
        if not moving:
            break
    else:
        ctx = context(FIT_LEVELS[0])
        moving = _fill(ctx, parts, blocks, header, index)
    page = ctx.theme.page
    overflows = list(ctx.overflows)
    if moving and last:
        over = _overrun(context(FIT_LEVELS[0]), moving, ctx.placed_bottom, ctx.bottom)
        lines = math.ceil(over / ctx.theme.style("body").leading)  # to shorten, about
        overflows.append(Overflow(page.margin, ctx.bottom, page.content_width, over,
                                  f"blocks.{moving[0].block.id}", lines, reason=PAGES))
    scene_page = ScenePage(page.width, page.height, page.bleed, tuple(ctx.items),
                           tuple(overflows), flow_in=tuple(part.key() for part in carry),
                           flow_out=tuple(part.key() for part in moving))
    return scene_page, moving


def _fill(ctx: Context, parts: list[Part], blocks: list[Block], header: Block | None,
          index: int) -> list[Part]:
    """Lay out the page's furniture and as many of `parts` as fit, with the room to spare
    handed out; returns the parts (or rests of parts) that move on to the next page."""
    placed, moving = _place(ctx, parts, blocks, header, index, {})
    spare = ctx.bottom - ctx.placed_bottom
    if spare < 0.5 or not placed or placed[-1].block.kind == "header_band":
        return moving
    stretch: dict = {}
    fills = [p for p in placed if p.flow.fill]
    rows = sum(p.stop - p.start for p in fills)
    if rows:  # the charts of themes rows move down, to a point
        per_row = min(spare / rows, MAX_ROW_STRETCH)
        stretch = {p.key(): per_row for p in fills}
        spare -= per_row * rows
    if not moving and placed[-1] not in fills:  # the last block closes the page
        stretch[("above", placed[-1].key())] = spare
    else:  # or what is left is shared by the gaps between blocks, to a point
        gaps = [part for before, part in zip(placed, placed[1:], strict=False)
                if before.block.kind != "header_band"]
        for part in gaps:
            stretch[("above", part.key())] = min(spare / len(gaps), MAX_GAP_STRETCH)
    del ctx.items[:], ctx.overflows[:]
    _place(ctx, placed, blocks, header, index, stretch)
    return moving


def _place(ctx: Context, parts: list[Part], blocks: list[Block], header: Block | None,
           index: int, stretch: dict) -> tuple[list[Part], list[Part]]:
    """Lay out the furniture and `parts` from the top of the page down, as many as fit
    (`stretch`: extra points per piece of a fill part, or above a part); returns the parts
    placed and those that move on. A part that does not fit is split where its kind allows;
    the first part of a page is placed even if it does not fit, so content always moves on."""
    theme = ctx.theme
    page, gap = theme.page, theme.spacing["block_gap"]
    bottom = page.height - page.margin
    footers = [block for block in blocks if block.kind == "footer"]
    for block in footers:
        kinds.footer_band(ctx, block)
        bottom = page.height - theme.spacing["footer_height"] - gap
    y = page.margin
    starts_with_header = bool(parts) and parts[0].block.kind == "header_band"
    if header and parts and not starts_with_header:
        y = kinds.running_header(ctx, header) + gap
    ctx.bottom, ctx.placed_bottom = bottom, y - gap
    placed: list[Part] = []
    moving: list[Part] = []
    for number, part in enumerate(parts):
        y += stretch.get(("above", part.key()), 0.0)
        fitting = _fitting_part(ctx, part, y, bottom, stretch, first=not placed)
        if fitting is None:
            moving = parts[number:]
            break
        placed.append(fitting)
        ctx.placed_bottom = ctx.last_bottom
        y = ctx.last_bottom + gap
        if fitting.stop < part.stop:
            moving = [Part(part.block, fitting.stop, part.stop), *parts[number + 1:]]
            break
    for block in footers:
        kinds.footer(ctx, block)
    return placed, moving


# A part of at most this many pieces is first tried whole; a longer one is measured up from
# its first piece, so each page costs trials for the pieces it holds, not for all that follow.
WHOLE_FIRST = 32


def _fitting_part(ctx: Context, part: Part, top: float, bottom: float, stretch: dict,
                  first: bool) -> Part | None:
    """Lay out as many pieces of `part` at `top` as fit above `bottom` (all of them when
    it is the `first` on the page and none fits alone); None when none fits."""
    mark = len(ctx.items), len(ctx.overflows)

    def fits(stop: int) -> bool:  # laid out, and kept only if it fits
        trial = Part(part.block, part.start, stop)
        ctx.last_bottom = part.flow.place(ctx, part.block, top, range(part.start, stop),
                                          stretch.get(trial.key(), stretch.get(part.key(), 0.0)))
        if ctx.last_bottom <= bottom + 0.01:
            return True
        del ctx.items[mark[0]:], ctx.overflows[mark[1]:]
        return False

    if part.stop - part.start <= WHOLE_FIRST and fits(part.stop):  # mostly, all of it fits
        return part
    # The most pieces that fit, found in a number of trials that grows with the pieces that
    # fit, not with all the part has: a list of 1,000 items is not laid out 1,000 times.
    low, high, step = part.start, None, 1  # `low` pieces fit (none yet); `high` do not
    while high is None and low < part.stop:
        candidate = min(low + step, part.stop)
        if fits(candidate):
            del ctx.items[mark[0]:], ctx.overflows[mark[1]:]
            low, step = candidate, step * 2
        else:
            high = candidate
    while high is not None and high - low > 1:
        middle = (low + high) // 2
        if fits(middle):
            del ctx.items[mark[0]:], ctx.overflows[mark[1]:]
            low = middle
        else:
            high = middle
    if low > part.start and fits(low):
        return Part(part.block, part.start, low)
    if not first:
        return None
    trial = Part(part.block, part.start, part.start + 1)  # the least it can take
    ctx.last_bottom = trial.flow.place(ctx, part.block, top, range(trial.start, trial.stop), 0.0)
    page = ctx.theme.page
    ctx.overflows.append(Overflow(page.margin, bottom, page.content_width,
                                  ctx.last_bottom - bottom, f"blocks.{part.block.id}", 0,
                                  reason=TALLER_THAN_PAGE))
    return trial


def _overrun(ctx: Context, moving: list[Part], placed_bottom: float, bottom: float) -> float:
    """How many points the content that moves on needs beyond the page's foot: its height
    laid out on its own, less the room left on the page."""
    top = 0.0
    y = top
    for part in moving:
        y = part.flow.place(ctx, part.block, y, range(part.start, part.stop), 0.0) \
            + ctx.theme.spacing["block_gap"]
    needed = y - top - ctx.theme.spacing["block_gap"]
    return max(needed - max(bottom - placed_bottom - ctx.theme.spacing["block_gap"], 0.0), 0.0)
