import pytest

from infographic_app.export.pdf import pdf_bytes
from infographic_app.model.theme import MM

from pdfcheck import box, colour_operators, font_files, open_pdf


@pytest.fixture(scope="module")
def screen_pdf():
    from infographic_app.model.reading import load_document
    from infographic_app.model.theme import load_theme
    from infographic_app.paths import default_document, default_theme

    return pdf_bytes(load_document(default_document()), load_theme(default_theme()), "screen")


def test_trim_size_pages_in_rgb(screen_pdf):
    pdf = open_pdf(screen_pdf)
    for page in pdf.pages:
        media = box(page, "/MediaBox")
        assert media == pytest.approx([0, 0, 210 * MM, 297 * MM], abs=0.01)
    assert colour_operators(pdf) <= {"rg", "RG"}
    assert all(font_files(pdf).values())


def test_the_web_address_is_a_clickable_link(screen_pdf):
    pdf = open_pdf(screen_pdf)
    links = [annot for page in pdf.pages for annot in page.obj.get("/Annots", [])
             if annot.get("/Subtype") == "/Link"]
    assert [str(link.A.URI) for link in links] == ["https://www.chatmetfier.nl"]
    [link] = links
    x0, y0, x1, y1 = (float(v) for v in link.Rect)
    assert y1 < 60 and x0 < 60 and x1 - x0 > 80  # over the footer's web address, bottom left


def test_title_author_subject_and_language(screen_pdf):
    pdf = open_pdf(screen_pdf)
    assert str(pdf.docinfo.Title) == "Factsheet mensenhandel: Onzichtbare slachtoffers in 2019"
    assert str(pdf.docinfo.Author) == "Centrum tegen Kinderhandel en Mensenhandel"
    assert "Chat met Fier" in str(pdf.docinfo.Subject)
    assert str(pdf.Root.Lang) == "nl-NL"


def test_small_file(screen_pdf):
    assert len(screen_pdf) < 150_000
