"""Vector shapes as path commands: arcs, circles, ring segments, the icon-array figure."""

from __future__ import annotations

import math

from infographic_app.layout.scene import PathCommand


def _point(cx: float, cy: float, r: float, angle: float) -> tuple[float, float]:
    """Angles run clockwise from 12 o'clock; y grows downwards."""
    return cx + r * math.sin(angle), cy - r * math.cos(angle)


def arc(cx: float, cy: float, r: float, start: float, end: float) -> list[PathCommand]:
    """Cubic Bézier pieces (at most a quarter turn each) from `start` to `end`, without a move."""
    pieces = max(1, math.ceil(abs(end - start) / (math.pi / 2) - 1e-9))
    step = (end - start) / pieces
    k = 4 / 3 * math.tan(step / 4)
    commands = []
    for i in range(pieces):
        a0, a1 = start + i * step, start + (i + 1) * step
        x0, y0 = _point(cx, cy, r, a0)
        x3, y3 = _point(cx, cy, r, a1)
        commands.append(("C", x0 + k * r * math.cos(a0), y0 + k * r * math.sin(a0),
                         x3 - k * r * math.cos(a1), y3 - k * r * math.sin(a1), x3, y3))
    return commands


def circle(cx: float, cy: float, r: float) -> tuple[PathCommand, ...]:
    """A closed circle around (cx, cy) of radius `r` (points) as path commands."""
    return (("M", *_point(cx, cy, r, 0)), *arc(cx, cy, r, 0, 2 * math.pi), ("Z",))


def ring_segment(cx: float, cy: float, outer: float, inner: float, start: float,
                 end: float) -> tuple[PathCommand, ...]:
    """The part of a ring around (cx, cy) between radii `inner` and `outer` (points),
    from angle `start` to `end` (radians, clockwise from the top), as path commands."""
    return (("M", *_point(cx, cy, outer, start)), *arc(cx, cy, outer, start, end),
            ("L", *_point(cx, cy, inner, end)), *arc(cx, cy, inner, end, start), ("Z",))


def person(x: float, y: float, size: float) -> tuple[PathCommand, ...]:
    """A person pictogram in a size x size box: round head over rounded shoulders."""
    cx = x + size / 2
    head = circle(cx, y + size * 0.2, size * 0.19)
    r = size * 0.3
    shoulders = y + size * 0.45 + r
    body = (("M", cx - r, y + size), ("L", cx - r, shoulders),
            *arc(cx, shoulders, r, -math.pi / 2, math.pi / 2), ("L", cx + r, y + size), ("Z",))
    return head + body
