"""The Qt painter draws a finished page, and zooming never moves its text.

(That the preview and the PDFs look the same is tested in test_print_parity.py.)"""

from dataclasses import replace

import numpy as np
import pytest

from infographic_app.render.qt_painter import render_page

from imaging import qimage_to_array


def test_a_page_is_not_blank_or_a_test_pattern(qapp, scene, theme):
    image = qimage_to_array(render_page(scene, 0, 50))
    primary = np.array(theme.colours["primary"].rgb)
    share = (np.abs(image.astype(int) - primary).sum(axis=2) < 30).mean()
    assert 0.08 < share < 0.4  # the brand colour carries the page, without flooding it


@pytest.mark.parametrize("scale", [0.75, 1.0, 100 / 72, 2.0, 3.1])
def test_zooming_does_not_move_text(qapp, theme, scale):
    """A long 8,5 pt line ends where the layout measured it at every zoom (no pixel-size snap)."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from infographic_app.layout.fonts import FontSet
    from infographic_app.layout.resources import resources_for
    from infographic_app.layout.scene import ScenePage
    from infographic_app.layout.text import TextSetter
    from infographic_app.render.qt_painter import QtPainter

    style = replace(theme.style("body"), size=8.5, colour="ink")
    text = "Per jaar komen ongeveer 10.000 bezoekers: niet in de slachtofferregistraties"
    setter = TextSetter(FontSet(theme))
    placed = setter.set(text, style, 10, 10, 1000, "t")
    [run] = placed.runs
    end = run.x + run.width
    image = QImage(round(500 * scale), round(40 * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    page = ScenePage(500, 40, 0, placed.runs)
    QtPainter(resources_for(theme, setter.fonts)).paint_page(painter, page, scale)
    painter.end()
    ink = (qimage_to_array(image).min(axis=2) < 200).any(axis=0)
    first, last = ink.argmax(), len(ink) - 1 - ink[::-1].argmax()
    assert abs(first / scale - run.x) < 1.5 / scale + 0.6  # 'P' has a small side bearing
    assert abs((last + 1) / scale - end) < 1.5 / scale + 0.6  # and so has 's'


@pytest.mark.parametrize("dpi", [72, 150, 300, 600])
def test_big_figures_show_at_every_resolution(qapp, scene, theme, dpi):
    """Qt paints no glyph run above 64 pixels; the tile figures (34 pt) pass that at 136 dpi."""
    image = qimage_to_array(render_page(scene, 0, dpi))
    [run] = [r for r in scene.texts(0) if r.text == "299"]
    scale = image.shape[1] / scene.pages[0].width
    x0, x1 = int(run.x * scale), int((run.x + 60) * scale)
    y0, y1 = int((run.y - 25) * scale), int(run.y * scale)
    figure = image[y0:y1, x0:x1].astype(int)
    pink = (np.abs(figure - np.array(theme.colours["primary"].rgb)).sum(axis=2) < 40).mean()
    assert pink > 0.2, f"the figure 299 is missing at {dpi} dpi"
