"""The preview (Qt painter) and the screen PDF (ReportLab, rasterised by PDFium) look the same."""

from dataclasses import replace

import numpy as np
import pytest

from infographic_app.export.pdf import render_pdf
from infographic_app.render.qt_painter import render_page

from imaging import pdf_pages_as_arrays, qimage_to_array, ssim


@pytest.fixture(scope="module")
def pdf_pages():
    from infographic_app.model.document import load_document
    from infographic_app.model.theme import load_theme
    from infographic_app.paths import default_document, default_theme

    pdf = render_pdf(load_document(default_document()), load_theme(default_theme()), "screen")
    return pdf_pages_as_arrays(pdf, 100)


@pytest.mark.parametrize("page", [0, 1])
def test_qt_rendering_matches_the_rasterised_pdf(qapp, scene, theme, pdf_pages, page):
    qt = qimage_to_array(render_page(scene, theme, page, 100))
    assert qt.shape == pdf_pages[page].shape
    assert ssim(qt, pdf_pages[page]) >= 0.97


def test_a_page_is_not_blank_or_a_test_pattern(qapp, scene, theme):
    image = qimage_to_array(render_page(scene, theme, 0, 50))
    primary = np.array(theme.colours["primary"].rgb)
    share = (np.abs(image.astype(int) - primary).sum(axis=2) < 30).mean()
    assert 0.08 < share < 0.4  # the brand colour carries the page, without flooding it


@pytest.mark.parametrize("scale", [0.75, 1.0, 100 / 72, 2.0, 3.1])
def test_zooming_does_not_move_text(qapp, theme, scale):
    """A long 8,5 pt line ends where the layout measured it at every zoom (no pixel-size snap)."""
    from PySide6.QtGui import QColor, QImage, QPainter

    from infographic_app.layout.fonts import FontSet
    from infographic_app.layout.scene import ScenePage
    from infographic_app.layout.text import TextSetter
    from infographic_app.render.qt_painter import QtPainter

    style = replace(theme.style("body"), size=8.5, colour="ink")
    text = "Per jaar komen ongeveer 10.000 bezoekers: niet in de slachtofferregistraties"
    setter = TextSetter(FontSet(theme))
    placed = setter.set(text, style, 10, 10, 1000, "t")
    [run] = placed.runs
    end = run.x + setter.fonts.width(run.text, run.face, run.size)
    image = QImage(round(500 * scale), round(40 * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    QtPainter(theme).paint_page(painter, ScenePage(500, 40, 0, placed.runs), scale)
    painter.end()
    ink = (qimage_to_array(image).min(axis=2) < 200).any(axis=0)
    first, last = ink.argmax(), len(ink) - 1 - ink[::-1].argmax()
    assert abs(first / scale - run.x) < 1.5 / scale + 0.6  # 'P' has a small side bearing
    assert abs((last + 1) / scale - end) < 1.5 / scale + 0.6  # and so has 's'
