"""Layout of each block kind on the page grid (LAYOUTS). Each returns the y of its bottom edge."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from infographic_app.layout.charts import draw_visual
from infographic_app.layout.context import Context
from infographic_app.layout.hit import Box
from infographic_app.layout.scene import Image, Link, Rect, Shape
from infographic_app.model.blocks import BLOCK_KINDS, Block, prints_big
from infographic_app.model.editions import badge_text
from infographic_app.model.links import web_address
from infographic_app.model.notes import GENERATED_NOTES

MAX_TILES_IN_ROW = 6  # more tiles than this go on more rows
TITLE_LINES = 3  # the most lines a factsheet's title may take in the header band
THEMES_PER_ROW = 2
TILE_FIGURE_BIG = prints_big("tiles", "figure")


def _id(block: Block, *parts: str) -> str:
    return ".".join(("blocks", block.id, *parts))


def accent_rule(ctx: Context, x: float, y: float, element_id: str) -> None:
    """The short accent rule above a key figure, its top-left corner at (x, y) in points; its
    size is the theme's (spacing accent_rule_width and accent_rule_height)."""
    spacing = ctx.theme.spacing
    ctx.add(Rect(x, y, spacing["accent_rule_width"], spacing["accent_rule_height"], "accent",
                 element_id))


def full_bleed_band(ctx: Context, top: float, height: float, colour: str, element_id: str,
                    to_top: bool = False, to_bottom: bool = False) -> None:
    """A band across the whole page, running into the bleed at the sides (and top or bottom)."""
    page, bleed = ctx.theme.page, ctx.theme.page.bleed
    y0 = -bleed if to_top else top
    y1 = page.height + bleed if to_bottom else top + height
    ctx.add(Rect(-bleed, y0, page.width + 2 * bleed, y1 - y0, colour, element_id))


def wordmark(ctx: Context, right: float, top: float, scale: float = 1.0,
             with_lines: bool = True) -> Box:
    """The organisation's mark, right-aligned at `right`; returns where it went. The theme's
    logo file when it has one, else 'ckm!' drawn over its name lines (small uses leave the
    lines out: below 6 pt they would not print legibly)."""
    if ctx.theme.logo:
        return _logo(ctx, right, top, scale)
    mark_style = ctx.theme.style("wordmark")
    lines_style = ctx.theme.style("wordmark_lines")
    mark = ctx.theme.wordmark
    width = max([ctx.setter.measure(mark.mark, mark_style),
                 *(ctx.setter.measure(line, lines_style) for line in mark.lines)]) * scale
    x = right - width
    big = replace(mark_style, size=mark_style.size * scale, leading=mark_style.leading * scale)
    small = replace(lines_style, size=lines_style.size * scale,
                    leading=lines_style.leading * scale)
    placed = ctx.setter.set(mark.mark, big, x, top, width + 1, "theme.wordmark",
                            align="right")
    ctx.add(*placed.runs)
    bottom = top + placed.height
    if with_lines and mark.lines:  # a theme may give no lines (`lines: []` or none)
        y = bottom + 3 * scale
        placed = ctx.setter.set("\n".join(mark.lines), small, x, y, width + 1, "theme.wordmark")
        ctx.add(*placed.runs)
        bottom = y + placed.height
    return Box(x, top, width, bottom - top, "theme.wordmark")


def _logo(ctx: Context, right: float, top: float, scale: float) -> Box:
    """The theme's logo: an SVG as vector shapes in the logo colour, else the image."""
    logo = ctx.theme.logo
    width, height = logo.width * scale, logo.height * scale
    x = right - width
    for shape in logo.shapes:
        ctx.add(Shape(tuple((c[0], *(v * scale + (x if i % 2 == 0 else top)
                                    for i, v in enumerate(c[1:]))) for c in shape),
                     logo.colour, "theme.logo"))
    if logo.pixels:
        ctx.add(Image(x, top, width, height, str(logo.path), "primary", "theme.logo"))
    return Box(x, top, width, height, "theme.logo")


def header_band(ctx: Context, block: Block, top: float) -> float:
    """Full-bleed band: kicker, title (at most TITLE_LINES lines) and wordmark; grows with the
    title and pushes what follows down. Its least height and padding are the theme's spacing
    (header_*)."""
    page, spacing = ctx.theme.page, ctx.theme.spacing
    band = len(ctx.items)
    x, width = page.span(0, 9)
    top = spacing["header_padding_top"]
    kicker = ctx.text(block.fields["kicker"], "kicker", x, top, width, _id(block, "kicker"),
                      resolve=False, max_height=ctx.theme.style("kicker").leading)
    title = ctx.text(block.fields["title"], "title", x, top + kicker.height + 6, width,
                     _id(block, "title"),
                     max_height=ctx.theme.style("title").leading * TITLE_LINES)
    height = max(spacing["header_height"],
                 top + kicker.height + 6 + title.height + spacing["header_padding_bottom"])
    wordmark(ctx, page.width - page.margin, top - 2)
    # A darker wedge behind the wordmark gives the band depth without another colour.
    wedge_x = page.column_x(8)
    ctx.items[band:band] = [
        Rect(-page.bleed, -page.bleed, page.width + 2 * page.bleed, height + page.bleed,
             "primary", _id(block)),
        Shape((("M", wedge_x + 40, -page.bleed), ("L", page.width + page.bleed, -page.bleed),
              ("L", page.width + page.bleed, height), ("L", wedge_x, height), ("Z",)),
             "primary_dark", _id(block)),
    ]
    return height


def running_header(ctx: Context, header: Block) -> float:
    """Page 2 onwards: a slim band repeating the factsheet's kicker and title."""
    page, height = ctx.theme.page, ctx.theme.spacing["running_header_height"]
    full_bleed_band(ctx, 0, height, "primary", _id(header), to_top=True)
    text = f"{header.fields['kicker']}  |  **{header.fields['title']}**"
    ctx.text(text, "kicker", page.margin, 16, page.content_width, _id(header, "title"),
             max_height=ctx.theme.style("kicker").leading)
    return height


def heading(ctx: Context, text: str, top: float, element_id: str, style: str = "heading",
            x: float | None = None, width: float | None = None) -> float:
    """Set a heading at `top` (points) across the content width (or from `x`, `width`
    wide); returns the y below it."""
    page = ctx.theme.page
    placed = ctx.text(text, style, page.margin if x is None else x, top,
                      page.content_width if width is None else width, element_id,
                      max_height=ctx.theme.style(style).leading * 2)
    return top + placed.height + ctx.theme.spacing["heading_gap"] + 3


def intro(ctx: Context, block: Block, top: float) -> float:
    """Lay out an intro block at `top`: heading, text, and its visual beside the text;
    returns the y below the block (points)."""
    page = ctx.theme.page
    has_visual = bool(block.fields.get("visual"))
    top = heading(ctx, block.fields["heading"], top, _id(block, "heading"))
    x, width = page.span(0, 8 if has_visual else 12)
    bottom = top + ctx.text(block.fields["text"], "body", x, top, width, _id(block, "text")).height
    if has_visual:
        vx, vwidth = page.span(8, 4)
        pad = ctx.theme.spacing["panel_padding"]
        panel = len(ctx.items)
        used = draw_visual(ctx, block.fields["visual"], vx + pad, top + pad, vwidth - 2 * pad,
                           max(bottom - top, 150) - 2 * pad, _id(block, "visual"))
        panel_height = max(used + 2 * pad, bottom - top)
        ctx.items.insert(panel, Rect(vx, top, vwidth, panel_height, "tint",
                                     _id(block, "visual")))
        bottom = top + panel_height
    return bottom


def tiles(ctx: Context, block: Block, top: float) -> float:
    """Lay out a tiles block at `top`: the heading and up to five tiles a row (big
    number, accent rule, text) on a tinted band as tall as its tallest tile; returns the y
    below the band (points)."""
    page = ctx.theme.page
    pad = ctx.theme.spacing["band_padding"]
    items = block.fields["tiles"]
    band = len(ctx.items)
    y = heading(ctx, block.fields["heading"], top + pad, _id(block, "heading"), "band_heading")
    per_row = tiles_per_row(ctx, items)
    width = tile_width(ctx, per_row)
    least_text = ctx.theme.style("tile_text").leading * 2  # a tile's text box, at least
    bottom = y
    for index, tile in enumerate(items):
        row, col = divmod(index, per_row)
        if col == 0 and row:  # the next row starts below the tallest tile of this one
            y = bottom + ctx.theme.spacing["block_gap"]
        x = page.margin + col * (width + page.gutter)
        tile_id = _id(block, "tiles", tile["id"])
        accent_rule(ctx, x, y, tile_id)
        figure = ctx.figure_text(tile["figure"], big=TILE_FIGURE_BIG)
        number = ctx.big_figure(tile["figure"], figure, ctx.figure_style([figure], width), x,
                                y + 9, width)
        text_top = y + 9 + number.height + 5
        if tile.get("badge") == "change":
            text_top = change_badge(ctx, tile, tile_id, x, text_top - 3, width) + 3
        placed = ctx.text(tile["text"], "tile_text", x, text_top, width, f"{tile_id}.text")
        bottom = max(bottom, text_top + max(placed.height, least_text))
    bottom += pad - 4
    ctx.items.insert(band, Rect(-page.bleed, top, page.width + 2 * page.bleed, bottom - top,
                                "accent_tint", _id(block)))
    return bottom


def change_badge(ctx: Context, tile: dict, tile_id: str, x: float, top: float,
                 width: float) -> float:
    """A tile's change badge under its number ('+14% t.o.v. editie 2020', model/editions.py
    badge_text); returns the y below it. Nothing when there is nothing to compare with."""
    text = badge_text(ctx.document, tile["figure"])
    if text is None:
        return top
    # The tile's text style, bold in the primary colour's dark shade (the primary itself is
    # below 4.5:1 on the band's tint at this size): no style of its own in the theme.
    style = replace(ctx.theme.style("tile_text"), name="tile_badge", font="bold",
                    colour="primary_dark")
    placed = ctx.setter.set(text, style, x, top, width, f"{tile_id}.badge", None)
    ctx.items.extend(placed.runs)
    return top + placed.height


def tile_width(ctx: Context, per_row: int) -> float:
    """The width of a tile when `per_row` stand side by side (points)."""
    page = ctx.theme.page
    return (page.content_width - page.gutter * (per_row - 1)) / per_row


def tiles_per_row(ctx: Context, tiles: list[dict]) -> int:
    """Tiles side by side: all of them up to MAX_TILES_IN_ROW when every tile's number fits
    its width, else rows as even as may be (7 -> 4 + 3, 8 -> 4 + 4) with numbers that fit."""
    style = ctx.theme.style("tile_figure")
    widest = max((ctx.setter.measure(ctx.figure_text(tile["figure"], big=TILE_FIGURE_BIG),
                                     style) for tile in tiles), default=0.0)
    for rows in range(1, len(tiles) + 1):
        per_row = -(-len(tiles) // rows)
        if per_row <= MAX_TILES_IN_ROW and widest <= tile_width(ctx, per_row):
            return per_row
    return 1


def theme_rows(block: Block) -> int:
    """How many rows of THEMES_PER_ROW a themes block takes: the places it may split."""
    return -(-len(block.fields["themes"]) // THEMES_PER_ROW)


def themes(ctx: Context, block: Block, top: float, rows: range | None = None,
           stretch: float = 0.0) -> float:
    """Themes in rows of two, `rows` of them (all by default) from `top`: each theme a rule,
    its heading and text, and its chart under the text. A row is as tall as its taller
    theme; the charts of a row start together under the longer text, `stretch` points
    lower (the page's room to spare, given to its rows; below a theme alone in its row,
    which takes the whole width: _lone_theme). Returns the y below the last row."""
    page, spacing = ctx.theme.page, ctx.theme.spacing
    items = block.fields["themes"]
    rows = range(theme_rows(block)) if rows is None else rows
    y = top
    for row in rows:
        in_row = items[row * THEMES_PER_ROW:(row + 1) * THEMES_PER_ROW]
        if len(in_row) == 1 < len(items):
            y = _lone_theme(ctx, block, in_row[0], y) + stretch
            if row != rows[-1]:
                y += spacing["block_gap"]
            continue
        row_top, texts_bottom = y, y
        placed = []  # each theme of the row: (its entry, id, x, width, items it added)
        for col, theme in enumerate(in_row):
            x, width = page.span(col * 6, 6)
            theme_id = _id(block, "themes", theme["id"])
            start = len(ctx.items)
            ctx.add(Rect(x, row_top, width, 1.2, "primary", theme_id))
            text_top = heading(ctx, theme["heading"], row_top + 8, f"{theme_id}.heading",
                               "theme_heading", x=x, width=width)
            text = ctx.text(theme["text"], "body", x, text_top, width, f"{theme_id}.text")
            texts_bottom = max(texts_bottom, text_top + text.height)
            placed.append((theme, theme_id, x, width, ctx.items[start:]))
            del ctx.items[start:]
        y = texts_bottom
        chart_top = texts_bottom + spacing["chart_gap"] + stretch
        for theme, theme_id, x, width, theme_items in placed:  # in reading order
            ctx.items.extend(theme_items)
            if theme.get("visual"):
                used = draw_visual(ctx, theme["visual"], x, chart_top, width,
                                   spacing["chart_height"], f"{theme_id}.visual")
                y = max(y, chart_top + used)
        if row != rows[-1]:
            y += spacing["block_gap"]
    return y


def _lone_theme(ctx: Context, block: Block, theme: dict, top: float) -> float:
    """A theme alone in the last row of several takes the whole width, as a designer would
    set it rather than leave half the row empty: its rule and heading across, its text in
    the left half with its chart beside it in the right half, or without a chart its text
    in two balanced columns. Returns the y below it (points)."""
    page, spacing = ctx.theme.page, ctx.theme.spacing
    theme_id = _id(block, "themes", theme["id"])
    x, width = page.span(0, 12)
    ctx.add(Rect(x, top, width, 1.2, "primary", theme_id))
    text_top = heading(ctx, theme["heading"], top + 8, f"{theme_id}.heading", "theme_heading",
                       x=x, width=width)
    (left, half), (right, _) = page.span(0, 6), page.span(6, 6)
    if not theme.get("visual"):
        text = ctx.resolve(theme["text"], f"{theme_id}.text")
        return two_columns(ctx, text, "body", (left, right), half, text_top, f"{theme_id}.text")
    text = ctx.text(theme["text"], "body", left, text_top, half, f"{theme_id}.text")
    used = draw_visual(ctx, theme["visual"], right, text_top, half, spacing["chart_height"],
                       f"{theme_id}.visual")
    return max(text_top + text.height, text_top + used)


def numbered_list(ctx: Context, block: Block, top: float,
                  entries: range | None = None) -> float:
    """Lay out a numbered list at `top`: the heading (with the first item), then each item of
    `entries` (all by default) with its number in the first column; returns the y below
    the last (points)."""
    page = ctx.theme.page
    items = block.fields["items"]
    entries = range(len(items)) if entries is None else entries
    y = top
    if entries.start == 0:
        y = heading(ctx, block.fields["heading"], top, _id(block, "heading"), "section_heading")
    number_columns = 1 if len(items) < 10 else 2  # room for a number of two digits
    number_x, number_width = page.span(0, number_columns)
    x, width = page.span(number_columns, 12 - number_columns)
    prefix = block.fields.get("prefix")
    for index in entries:
        item, number = items[index], index + 1
        item_id = _id(block, "items", item["id"])
        ctx.text(str(number), "list_number", number_x, y, number_width, item_id, resolve=False)
        label_y = y + 2
        if prefix:
            label_y += ctx.text(f"{prefix} {number}", "list_label", x, label_y, width, item_id,
                                resolve=False).height + 3
        placed = ctx.text(item["text"], "list_text", x, label_y, width, f"{item_id}.text")
        half = ctx.theme.spacing["list_item_gap"] / 2
        y = max(label_y + placed.height, y + ctx.theme.style("list_number").leading) + half
        ctx.add(Rect(x, y, width, 0.6, "rule", item_id))
        if index != entries[-1]:
            y += half
    return y + 0.6


def text_block(ctx: Context, block: Block, top: float) -> float:
    """A tinted panel with a heading, an optional visual and the text in two balanced
    columns; returns the y below the panel (points)."""
    page = ctx.theme.page
    pad = ctx.theme.spacing["text_panel_padding"]
    panel = len(ctx.items)
    y = heading(ctx, block.fields["heading"], top + pad, _id(block, "heading"),
                x=page.margin + pad, width=page.content_width - 2 * pad)
    if block.fields.get("visual"):
        y += draw_visual(ctx, block.fields["visual"], page.margin + pad, y,
                         page.content_width - 2 * pad, 80, _id(block, "visual")) + 12
    left, column_width = page.span(0, 6)
    right, _ = page.span(6, 6)
    text = ctx.resolve(block.fields["text"], _id(block, "text"))
    bottom = two_columns(ctx, text, "body", (left + pad, right), column_width - pad, y,
                         _id(block, "text")) + pad
    ctx.items.insert(panel, Rect(page.margin, top, page.content_width, bottom - top, "tint",
                                 _id(block)))
    return bottom


def two_columns(ctx: Context, text: str, style_name: str, columns: tuple[float, float],
                width: float, top: float, element_id: str) -> float:
    """Set `text` (resolved) in two columns starting at x `columns`, each `width` wide, from
    `top` (points): paragraphs (its lines) with half a line between them, balanced so the
    columns end as evenly as may be, never leaving a paragraph's first line alone at the foot
    of the first column (an orphan) or its last line alone atop the second (a widow).
    Returns the y below the longer column."""
    style = ctx.theme.style(style_name)
    gap = style.leading / 2
    lines: list[tuple[int, int, list]] = []  # (paragraph, line in it, its runs)
    for number, paragraph in enumerate(p for p in text.split("\n") if p.strip()):
        placed = ctx.setter.set(paragraph, style, columns[0], 0, width, element_id)
        if placed.overflow:
            ctx.overflows.append(placed.overflow)
        baselines = sorted({run.y for run in placed.runs})
        for index, baseline in enumerate(baselines):
            lines.append((number, index, [r for r in placed.runs if r.y == baseline]))
    if not lines:
        return top
    ends = [index == len(lines) - 1 or lines[index + 1][0] != lines[index][0]
            for index in range(len(lines))]

    def height(first: int, stop: int) -> float:
        paragraphs = {lines[i][0] for i in range(first, stop)}
        return (stop - first) * style.leading + (len(paragraphs) - 1) * gap

    def allowed(split: int) -> bool:
        _, line, _ = lines[split - 1]
        orphan = line == 0 and not ends[split - 1]
        widow = split < len(lines) and ends[split] and lines[split][1] > 0
        return not orphan and not widow

    splits = range(1, len(lines) + 1)
    split = min([s for s in splits if allowed(s)] or splits,
                key=lambda s: (max(height(0, s), height(s, len(lines))), -s))
    for column, chosen in ((0, range(split)), (1, range(split, len(lines)))):
        y, previous = top, None
        for index in chosen:
            number, line, runs = lines[index]
            if previous is not None and number != previous:
                y += gap
            previous = number
            for run in runs:
                ctx.add(replace(run, x=run.x - columns[0] + columns[column],
                                y=y + run.y - line * style.leading))
            y += style.leading
    return top + max(height(0, split), height(split, len(lines)) if split < len(lines) else 0)


def footer_band(ctx: Context, block: Block) -> None:
    """The footer's band, running into the bleed at the foot of the page."""
    page, height = ctx.theme.page, ctx.theme.spacing["footer_height"]
    full_bleed_band(ctx, page.height - height, height, "primary", _id(block), to_bottom=True)


def footer(ctx: Context, block: Block) -> None:
    """The footer's text, web link and wordmark, on its band (see footer_band)."""
    page = ctx.theme.page
    top = page.height - ctx.theme.spacing["footer_height"]
    placed = ctx.text(block.fields["text"], "footer", page.margin, top + 18,
                      page.span(0, 8)[1], _id(block, "text"), resolve=False)
    url = web_address(str(block.fields.get("url") or ""))
    if url and placed.runs:
        ctx.add(Link(page.margin, top + 14, placed.width, placed.height + 8, url,
                     _id(block, "url")))
    wordmark(ctx, page.width - page.margin, top + 14, scale=0.6, with_lines=False)


def notes(ctx: Context, block: Block, top: float) -> float:
    """The notes block: a small heading ('Bronnen' when it has none), the numbered notes of
    the figures' sources and notes (model/notes.py), each a line of its own, then the block's
    own text, a line break starting a new note, in the notes style across the content width;
    returns the y below it (points)."""
    page = ctx.theme.page
    heading_text = block.fields.get("heading") or BLOCK_KINDS[block.kind].heading_in(
        ctx.document.locale)
    sources = [note.target for note in ctx.notes.notes]
    # The block added for a document without one is no part of the file: a click on its
    # heading selects the first source.
    heading_id = sources[0] if block.id == GENERATED_NOTES else _id(block, "heading")
    placed = ctx.text(heading_text, "notes_heading", page.margin, top, page.content_width,
                      heading_id, resolve=False)
    y = top + placed.height + 2
    style = ctx.theme.style("notes")
    # The numbers in a column of their own, the notes' lines beside them (hanging), half an
    # em apart: a gap a reader's copy of the text takes for a space.
    indent = max((ctx.setter.measure(f"{note.number}.", style) for note in ctx.notes.notes),
                 default=0.0) + style.size / 2
    for note in ctx.notes.notes:  # a click on a note selects its (first) figure's source
        ctx.text(f"{note.number}.", "notes", page.margin, y, indent, note.target,
                 resolve=False)
        y += ctx.text(note.text, "notes", page.margin + indent, y,
                      page.content_width - indent, note.target, resolve=False).height
    if not block.fields.get("text", "").strip():
        return y
    return y + ctx.text(block.fields["text"], "notes", page.margin, y, page.content_width,
                        _id(block, "text")).height


@dataclass(frozen=True)
class KindLayout:
    """How a kind of block is laid out: `place(ctx, block, top, pieces, stretch)` lays out
    the pieces (a range) at `top` and returns the y below them (points); `pieces(block)`
    counts the places a kind that splits (BlockKind.splits) may split at; `stretch` is
    the room to spare a FILL kind is given, in points per piece."""

    place: Callable[[Context, Block, float, range, float], float]
    pieces: Callable[[Block], int] = lambda block: 1


def _whole(layout: Callable[[Context, Block, float], float]) -> KindLayout:
    """The layout of a kind that never splits and takes no room to spare."""
    return KindLayout(lambda ctx, block, top, pieces, stretch: layout(ctx, block, top))


# Every kind of model/blocks.py BLOCK_KINDS but the footer (the page's own, footer_band and
# footer), by name.
LAYOUTS: dict[str, KindLayout] = {
    "header_band": _whole(header_band),
    "intro": _whole(intro),
    "tiles": _whole(tiles),
    "themes": KindLayout(themes, theme_rows),
    "numbered_list": KindLayout(lambda ctx, block, top, pieces, stretch:
                                numbered_list(ctx, block, top, pieces),
                                lambda block: len(block.fields["items"])),
    "text": _whole(text_block),
    "notes": _whole(notes),
}
