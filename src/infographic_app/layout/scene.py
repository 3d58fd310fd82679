"""The only contract between the layout and the painters: pages of positioned primitives and
the resources they use, resolved.

Coordinates are points with the origin at the top-left corner of the trim box and y
growing downwards; the bleed lies at negative coordinates and beyond the page size.
Primitives name their colours and font faces (the names preflight and the soft proof go by);
`Scene.resources` resolves each name: a colour to its CMYK and RGB values, a face to its font
file and metrics, an image to its decoded pixels. A painter needs nothing else, so this
module imports nothing from the rest of the application.
Every primitive carries the id of the document element it came from.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

# A path is a sequence of ("M", x, y), ("L", x, y), ("C", x1, y1, x2, y2, x, y), ("Z",).
PathCommand = tuple
RGB = tuple[int, int, int]  # 0..255 per channel, sRGB
CMYK = tuple[float, float, float, float]  # 0..1 per ink


@dataclass(frozen=True)
class Rect:
    """A rectangle (points), filled and/or stroked with named colours."""

    x: float
    y: float
    width: float
    height: float
    fill: str | None
    element_id: str = ""
    stroke: str | None = None
    stroke_width: float = 0.0


@dataclass(frozen=True)
class Shape:
    """A vector shape: path commands (points), filled and/or stroked with named colours."""

    commands: tuple[PathCommand, ...]
    fill: str | None
    element_id: str = ""
    stroke: str | None = None
    stroke_width: float = 0.0


@dataclass(frozen=True)
class TextRun:
    """One line (or part of a line) of text in one face, size (points) and colour.

    `y` is the baseline and `width` the run's advance in points, both as the layout measured
    them. `word_offsets` gives, for each word of `text` split on single spaces, its distance
    from `x` as measured by the layout, so a painter whose font engine measures slightly
    differently still puts every word where the layout put it. `missing` holds the
    characters of the source text the face has no glyph for; `text` shows each of them as
    layout.text.MISSING_GLYPH. `kerning` gives, for each character of `text`, what the font's
    kerning adds after its advance (points; negative tightens), or is empty when the run has
    no kerning: a painter sets each glyph at the pen position of the plain advances of the
    characters before it in its word plus their kerning.
    `language` is the language of a phrase marked as in another language than the
    document's (BCP 47, 'en'), else ''. `hyphen` says the run's last character is a hyphen
    the layout added where it broke a word across lines: painted as a hyphen, it reads as
    U+00AD (soft hyphen) in a tagged PDF's text. `note` is the number of the numbered note
    (model/notes.py) whose footnote mark the run is ('¹' after a figure's first use), 0 for
    any other text, a superscript typed in the text ('m²') included. `spoken` is what a
    reader hears where it differs from what is painted ('minder dan 10' for a big '< 10'),
    else '': a PDF writes it as the run's ActualText.
    """

    x: float
    y: float
    text: str
    face: str
    size: float
    colour: str
    width: float
    element_id: str = ""
    word_offsets: tuple[float, ...] = ()
    missing: str = ""
    kerning: tuple[float, ...] = ()
    language: str = ""
    hyphen: bool = False
    note: int = 0
    spoken: str = ""


@dataclass(frozen=True)
class Image:
    """A raster image (a PNG or JPEG logo) scaled into its box (points). `source` names its
    pixels in `Resources.images`. Painters flatten any transparency onto `background`, a
    colour name, so print needs no transparency."""

    x: float
    y: float
    width: float
    height: float
    source: str
    background: str
    element_id: str = ""


@dataclass(frozen=True)
class Link:
    """A clickable area (points) opening `url`; only the screen PDF has links."""

    x: float
    y: float
    width: float
    height: float
    url: str
    element_id: str = ""


@dataclass(frozen=True)
class Overflow:
    """Content that did not fit: shown in the preview and in the checks, never printed.

    `reason` says what did not fit. TEXT_BOX: a text box, of which `hidden_lines` did not fit
    below and `too_wide` is the first word that did not fit across (it is cut at the box's
    edge), or '' if every word did. PAGES: the content runs past the document's last page by
    `height` points, from the block `element_id` ('blocks.<id>') on, which goes on to pages
    of its own. TALLER_THAN_PAGE: the block `element_id` (or its first piece) does not fit
    even on a page of its own, by `height` points.
    """

    x: float
    y: float
    width: float
    height: float
    element_id: str
    hidden_lines: int
    too_wide: str = ""
    reason: str = "text_box"


TEXT_BOX, PAGES, TALLER_THAN_PAGE = "text_box", "pages", "taller_than_page"


Primitive = Rect | Shape | TextRun | Image | Link


@dataclass(frozen=True)
class Swatch:
    """A colour of the palette: `cmyk` for print, `rgb` for screens."""

    cmyk: CMYK
    rgb: RGB


@dataclass(frozen=True)
class FontFace:
    """A font face: its TrueType `file`, the font's own `name` ('Lato-Bold'), the `key` it is
    registered under (unique per file and version), and its ascent and descent above and
    below the baseline, in points per 1000 points of size (both positive)."""

    file: str
    name: str
    key: str
    ascent: float
    descent: float

    def ascent_at(self, size: float) -> float:
        """The ascent at `size` points, in points."""
        return self.ascent * size / 1000

    def descent_at(self, size: float) -> float:
        """The descent at `size` points, in points (positive: below the baseline)."""
        return self.descent * size / 1000


@dataclass(frozen=True)
class Picture:
    """The decoded pixels of an image: `width` x `height` pixels of 8-bit RGBA (sRGB, alpha
    not premultiplied), rows from the top."""

    width: int
    height: int
    rgba: bytes


@dataclass(frozen=True, eq=False)
class Resources:
    """What the names on the primitives stand for.

    `colours`: colour name -> Swatch. `proof_colours`: colour name -> the RGB the print
    shop's profile prints its CMYK as (the soft proof). `faces`: face name -> FontFace.
    `images`: Image.source -> Picture. `separations`: Image.source -> its pixels separated
    for print through the print profile, 8-bit CMYK, same size. `proof_colours`, `images`
    and `separations` may be worked out on first use, as building a colour transform takes
    a tenth of a second; a missing name raises KeyError. One table is shared by all scenes
    laid out with the same theme and fonts, so tables compare by identity.
    `font_programs`: face name -> the face's font as the PDF painter embeds it (a ReportLab
    TTFont under the face's key, its tables from the font cache), made on first use; empty
    when the scene is not to be painted as PDF.
    """

    colours: Mapping[str, Swatch]
    proof_colours: Mapping[str, RGB]
    faces: Mapping[str, FontFace]
    images: Mapping[str, Picture]
    separations: Mapping[str, bytes]
    font_programs: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class ScenePage:
    """One page: trim size and bleed (points), its primitives in painting order, and the text
    boxes that overflowed (not painted in exports). `flow_in` and `flow_out` name what of
    the blocks continues from the page before and on the page after: (block id, first piece,
    piece after the last) each, pieces being rows of themes or list items."""

    width: float
    height: float
    bleed: float
    items: tuple[Primitive, ...]
    overflows: tuple[Overflow, ...] = ()
    flow_in: tuple[tuple[str, int, int], ...] = ()
    flow_out: tuple[tuple[str, int, int], ...] = ()


@dataclass(frozen=True)
class Scene:
    """Pages and the resources their primitives name."""

    pages: tuple[ScenePage, ...]
    resources: Resources

    def texts(self, page: int | None = None) -> list[TextRun]:
        """The text runs of page `page` (0-based), or of every page."""
        pages = self.pages if page is None else (self.pages[page],)
        return [item for p in pages for item in p.items if isinstance(item, TextRun)]


def moved(item: Primitive, dy: float) -> Primitive:
    """The same primitive `dy` points lower on the page."""
    if isinstance(item, Shape):
        return replace(item, commands=tuple(
            (c[0], *(v + dy if i % 2 else v for i, v in enumerate(c[1:]))) for c in item.commands))
    return replace(item, y=item.y + dy)
