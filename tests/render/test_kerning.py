"""The font's kerning pairs: measured by the layout, set by the PDF painter as TJ adjustments
(the text stays searchable) and by the Qt painter, so the preview stays equal to print."""

import ctypes
import io
from dataclasses import replace
from datetime import UTC, datetime

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from infographic_app.export.pdf import pdf_bytes
from infographic_app.layout.fonts import FontSet
from infographic_app.layout.resources import resources_for
from infographic_app.layout.scene import Scene, ScenePage
from infographic_app.layout.text import TextSetter
from infographic_app.model.reading import load_document
from infographic_app.render.pdf_painter import PdfInfo, paint_pdf

from imaging import pdf_pages_as_arrays, qimage_to_array

# Lato Black: 'T' advances 1218 of 2000 units; the pair 'Te' kerns it by -237 units.
T_ADVANCE, TE_KERN = 1218 / 2000, -237 / 2000


def _origins(pdf: bytes, page: int = 0) -> tuple[str, list[tuple[float, float]]]:
    """The text of a page as PDFium reads it, and the origin of each of its characters
    (points, PDF user space)."""
    document = pdfium.PdfDocument(pdf)
    try:
        text_page = document[page].get_textpage()
        text = text_page.get_text_range()
        x, y = ctypes.c_double(), ctypes.c_double()
        origins = []
        for index in range(len(text)):
            pdfium_c.FPDFText_GetCharOrigin(text_page, index, x, y)
            origins.append((x.value, y.value))
        return text, origins
    finally:
        document.close()


def test_a_kerning_pair_narrows_what_the_layout_measures(theme):
    fonts = FontSet(theme)
    size = theme.style("title").size
    assert fonts.kerning("Te", "black", size) == pytest.approx((TE_KERN * size, 0.0))
    assert fonts.width("Te", "black", size) == pytest.approx(
        fonts.width("T", "black", size) + fonts.width("e", "black", size) + TE_KERN * size)
    assert fonts.kerning("mensen", "black", size) == (0.0,) * 6  # no pair in the word


def test_the_title_sets_te_kerned_in_the_pdf_and_stays_searchable(changed_copy, theme):
    """Issue 20: the title's 'Te' was set 2,96 pt too wide."""
    document = load_document(changed_copy(("title: Onzichtbare slachtoffers in 2019",
                                           "title: Telkens onzichtbaar in 2020")))
    size = theme.style("title").size
    for target in ("screen", "print"):
        text, origins = _origins(pdf_bytes(document, theme, target))
        assert "Telkens onzichtbaar in 2020" in text
        at = text.index("Telkens")
        advance = origins[at + 1][0] - origins[at][0]
        assert advance == pytest.approx((T_ADVANCE + TE_KERN) * size, abs=0.01), target


def _scene(theme, text: str, size: float, width: float = 400) -> tuple[Scene, TextSetter]:
    setter = TextSetter(FontSet(theme))
    style = replace(theme.style("title"), size=size, colour="ink")
    placed = setter.set(text, style, 10, 10, width, "t")
    page = ScenePage(width + 20, size * 2 + 20, 0, placed.runs)
    return Scene((page,), resources_for(theme, setter.fonts)), setter


def _pdf(scene: Scene) -> bytes:
    out = io.BytesIO()
    paint_pdf(scene, "screen", out,
              PdfInfo("t", "a", "s", "nl-NL", datetime(2020, 1, 1, tzinfo=UTC)))
    return out.getvalue()


def test_every_glyph_in_the_pdf_is_where_the_layout_measured_it(theme):
    text = "Te Wa AVAYA. Tekst, Vooral"
    scene, setter = _scene(theme, text, 25)
    [run] = scene.pages[0].items
    assert run.text == text and run.kerning
    extracted, origins = _origins(_pdf(scene))
    assert extracted == text  # the same words, with their spaces
    # PDFium reads the font's widths as whole thousandths (Lato's come in halves), so each
    # step is compared on its own: within half a thousandth of the size
    steps = [after[0] - before[0] for before, after in zip(origins[:-1], origins[1:], strict=True)]
    expected = [setter.fonts.width(char, "black", 25) + kern
                for char, kern in zip(text[:-1], run.kerning[:-1], strict=True)]
    assert steps == pytest.approx(expected, abs=0.5 * 25 / 1000 + 0.001)
    # and the words start where the layout put them
    starts = [0] + [i + 1 for i, char in enumerate(text) if char == " "]
    assert [origins[i][0] - run.x for i in starts] == pytest.approx(list(run.word_offsets),
                                                                    abs=0.1)


@pytest.mark.parametrize(("size", "dpi", "proof"), [
    (30, 144, False),  # 60 pixels: drawn as a glyph run
    (30, 300, False),  # 125 pixels: filled from the glyph outlines
    (30, 144, True),  # the soft proof: outlines as well
])
def test_the_preview_kerns_as_the_pdf_does(qapp, theme, size, dpi, proof):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QColor, QImage, QPainter

    from infographic_app.render.qt_painter import QtPainter

    scene, _ = _scene(theme, "Te Tw AVAYA", size)
    page = scene.pages[0]
    [run] = page.items
    pdf = pdf_pages_as_arrays(_pdf(scene), dpi)[0]

    def preview(kerning: tuple[float, ...]) -> np.ndarray:
        image = QImage(pdf.shape[1], pdf.shape[0], QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        scale = (pdf.shape[1] / page.width, pdf.shape[0] / page.height)
        QtPainter(scene.resources, proof=proof).paint_items(
            painter, (replace(run, kerning=kerning),), (), scale, QPointF(0, 0))
        painter.end()
        return qimage_to_array(image)

    def ink(image: np.ndarray) -> np.ndarray:
        return image.min(axis=2) < 128

    kerned, plain = ink(preview(run.kerning)), ink(preview(()))
    printed = ink(pdf)
    # Pixels inked in one image and not the other: a few at the glyphs' edges (anti-aliasing)
    # where the preview sets the kerning; whole glyph widths where it would not.
    assert (kerned ^ printed).sum() < 0.1 * printed.sum()
    assert (plain ^ printed).sum() > 0.3 * printed.sum()
