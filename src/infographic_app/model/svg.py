"""SVG logos as vector paths, so they stay vectors in the PDF and look the same in the preview.

Only what logos use is read: path, rect, circle, ellipse, polygon, polyline and groups with
transforms. Anything that could reach outside the file or blow up (entities, external
references, embedded images, scripts) is refused with a message instead.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET

PathCommand = tuple  # ("M", x, y), ("L", x, y), ("C", x1, y1, x2, y2, x, y), ("Z",)
KAPPA = 0.5522847498  # control distance of a quarter circle drawn as one cubic curve

MAX_BYTES = 2_000_000
MAX_DEPTH = 50  # groups inside one another; drawing programs nest a handful
SVG = "{http://www.w3.org/2000/svg}"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
REFUSED = {"image": "an embedded image", "script": "a script", "foreignObject": "foreign content",
           "use": "a reference to another element"}
NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1, 0, 0, 1, 0, 0)


class SvgError(ValueError):
    pass


def parse_svg(data: bytes) -> tuple[tuple[tuple[PathCommand, ...], ...], float, float]:
    """The shapes of an SVG logo as path commands, with its width and height (user units).

    Raises SvgError, in words, for a file that is larger than MAX_BYTES, declares entities,
    refers outside itself, nests groups deeper than MAX_DEPTH, has no positive finite size,
    holds a number that is not one (x="auto") or a coordinate that is not finite (1e999).
    """
    if len(data) > MAX_BYTES:
        raise SvgError(f"the SVG is {len(data) // 1000} kB; a logo should be far smaller")
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise SvgError("the SVG declares a DOCTYPE or entities, which are refused (they can "
                       "pull in other files or expand without end); save it without them")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as error:
        raise SvgError(f"the SVG cannot be read: {error}") from None
    if root.tag != f"{SVG}svg":
        raise SvgError("this is not an SVG file")
    width, height = _size(root)
    if not (0 < width < math.inf and 0 < height < math.inf):
        raise SvgError(f"the SVG's size ({width:g} x {height:g}) is not a positive number")
    shapes: list[tuple[PathCommand, ...]] = []
    _walk(root, _view_box(root, width, height), shapes)
    if not shapes:
        raise SvgError("the SVG holds no shapes to draw")
    if not all(math.isfinite(v) for shape in shapes for c in shape for v in c[1:]):
        raise SvgError("the SVG holds a coordinate too large to draw (such as 1e999)")
    return tuple(shapes), width, height


def _size(root: ET.Element) -> tuple[float, float]:
    box = [float(v) for v in NUMBER.findall(root.get("viewBox", ""))]
    if len(box) == 4 and box[2] > 0 and box[3] > 0:
        return box[2], box[3]
    try:
        return float(NUMBER.match(root.get("width", ""))[0]), \
            float(NUMBER.match(root.get("height", ""))[0])
    except (TypeError, ValueError):
        raise SvgError("the SVG has no viewBox or width and height") from None


def _view_box(root: ET.Element, width: float, height: float) -> Matrix:
    box = [float(v) for v in NUMBER.findall(root.get("viewBox", ""))]
    return (1, 0, 0, 1, -box[0], -box[1]) if len(box) == 4 else IDENTITY


def _walk(element: ET.Element, matrix: Matrix, shapes: list, depth: int = 0) -> None:
    if depth > MAX_DEPTH:
        raise SvgError(f"the SVG has groups nested more than {MAX_DEPTH} deep; a logo needs a "
                       "few (ungroup it in the drawing program)")
    for child in element:
        tag = child.tag.removeprefix(SVG)
        if tag in REFUSED:
            raise SvgError(f"the SVG contains {REFUSED[tag]} (<{tag}>), which a logo may not")
        href = child.get(XLINK_HREF) or child.get("href")
        if href and not href.startswith("#"):
            raise SvgError(f"the SVG refers to another file ({href}); logos must be "
                           "self-contained")
        if child.get("fill") == "none" or tag in ("defs", "title", "desc", "metadata",
                                                   "clipPath", "mask", "style"):
            continue
        local = _multiply(matrix, _transform(child.get("transform", "")))
        commands = _shape(tag, child)
        if commands:
            shapes.append(tuple(_apply(local, c) for c in commands))
        if tag in ("g", "a", "svg"):
            _walk(child, local, shapes, depth + 1)


def _shape(tag: str, node: ET.Element) -> list[PathCommand]:
    def number(name: str) -> float:
        found = NUMBER.match(node.get(name, "0").strip())
        if not found:
            raise SvgError(f"the SVG has <{tag} {name}=\"{node.get(name)[:20]}\">, which is not a "
                           "number; give it in user units, e.g. 10")
        return float(found[0])

    if tag == "path":
        return _path_data(node.get("d", ""))
    if tag == "rect":
        x, y, w, h = number("x"), number("y"), number("width"), number("height")
        return [("M", x, y), ("L", x + w, y), ("L", x + w, y + h), ("L", x, y + h), ("Z",)]
    if tag in ("circle", "ellipse"):
        cx, cy = number("cx"), number("cy")
        rx = number("r") if tag == "circle" else number("rx")
        ry = number("r") if tag == "circle" else number("ry")
        k = KAPPA
        unit = [("M", 0.0, -1.0), ("C", k, -1.0, 1.0, -k, 1.0, 0.0),
                ("C", 1.0, k, k, 1.0, 0.0, 1.0), ("C", -k, 1.0, -1.0, k, -1.0, 0.0),
                ("C", -1.0, -k, -k, -1.0, 0.0, -1.0), ("Z",)]
        return [_apply((rx, 0, 0, ry, cx, cy), c) for c in unit]
    if tag in ("polygon", "polyline"):
        values = [float(v) for v in NUMBER.findall(node.get("points", ""))]
        points = list(zip(values[::2], values[1::2], strict=False))
        if not points:
            return []
        return [("M", *points[0]), *(("L", *p) for p in points[1:]), ("Z",)]
    return []


def _path_data(data: str) -> list[PathCommand]:
    """SVG path data (M L H V C S Q T Z, absolute and relative) as M/L/C/Z commands."""
    tokens = re.findall(r"[MmLlHhVvCcSsQqTtZzAa]|" + NUMBER.pattern, data)
    commands: list[PathCommand] = []
    x = y = start_x = start_y = 0.0
    control: tuple[float, float] | None = None
    op = ""
    index = 0

    def take(count: int) -> list[float]:
        nonlocal index
        values = [float(v) for v in tokens[index:index + count]]
        if len(values) < count:
            raise SvgError("the SVG has a path that ends in the middle of a command")
        index += count
        return values

    while index < len(tokens):
        if tokens[index].isalpha():
            op = tokens[index]
            index += 1
            if op in "Aa":
                raise SvgError("the SVG uses elliptical arcs in a path; convert them to curves "
                               "(most editors do so when saving as 'SVG 1.1')")
            if op in "Zz":
                commands.append(("Z",))
                x, y, control = start_x, start_y, None
                continue
        elif not op:
            raise SvgError("the SVG has path data that does not start with a command")
        relative = op.islower()
        dx, dy = (x, y) if relative else (0.0, 0.0)
        kind = op.upper()
        if kind == "M":
            x, y = (v + d for v, d in zip(take(2), (dx, dy), strict=True))
            start_x, start_y = x, y
            commands.append(("M", x, y))
            op = "l" if relative else "L"  # more pairs after M are lines
        elif kind in "LHV":
            if kind == "L":
                x, y = (v + d for v, d in zip(take(2), (dx, dy), strict=True))
            elif kind == "H":
                x = take(1)[0] + dx
            else:
                y = take(1)[0] + dy
            commands.append(("L", x, y))
        elif kind in "CS":
            if kind == "C":
                x1, y1, x2, y2, ex, ey = take(6)
                x1, y1 = x1 + dx, y1 + dy
            else:
                x2, y2, ex, ey = take(4)
                x1, y1 = (2 * x - control[0], 2 * y - control[1]) if control else (x, y)
            x2, y2, ex, ey = x2 + dx, y2 + dy, ex + dx, ey + dy
            commands.append(("C", x1, y1, x2, y2, ex, ey))
            control, x, y = (x2, y2), ex, ey
            continue
        elif kind in "QT":
            if kind == "Q":
                qx, qy, ex, ey = take(4)
                qx, qy = qx + dx, qy + dy
            else:
                ex, ey = take(2)
                qx, qy = (2 * x - control[0], 2 * y - control[1]) if control else (x, y)
            ex, ey = ex + dx, ey + dy
            commands.append(("C", x + 2 / 3 * (qx - x), y + 2 / 3 * (qy - y),
                             ex + 2 / 3 * (qx - ex), ey + 2 / 3 * (qy - ey), ex, ey))
            control, x, y = (qx, qy), ex, ey
            continue
        control = None
    return commands


def _transform(text: str) -> Matrix:
    matrix = IDENTITY
    for name, arguments in re.findall(r"(\w+)\s*\(([^)]*)\)", text):
        values = [float(v) for v in NUMBER.findall(arguments)]
        if name == "matrix" and len(values) == 6:
            step = tuple(values)
        elif name == "translate" and values:
            step = (1, 0, 0, 1, values[0], values[1] if len(values) > 1 else 0)
        elif name == "scale" and values:
            step = (values[0], 0, 0, values[1] if len(values) > 1 else values[0], 0, 0)
        elif name == "rotate" and values:
            a = math.radians(values[0])
            step = (math.cos(a), math.sin(a), -math.sin(a), math.cos(a), 0, 0)
            if len(values) == 3:
                step = _multiply(_multiply((1, 0, 0, 1, values[1], values[2]), step),
                                 (1, 0, 0, 1, -values[1], -values[2]))
        else:
            raise SvgError(f"the SVG uses a transform the app does not read: {name}")
        matrix = _multiply(matrix, step)
    return matrix


def _multiply(m: Matrix, n: Matrix) -> Matrix:
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2,
            a * e2 + c * f2 + e, b * e2 + d * f2 + f)


def _apply(m: Matrix, command: PathCommand) -> PathCommand:
    values = command[1:]
    points = []
    for i in range(0, len(values), 2):
        x, y = values[i], values[i + 1]
        points += [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]
    return (command[0], *points)
