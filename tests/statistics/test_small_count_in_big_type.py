"""A suppressed small count in big type (tiles, big numbers) prints '< 10': as wide as a
two-digit figure, so it keeps its place in a row. Whoever reads rather than looks gets the
words of running text: the PDF's ActualText, the web page's screen-reader text."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf

from infographic_app.export.html import html_page
from infographic_app.export.pdf import pdf_bytes
from infographic_app.layout.engine import layout_document
from infographic_app.model.reading import load_document

HER_FILE = Path(__file__).resolve().parents[1] / "fixtures" / "fresh-user-2020.yaml"


def actual_texts(data: bytes) -> list[str]:
    """The ActualText of every marked-content span of the PDF's pages."""
    found = []
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            for operands, operator in pikepdf.parse_content_stream(page):
                if str(operator) == "BDC" and isinstance(operands[1], pikepdf.Dictionary) \
                        and "/ActualText" in operands[1]:
                    found.append(str(operands[1].ActualText))
    return found


def test_the_pdf_paints_the_sign_and_reads_the_words(theme):
    document = load_document(HER_FILE)
    scene = layout_document(document, theme)
    data = pdf_bytes(document, theme, "screen", scene=scene)
    # the big '< 10', read out (with the space a reader needs before its label)
    assert actual_texts(data) == ["minder dan 10 "]
    painted = [r.text for r in scene.texts() if r.element_id == "figures.criminal_visitors"]
    assert "<\u202f10" in painted and "minder dan 10" not in painted


def test_the_web_page_shows_the_sign_and_a_screen_reader_hears_the_words(theme):
    document = load_document(HER_FILE)
    html = html_page(document, theme, layout_document(document, theme))
    assert ('<li><span class="big"><span aria-hidden="true">&lt;\u202f10</span>'
            '<span class="spoken">minder dan 10</span></span> bezoekers over criminele '
            'uitbuiting</li>') in html
    assert '<span class="big">5</span>' in html  # a figure printed as it is: no twin
    assert ".spoken{position:absolute" in html
    assert "Het ging om minder dan 10 bezoekers" in html  # the text keeps the words
