"""Social cards laid out from the factsheet: the right size, the right words, nothing cut."""

import pytest

from infographic_app.layout.cards import CARD_DPI, CARD_SIZES, layout_card
from infographic_app.layout.scene import Rect, Shape, TextRun
from infographic_app.model.alt_text import card_targets
from infographic_app.model.problems import InputError
from infographic_app.model.reading import load_document

PARTNER = "blocks.themes.themes.partner_perpetrator"


def _texts(card):
    return " ".join(item.text for item in card.items if isinstance(item, TextRun))


@pytest.mark.parametrize("size", sorted(CARD_SIZES))
def test_a_card_is_exactly_its_pixel_size_at_its_resolution(document, theme, size):
    card = layout_card(document, theme, "visitors_total", size).pages[0]
    assert (card.width * CARD_DPI[size] / 72, card.height * CARD_DPI[size] / 72) == \
        CARD_SIZES[size]
    assert card.bleed == 0


@pytest.mark.parametrize("size", sorted(CARD_SIZES))
def test_a_figure_card_shows_the_figure_huge_in_the_brand_colour_with_its_label(
        document, theme, size):
    card = layout_card(document, theme, "visitors_total", size).pages[0]
    texts = _texts(card)
    assert "unieke bezoekers met een hulpvraag over mensenhandel" in texts
    assert "Onzichtbare slachtoffers in 2019" in texts and "ckm!" in texts
    figure = max((i for i in card.items if isinstance(i, TextRun)), key=lambda run: run.size)
    assert (figure.text, figure.colour, figure.element_id) == ("299", "primary",
                                                               "figures.visitors_total")
    assert figure.size >= 80


def test_a_figure_card_names_the_figures_source(document, theme):
    texts = _texts(layout_card(document, theme, "minors_seen", "square").pages[0])
    assert "Bron: Nederlandse minderjarige slachtoffers van seksuele uitbuiting" in texts
    card = layout_card(document, theme, "visitors_total", "square").pages[0]
    assert "Bron:" not in _texts(card)


def test_a_tile_card_shows_the_tiles_text_under_its_figure(document, theme):
    card = layout_card(document, theme, "blocks.key_figures.tiles.victims", "square").pages[0]
    assert "De overige 34 hadden een hulpvraag over" in _texts(card)
    assert "265" in _texts(card)


@pytest.mark.parametrize("size", sorted(CARD_SIZES))
def test_a_theme_card_shows_heading_text_and_chart_values(document, theme, size):
    card = layout_card(document, theme, PARTNER, size).pages[0]
    texts = _texts(card)
    for words in ("partner = pleger", "De (ex-)partner van het slachtoffer wordt in 81,6% van",
                  "wie is de mensenhandelaar?", "81,6%", "10,2%", "8,2%", "familielid"):
        assert words in texts
    ids = {item.element_id for item in card.items}
    assert {f"{PARTNER}.heading", f"{PARTNER}.text", "figures.perpetrator_partner"} <= ids


@pytest.mark.parametrize("size", sorted(CARD_SIZES))
def test_every_card_of_2019_fits_and_keeps_to_the_card(document, theme, size):
    for target in card_targets(document):
        card = layout_card(document, theme, target, size).pages[0]
        assert not card.overflows, (target, card.overflows)
        for item in card.items:
            if isinstance(item, Rect):
                assert item.x >= 0 and item.x + item.width <= card.width + 0.01, (target, item)
                assert item.y >= 0 and item.y + item.height <= card.height + 0.01, (target, item)
            if isinstance(item, Shape):
                for command in item.commands:
                    assert all(0 <= x <= card.width for x in command[1::2]), (target, item)
                    assert all(0 <= y <= card.height for y in command[2::2]), (target, item)
            if isinstance(item, TextRun):
                assert item.x > 0 and item.y < card.height, (target, item)


def test_every_primitive_of_a_card_says_where_it_came_from(document, theme):
    for target in ("minors_seen", "blocks.key_figures.tiles.age", PARTNER):
        for item in layout_card(document, theme, target, "wide").pages[0].items:
            kind, _, rest = item.element_id.partition(".")
            assert kind in ("blocks", "figures", "theme"), item
            if kind == "figures":
                assert rest.split(".")[0] in document.figures
            if kind == "blocks":
                assert document.locate(item.element_id)[1] is not None, item.element_id


def test_text_too_long_for_a_card_is_flagged_not_cut_silently(changed_copy, theme):
    path = changed_copy(("        van het slachtoffer.\n",
                         "        van het slachtoffer." + " Nog een zin erbij." * 30 + "\n"))
    card = layout_card(load_document(path), theme, PARTNER, "wide").pages[0]
    assert [o.element_id for o in card.overflows] == [f"{PARTNER}.text"]
    assert card.overflows[0].hidden_lines > 0


def test_an_unknown_size_is_refused(document, theme):
    with pytest.raises(InputError, match=r"use square \(1080 x 1080 pixels\), portrait "
                       r"\(1080 x 1350 pixels\), story \(1080 x 1920 pixels\), wide"):
        layout_card(document, theme, "visitors_total", "banner")
