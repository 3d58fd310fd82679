"""The painters' shared base: one walk over the primitives, one reading of path commands."""

import pytest

from infographic_app.layout.scene import Image, Link, Rect, Shape, TextRun
from infographic_app.render.base import ScenePainter, trace_path


class Recorder(ScenePainter):
    def __init__(self):
        self.calls = []

    def rect(self, rect):
        self.calls.append(("rect", rect.element_id))

    def shape(self, shape):
        self.calls.append(("shape", shape.element_id))

    def text(self, run):
        self.calls.append(("text", run.element_id))

    def image(self, image):
        self.calls.append(("image", image.element_id))

    def link(self, link):
        self.calls.append(("link", link.element_id))


def test_each_primitive_goes_to_its_method_in_painting_order():
    items = (Rect(0, 0, 1, 1, "primary", "a"), TextRun(0, 0, "x", "regular", 9, "ink", 5, "b"),
             Shape((("M", 0, 0), ("Z",)), "accent", "c"), Image(0, 0, 1, 1, "f", "paper", "d"),
             Link(0, 0, 1, 1, "https://example.org", "e"))
    recorder = Recorder()
    recorder.paint_items(items)
    assert recorder.calls == [("rect", "a"), ("text", "b"), ("shape", "c"), ("image", "d"),
                              ("link", "e")]


def test_something_that_is_no_primitive_is_refused():
    with pytest.raises(TypeError, match="not a scene primitive"):
        Recorder().paint_items(["a string"])


def test_path_commands_are_read_once_for_every_painter():
    seen = []
    trace_path((("M", 1, 2), ("L", 3, 4), ("C", 1, 1, 2, 2, 3, 3), ("Z",)),
               lambda *a: seen.append(("move", a)), lambda *a: seen.append(("line", a)),
               lambda *a: seen.append(("curve", a)), lambda: seen.append(("close", ())),
               point=lambda x, y: (x + 10, 100 - y))
    assert seen == [("move", (11, 98)), ("line", (13, 96)),
                    ("curve", (11, 99, 12, 98, 13, 97)), ("close", ())]
    with pytest.raises(ValueError, match="not a path command"):
        trace_path((("Q", 1, 2, 3, 4),), print, print, print, print)
