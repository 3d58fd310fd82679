"""Estimates printed as estimates: the document's style, ranges, figures computed from an
estimate, their precision, alt texts and notes."""

from __future__ import annotations

import pytest

from infographic_app.checks.estimates import check_estimates
from infographic_app.checks.report import check_document
from infographic_app.layout.engine import layout_document
from infographic_app.model.alt_text import alt_text_for_visual
from infographic_app.model.notes import figure_notes
from infographic_app.model.reading import InputError, load_document
from infographic_app.model.writing import document_text

RANGE = ("    value: 1300\n", "    value: 1300\n    low: 1200\n    high: 1400\n")


def page_text(document, theme, page=0):
    return " ".join(r.text for r in layout_document(document, theme).texts(page))


def test_the_bundled_estimates_print_as_estimates_where_the_text_does_not_say_so(
        document, theme):
    page1, page2 = page_text(document, theme, 0), page_text(document, theme, 1)
    # the derived share of the estimate 1.300 is labelled in the icon array's headline ...
    assert "circa 97%" in page1
    # ... but a text that says 'geschatte' or 'circa' already prints the bare number
    assert "van de geschatte 1.300" in page1 and "circa circa" not in page1
    assert "circa 10.000" in page2 and "ongeveer circa" not in page2


@pytest.mark.parametrize(("style", "dutch", "english"), [
    ("circa", "circa 1.300", "about 1,300"),
    ("labelled", "1.300 (geschat)", "1,300 (estimated)"),
    ("range", "1.200–1.400", "1,200–1,400"),
])
def test_the_document_chooses_how_estimates_print(changed_copy, style, dutch, english):
    path = changed_copy(("figures:\n", f"estimate_style: {style}\nfigures:\n"), RANGE)
    document = load_document(path)
    assert document.show("minors_estimated") == dutch
    document.locale = "en-GB"
    assert document.show("minors_estimated") == english
    # the choice and the range are kept when the file is saved
    text = document_text(document, path.read_text(encoding="utf-8"))
    assert f"estimate_style: {style}\n" in text and "low: 1200\n    high: 1400\n" in text


def test_a_figure_computed_from_an_estimate_is_an_estimate_too(changed_copy):
    document = load_document(changed_copy(("figures:\n", "estimate_style: labelled\n"
                                                          "figures:\n")))
    assert document.show("minors_unseen_share") == "97% (geschat)"
    assert document.show("visitors_total") == "299"  # not computed from an estimate


def test_a_range_must_hold_the_value_and_belongs_to_a_typed_estimate(changed_copy):
    with pytest.raises(InputError, match="must hold the value"):
        load_document(changed_copy(("    value: 1300\n", "    value: 1300\n    low: 1400\n"
                                                        "    high: 1500\n")))
    with pytest.raises(InputError, match="only a typed estimate"):
        load_document(changed_copy(("    value: 29\n", "    value: 29\n    low: 20\n"
                                                      "    high: 30\n")))


def test_a_derived_estimate_printed_more_precisely_than_its_input_is_warned(
        changed_copy, theme):
    document = load_document(changed_copy(("    decimals: 0\n    rounding: down\n",
                                           "    decimals: 1\n    rounding: down\n")))
    [problem] = check_estimates(document)
    assert problem.element_id == "figures.minors_unseen_share"
    assert problem.message.startswith("'niet in beeld bij de autoriteiten' prints 97,7%, but "
                                      "it is computed from the estimate 'geschatte "
                                      "minderjarige slachtoffers' (1.300), which has 2 "
                                      "significant digits")
    assert "schatting 'geschatte minderjarige slachtoffers'" in check_estimates(
        document, "nl")[0].message
    assert problem in check_document(document, layout_document(document, theme))


def test_the_bundled_derived_share_is_labelled_not_warned(document):
    assert check_estimates(document) == []
    assert document.show("minors_unseen_share") == "circa 97%"


def test_alt_texts_and_notes_say_estimated(document):
    visual = document.block("intro").fields["visual"]
    alt = alt_text_for_visual(document, visual, "intro")
    # the derived share is read out as an estimate; 1.300's label says 'geschatte' already
    assert "97% (geschat) niet in beeld" in alt and "1.300 geschatte" in alt
    notes = figure_notes(document).text()
    assert "Geschat aantal Nederlandse minderjarige slachtoffers van seksuele uitbuiting. " \
           "Schatting." in notes
    assert "Berekend uit een schatting." in notes


def test_an_unknown_estimate_style_or_half_a_range_is_refused_in_dutch(changed_copy,
                                                                         monkeypatch):
    """Read with Dutch messages: the choices named in words, as the other choices are."""
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    with pytest.raises(InputError) as refused:
        load_document(changed_copy(("figures:\n", "estimate_style: ongeveer\nfigures:\n")))
    assert "schrijfwijze van schattingen" in str(refused.value)
    assert "circa, labelled, range" in str(refused.value)
    with pytest.raises(InputError) as refused:
        load_document(changed_copy(("    value: 1300\n", "    value: 1300\n    low: 1200\n")))
    assert "een marge heeft zowel 'low' als 'high' nodig: voeg 'high' toe" in str(refused.value)
