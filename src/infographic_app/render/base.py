"""What every painter shares: one walk over the primitives, one reading of path commands.

A painter subclasses ScenePainter and overrides one method per primitive type, as the
renderers of ReportLab's graphics/renderbase.py do; `paint_items` calls them in order.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from infographic_app.layout.scene import (
    Image,
    Link,
    PathCommand,
    Primitive,
    Rect,
    Shape,
    TextRun,
)

Point = Callable[[float, float], tuple[float, float]]


class ScenePainter:
    """Paints primitives, one method per type. The defaults paint nothing."""

    def paint_items(self, items: Iterable[Primitive]) -> None:
        """Paint `items` in their order. A type no painter knows raises TypeError."""
        for item in items:
            method = _METHODS.get(type(item))
            if method is None:
                raise TypeError(f"not a scene primitive: {item!r}")
            getattr(self, method)(item)

    def rect(self, rect: Rect) -> None:
        """Paint a rectangle."""

    def shape(self, shape: Shape) -> None:
        """Paint a vector shape (see trace_path)."""

    def text(self, run: TextRun) -> None:
        """Paint a run of text at the layout's word positions."""

    def image(self, image: Image) -> None:
        """Paint a raster image from the scene's resources."""

    def link(self, link: Link) -> None:
        """Mark a clickable area (only documents that have links)."""


_METHODS = {Rect: "rect", Shape: "shape", TextRun: "text", Image: "image", Link: "link"}


def trace_path(commands: Iterable[PathCommand], move_to: Callable, line_to: Callable,
               curve_to: Callable, close: Callable, point: Point | None = None) -> None:
    """Feed path commands to a painter's path: ("M", x, y) to `move_to(x, y)`, ("L", x, y) to
    `line_to(x, y)`, ("C", x1, y1, x2, y2, x, y) to `curve_to` with those six numbers and
    ("Z",) to `close()`. `point` maps each scene point (points, y down) to the painter's
    coordinates first; None keeps them. An unknown command raises ValueError."""
    for command in commands:
        op, args = command[0], command[1:]
        if point is not None:
            args = [c for i in range(0, len(args), 2) for c in point(*args[i:i + 2])]
        if op == "M":
            move_to(*args)
        elif op == "L":
            line_to(*args)
        elif op == "C":
            curve_to(*args)
        elif op == "Z":
            close()
        else:
            raise ValueError(f"not a path command: {command!r}")
