"""`{figure:words}` in a theme's text as the exported PDF prints it."""

import pytest

from infographic_app.export.pdf import pdf_bytes
from infographic_app.model.reading import load_document

from pdfcheck import page_text

SENTENCE = "In ruim negen van de tien gevallen ({exploited_now})"


@pytest.mark.parametrize(("value", "printed"), [
    ("92.9", "Ruim negen van de tien keer (92,9%)"),
    ("48", "Bijna de helft van de keren (48,0%)"),
    ("75", "Driekwart van de keren (75,0%)")])
def test_a_figure_in_words_prints_in_the_pdf(changed_copy, theme, value, printed):
    rest = "keer" if value == "92.9" else "van de keren"
    path = changed_copy((SENTENCE, f"{{exploited_now:words}} {rest} ({{exploited_now}})"),
                        ("    value: 92.9\n", f"    value: {value}\n"))
    text = page_text(pdf_bytes(load_document(path), theme, "screen"))[0]
    assert printed in text
    assert "{exploited_now" not in text


def test_a_count_in_words_prints_in_the_pdf(changed_copy, theme):
    path = changed_copy(("Het ging om {criminal_visitors}",
                         "Het ging om {criminal_visitors:words}"))
    text = page_text(pdf_bytes(load_document(path), theme, "print"))[0]
    assert "Het ging om zeven bezoekers" in text
