"""The preview (Qt painter) and the screen PDF (ReportLab, rasterised by PDFium) look the same."""

import numpy as np
import pytest

from imaging import pdf_pages_as_arrays, qimage_to_array, ssim
from infographic_app.export.pdf import render_pdf
from infographic_app.render.qt_painter import render_page


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


def test_zooming_does_not_move_text(qapp, scene, theme):
    """Page 2 at 200 dpi, averaged down 2x2, is the same picture as at 100 dpi."""
    small = qimage_to_array(render_page(scene, theme, 1, 100)).astype(float)
    large = qimage_to_array(render_page(scene, theme, 1, 200)).astype(float)
    height, width = min(small.shape[0], large.shape[0] // 2), small.shape[1]
    halved = large[: height * 2, : width * 2].reshape(height, 2, width, 2, 3).mean(axis=(1, 3))
    assert ssim(small, halved) >= 0.97
