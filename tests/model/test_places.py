"""Places named as the forms name them (model/places.py), in Dutch and English: never an id."""

from __future__ import annotations

import pytest

from infographic_app.model.places import formula_in_words, place_name
from infographic_app.model.reading import load_document
from infographic_app.paths import default_document


@pytest.fixture(scope="module")
def document():
    return load_document(default_document())


@pytest.mark.parametrize(("field", "language", "named"), [
    ("blocks.themes.themes.partner_perpetrator.text", "nl", "Thema 'partner = pleger' › Tekst"),
    ("blocks.themes.themes.partner_perpetrator.visual.caption", "en",
     "Theme 'partner = pleger' › Chart › Caption"),
    ("blocks.key_figures.tiles.victims.text", "nl", "Tegel '265' › Tekst"),
    ("blocks.key_figures.tiles.victims", "en", "Tile '265'"),
    ("blocks.recommendations.items.anonymous_tool.text", "nl", "Aanbeveling 2 › Tekst"),
    ("blocks.intro.visual.caption", "en",
     "Introduction with chart 'Nederlandse minderjarige slachtoffers onzichtbaar' › Chart › "
     "Caption"),
    ("blocks.header.title", "nl", "Titelband › Titel"),
    ("blocks.about.text", "en", "Text panel 'Over Chat met Fier' › Text"),
    ("blocks.footer.url", "nl", "Voettekst › Webadres"),
    ("metadata.title", "nl", "Document › Titel"),
    ("edition", "en", "Document › Edition"),
    ("figures.perpetrator_family", "nl", "Cijfer 'familielid'"),
    ("figures.average_age.source", "nl", "Cijfer 'gemiddelde leeftijd van slachtoffers' › Bron"),
    ("rules.perpetrators_make_100", "nl",
     "Regel: (ex-)partner + sociale omgeving + familielid zijn samen 100%"),
    ("rules.victims_and_others_make_total", "en",
     "Rule: bezoekers die zelf slachtoffer waren + bezoekers met een hulpvraag over iemand "
     "anders make unieke bezoekers met een hulpvraag over mensenhandel"),
    ("pages.page2", "nl", "Pagina 2"),
    ("", "nl", ""),
])
def test_a_place_is_named_as_the_form_names_it(document, field, language, named):
    assert place_name(document, field, language) == named


def test_a_formula_names_its_figures_by_their_labels(document):
    assert formula_in_words(document, document.figures["minors_unseen_share"].formula) == (
        "('geschatte minderjarige slachtoffers' - 'in beeld bij de autoriteiten') / "
        "'geschatte minderjarige slachtoffers' × 100")
