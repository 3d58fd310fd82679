"""Chart descriptions with substance: the short alt text (kind, subject, key fact) and the
long description (every value, largest and smallest, a comparison in words, the change
since the previous edition, the sources), in the document's language."""

from __future__ import annotations

from infographic_app.model.alt_text import short_alt_text, visuals
from infographic_app.model.chart_description import data_table, long_description
from infographic_app.model.reading import load_document

DONUT = "blocks.themes.themes.partner_perpetrator.visual"


def _chart(document, element_id):
    return next((visual, heading) for found, heading, visual in visuals(document)
                if found == element_id)


def test_the_short_text_of_a_donut_says_its_parts_and_the_largest(document):
    visual, heading = _chart(document, DONUT)
    assert short_alt_text(document, visual, heading) == (
        "Cirkeldiagram 'partner = pleger', 3 delen: het grootst is (ex-)partner met 81,6%.")


def test_the_long_description_of_a_donut(document):
    visual, heading = _chart(document, DONUT)
    assert long_description(document, visual, heading) == (
        "Cirkeldiagram 'partner = pleger': (ex-)partner 81,6%, sociale omgeving 10,2%, "
        "familielid 8,2%. Het grootst: 81,6% (ex-)partner; het kleinst: 8,2% familielid. "
        "Het grootste is 8 keer het op één na grootste. Ruim acht van de tien, 81,6%: "
        "(ex-)partner. Ruim één op de tien, 10,2%: sociale omgeving. Bijna één op de tien, "
        "8,2%: familielid.")


def test_the_icon_array_says_its_share_in_words_and_its_sources(document):
    visual, heading = _chart(document, "blocks.intro.visual")
    text = long_description(document, visual, heading)
    assert "Bijna alle, 97% (geschat): niet in beeld bij de autoriteiten." in text
    assert "Ongeveer 1 op de 45, 29 van de 1.300: in beeld bij de autoriteiten." in text
    assert ("Bron van 'in beeld bij de autoriteiten': Nederlandse minderjarige slachtoffers "
            "van seksuele uitbuiting in beeld in 2018.") in text


def test_the_change_since_the_previous_edition_is_described_and_tabled(changed_copy):
    path = changed_copy(("    value: 81.6\n", "    value: 81.6\n    history:\n      2018: 79.0\n"),
                        ("    value: 10.2\n", "    value: 10.2\n    history:\n      2018: 12.0\n"))
    document = load_document(path)
    visual, heading = _chart(document, DONUT)
    # The previous EDITION, not a year the data could be of (the 2019 edition reports 2018).
    assert ("Sinds de vorige editie (2018): (ex-)partner +2,6 procentpunt, sociale omgeving "
            "-1,8 procentpunt." in long_description(document, visual, heading))
    table = data_table(document, visual)
    assert table.headers == ("Wat", "Waarde", "Vorige editie (2018)", "Verschil")
    assert table.rows[0] == ("(ex-)partner", "81,6%", "79,0%", "+2,6 procentpunt")
    assert table.rows[2] == ("familielid", "8,2%", "", "")  # no value in 2018


def test_an_english_factsheet_is_described_in_english(changed_copy):
    document = load_document(changed_copy(("locale: nl-NL", "locale: en-GB")))
    visual, heading = _chart(document, DONUT)
    assert short_alt_text(document, visual, heading) == (
        "Pie chart 'partner = pleger', 3 parts: the largest is (ex-)partner at 81.6%.")
    text = long_description(document, visual, heading)
    assert "The largest: 81.6% (ex-)partner; the smallest: 8.2% familielid." in text
    assert "Just over eight in ten, 81.6%: (ex-)partner." in text
    assert data_table(document, visual).headers == ("What", "Value")


def test_an_english_description_names_the_previous_edition_as_an_edition(changed_copy):
    path = changed_copy(("locale: nl-NL", "locale: en-GB"),
                        ("    value: 81.6\n", "    value: 81.6\n    history:\n      2018: 79.0\n"))
    document = load_document(path)
    visual, heading = _chart(document, DONUT)
    assert ("Since the previous edition (2018): (ex-)partner +2.6 percentage points."
            in long_description(document, visual, heading))
    assert data_table(document, visual).headers == (
        "What", "Value", "Previous edition (2018)", "Change")
