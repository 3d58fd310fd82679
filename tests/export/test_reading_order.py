"""Both PDFs give their text in reading order: header, the body top to bottom, footer last,
as text extraction, copy and paste and screen readers take it."""

import re

import pymupdf
import pytest

from infographic_app.export.pdf import pdf_bytes

from pdfcheck import page_text

FIRST = ["Factsheet mensenhandel Onzichtbare slachtoffers in 2019",  # page 1: the header band
         "Factsheet mensenhandel | Onzichtbare slachtoffers in 2019 Aanbevelingen"]  # page 2
FOOTER = "www.chatmetfier.nl ckm!"  # the footer's web address and wordmark


def _mupdf_text(data: bytes) -> list[str]:
    """A second extractor: MuPDF's text of every page, whitespace made single spaces."""
    with pymupdf.open(stream=data, filetype="pdf") as pdf:
        return [re.sub(r"\s+", " ", page.get_text()).strip() for page in pdf]


@pytest.fixture(scope="module", params=["print", "screen"])
def pdf_pages(request) -> list[tuple[str, ...]]:
    from infographic_app.model.reading import load_document
    from infographic_app.model.theme import load_theme
    from infographic_app.paths import default_document, default_theme

    data = pdf_bytes(load_document(default_document()), load_theme(default_theme()),
                      request.param)
    return list(zip(page_text(data), _mupdf_text(data), strict=True))


def test_every_page_starts_with_its_header(pdf_pages):
    for first, texts in zip(FIRST, pdf_pages, strict=True):
        for text in texts:
            assert text.startswith(first), text[:120]


def test_the_footer_comes_last(pdf_pages):
    *_, last_page = pdf_pages
    for text in last_page:
        assert text.endswith(FOOTER), text[-120:]
        assert text.count("www.chatmetfier.nl") == 1
        assert text.index("Aanbeveling 1") < text.index("Over Chat met Fier") < \
            text.index("Kinderhandel en Mensenhandel.") < text.index(FOOTER)
