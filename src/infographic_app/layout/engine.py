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
from dataclasses import dataclass, replace

from infographic_app.layout import block_layout as kinds
from infographic_app.layout.block_layout import LAYOUTS
from infographic_app.layout.context import Context
from infographic_app.layout.fitting import FIT_LEVELS, fitted
from infographic_app.layout.fonts import FontSet
from infographic_app.layout.resources import resources_for
from infographic_app.layout.scene import PAGES, TALLER_THAN_PAGE, Overflow, Scene, ScenePage
from infographic_app.layout.text import TextSetter
from infographic_app.model.blocks import BLOCK_KINDS, FILL, FOOT, FOOTER, HEAD, Block, BlockKind
from infographic_app.model.document import Document
from infographic_app.model.notes import figure_notes, note_uses, notes_blocks
from infographic_app.model.storage import collect_young, collection_paused
from infographic_app.model.theme import MM, Theme

MAX_ROW_STRETCH = 40  # points a row of themes may grow by to fill its page, at most
MAX_GAP_STRETCH = 30  # points a gap between blocks may grow by to fill its page, at most
# The last block closes its page (sits on the footer) when no more than this is to spare
# (points); a page with more ends where its content ends, as a last page does.
MAX_CLOSING = 50 * MM


@dataclass(frozen=True)
class Part:
    """Pieces `start` to `stop` of a block, laid out together."""

    block: Block
    start: int
    stop: int

    @property
    def kind(self) -> BlockKind:
        return BLOCK_KINDS[self.block.kind]

    def place(self, ctx: Context, top: float, stop: int | None = None,
              stretch: float = 0.0) -> float:
        """Lay out pieces `start` to `stop` (this part's own stop by default) at `top`;
        returns the y below them."""
        pieces = range(self.start, self.stop if stop is None else stop)
        return LAYOUTS[self.block.kind].place(ctx, self.block, top, pieces, stretch)

    def key(self) -> tuple[str, int, int]:
        return (self.block.id, self.start, self.stop)


def layout_document(document: Document, theme: Theme, fonts: FontSet | None = None,
                    setter: TextSetter | None = None, *, previous: Scene | None = None,
                    changed: Collection[int] | None = None,
                    kept: dict | None = None, notes_changed: bool = True,
                    uses_changed: bool = True) -> Scene:
    """Lay out every page, with the resources its primitives name. An editor passes the same
    `setter` each time, to reuse its work (made for the document's locale, which it
    hyphenates by), and gets the same resources table back each time. A font file that
    cannot be read raises InputError.

    An editor that knows what an edit touched also passes the `previous` scene and the
    indices of the pages that `changed`: the other pages are taken from `previous` as they
    are, unless content moving on from the page before them changed, so a keystroke costs
    one page, not the whole document. And it passes the same `kept` dict each time, for
    what a layout keeps for the next: drawings (icon arrays) by element id, one each, and
    the copy-fitting level each page needed. It passes `notes_changed` False when no
    figure and no use of a figure can have changed since the layout that
    filled `kept` (model/notes.py changes_notes): the numbered notes are then taken from
    `kept`, not worked out from every figure use again. And `uses_changed` False when only
    figures' own fields (a value, a source) changed since (changes_uses): the notes are then
    worked out from the walk over every figure use kept in `kept` (note_uses), not from a
    walk of their own.

    The scene has a page for each page of the document, and more at the end when content
    runs over the last one; the first page whose content moved on past the document's
    pages carries an Overflow for the block that moved (element id 'blocks.<id>',
    `height` the points it is over).
    """
    setter = setter or TextSetter(fonts or FontSet(theme), document.locale)
    fonts = setter.fonts
    setter.fit_cache(len(document.pages))
    values = document.values()
    header = next((b for b in document.blocks() if BLOCK_KINDS[b.kind].placement == HEAD),
                  None)
    kept = {} if kept is None else kept
    notes = kept.get("notes") if not notes_changed else None
    if notes is None:
        if uses_changed or "note_uses" not in kept:
            kept["note_uses"] = note_uses(document)
        notes = figure_notes(document, kept["note_uses"])
    elif uses_changed:
        kept.pop("note_uses", None)  # out of date: walked again when the notes need it
    foot = notes_blocks(document, notes)
    # The document's last footer closes the factsheet: on its last page, also when the
    # content moved on to a page after the footer's own (a page added for it).
    closing = [b for b in document.blocks() if BLOCK_KINDS[b.kind].placement == FOOTER][-1:]
    if kept.get("notes", notes) != notes:
        changed = None  # a mark or a note came, went or moved: every page again
    if changed is not None and any(  # the notes and the closing footer: on the last page
            block in page.blocks for index in changed if index < len(document.pages)
            for page in [document.pages[index]] for block in foot + closing):
        changed = {*changed, len(document.pages) - 1}
    if changed is not None and previous is not None and \
            len(previous.pages) != len(document.pages):  # a page came or went: the last page
        last = min(len(previous.pages), len(document.pages)) - 1  # (notes, footer) moved
        changed = {*changed, *range(max(last, 0), len(document.pages))}
    kept["notes"] = notes
    reuse = previous is not None and changed is not None
    pages: list[ScenePage] = []
    carry: list[Part] = []
    index = 0

    def context(level: float) -> Context:
        return Context(document, fitted(theme, level), fonts, setter, values, kept=kept,
                       notes=notes, marked=theme.footnote_marks)

    count = len(document.pages)
    ended = False  # the notes and the closing footer are placed: the factsheet ends
    with collection_paused():
        while index < count or carry or not ended:
            own = document.pages[index].blocks if index < count else []
            old = previous.pages[index] if reuse and index < len(previous.pages) else None
            if old is not None and index not in changed and index < count and not carry \
                    and not old.flow_in and (index < count - 1 or len(previous.pages) == count):
                pages.append(old)  # nothing moved on to it, then or now
                ended = index == count - 1  # (a last page that kept all, the notes too)
            else:
                page, ended = _compose_page(context, kept, carry, own, header, index, count,
                                            foot, closing)
                pages.append(page)
                collect_young()
            carry = [Part(document.block(key[0]), key[1], key[2]) for key in pages[-1].flow_out]
            index += 1
    return Scene(tuple(pages), resources_for(theme, fonts))


def _compose_page(context: Callable[[float], Context], kept: dict, carry: list[Part],
                  blocks: list[Block], header: Block | None, index: int, count: int,
                  foot: list[Block], closing: list[Block]) -> tuple[ScenePage, bool]:
    """Page `index` of a document of `count` pages, and whether the factsheet ends on it.
    The notes (`foot`) and the closing footer go on the last page, and when content runs
    on past it (an error the user may export anyway) on the page where that content ends,
    after it: the pages then read in the order of the tagged PDF's tree, and the last one
    has the footer. The document's last page keeps the Overflow that says how much it is
    over."""
    if index < count - 1:
        return _compose(context, kept, carry, blocks, header, index, False, [], closing)[0], False
    page, moving = _compose(context, kept, carry, blocks, header, index, True, foot, closing)
    if not moving:
        return page, True
    plain, _ = _compose(context, kept, carry, blocks, header, index, False, [], closing)
    over = tuple(o for o in page.overflows if o.reason == PAGES) if index == count - 1 else ()
    return replace(plain, overflows=plain.overflows + over), False


def _compose(context: Callable[[float], Context], kept: dict, carry: list[Part],
             blocks: list[Block], header: Block | None, index: int, last: bool,
             foot: list[Block], closing: list[Block]) -> tuple[ScenePage, list[Part]]:
    """Compose one page: what moves on from the page before (`carry`), then its own
    `blocks`, and above its footer the `foot` blocks (the notes, on the document's last
    page); its footer is its own, but the `closing` one (the document's last) goes on the
    document's last page only. It is composed at the loosest copy-fitting level
    (FIT_LEVELS) at which nothing moves on, or untightened with the rest moving on when
    even the tightest cannot keep it. The search starts at the level the page needed last
    time (in `kept`), so typing on a full page costs two compositions, not five. Returns
    the page and what moves on."""
    footers = [b for b in blocks if BLOCK_KINDS[b.kind].placement == FOOTER
               and b not in closing] + (closing if last else [])
    page = Page(blocks, footers, foot, header, index)
    parts = carry + [Part(block, 0, LAYOUTS[block.kind].pieces(block)
                          if BLOCK_KINDS[block.kind].splits else 1)
                     for block in blocks if BLOCK_KINDS[block.kind].placement not in (FOOT, FOOTER)]
    step, ctx, moving = _loosest_fit(context, parts, page, kept.get(("fit", index), 0))
    kept[("fit", index)] = step
    geometry = ctx.theme.page
    overflows = list(ctx.overflows)
    if moving and last:  # how much over, tightened as far as the theme allows
        tightest = context(FIT_LEVELS[-1])
        over = _overrun(context(FIT_LEVELS[-1]), _fill(tightest, parts, page), tightest.room)
        lines = math.ceil(over / ctx.theme.style("body").leading)  # to shorten, about
        overflows.append(Overflow(geometry.margin, ctx.bottom, geometry.content_width, over,
                                  f"blocks.{moving[0].block.id}", lines, reason=PAGES))
    scene_page = ScenePage(geometry.width, geometry.height, geometry.bleed, tuple(ctx.items),
                           tuple(overflows), flow_in=tuple(part.key() for part in carry),
                           flow_out=tuple(part.key() for part in moving))
    return scene_page, moving


def _loosest_fit(context: Callable[[float], Context], parts: list[Part], page: Page,
                 start: int) -> tuple[int, Context, list[Part]]:
    """The page composed at the loosest level at which nothing moves on, searched from the
    level `start` (an index of FIT_LEVELS): looser step by step while it keeps everything,
    else the tightest and then halving towards `start`; at level 0 when even the tightest
    cannot keep it all (two compositions when that was so last time too). Returns the
    level's index, its context and what moves on."""
    tried: dict[int, tuple[Context, list[Part]]] = {}

    def compose(step: int) -> tuple[Context, list[Part]]:
        if step not in tried:
            ctx = context(FIT_LEVELS[step])
            tried[step] = ctx, _fill(ctx, parts, page)
        return tried[step]

    tightest = len(FIT_LEVELS) - 1
    step = start
    if compose(step)[1]:  # content moves on: does the tightest keep it, and which looser?
        if compose(tightest)[1]:
            return 0, *compose(0)
        looser, step = step, tightest
        while step - looser > 1:  # the loosest that keeps it lies above `looser`
            middle = (looser + step) // 2
            looser, step = (middle, step) if compose(middle)[1] else (looser, middle)
        return step, *compose(step)
    while step > 0 and not compose(step - 1)[1]:  # loosen while everything still fits
        step -= 1
    return step, *compose(step)


def _fill(ctx: Context, parts: list[Part], page: Page) -> list[Part]:
    """Lay out the page's furniture and as many of `parts` as fit, with the room to spare
    handed out; returns the parts (or rests of parts) that move on to the next page."""
    placed, moving = _place(ctx, parts, page, {})
    spare = ctx.room = ctx.bottom - ctx.placed_bottom
    if spare < 0.5 or not placed or placed[-1].kind.placement == HEAD:
        return moving
    stretch: dict = {}
    fills = [p for p in placed if p.kind.placement == FILL]
    rows = sum(p.stop - p.start for p in fills)
    if rows:  # the charts of themes rows move down, to a point
        per_row = min(spare / rows, MAX_ROW_STRETCH)
        stretch = {p.key(): per_row for p in fills}
        spare -= per_row * rows
    flowing = [p for p in placed if p.kind.placement != HEAD]
    if not moving and placed[-1] not in fills and len(flowing) > 1 and spare <= MAX_CLOSING:
        stretch[("above", placed[-1].key())] = spare  # the last block closes the page
    else:  # or what is left is shared by the gaps between blocks, to a point
        gaps = [part for before, part in zip(placed, placed[1:], strict=False)
                if before.kind.placement != HEAD]
        for part in gaps:
            stretch[("above", part.key())] = min(spare / len(gaps), MAX_GAP_STRETCH)
    del ctx.items[:], ctx.overflows[:]
    _place(ctx, placed, page, stretch)
    return moving


@dataclass(frozen=True)
class Page:
    """What a page is composed of besides the parts that flow: its own `blocks`, the
    `footers` at its foot, the `foot` blocks placed above them, the document's `header`
    (repeated as a running header) and its `index`."""

    blocks: list[Block]
    footers: list[Block]
    foot: list[Block]
    header: Block | None
    index: int


def _place(ctx: Context, parts: list[Part], page: Page,
           stretch: dict) -> tuple[list[Part], list[Part]]:
    """Lay out the furniture, the foot blocks and `parts` from the top of the page down,
    as many as fit (`stretch`: extra points per piece of a fill part, or above a part);
    returns the parts placed and those that move on. A part that does not fit is split where
    its kind allows; the first part of a page is placed even if it does not fit, so content
    always moves on."""
    theme = ctx.theme
    geometry, gap = theme.page, theme.spacing["block_gap"]
    bottom = geometry.height - geometry.margin
    for block in page.footers:
        kinds.footer_band(ctx, block)
        bottom = geometry.height - theme.spacing["footer_height"] - gap
    foot_top = bottom - _height(ctx, page.foot, gap)
    if page.foot:
        bottom = foot_top - gap
    y = geometry.margin
    if page.header and (parts[0].kind.placement != HEAD if parts else page.foot):
        y = kinds.running_header(ctx, page.header) + gap
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
    for block in page.foot:
        foot_top = LAYOUTS[block.kind].place(ctx, block, foot_top, range(1), 0.0) + gap
    for block in page.footers:
        kinds.footer(ctx, block)
    return placed, moving


def _height(ctx: Context, blocks: list[Block], gap: float) -> float:
    """How tall `blocks` are, one under another `gap` apart (points); 0 for none."""
    mark = len(ctx.items), len(ctx.overflows)
    y = 0.0
    for block in blocks:
        y = LAYOUTS[block.kind].place(ctx, block, y, range(1), 0.0) + gap
    del ctx.items[mark[0]:], ctx.overflows[mark[1]:]
    return max(y - gap, 0.0)


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
        ctx.last_bottom = part.place(ctx, top, stop,
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
    ctx.last_bottom = trial.place(ctx, top)
    page = ctx.theme.page
    ctx.overflows.append(Overflow(page.margin, bottom, page.content_width,
                                  ctx.last_bottom - bottom, f"blocks.{part.block.id}", 0,
                                  reason=TALLER_THAN_PAGE))
    return trial


def _overrun(ctx: Context, moving: list[Part], room: float) -> float:
    """How many points the content that moves on needs beyond the page's foot: its height
    laid out on its own, less the `room` left on the page (points)."""
    gap = ctx.theme.spacing["block_gap"]
    y = 0.0
    for part in moving:
        y = part.place(ctx, y) + gap
    return max(y - gap - max(room - gap, 0.0), 0.0)
