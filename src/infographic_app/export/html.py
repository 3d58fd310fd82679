"""The web edition: the factsheet as one self-contained, semantic HTML5 page.

Built from the document's structure, not from a picture of the pages: the header band is
the page's banner with the title as its h1, each block (and each theme) a section under an
h2, texts as paragraphs with their figures written as the document prints them, tiles and
big numbers as lists of figures in text, a numbered list as <ol>, the footer's address as a
link. Each chart is inline SVG painted by render/svg_painter.py from the same chart layout
as the pages (layout/chart_frame.py), with role="img" and the short alt text, followed by
its long description and data table in a <details>. The numbered notes (model/notes.py) are
the notes section's ordered list, each note linking back to its first mark; each mark is a
superscript link to its note. Fonts (cut down to the characters used)
and the wordmark or logo are inline too, so the page needs no network.
"""

from __future__ import annotations

import re
import unicodedata
from html import escape
from pathlib import Path

from infographic_app.export.web_fonts import font_face_rules
from infographic_app.export.web_style import stylesheet
from infographic_app.layout.chart_frame import layout_chart
from infographic_app.layout.engine import layout_document
from infographic_app.layout.fonts import FontSet
from infographic_app.layout.hit import item_box, union
from infographic_app.layout.scene import Scene
from infographic_app.layout.text import TextSetter
from infographic_app.model.alt_text import short_alt_text
from infographic_app.model.blocks import (
    BLOCK_KINDS,
    FILL,
    FLOW,
    FOOT,
    FOOTER,
    HEAD,
    Block,
    prints_big,
)
from infographic_app.model.chart_description import data_table, long_description
from infographic_app.model.document import Document
from infographic_app.model.editions import badge_text
from infographic_app.model.markup import BOLD, ITALIC
from infographic_app.model.notes import figure_notes, mark, mark_name, notes_blocks
from infographic_app.model.storage import atomic_write
from infographic_app.model.theme import Theme
from infographic_app.render.svg_painter import font_family, svg_element

CHART_WIDTH = 260.0  # points: the width charts are laid out at; the SVG scales to the screen
MARK_IDS = ("theme.wordmark", "theme.logo")
NUMBER = ' class="number"'
# *first disclosure*{en}: an italic phrase in another language (a BCP 47 tag).
FOREIGN = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*\{([a-z]{2,3}(?:-[A-Za-z]{2,4})?)\}")
WORDS = {
    "nl-NL": {"skip": "Naar de inhoud", "details": "Beschrijving en cijfers van de grafiek",
              "table": "Cijfers van de grafiek", "mark": "Logo van {name}",
              "back": "Terug naar de tekst bij noot {number}", "section": "sectie"},
    "en-GB": {"skip": "Skip to content", "details": "Description and figures of the chart",
              "table": "Figures of the chart", "mark": "Logo of {name}",
              "back": "Back to the text of note {number}", "section": "section"},
}
# Where a mark goes in a resolved text before it is escaped: numbers between two characters
# no text holds, made a link afterwards.
MARK_START, MARK_END = "\x00", "\x01"
MARK_TOKEN = re.compile(MARK_START + "([0-9,]+)" + MARK_END)


def export_html(document: Document, theme: Theme, path: Path,
                scene: Scene | None = None) -> list[Path]:
    """Write the web edition of `document` to `path` (atomically: an existing file is
    replaced only by a complete page); returns [path]. `scene`: the document laid out with
    `theme`, for its wordmark (laid out anew when not given). OSError when it cannot be
    written."""
    page = html_page(document, theme, scene)
    with atomic_write(Path(path)) as handle:
        handle.write(page.encode("utf-8"))
    return [Path(path)]


def html_page(document: Document, theme: Theme, scene: Scene | None = None) -> str:
    """The web edition of `document` as the text of one HTML5 page (see the module text)."""
    setter = TextSetter(FontSet(theme), document.locale)
    scene = scene or layout_document(document, theme, setter.fonts)
    words = WORDS.get(document.locale, WORDS["en-GB"])
    page = _Page(document, theme, setter, words)
    placed = {placement: [b for b in document.blocks()
                          if BLOCK_KINDS[b.kind].placement == placement]
              for placement in (HEAD, FOOTER)}
    placed[FOOT] = notes_blocks(document, page.notes)
    header = next(iter(placed[HEAD]), None)
    footer = next(iter(placed[FOOTER]), None)
    flowing = [b for b in document.blocks() if BLOCK_KINDS[b.kind].placement in (FLOW, FILL)]
    body = [f'<a class="skip" href="#content">{escape(words["skip"])}</a>',
            _header(header, _mark(scene, theme, words)),
            '<main id="content" class="wrap">',
            *(page.block(block) for block in flowing + placed[FOOT]),  # the notes last
            "</main>", _footer(footer)]
    body_html = "\n".join(part for part in body if part)
    # The markup's own characters come along: a few glyphs more than the text needs.
    fonts = font_face_rules(theme.fonts, body_html, font_family)
    language = document.locale.split("-")[0]
    title = document.metadata.get("title") or (header.fields.get("title", "") if header else "")
    meta = "".join(f'<meta name="{name}" content="{escape(document.metadata[key])}">\n'
                   for name, key in (("author", "author"), ("description", "subject"))
                   if document.metadata.get(key))
    return (f'<!DOCTYPE html>\n<html lang="{language}">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{escape(title)}</title>\n{meta}"
            f"<style>\n{fonts}\n{stylesheet(theme)}</style>\n</head>\n<body>\n{body_html}\n"
            "</body>\n</html>\n")


class _Page:
    """Writes the blocks of one document as HTML."""

    def __init__(self, document: Document, theme: Theme, setter: TextSetter, words: dict):
        self.document, self.theme, self.setter, self.words = document, theme, setter, words
        self.values = document.values()
        self.notes = figure_notes(document)
        self.marked = theme.footnote_marks
        self.first_mark: dict[int, str] = {}  # note number -> the id of its first mark
        self.anchors: set[str] = {"content"}  # the ids given so far (the skip link's first)

    def rich(self, text: str, field_id: str = "") -> str:
        """Rich text as HTML paragraphs: figures filled in, **bold** and *italic* as strong
        and em, *a phrase*{en} as em with its language, an empty line between paragraphs;
        the footnote marks of the text field `field_id` as links to their notes."""
        marks = tuple((place, f"{MARK_START}{','.join(map(str, numbers))}{MARK_END}")
                      for place, numbers in self.notes.numbers_in(field_id, text)) \
            if self.marked else ()
        resolved = escape(self.document.resolve(text, self.values, marks), quote=False)
        resolved = MARK_TOKEN.sub(lambda m: self.marks(m.group(1)), resolved)
        resolved = FOREIGN.sub(r'<em lang="\2">\1</em>', resolved)
        resolved = ITALIC.sub(r"<em>\1</em>", BOLD.sub(r"<strong>\1</strong>", resolved))
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", resolved) if p.strip()]
        return "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in paragraphs)

    def marks(self, numbers: str) -> str:
        """The marks of notes `numbers` ('1,2') as superscript links to the notes; the first
        mark of each note gets an id its note links back to."""
        links = []
        for number in map(int, numbers.split(",")):
            anchor = f"note-ref-{number}-{len(self.first_mark) + len(links)}"
            self.first_mark.setdefault(number, anchor)
            label = escape(mark_name(number, self.document.locale))
            links.append(f'<a id="{anchor}" href="#note-{number}" aria-label="{label}">'
                         f"{mark(number)}</a>")
        return f'<sup class="note-mark">{",".join(links)}</sup>'

    def notes_list(self) -> str:
        """The numbered notes as an ordered list, each linking back to its first mark."""
        items = []
        for note in self.notes.notes:
            back = self.first_mark.get(note.number)
            link = (f' <a href="#{back}" aria-label="'
                    f'{escape(self.words["back"].format(number=note.number))}">↩</a>'
                    if back else "")
            items.append(f'<li id="note-{note.number}">{escape(note.text)}{link}</li>')
        return f'<ol class="notes-list">{"".join(items)}</ol>' if items else ""

    def block(self, block: Block) -> str:
        """A block as a section (themes: a section per theme)."""
        fields = block.fields
        if block.kind == "themes":
            return '<div class="themes">' + "".join(
                self.section(theme.get("heading", ""),
                             self.rich(theme.get("text", ""), f"blocks.{block.id}.themes."
                                       f"{theme['id']}.text") + self.visual(
                                 theme.get("visual"), theme.get("heading", ""),
                                 f"blocks.{block.id}.themes.{theme['id']}.visual"))
                for theme in fields.get("themes", [])) + "</div>"
        if block.kind == "tiles":
            tiles = [self.tile(tile, f"blocks.{block.id}.tiles.{tile.get('id')}")
                     for tile in fields.get("tiles", [])]
            inner = '<ul class="tiles">' + "".join(f"<li>{t}</li>" for t in tiles) + "</ul>"
            return self.section(fields.get("heading", ""), inner, "tiles-band")
        if block.kind == "numbered_list":
            prefix = fields.get("prefix", "")
            texts = [self.rich(item.get("text", ""), f"blocks.{block.id}.items.{item.get('id')}"
                               ".text") for item in fields.get("items", [])]
            items = "".join(
                f'<li><span class="item-label">{escape(f"{prefix} {n}".strip())}</span>'
                f"{text}</li>" for n, text in enumerate(texts, start=1))
            return self.section(fields.get("heading", ""),
                                f'<ol class="numbered">{items}</ol>')
        inner = self.rich(fields.get("text", ""), f"blocks.{block.id}.text") + self.visual(
            fields.get("visual"), fields.get("heading", ""), f"blocks.{block.id}.visual")
        if block.kind == "notes":  # the numbered notes first, then the block's own text
            inner = self.notes_list() + inner
        panel = {"text": "text-panel", "notes": "notes"}.get(block.kind, "")
        heading = fields.get("heading") or BLOCK_KINDS[block.kind].heading_in(
            self.document.locale)
        return self.section(heading, inner, panel)

    def section(self, heading: str, inner: str, css_class: str = "") -> str:
        """A section under an h2 (labelled by it, its id `anchor` of the heading), or a
        plain one without a heading."""
        css = f' class="{css_class}"' if css_class else ""
        if not heading:
            return f"<section{css}>{inner}</section>"
        heading = " ".join(self.document.resolve(heading, self.values).split())
        anchor = self.anchor(heading)
        return (f'<section{css} aria-labelledby="{anchor}"><h2 id="{anchor}">'
                f"{escape(heading)}</h2>{inner}</section>")

    def anchor(self, heading: str) -> str:
        """A readable id for a section, made of its `heading` as printed, in the document's
        language ('Arbeidsuitbuiting in de bouw': 'arbeidsuitbuiting-in-de-bouw'): lower
        case, accents dropped, a hyphen between words; '-2', '-3' added to a heading met
        before on the page, so each is unique and stays the same while the headings do."""
        plain = unicodedata.normalize("NFKD", heading).encode("ascii", "ignore").decode()
        stem = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or self.words["section"]
        anchor, number = stem, 1
        while anchor in self.anchors or re.fullmatch(r"note(-ref)?-[0-9-]+", anchor):
            number += 1
            anchor = f"{stem}-{number}"
        self.anchors.add(anchor)
        return anchor

    def tile(self, tile: dict, entry_id: str) -> str:
        """A tile (`entry_id`: 'blocks.<block>.tiles.<tile>'): its figure large, the change
        badge when asked for, then its text."""
        figure_id = tile.get("figure", "")
        figure = self.big(figure_id, prints_big("tiles", "figure")) \
            if figure_id in self.document.figures else ""
        badge = badge_text(self.document, figure_id) if tile.get("badge") == "change" else None
        badge_html = f'<span class="badge">{escape(badge)}</span>' if badge else ""
        text = self.rich(tile.get("text", ""), f"{entry_id}.text")
        return f"<p>{figure}{badge_html}</p>{text}" if figure or badge_html else text

    def big(self, figure_id: str, big: bool) -> str:
        """A figure printed large, in its `big` form where the field prints it so ('< 10',
        model/blocks.py FieldSpec.big); a screen reader hears it as running text prints it
        ('minder dan 10'), the big form hidden from it."""
        shown = self.document.show(figure_id, self.values, big=big)
        said = self.document.show(figure_id, self.values)
        if shown == said:
            return f'<span class="big">{escape(shown)}</span>'
        return (f'<span class="big"><span aria-hidden="true">{escape(shown)}</span>'
                f'<span class="spoken">{escape(said)}</span></span>')

    def visual(self, visual: dict | None, heading: str, element_id: str) -> str:
        """A chart as SVG with its alternative, description and table; big numbers as text."""
        if not isinstance(visual, dict):
            return ""
        if visual["kind"] == "big_numbers":
            return '<ul class="numbers">' + "".join(
                f'<li>{self.big(f, prints_big("big_numbers", "figures"))} '
                f"{escape(self.document.figures[f].label)}</li>"
                for f in visual["figures"] if f in self.document.figures) + "</ul>"
        chart = layout_chart(self.document, self.theme, visual, element_id, CHART_WIDTH,
                             self.setter)
        page = chart.pages[0]
        svg = svg_element(page.items, chart.resources, 0.0, 0.0, page.width, page.height,
                          {"role": "img", "class": visual["kind"], "aria-label": short_alt_text(
                              self.document, visual, heading, self.values)})
        numbers = [n for _, found in self.notes.numbers_in(f"{element_id}.caption",
                                                                 visual.get("caption") or "")
                   for n in found] if self.marked else []
        marks = f"<p>{self.marks(','.join(map(str, numbers)))}</p>" if numbers else ""
        return (f"<figure>{svg}{marks}<details><summary>{escape(self.words['details'])}</summary>"
                f"<p>{escape(long_description(self.document, visual, heading, self.values))}"
                f"</p>{self.table(visual)}</details></figure>")

    def table(self, visual: dict) -> str:
        """The chart's data table: column headers, a row header per figure."""
        table = data_table(self.document, visual, self.values)
        head = "".join(f'<th scope="col">{escape(h)}</th>' for h in table.headers)
        rows = "".join(
            f'<tr><th scope="row">{escape(row[0])}</th>'
            + "".join(f"<td{NUMBER if i < table.numbers else ''}>{escape(cell)}</td>"
                      for i, cell in enumerate(row[1:])) + "</tr>"
            for row in table.rows)
        return (f"<table><caption>{escape(self.words['table'])}</caption><thead><tr>{head}"
                f"</tr></thead><tbody>{rows}</tbody></table>")


def _header(header: Block | None, mark: str) -> str:
    """The banner: kicker, the title as h1, and the wordmark."""
    if header is None:
        return f'<header class="band"><div class="wrap">{mark}</div></header>'
    kicker = header.fields.get("kicker", "")
    kicker_html = f'<p class="kicker">{escape(kicker)}</p>' if kicker else ""
    return (f'<header class="band"><div class="wrap"><div>{kicker_html}<h1>'
            f'{escape(header.fields.get("title", ""))}</h1></div>{mark}</div></header>')


def _footer(footer: Block | None) -> str:
    """The footer band: its text, a link when it has an address."""
    if footer is None:
        return ""
    text, url = escape(footer.fields.get("text", "")), footer.fields.get("url")
    line = f'<a href="{escape(url)}">{text}</a>' if url else text
    return f'<footer class="band"><div class="wrap"><p>{line}</p></div></footer>'


def _mark(scene: Scene, theme: Theme, words: dict) -> str:
    """The wordmark or logo as the first page draws it, as SVG named after the theme's
    organisation; '' when the page has none."""
    page = scene.pages[0]
    items = [item for item in page.items if item.element_id in MARK_IDS]
    if not items:
        return ""
    box = union([item_box(item, scene.resources) for item in items], 1.0)
    return svg_element(items, scene.resources, box.x, box.y, box.width, box.height,
                       {"role": "img", "class": "wordmark",
                        "aria-label": words["mark"].format(name=theme.name)})
