"""Soft hyphens, no-break spaces and too-long words as they come out in the PDF and the PNG."""

import numpy as np
import pypdfium2 as pdfium
import pytest

from infographic_app.export.pdf import pdf_bytes
from infographic_app.layout.engine import layout_document
from infographic_app.model.reading import load_document

from imaging import pdf_pages_as_arrays, qimage_to_array

VISITORS = "text: unieke bezoekers hadden een hulpvraag over mensenhandel."
MINORS = "text: slachtoffers waren minderjarig."
AGE = "is de gemiddelde leeftijd van slachtoffers. Ruim een kwart van hen is 15 jaar of jonger."


def printed_lines(pdf: bytes) -> list[str]:
    """The lines of page 1 as printed. PDFium reports a hyphen that ends a line inside a word
    as U+FFFE and joins the lines; it is put back here as the '-' that prints."""
    document = pdfium.PdfDocument(pdf)
    try:
        text = document[0].get_textpage().get_text_range()
    finally:
        document.close()
    # A line's trailing space is the one the PDF adds for readers at a line end: not printed.
    return [line.rstrip(" ") for line in text.replace("\ufffe", "-\r\n").split("\r\n")]


def pdf_of(path, theme) -> bytes:
    return pdf_bytes(load_document(path), theme, "screen")


def test_a_soft_hyphen_prints_only_where_the_line_breaks(changed_copy, theme):
    path = changed_copy((VISITORS, VISITORS.replace("mensenhandel", "mensen\u00adhandel")),
                        (MINORS, "text: slachtoffers waren nog minder\u00adjarig."))
    pdf = pdf_of(path, theme)
    shown = printed_lines(pdf)
    assert "hulpvraag over mensenhandel." in shown  # no break there: nothing shows
    index = shown.index("slachtoffers waren nog minder-")  # a break there: a hyphen
    assert shown[index + 1] == "jarig."
    assert not any("\u00ad" in line for line in shown)


def test_no_break_spaces_keep_amounts_and_ages_on_one_line(changed_copy, theme):
    minors = "text: slachtoffers kregen samen € 1.250 per jaar"
    age = "is de gemiddelde leeftijd; hun hulp kostte veel en duurde 15 jaar of langer"
    plain = printed_lines(pdf_of(changed_copy((MINORS, minors), (AGE, age)), theme))
    assert "slachtoffers kregen samen €" in plain and "hulp kostte veel en duurde 15" in plain
    kept = printed_lines(pdf_of(changed_copy(
        (MINORS, minors.replace("€ ", "€\u00a0")), (AGE, age.replace("15 ", "15\u202f")),
        name="no-break.yaml"), theme))
    # ReportLab writes U+00A0 with the space's code (the same glyph in Lato); U+202F stays.
    assert "€ 1.250 per jaar" in kept and "15\u202fjaar of langer" in kept
    assert "slachtoffers kregen samen" in kept and "hulp kostte veel en duurde" in kept


@pytest.mark.parametrize("painter", ["pdf", "qt"])
def test_a_word_too_long_for_its_tile_never_paints_over_the_next_tile(
        changed_copy, theme, painter, request):
    original = load_document(changed_copy())
    changed = load_document(changed_copy(
        (VISITORS, "text: bel 080012345678901234567890123456789 gratis"), name="long.yaml"))
    dpi = 100
    if painter == "pdf":
        before, after = (pdf_pages_as_arrays(pdf_bytes(d, theme, "screen"), dpi)[0]
                         for d in (original, changed))
    else:
        request.getfixturevalue("qapp")
        from infographic_app.render.qt_painter import render_page

        before, after = (qimage_to_array(render_page(layout_document(d, theme), 0, dpi))
                         for d in (original, changed))
    [box] = [o for o in layout_document(changed, theme).pages[0].overflows
             if o.element_id == "blocks.key_figures.tiles.visitors.text"]
    scale, margin = dpi / 72, 1.5  # points: antialiasing may reach a little past a glyph
    left, right = (round((edge) * scale) for edge in (box.x - margin, box.x + box.width + margin))
    top, bottom = (round(edge * scale) for edge in (box.y - margin, box.y + box.height + margin))
    changed_pixels = np.argwhere((before != after).any(axis=2))
    assert len(changed_pixels)  # the tile's own text did change
    assert all(left <= x <= right and top <= y <= bottom for y, x in changed_pixels)
