"""Preflight: what a print shop (or a screen reader of the web PDF) would object to, found in
the scene before anything is exported. Each finding names the element, the page and what to do.
"""

from __future__ import annotations

import re
from functools import lru_cache

from infographic_app.layout.hit import Box, item_box
from infographic_app.layout.scene import Image, Rect, Resources, Scene, ScenePage, Shape, TextRun
from infographic_app.model.addressing import elements
from infographic_app.model.alt_text import visuals
from infographic_app.model.document import Document
from infographic_app.model.messages import edge_name, say
from infographic_app.model.problems import Problem, Severity
from infographic_app.model.theme import MM, Colour, Theme

HAIRLINE = 0.25  # points
BACKGROUND_AREA = 100  # square points: smaller shapes (icons) are not text backgrounds
MIN_PPI = 300  # pixels per inch an image needs at its printed size
RICH_BLACK_TEXT_BELOW = 12  # points
CHARTS = ("icon_array", "percentage_bars", "donut")  # a Figure with /Alt in the screen PDF
TITLES = {"header_band": "title"}  # the field that is a block's main heading (H1)
EDGE = 0.5  # points: a shape this close to the trim edge touches it


def preflight(document: Document, scene: Scene, theme: Theme, target: str = "print",
              language: str = "en") -> list[Problem]:
    """What a print shop (`target` 'print') or a reader of the screen PDF ('screen') would
    object to in `scene`, laid out from `document` with `theme`: one Problem per element and
    finding, with messages in `language` ('en' or 'nl'). Text sizes in points; boxes of
    text from the faces' metrics in the scene's resources."""
    checker = _Preflight(document, theme, scene.resources, language)
    problems: list[Problem] = []
    for number, checked in enumerate(_checked(scene, theme, document), start=1):
        key = (number, target, language)
        found = checked.findings.get(key)
        if found is None:
            found = checker.text(checked.page, checked.boxes, number, target)
            if target == "print":
                found += checker.shapes(checked.page, checked.boxes, number)
            checked.findings[key] = found
        problems += found
    if target == "print":
        problems += checker.ink(scene)
        if not document.metadata.get("title", "").strip():  # PDF/X requires a title
            line = document.line_of(("metadata",)) or 1
            problems.append(Problem(say("print_needs_title", language), field="metadata.title",
                                    file=str(document.path or ""), line=line,
                                    element_id="metadata.title"))
        problems += _metadata_characters(document, language)
    if target == "screen":
        problems += checker.accessibility()
    return _unique(problems)


# What the metadata of a PDF/X file (its XMP, which is XML 1.0) cannot hold: control
# characters other than tab and line breaks, and the non-characters U+FFFE and U+FFFF.
_NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _metadata_characters(document: Document, language: str) -> list[Problem]:
    """An error for each metadata text holding a character the print PDF's self-check would
    refuse, with the field's line."""
    problems = []
    for key, text in document.metadata.items():
        found = _NOT_IN_XML.search(text or "")
        if found:
            problems.append(Problem(
                say("metadata_control_character", language, char=f"U+{ord(found.group()):04X}"),
                field=f"metadata.{key}", file=str(document.path or ""),
                line=document.line_of(("metadata", key)), element_id=f"metadata.{key}"))
    return problems


class _Preflight:
    def __init__(self, document: Document, theme: Theme, resources: Resources, language: str):
        self.document, self.theme, self.language = document, theme, language
        self.resources = resources

    def finding(self, element: str, severity: Severity, key: str, **params) -> Problem:
        """A finding about a document element names the document's line; one about the
        theme's wordmark or logo names the theme file."""
        field, line = self.document.locate(element) if element else ("", None)
        file = self.theme.path if element.startswith("theme.") else self.document.path
        return Problem(say(key, self.language, **params), field=field, file=str(file or ""),
                       line=line, severity=severity, element_id=element)

    def number(self, value: float) -> str:
        """A measure in the message's language: 0.1 in English, 0,1 in Dutch."""
        text = f"{value:.1f}".rstrip("0").rstrip(".")
        return text.replace(".", ",") if self.language == "nl" else text

    def text(self, page: ScenePage, boxes: tuple[Box, ...], number: int,
             target: str) -> list[Problem]:
        found = []
        printing = self.theme.printing
        backgrounds = [(index, box, item.fill) for index, (item, box) in
                       enumerate(zip(page.items, boxes, strict=True))
                       if isinstance(item, Rect | Shape) and item.fill
                       and box.width * box.height >= BACKGROUND_AREA]
        for index, item in enumerate(page.items):
            if not isinstance(item, TextRun):
                continue
            if item.size < printing.min_text_size - 1e-9:
                found.append(self.finding(item.element_id, Severity.WARNING, "small_text",
                                          page=number, size=self.number(item.size),
                                          minimum=self.number(printing.min_text_size)))
            # The layout shows these as '?'; the finding names the character that was typed.
            found += [self.finding(item.element_id, Severity.ERROR, "missing_glyph", char=ch,
                                   code=f"U+{ord(ch):04X}", page=number,
                                   font=self.resources.faces[item.face].name)
                      for ch in sorted(set(item.missing))]
            if target == "print":
                found += self._print_text(page, item, boxes[index], number)
            else:
                found += self._contrast(page, boxes[index], index, backgrounds, number)
        return found

    def _print_text(self, page: ScenePage, run: TextRun, box: Box,
                    number: int) -> list[Problem]:
        found = []
        colour = self.theme.colours[run.colour]
        c, m, y, k = colour.cmyk
        if run.size < RICH_BLACK_TEXT_BELOW and k >= 0.8 and c + m + y > 0.15:
            found.append(self.finding(run.element_id, Severity.WARNING, "rich_black_text",
                                      size=self.number(run.size), page=number,
                                      colour=colour.name))
        distance = min(box.x, box.y, page.width - box.x - box.width,
                       page.height - box.y - box.height)
        if distance < self.theme.printing.safe_margin - 0.01:
            found.append(self.finding(run.element_id, Severity.WARNING, "safe_margin",
                                      page=number, distance=self.number(distance / MM),
                                      safe=self.number(self.theme.printing.safe_margin / MM)))
        return found

    def _contrast(self, page: ScenePage, box: Box, index: int,
                  backgrounds: list[tuple[int, Box, str]], number: int) -> list[Problem]:
        """WCAG AA for the screen PDF: 4.5:1, or 3:1 for large text (18 pt, or bold 14 pt).
        The background is the last filled shape drawn under the middle of the text."""
        run = page.items[index]
        fill = next((fill for below, shape, fill in reversed(backgrounds)
                     if below < index and _covers(shape, box)), "paper")
        background = self.theme.colours[fill]
        ratio = contrast(self.theme.colours[run.colour], background)
        large = run.size >= 18 or (run.size >= 14 and run.face in ("bold", "black",
                                                                   "bold_italic"))
        needed = 3.0 if large else 4.5
        if ratio + 1e-9 < needed:
            return [self.finding(run.element_id, Severity.WARNING, "contrast", page=number,
                                 ratio=self.number(ratio), needed=self.number(needed))]
        return []

    def accessibility(self) -> list[Problem]:
        """What the tagged screen PDF cannot say to a screen reader: a chart whose alt text
        has no figures or reads a number without its label, an empty title or heading, a
        link with no text to see or read."""
        found = []
        figures = self.document.figures
        for element_id, _heading, visual in visuals(self.document):
            if visual.get("kind") not in CHARTS:
                continue
            shown = [visual.get(key) for key in ("headline", "part", "whole")] \
                + list(visual.get("figures") or ())
            shown = [figure for figure in shown if figure]
            if not shown:
                found.append(self.finding(element_id, Severity.WARNING, "screen_chart_no_alt"))
            found += [self.finding(f"figures.{figure}.label", Severity.WARNING,
                                   "screen_chart_unlabelled", figure=figure)
                      for figure in shown if figure in figures
                      and not figures[figure].label.strip()]
        for element in elements(self.document):
            fields = element.fields
            title = TITLES.get(element.block.kind) if not element.is_entry else None
            if title and not str(fields.get(title) or "").strip():
                found.append(self.finding(f"{element.id}.{title}", Severity.ERROR,
                                          "screen_empty_title"))
            if "heading" in fields and not str(fields.get("heading") or "").strip():
                found.append(self.finding(f"{element.id}.heading", Severity.WARNING,
                                          "screen_empty_heading"))
            if element.block.kind == "footer" and not element.is_entry \
                    and str(fields.get("url") or "").strip() \
                    and not str(fields.get("text") or "").strip():
                found.append(self.finding(f"{element.id}.text", Severity.WARNING,
                                          "screen_link_without_text", url=fields["url"]))
        return found

    def shapes(self, page: ScenePage, boxes: tuple[Box, ...], number: int) -> list[Problem]:
        found = []
        for item, box in zip(page.items, boxes, strict=True):
            if isinstance(item, Rect) and item.fill and 0 < min(item.width, item.height) \
                    < HAIRLINE:
                found.append(self.finding(item.element_id, Severity.WARNING, "hairline",
                                          page=number,
                                          width=self.number(min(item.width, item.height))))
            if isinstance(item, Shape | Rect) and item.stroke and item.stroke_width < HAIRLINE:
                found.append(self.finding(item.element_id, Severity.WARNING, "hairline",
                                          page=number, width=self.number(item.stroke_width)))
            if isinstance(item, Image):
                found += self._resolution(item, number)
            if isinstance(item, Rect | Shape) and item.fill:
                for edge in _short_of_bleed(box, page):
                    found.append(self.finding(item.element_id, Severity.ERROR, "bleed",
                                              page=number, edge=edge_name(edge, self.language)))
        return found

    def _resolution(self, image: Image, number: int) -> list[Problem]:
        logo = self.theme.logo
        if logo is None or logo.pixels is None or str(logo.path) != image.source:
            return []
        ppi = logo.pixels[0] / (image.width / 72)
        if ppi >= MIN_PPI:
            return []
        return [self.finding(image.element_id, Severity.WARNING, "low_resolution", page=number,
                             ppi=self.number(ppi), minimum=MIN_PPI)]

    def ink(self, scene: Scene) -> list[Problem]:
        used = {item.fill for page in scene.pages for item in page.items
                if isinstance(item, Rect | Shape) and item.fill}
        used |= {item.colour for page in scene.pages for item in page.items
                 if isinstance(item, TextRun)}
        limit = self.theme.printing.max_ink
        return [self.colour_finding(name, "total_ink", colour=name,
                                    ink=self.number(sum(self.theme.colours[name].cmyk) * 100),
                                    limit=self.number(limit))
                for name in sorted(used) if sum(self.theme.colours[name].cmyk) * 100 > limit]

    def colour_finding(self, name: str, key: str, **params) -> Problem:
        """An error about the theme's colour `name`, on its CMYK line in the theme file."""
        field = f"colours.{name}.cmyk"
        return Problem(say(key, self.language, **params), field=field,
                       file=str(self.theme.path or ""), line=self.theme.lines.get(field))


class _CheckedPage:
    """A page of the scene checked last: the box (points) of each of its items in painting
    order, and its findings by (page number, target, language), made with `made_with` (the
    theme, the document and its file and source map: what the findings point to)."""

    def __init__(self, page: ScenePage, resources: Resources, made_with: tuple):
        self.page, self.resources, self.made_with = page, resources, made_with
        self.boxes = tuple(item_box(item, resources) for item in page.items)
        self.findings: dict[tuple[int, str, str], list[Problem]] = {}

    def keeps(self, page: ScenePage, resources: Resources, made_with: tuple) -> bool:
        return self.page is page and self.resources is resources and all(
            a is b for a, b in zip(self.made_with, made_with, strict=True))


_checked_pages: dict[int, _CheckedPage] = {}


def _checked(scene: Scene, theme: Theme, document: Document) -> list[_CheckedPage]:
    """The pages of `scene`, each with its boxes and the findings made of it so far. When the
    scene checked last held the same page object, the page keeps what was worked out for
    it: an editor checks after every pause in typing with only the pages an edit touched
    laid out anew, so only those are checked again. Only the last scene's pages are kept,
    so a big document never falls off a fixed-size cache."""
    global _checked_pages
    made_with = (theme, document, document.source, document.path)
    kept = {}
    for page in scene.pages:
        checked = _checked_pages.get(id(page))
        if checked is None or not checked.keeps(page, scene.resources, made_with):
            checked = _CheckedPage(page, scene.resources, made_with)
        kept[id(page)] = checked
    _checked_pages = kept
    return [kept[id(page)] for page in scene.pages]


def _covers(outer: Box, inner: Box) -> bool:
    centre_x, centre_y = inner.x + inner.width / 2, inner.y + inner.height / 2
    return outer.contains(centre_x, centre_y) and outer.width * outer.height > \
        inner.width * inner.height


def _short_of_bleed(box: Box, page: ScenePage) -> list[str]:
    """Edges of the trim that `box` touches without running on into the bleed."""
    bleed = page.bleed - 0.01
    edges = []
    if -bleed < box.x <= EDGE:
        edges.append("left")
    if -bleed < box.y <= EDGE:
        edges.append("top")
    if page.width - EDGE <= box.x + box.width < page.width + bleed:
        edges.append("right")
    if page.height - EDGE <= box.y + box.height < page.height + bleed:
        edges.append("bottom")
    return edges


def _luminance(colour: Colour) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in colour.rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@lru_cache(maxsize=256)
def contrast(first: Colour, second: Colour) -> float:
    """The WCAG contrast ratio of two colours' screen RGB: 1.0 (the same) to 21.0
    (black on white)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _unique(problems: list[Problem]) -> list[Problem]:
    """One finding per element and message: a paragraph's lines share their problems."""
    return list(dict.fromkeys(problems))
