"""Document + theme -> Scene: places every block of every page on the theme's grid."""

from __future__ import annotations

from collections.abc import Collection

from infographic_app.layout import block_layout as kinds
from infographic_app.layout.context import Context
from infographic_app.layout.fonts import FontSet
from infographic_app.layout.resources import resources_for
from infographic_app.layout.scene import Overflow, Scene, ScenePage, moved
from infographic_app.layout.text import TextSetter
from infographic_app.model.blocks import Block
from infographic_app.model.document import Document
from infographic_app.model.storage import collect_young, collection_paused
from infographic_app.model.theme import Theme

FLOWING = {
    "intro": kinds.intro,
    "tiles": kinds.tiles,
    "numbered_list": kinds.numbered_list,
    "text": kinds.text_block,
}


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
    are (the layout of a page depends on its own blocks, the document's header band and the
    figures it shows), so a keystroke costs one page, not the whole document. And it passes
    the same `shapes` dict each time: drawings (icon arrays) kept by element id, one each."""
    setter = setter or TextSetter(fonts or FontSet(theme), document.locale)
    fonts = setter.fonts
    setter.fit_cache(len(document.pages))
    values = document.values()
    header = next((b for b in document.blocks() if b.kind == "header_band"), None)
    shapes = {} if shapes is None else shapes
    reuse = previous is not None and changed is not None \
        and len(previous.pages) == len(document.pages)
    pages = []
    with collection_paused():
        for index, page in enumerate(document.pages):
            if reuse and index not in changed:
                pages.append(previous.pages[index])
                continue
            ctx = Context(document, theme, fonts, setter, values, shapes=shapes)
            _layout_page(ctx, page.blocks, header)
            pages.append(ScenePage(theme.page.width, theme.page.height, theme.page.bleed,
                                   tuple(ctx.items), tuple(ctx.overflows)))
            collect_young()
    return Scene(tuple(pages), resources_for(theme, fonts))


def _layout_page(ctx: Context, blocks: list[Block], header: Block | None) -> None:
    """Items go on the page in reading order (header, blocks top to bottom, footer), as PDF
    text extraction and screen readers take them; only the footer's band comes first, as a
    background, so text that runs into it stays visible."""
    page, gap = ctx.theme.page, ctx.theme.spacing["block_gap"]
    bottom = page.height - page.margin
    footers = [block for block in blocks if block.kind == "footer"]
    for block in footers:
        kinds.footer_band(ctx, block)
        bottom = page.height - ctx.theme.spacing["footer_height"] - gap
    y = page.margin
    if header and (not blocks or blocks[0].kind != "header_band"):
        y = kinds.running_header(ctx, header) + gap
    last = None
    for block in blocks:
        start = len(ctx.items)
        if block.kind == "header_band":
            end = kinds.header_band(ctx, block, y)
        elif block.kind == "themes":
            end = kinds.themes(ctx, block, y, bottom)
        elif block.kind in FLOWING:
            end = FLOWING[block.kind](ctx, block, y)
        else:
            continue
        last = (block, start, end)
        if end > bottom + 0.01:
            ctx.overflows.append(Overflow(page.margin, bottom, page.content_width, end - bottom,
                                          f"blocks.{block.id}", 0))
        y = end + gap
    # Space left over on the page goes above the last flowing block, which then
    # closes the page just above the footer, as a designer would set it.
    if last and last[0].kind in FLOWING and last[2] < bottom:
        block, start, end = last
        ctx.items[start:] = [moved(item, bottom - end) for item in ctx.items[start:]]
    for block in footers:
        kinds.footer(ctx, block)
