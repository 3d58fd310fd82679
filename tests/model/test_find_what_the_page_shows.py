"""Find and replace sees what the page shows (issue 25): no-break spaces, soft hyphens,
decomposed accents, ligatures, markup and the printed values of figure references."""

from pathlib import Path

import pytest

from infographic_app.model.fields import get_field, set_field
from infographic_app.model.find_replace import find_matches, replaced_texts
from infographic_app.model.reading import load_document

SEED = Path(__file__).resolve().parents[2] / "data" / "factsheet-2019.yaml"
HEADING = "blocks.intro.heading"  # 'Nederlandse minderjarige slachtoffers onzichtbaar'


@pytest.mark.parametrize(("typed", "needle"), [
    ("Nederlandse\u00a0minderjarige slachtoffers", "Nederlandse minderjarige"),
    ("Nederlandse minder\u00adjarige slachtoffers", "minderjarige"),
    ("Nederlandse minderjarige slachtoffers", "minder\u00adjarige"),
    ("Ne\u0301derlandse minderjarige slachtoffers", "N\u00e9derlandse"),
    ("N\u00e9derlandse minderjarige slachtoffers", "Ne\u0301derlandse"),
    ("De \ufb01guur van minderjarige slachtoffers", "De figuur"),
    ("Nederlandse **minderjarige** slachtoffers", "Nederlandse minderjarige slachtoffers"),
    ("Nederlandse *minderjarige slachtoffers*", "nederlandse minderjarige"),
], ids=["no-break-space", "soft-hyphen", "soft-hyphen-in-needle", "decomposed-accent",
        "decomposed-in-needle", "ligature", "bold-inside-phrase", "italic-across"])
def test_find_sees_the_text_as_the_page_shows_it(typed, needle):
    document = load_document(SEED)
    set_field(document, HEADING, typed)
    matches = [m for m in find_matches(document, needle) if m.field == HEADING]
    assert len(matches) == 1, [m.found for m in matches]


def test_replace_across_a_soft_hyphen_and_a_ligature_replaces_the_whole_word():
    document = load_document(SEED)
    set_field(document, HEADING, "Nederlandse minder\u00adjarige \ufb01guren")
    matches = [m for m in find_matches(document, "minderjarige figuren") if m.field == HEADING]
    assert replaced_texts(matches, "jonge slachtoffers") == {
        HEADING: "Nederlandse jonge slachtoffers"}


@pytest.mark.parametrize(("typed", "needle", "becomes"), [
    ("Nederlandse **minderjarige** slachtoffers", "Nederlandse minderjarige slachtoffers",
     "Jonge mensen"),
    ("Nederlandse **minderjarige slachtoffers**", "Nederlandse minderjarige",
     "**Jonge mensen slachtoffers**"),
    ("**Nederlandse minderjarige** slachtoffers", "minderjarige slachtoffers",
     "**Nederlandse Jonge mensen**"),
], ids=["pair-inside", "opening-inside", "closing-inside"])
def test_replace_keeps_markup_whole(typed, needle, becomes):
    document = load_document(SEED)
    set_field(document, HEADING, typed)
    matches = [m for m in find_matches(document, needle) if m.field == HEADING]
    assert replaced_texts(matches, "Jonge mensen") == {HEADING: becomes}


def test_find_sees_the_printed_value_of_a_reference_and_replace_leaves_it():
    document = load_document(SEED)
    matches = find_matches(document, "29 van de geschatte")
    assert [(m.field, m.figure) for m in matches] == [
        ("blocks.intro.text", "minors_seen"), ("blocks.intro.visual.caption", "minors_seen")]
    before = get_field(document, "blocks.intro.text")
    assert replaced_texts(matches, "dertig van de") == {}
    assert get_field(document, "blocks.intro.text") == before
    plain = find_matches(document, "van de geschatte")
    assert plain and all(m.figure is None for m in plain)


def test_references_as_written_are_still_found_when_asked():
    document = load_document(SEED)
    assert find_matches(document, "minors_seen") == []
    assert len(find_matches(document, "minors_seen", in_references=True)) >= 2
