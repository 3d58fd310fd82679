"""Paints a scene page (or a part of one) as an SVG element, for the web edition.

The third painter, beside the Qt and PDF ones: it walks the same primitives and puts every
word where the layout put it. Colours are the palette's RGB; text is set in the CSS font
family `font_family(face)` of its face, which the page declares with @font-face (the SVG
itself embeds no fonts, so several charts share one copy). Raster images are embedded as
PNG data. Links are left to the page, which writes them as HTML links.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Iterable, Mapping
from html import escape

from PIL import Image as Pixels

from infographic_app.layout.scene import Image, Primitive, Rect, Resources, Shape, TextRun
from infographic_app.render.base import ScenePainter, trace_path


def font_family(face: str) -> str:
    """The CSS font family a face is set in: one family per face ('regular', 'black'), so
    every face keeps its own file, whatever weight its font declares."""
    return f"face-{face}"


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".") or "0"


class SvgPainter(ScenePainter):
    """Collects the SVG markup of the primitives it paints, in points of the scene moved by
    (-`left`, -`top`), so a part of a page can be painted from its own corner."""

    def __init__(self, resources: Resources, left: float = 0.0, top: float = 0.0):
        self.resources = resources
        self.left, self.top = left, top
        self.parts: list[str] = []

    def _colour(self, name: str | None) -> str:
        if name is None:
            return "none"
        r, g, b = self.resources.colours[name].rgb
        return f"#{r:02x}{g:02x}{b:02x}"

    def _paint(self, fill: str | None, stroke: str | None, stroke_width: float) -> str:
        paint = f'fill="{self._colour(fill)}"'
        if stroke is not None and stroke_width > 0:
            paint += f' stroke="{self._colour(stroke)}" stroke-width="{_number(stroke_width)}"'
        return paint

    def rect(self, rect: Rect) -> None:
        self.parts.append(
            f'<rect x="{_number(rect.x - self.left)}" y="{_number(rect.y - self.top)}" '
            f'width="{_number(rect.width)}" height="{_number(rect.height)}" '
            f'{self._paint(rect.fill, rect.stroke, rect.stroke_width)}/>')

    def shape(self, shape: Shape) -> None:
        path: list[str] = []
        trace_path(shape.commands,
                   lambda x, y: path.append(f"M{_number(x)} {_number(y)}"),
                   lambda x, y: path.append(f"L{_number(x)} {_number(y)}"),
                   lambda *xy: path.append("C" + " ".join(map(_number, xy))),
                   lambda: path.append("Z"),
                   lambda x, y: (x - self.left, y - self.top))
        self.parts.append(f'<path d="{"".join(path)}" '
                          f'{self._paint(shape.fill, shape.stroke, shape.stroke_width)}/>')

    def text(self, run: TextRun) -> None:
        """One <text> per run; each word a <tspan> at the layout's offset."""
        words = run.text.split(" ")
        offsets = run.word_offsets if len(run.word_offsets) == len(words) else (0.0,)
        if len(offsets) != len(words):
            words = [run.text]
        x, y = run.x - self.left, run.y - self.top
        spans = "".join(f'<tspan x="{_number(x + offset)}">{escape(word)}</tspan>'
                        for word, offset in zip(words, offsets, strict=True) if word)
        self.parts.append(
            f'<text y="{_number(y)}" font-family="{font_family(run.face)}" '
            f'font-size="{_number(run.size)}" fill="{self._colour(run.colour)}">{spans}</text>')

    def image(self, image: Image) -> None:
        picture = self.resources.images[image.source]
        pixels = Pixels.frombytes("RGBA", (picture.width, picture.height), picture.rgba)
        data = io.BytesIO()
        pixels.save(data, "PNG")
        encoded = base64.b64encode(data.getvalue()).decode("ascii")
        self.parts.append(
            f'<image x="{_number(image.x - self.left)}" y="{_number(image.y - self.top)}" '
            f'width="{_number(image.width)}" height="{_number(image.height)}" '
            f'preserveAspectRatio="none" href="data:image/png;base64,{encoded}"/>')


def svg_element(items: Iterable[Primitive], resources: Resources, left: float, top: float,
                width: float, height: float, attributes: Mapping[str, str] = ()) -> str:
    """An <svg> of the box left, top, width, height (points) of a page with `items` painted
    in it; its viewBox is the box in points, so it scales to any width. `attributes` (name ->
    value, escaped here) go on the <svg> element: role, aria-label, class."""
    painter = SvgPainter(resources, left, top)
    painter.paint_items(items)
    extra = "".join(f' {name}="{escape(value)}"' for name, value in dict(attributes).items())
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_number(width)} '
            f'{_number(height)}"{extra}>{"".join(painter.parts)}</svg>')
