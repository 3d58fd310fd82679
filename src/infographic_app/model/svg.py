"""SVG logos as vector paths, so they stay vectors in the PDF and look the same in the preview.

The file is first read with defusedxml and refused, with a message, when it could reach
outside itself or blow up (a DOCTYPE or entities, references to other files, embedded
images, scripts, foreign content, <use>). Only then does svgelements read the drawing: units
(mm, cm, pt, ...), viewBox, transforms, CSS styles, rounded rectangles, arcs. Every shape
with a fill becomes one path; shapes with `fill: none`, invisible ones, text, and what is only
drawn through something else (clip paths, masks, markers, symbols, patterns) are left out.
"""

from __future__ import annotations

import io
import math
import re
import xml.etree.ElementTree as ET

import svgelements
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from infographic_app.model.messages import say

PathCommand = tuple  # ("M", x, y), ("L", x, y), ("C", x1, y1, x2, y2, x, y), ("Z",)

MAX_BYTES = 2_000_000
MAX_DEPTH = 50  # groups inside one another; drawing programs nest a handful
# Path segments in all (lines, curves, arcs; a rectangle or circle counts 4): a logo has a few
# thousand; one of this many is read in about a second and some 30 MB (the reader takes some
# 60 microseconds and 1 kB a segment).
MAX_SEGMENTS = 20_000
NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
BASIC_SHAPES = {"rect", "circle", "ellipse", "line"}
# Attributes that place and size shapes: a number, perhaps with a unit ('10', '2.5mm', '50%').
GEOMETRY = {"x", "y", "width", "height", "cx", "cy", "r", "rx", "ry", "x1", "y1", "x2", "y2"}
LENGTH = re.compile(r"^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*(px|pt|pc|mm|cm|in|em|ex|%)?\s*$")
SVG = "{http://www.w3.org/2000/svg}"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
# Elements a logo may not hold, each with the catalogue's words for it.
REFUSED = {"image": "svg_image", "script": "svg_script", "foreignObject": "svg_foreignObject",
           "use": "svg_use"}
NOT_DRAWN = ("clipPath", "mask", "marker", "symbol", "pattern")  # only through a reference


class SvgError(ValueError):
    """An SVG logo that cannot be used; the message says why, in words for the user."""


def parse_svg(data: bytes) -> tuple[tuple[tuple[PathCommand, ...], ...], float, float]:
    """The filled shapes of an SVG logo as path commands (M, L, C, Z; arcs and quadratic
    curves become cubic curves), with the logo's width and height. Coordinates, width and
    height are in CSS pixels (96 per inch; a viewBox is mapped onto the width and height),
    from the logo's top-left corner, y downwards. SvgError for a file that is refused or
    cannot be read, or that holds nothing to draw."""
    root = _checked_tree(data)
    for parent in list(root.iter()):
        for child in [c for c in parent if c.tag in {SVG + tag for tag in NOT_DRAWN}]:
            parent.remove(child)
    try:  # svgelements reads the tree that was checked, never the file itself
        drawing = svgelements.SVG.parse(io.BytesIO(ET.tostring(root)))
        shapes = tuple(commands for element in drawing.elements()
                       if isinstance(element, svgelements.Shape) and _drawn(element)
                       for commands in [_commands(element)] if commands)
        width, height = float(drawing.width), float(drawing.height)
    except SvgError:
        raise
    except Exception as error:  # a third-party reader on a user's file: say it, never crash
        raise SvgError(say("svg_unreadable_kind", kind=type(error).__name__)) from None
    if not shapes:
        raise SvgError(say("svg_no_shapes"))
    if not (math.isfinite(width) and math.isfinite(height) and width > 0 and height > 0):
        raise SvgError(say("svg_size_not_positive", width=f"{width:g}", height=f"{height:g}"))
    return shapes, width, height


def _checked_tree(data: bytes) -> ET.Element:
    """The SVG's element tree; SvgError for a file too large, with a DOCTYPE or entities,
    that is no SVG, has no size, or holds an element that could reach outside the file."""
    if len(data) > MAX_BYTES:
        raise SvgError(say("svg_too_large", kilobytes=len(data) // 1000))
    try:
        root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise SvgError(say("svg_doctype")) from None
    except ET.ParseError as error:
        raise SvgError(say("svg_unreadable", reason=error)) from None
    if root.tag != f"{SVG}svg":
        raise SvgError(say("svg_not_svg"))
    sized = all(root.get(key, "").strip() and not root.get(key, "").strip().endswith("%")
                for key in ("width", "height"))
    if not root.get("viewBox") and not sized:
        raise SvgError(say("svg_no_size"))
    _refuse_deep_nesting(root)
    _refuse_too_many_segments(root)
    for element in root.iter():
        tag = element.tag.removeprefix(SVG) if isinstance(element.tag, str) else ""
        for name in GEOMETRY.intersection(element.keys()):
            if not LENGTH.match(element.get(name)):
                raise SvgError(say("svg_not_a_number", name=name,
                                   value=element.get(name)[:20]))
        if tag in REFUSED:
            raise SvgError(say("svg_refused_element", what=say(REFUSED[tag]), tag=tag))
        href = element.get(XLINK_HREF) or element.get("href")
        if href and not href.startswith("#"):
            raise SvgError(say("svg_other_file", href=href))
    return root


def _refuse_too_many_segments(root: ET.Element) -> None:
    """SvgError for a drawing of more than MAX_SEGMENTS path segments, counted before it is
    read: each pair of numbers in a path's `d` or a polygon's `points` as a segment (a curve's
    six numbers count three, so a drawing of curves is counted high), each basic shape as 4,
    and one more for every element, so that many empty ones count too."""
    segments = 0
    for element in root.iter():
        tag = element.tag.removeprefix(SVG) if isinstance(element.tag, str) else ""
        numbers = element.get("d") or element.get("points") or ""
        segments += 1 + len(NUMBER.findall(numbers)) // 2 + (4 if tag in BASIC_SHAPES else 0)
    if segments > MAX_SEGMENTS:
        raise SvgError(say("svg_too_many_segments", segments=f"{segments:,}",
                           limit=f"{MAX_SEGMENTS:,}"))


def _refuse_deep_nesting(root: ET.Element) -> None:
    """SvgError for elements nested more than MAX_DEPTH deep (walked without recursion)."""
    level = [root]
    for _ in range(MAX_DEPTH + 1):
        level = [child for element in level for child in element]
        if not level:
            return
    raise SvgError(say("svg_too_deep", depth=MAX_DEPTH))


def _drawn(shape: svgelements.Shape) -> bool:
    """Whether the shape shows its fill: not `fill: none`, transparent, hidden, or of
    opacity 0."""
    fill, values = shape.fill, shape.values
    return fill is not None and fill.value is not None and fill.alpha > 0 \
        and values.get("visibility") not in ("hidden", "collapse") \
        and values.get("opacity") not in ("0", "0.0", 0, 0.0)


def _commands(shape: svgelements.Shape) -> tuple[PathCommand, ...]:
    """The shape, transformed into the logo's coordinates, as M/L/C/Z commands."""
    commands: list[PathCommand] = []
    for segment in svgelements.Path(shape).segments():
        if isinstance(segment, svgelements.Move):
            commands.append(("M", *segment.end))
        elif isinstance(segment, svgelements.Close):
            commands.append(("Z",))
        elif isinstance(segment, svgelements.Line):
            commands.append(("L", *segment.end))
        elif isinstance(segment, svgelements.CubicBezier):
            commands.append(("C", *segment.control1, *segment.control2, *segment.end))
        elif isinstance(segment, svgelements.QuadraticBezier):
            start, control, end = segment.start, segment.control, segment.end
            commands.append(("C", *(start + (control - start) * (2 / 3)),
                             *(end + (control - end) * (2 / 3)), *end))
        elif isinstance(segment, svgelements.Arc):
            commands += [("C", *c.control1, *c.control2, *c.end)
                         for c in segment.as_cubic_curves()]
    values = [v for command in commands for v in command[1:]]
    if not all(math.isfinite(v) for v in values):
        raise SvgError(say("svg_coordinate_too_large"))
    return tuple((c[0], *(float(v) for v in c[1:])) for c in commands)
