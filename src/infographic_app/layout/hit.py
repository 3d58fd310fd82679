"""Where each element of a page sits: boxes for clicking and highlighting in the preview."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from infographic_app.layout.scene import Primitive, Resources, Shape, TextRun


@dataclass(frozen=True)
class Box:
    """The area an element covers on a page, in points (y down from the trim's top)."""

    x: float
    y: float
    width: float
    height: float
    element_id: str

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.width and self.y <= y <= self.y + self.height

    def intersects(self, other: Box) -> bool:
        return (self.x <= other.x + other.width and other.x <= self.x + self.width
                and self.y <= other.y + other.height and other.y <= self.y + self.height)


def union(boxes: list[Box], margin: float = 0.0) -> Box:
    """The smallest box around `boxes` (at least one), grown by `margin` points each side."""
    x0 = min(b.x for b in boxes) - margin
    y0 = min(b.y for b in boxes) - margin
    x1 = max(b.x + b.width for b in boxes) + margin
    y1 = max(b.y + b.height for b in boxes) + margin
    return Box(x0, y0, x1 - x0, y1 - y0, "")


def item_box(item: Primitive, resources: Resources) -> Box:
    """The area a primitive covers, in points (a text run: from its ascent to its descent,
    as its face in `resources` gives them)."""
    if isinstance(item, TextRun):
        face = resources.faces[item.face]
        ascent = face.ascent_at(item.size)
        return Box(item.x, item.y - ascent, item.width, ascent + face.descent_at(item.size),
                   item.element_id)
    if isinstance(item, Shape):
        xs = [v for c in item.commands for v in c[1::2]]
        ys = [v for c in item.commands for v in c[2::2]]
        return Box(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys), item.element_id)
    return Box(item.x, item.y, item.width, item.height, item.element_id)


def elements_at(boxes: list[Box], x: float, y: float, grouped: bool = False) -> list[str]:
    """Every element under a point, each once, the most specific (smallest box) first: the
    number of a tile, then the tile, then its block. With `grouped`, an element also covers
    the area around all its parts ('blocks.key_figures.tiles.age' the tile's rule and text,
    and the number between them)."""
    if grouped:
        boxes = boxes + _groups(boxes)
    hits = sorted((b for b in boxes if b.contains(x, y)), key=lambda b: b.width * b.height)
    return list(dict.fromkeys(b.element_id for b in hits))


def _groups(boxes: list[Box]) -> list[Box]:
    """For each element that holds others (by its id: 'a.b' holds 'a.b.c'), a box around
    all it holds."""
    parts: dict[str, list[Box]] = {}
    for box in boxes:
        names = box.element_id.split(".")
        for end in range(2, len(names) + 1):
            parts.setdefault(".".join(names[:end]), []).append(box)
    return [dataclasses.replace(union(found), element_id=name) for name, found in parts.items()]


def boxes_of(boxes: list[Box], element: str) -> list[Box]:
    """The boxes of an element and of everything inside it ('blocks.intro' holds its text)."""
    return [b for b in boxes if b.element_id == element or b.element_id.startswith(element + ".")]
