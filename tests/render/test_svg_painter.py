"""The SVG painter: primitives as SVG, words where the layout put them, palette RGB."""

from __future__ import annotations

from infographic_app.layout.scene import Rect, Shape, TextRun
from infographic_app.render.svg_painter import svg_element


def test_primitives_become_svg_in_the_boxs_own_points(scene):
    resources = scene.resources
    items = [Rect(110, 220, 30, 10, "primary", stroke="ink", stroke_width=0.5),
             Shape((("M", 100, 200), ("L", 110, 200), ("C", 1, 2, 3, 4, 105, 210), ("Z",)),
                   "accent"),
             TextRun(100, 212, "ruim & <tien>", "black", 9, "ink", 40,
                     word_offsets=(0.0, 20.5, 26.0))]
    svg = svg_element(items, resources, 100, 200, 50, 40, {"role": "img", "aria-label": "a 'b'"})
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 50 40" '
                          'role="img" aria-label="a &#x27;b&#x27;">')
    assert ('<rect x="10" y="20" width="30" height="10" fill="#e11f63" stroke="#3c3c3b" '
            'stroke-width="0.5"/>') in svg
    assert '<path d="M0 0L10 0C-99 -198 -97 -196 5 10Z" fill="#1f4e8c"/>' in svg
    assert ('<text y="12" font-family="face-black" font-size="9" fill="#3c3c3b">'
            '<tspan x="0">ruim</tspan><tspan x="20.5">&amp;</tspan>'
            '<tspan x="26">&lt;tien&gt;</tspan></text>') in svg
