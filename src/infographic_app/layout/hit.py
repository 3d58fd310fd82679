"""Where each element of a page sits: boxes for clicking and highlighting in the preview."""

from __future__ import annotations

from dataclasses import dataclass

from infographic_app.layout.fonts import FontSet
from infographic_app.layout.scene import Link, Path, Rect, ScenePage, TextRun


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float
    element_id: str

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.width and self.y <= y <= self.y + self.height


def element_boxes(page: ScenePage, fonts: FontSet) -> list[Box]:
    boxes = []
    for item in page.items:
        if isinstance(item, TextRun):
            ascent = fonts.ascent(item.face, item.size)
            boxes.append(Box(item.x, item.y - ascent, fonts.width(item.text, item.face, item.size),
                             item.size, item.element_id))
        elif isinstance(item, Rect | Link):
            boxes.append(Box(item.x, item.y, item.width, item.height, item.element_id))
        elif isinstance(item, Path):
            xs = [v for c in item.commands for v in c[1::2]]
            ys = [v for c in item.commands for v in c[2::2]]
            boxes.append(Box(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys),
                             item.element_id))
    return boxes


def element_at(boxes: list[Box], x: float, y: float) -> str | None:
    """The most specific element under a point: the smallest box that holds it."""
    hits = [b for b in boxes if b.contains(x, y)]
    return min(hits, key=lambda b: b.width * b.height).element_id if hits else None


def boxes_of(boxes: list[Box], element: str) -> list[Box]:
    """The boxes of an element and of everything inside it ('blocks.intro' holds its text)."""
    return [b for b in boxes if b.element_id == element or b.element_id.startswith(element + ".")]
