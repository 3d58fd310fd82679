import re

import pikepdf
import pytest

from infographic_app.export.pdf import pdf_bytes
from infographic_app.model.theme import MM

from pdfcheck import box, colour_operators, font_files, open_pdf, page_text

A4 = (210 * MM, 297 * MM)


@pytest.fixture(scope="module")
def print_pdf():
    from infographic_app.model.reading import load_document
    from infographic_app.model.theme import load_theme
    from infographic_app.paths import default_document, default_theme

    return pdf_bytes(load_document(default_document()), load_theme(default_theme()), "print")


def test_two_a4_pages_with_trim_and_3mm_bleed(print_pdf):
    pdf = open_pdf(print_pdf)
    assert len(pdf.pages) == 2
    for page in pdf.pages:
        trim, bleed, media = box(page, "/TrimBox"), box(page, "/BleedBox"), box(page, "/MediaBox")
        assert trim[2] - trim[0] == pytest.approx(A4[0], abs=0.01)
        assert trim[3] - trim[1] == pytest.approx(A4[1], abs=0.01)
        for i, sign in zip(range(4), (-1, -1, 1, 1), strict=True):
            assert bleed[i] - trim[i] == pytest.approx(sign * 3 * MM, abs=0.01)
            assert (media[i] - bleed[i]) * sign >= 5 * MM  # room for the crop marks
        assert box(page, "/ArtBox") is None


def test_only_cmyk_colour_operators(print_pdf):
    pdf = open_pdf(print_pdf)
    assert colour_operators(pdf) <= {"k", "K"}
    assert "k" in colour_operators(pdf)
    for page in pdf.pages:
        assert not page.Resources.get("/XObject")  # no images to carry RGB in


def test_every_font_embedded_and_subset_and_no_helvetica(print_pdf):
    fonts = font_files(open_pdf(print_pdf))
    assert fonts and all(fonts.values()), fonts
    assert all(re.match(r"/[A-Z]{6}\+Lato-", name) for name in fonts), fonts
    assert b"Helvetica" not in print_pdf


def test_no_links_on_print_pages(print_pdf):
    for page in open_pdf(print_pdf).pages:
        assert "/Annots" not in page.obj


def test_charts_are_vectors(print_pdf):
    pdf = open_pdf(print_pdf)
    operators = {str(op) for _, op in pikepdf.parse_content_stream(pdf.pages[0])}
    assert "c" in operators and operators & {"f", "f*"}  # filled curves: donut and icons
    assert "Do" not in operators  # no raster image drawn


def test_crop_marks_sit_outside_the_bleed(print_pdf):
    pdf = open_pdf(print_pdf)
    page = pdf.pages[0]
    bleed = box(page, "/BleedBox")
    marks, path = [], []
    for operands, operator in pikepdf.parse_content_stream(page):
        name = str(operator)
        if name in ("m", "l"):
            path.append([float(v) for v in operands])
            continue
        if name == "S" and len(path) == 2:  # a stroked single line: a crop mark
            marks.append(tuple(path))
        path = []
    assert len(marks) == 8
    for start, end in marks:
        for x, y in (start, end):
            outside = x <= bleed[0] or x >= bleed[2] or y <= bleed[1] or y >= bleed[3]
            assert outside, (start, end)


def test_the_text_holds_every_seed_number_in_dutch_notation(print_pdf):
    text = " ".join(page_text(print_pdf))
    for number in ("29", "1.300", "97 procent", "97%", "12 procent", "299", "265", "34", "162",
                   "17,7", "92,9%", "54,7%", "81,6%", "10,2%", "8,2%", "54", "27", "7", "5",
                   "10.000", "20.000"):
        assert re.search(rf"(?<![\d.,]){re.escape(number)}(?![\d,])", text), number


def test_every_seed_paragraph_is_in_the_pdf(print_pdf, seed_text):
    text = " ".join(page_text(print_pdf))
    for paragraph in seed_text.split("\n\n"):
        paragraph = re.sub(r"\s+", " ", paragraph.replace("**", "").replace("(*first disclosure*)",
                                                                             "(first disclosure)"))
        for sentence in re.split(r"(?<=\.) ", paragraph.strip()):
            # The numbered list shows "Aanbeveling 1" as a label above its text.
            sentence = re.sub(r"^(Aanbeveling \d)\.$", r"\1", sentence)
            assert sentence in text or _words_in_order(sentence, text), sentence


def _words_in_order(sentence: str, text: str) -> bool:
    """The sentence's words appear in order (the layout may place the wordmark lines apart)."""
    position = 0
    for word in sentence.split():
        position = text.find(word, position)
        if position < 0:
            return False
        position += len(word)
    return True


def test_same_input_gives_a_byte_identical_pdf(print_pdf):
    from infographic_app.model.reading import load_document
    from infographic_app.model.theme import load_theme
    from infographic_app.paths import default_document, default_theme

    again = pdf_bytes(load_document(default_document()), load_theme(default_theme()), "print")
    assert again == print_pdf
