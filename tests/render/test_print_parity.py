"""Preview matches print: for the screen PDF and for the print PDF (through the print profile),
the Qt rendering and the rasterised PDF agree in structure (SSIM) and colour (CIEDE2000)."""

import numpy as np
import pymupdf
import pytest
from PIL import Image

from infographic_app.export.pdf import pdf_bytes
from infographic_app.model.colour_management import converter
from infographic_app.render.qt_painter import QtPainter, render_page

from imaging import ciede2000, ciede2000_lab, pdf_pages_as_arrays, qimage_to_array, ssim

DPI = 100


@pytest.mark.parametrize(("first", "second", "expected"), [
    ((50, 2.6772, -79.7751), (50, 0, -82.7485), 2.0425),
    ((50, 3.1571, -77.2803), (50, 0, -82.7485), 2.8615),
    ((50, 0, 0), (50, -1, 2), 2.3669),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
])
def test_the_colour_difference_formula_gives_the_published_values(first, second, expected):
    assert ciede2000_lab(np.array(first), np.array(second)) == pytest.approx(expected, abs=1e-4)


@pytest.fixture(scope="module")
def factsheet():
    from infographic_app.layout.engine import layout_document
    from infographic_app.model.reading import load_document
    from infographic_app.model.theme import load_theme
    from infographic_app.paths import default_document, default_theme

    document, theme = load_document(default_document()), load_theme(default_theme())
    return document, theme, layout_document(document, theme)


@pytest.mark.parametrize("page", [0, 1])
def test_screen_preview_matches_the_screen_pdf(qapp, factsheet, page):
    document, theme, scene = factsheet
    pdf = pdf_pages_as_arrays(pdf_bytes(document, theme, "screen"), DPI)[page]
    qt = qimage_to_array(render_page(scene, page, DPI))
    assert ssim(qt, pdf) >= 0.98
    assert ciede2000(qt, pdf).mean() <= 1.5


def _print_pages_through_the_profile(data: bytes, theme,
                                     sizes: list[tuple[int, int]]) -> list[np.ndarray]:
    """The print PDF's trim area as an imagesetter would expose it: rendered in CMYK by MuPDF
    (its own colour management off, so the inks stay as written) at 4 times the resolution,
    converted to sRGB with the print profile, then averaged down to the preview's pixels."""
    pymupdf.TOOLS.set_icc(False)
    to_rgb = converter(theme.printing.output_profile)
    pages = []
    with pymupdf.open(stream=data, filetype="pdf") as pdf:
        for page, size in zip(pdf, sizes, strict=True):
            pixmap = page.get_pixmap(dpi=DPI * 4, colorspace=pymupdf.csCMYK, clip=page.trimbox,
                                     alpha=False)
            cmyk = Image.frombytes("CMYK", (pixmap.width, pixmap.height), pixmap.samples)
            pages.append(np.asarray(to_rgb.cmyk_image_to_rgb(cmyk).resize(
                size, Image.Resampling.BOX)))
    return pages


def test_soft_proof_matches_the_print_pdf(qapp, factsheet):
    document, theme, scene = factsheet
    proof = QtPainter(scene.resources, proof=True)
    previews = [qimage_to_array(render_page(scene, page, DPI, painter=proof))
                for page in range(len(scene.pages))]
    printed = _print_pages_through_the_profile(pdf_bytes(document, theme, "print"), theme,
                                               [(p.shape[1], p.shape[0]) for p in previews])
    for page, (qt, expected) in enumerate(zip(previews, printed, strict=True)):
        assert ssim(qt, expected) >= 0.98, page
        assert ciede2000(qt, expected).mean() <= 1.5, page
