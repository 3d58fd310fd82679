"""The only contract between the layout and the painters: pages of positioned primitives.

Coordinates are points with the origin at the top-left corner of the trim box and y
growing downwards; the bleed lies at negative coordinates and beyond the page size.
Colours are theme colour names; each painter picks CMYK or RGB for its target.
Every primitive carries the id of the document element it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    width: float
    height: float
    fill: str | None
    element_id: str = ""
    stroke: str | None = None
    stroke_width: float = 0.0


# A path is a sequence of ("M", x, y), ("L", x, y), ("C", x1, y1, x2, y2, x, y), ("Z",).
PathCommand = tuple


@dataclass(frozen=True)
class Path:
    commands: tuple[PathCommand, ...]
    fill: str | None
    element_id: str = ""
    stroke: str | None = None
    stroke_width: float = 0.0


@dataclass(frozen=True)
class TextRun:
    """One line (or part of a line) of text in one face, size and colour.

    `y` is the baseline. `word_offsets` gives, for each word of `text` split on
    single spaces, its distance from `x` as measured by the layout, so a painter
    whose font engine measures slightly differently still puts every word where
    the layout put it. `missing` holds the characters of the source text the face has no
    glyph for; `text` shows each of them as layout.text.MISSING_GLYPH.
    """

    x: float
    y: float
    text: str
    face: str
    size: float
    colour: str
    element_id: str = ""
    word_offsets: tuple[float, ...] = ()
    missing: str = ""


@dataclass(frozen=True)
class Image:
    """A raster image (a PNG or JPEG logo) scaled into its box. Painters flatten any
    transparency onto `background`, a theme colour, so print needs no transparency."""

    x: float
    y: float
    width: float
    height: float
    source: str  # the file
    background: str
    element_id: str = ""


@dataclass(frozen=True)
class Link:
    x: float
    y: float
    width: float
    height: float
    url: str
    element_id: str = ""


@dataclass(frozen=True)
class Overflow:
    """A text box whose text did not fit: shown in the preview and in the checks, never printed.

    `hidden_lines` did not fit below; `too_wide` is the first word that did not fit across
    (it is cut at the box's edge), or '' if every word did.
    """

    x: float
    y: float
    width: float
    height: float
    element_id: str
    hidden_lines: int
    too_wide: str = ""


Primitive = Rect | Path | TextRun | Image | Link


@dataclass(frozen=True)
class ScenePage:
    width: float
    height: float
    bleed: float
    items: tuple[Primitive, ...]
    overflows: tuple[Overflow, ...] = ()


@dataclass(frozen=True)
class Scene:
    pages: tuple[ScenePage, ...]

    def texts(self, page: int | None = None) -> list[TextRun]:
        pages = self.pages if page is None else (self.pages[page],)
        return [item for p in pages for item in p.items if isinstance(item, TextRun)]


def moved(item: Primitive, dy: float) -> Primitive:
    """The same primitive `dy` points lower on the page."""
    if isinstance(item, Path):
        return replace(item, commands=tuple(
            (c[0], *(v + dy if i % 2 else v for i, v in enumerate(c[1:]))) for c in item.commands))
    return replace(item, y=item.y + dy)
