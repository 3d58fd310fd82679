"""Alt text for every chart and card, in the document's language, as a screen reader reads it."""

import pytest

from infographic_app.model.alt_text import alt_text_for_card, alt_texts, card_targets
from infographic_app.model.problems import InputError
from infographic_app.model.reading import load_document

DONUT = "blocks.themes.themes.partner_perpetrator.visual"


def test_every_chart_of_2019_has_its_dutch_alt_text(document):
    assert alt_texts(document) == [
        ("blocks.intro.visual",
         "Figurendiagram 'Nederlandse minderjarige slachtoffers onzichtbaar': 97% (geschat) niet "
         "in beeld "
         "bij de autoriteiten; 29 van de 1.300 geschatte minderjarige slachtoffers in "
         "beeld bij de autoriteiten."),  # no '(2%)' beside the 97% the icons draw
        ("blocks.themes.themes.long_exploitation.visual",
         "Staafdiagram 'langdurige uitbuiting': in een uitbuitingssituatie tijdens het chatten "
         "92,9%, langer dan een jaar uitgebuit 54,7%."),
        # Three parts and more: the short text names the largest; the long one every value.
        (DONUT, "Cirkeldiagram 'partner = pleger', 3 delen: het grootst is (ex-)partner met "
                "81,6%."),
        ("blocks.themes.themes.networks.visual",
         "Kerncijfers 'meerdere slachtoffers en daders': 54 bezoekers noemen meerdere plegers, "
         "27 bezoekers noemen meerdere slachtoffers."),
        ("blocks.themes.themes.criminal_exploitation.visual",
         "Kerncijfers 'criminele uitbuiting': 7 bezoekers over criminele uitbuiting, 5 van hen "
         "waren zelf slachtoffer."),
        ("blocks.about.visual",
         "Kerncijfers 'Over Chat met Fier': 10.000 (geschat) unieke bezoekers per jaar op Chat "
         "met Fier, 20.000 (geschat) gesprekken per jaar met chathulpverleners."),
    ]


def test_an_english_factsheet_gets_english_alt_text_with_english_numbers(changed_copy):
    document = load_document(changed_copy(("locale: nl-NL", "locale: en-GB")))
    texts = dict(alt_texts(document))
    assert texts[DONUT] == ("Pie chart 'partner = pleger', 3 parts: the largest is (ex-)partner "
                            "at 81.6%.")
    assert texts["blocks.intro.visual"].startswith("Icon chart ")
    assert "29 of the 1,300 " in texts["blocks.intro.visual"]
    assert "10,000 (estimated) unieke bezoekers" in texts["blocks.about.visual"]


def test_alt_text_follows_a_changed_figure(changed_copy):
    document = load_document(changed_copy(("    value: 81.6\n", "    value: 80.6\n")))
    assert "(ex-)partner met 80,6%." in dict(alt_texts(document))[DONUT]


def test_a_figure_card_says_the_figure_its_label_source_and_factsheet(document):
    assert alt_text_for_card(document, "minors_seen") == (
        "29 in beeld bij de autoriteiten. Bron: Nederlandse minderjarige slachtoffers van "
        "seksuele uitbuiting in beeld in 2018. Uit de factsheet 'Onzichtbare slachtoffers in "
        "2019'.")


def test_a_tile_card_says_the_tile_text_without_its_markup(changed_copy):
    path = changed_copy(("      text: slachtoffers waren minderjarig.",
                         "      text: slachtoffers waren **minderjarig**."))
    assert alt_text_for_card(load_document(path), "blocks.key_figures.tiles.minors") == (
        "162 slachtoffers waren minderjarig. Uit de factsheet 'Onzichtbare slachtoffers in "
        "2019'.")


def test_a_theme_card_says_heading_text_and_chart(document):
    assert alt_text_for_card(document, "blocks.themes.themes.partner_perpetrator") == (
        "partner = pleger. De (ex-)partner van het slachtoffer wordt in 81,6% van gevallen "
        "genoemd als mensenhandelaar, gevolgd door iemand uit de sociale omgeving (10,2%) en "
        "een familielid (8,2%) van het slachtoffer. Cirkeldiagram: (ex-)partner 81,6%, sociale "
        "omgeving 10,2%, familielid 8,2%. Uit de factsheet 'Onzichtbare slachtoffers in 2019'.")


def test_cards_can_show_every_figure_tile_and_theme(document):
    targets = card_targets(document)
    assert set(document.figures) < set(targets)
    assert "blocks.key_figures.tiles.age" in targets
    assert "blocks.themes.themes.networks" in targets
    assert "blocks.recommendations.items.avim" not in targets  # a text without heading


def test_an_unknown_card_is_refused_with_the_choices(document):
    with pytest.raises(InputError) as error:
        alt_text_for_card(document, "blocks.themes.themes.partner")
    problem = error.value.problems[0]
    assert problem.field == "--of"
    assert "there is no card 'blocks.themes.themes.partner'" in problem.message
    assert "Did you mean 'blocks.themes.themes.partner_perpetrator'?" in problem.message
    assert "visitors_total" in problem.message and "blocks.key_figures.tiles.age" in problem.message
