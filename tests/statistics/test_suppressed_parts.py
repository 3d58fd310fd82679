"""Each way a suppressed count ('minder dan 10') could be worked out, closed one by one: its
change and previous value, in words, ranked or compared in a chart's description, as a share,
drawn by size in a chart or a trend, and computed into another printed figure."""

from __future__ import annotations

import pytest

from infographic_app.checks.disclosure import check_disclosure
from infographic_app.checks.editions import check_editions
from infographic_app.layout.chart_frame import layout_chart
from infographic_app.layout.engine import layout_document
from infographic_app.layout.scene import Rect, Shape
from infographic_app.model.alt_text import alt_text_for_visual, short_alt_text
from infographic_app.model.chart_description import data_table, long_description
from infographic_app.model.editions import start_edition
from infographic_app.model.reading import load_document
from infographic_app.paths import default_document

THEME = "blocks.themes.themes.criminal_exploitation"
INTRO = "blocks.intro.visual"


def edition_2020(value: int = 9, previous: int = 7):
    """The 2020 edition with 'bezoekers over criminele uitbuiting' at `value` (`previous` in
    2019), suppressed."""
    document = start_edition(load_document(default_document()), "2020")
    figure = document.figures["criminal_visitors"]
    figure.value, figure.suppressed, figure.updated = value, True, True
    figure.history = {"2019": previous}
    return document


def theme_entry(document, theme_id="criminal_exploitation"):
    themes = next(b for b in document.blocks() if b.id == "themes").fields["themes"]
    return next(t for t in themes if t["id"] == theme_id)


def drawn(scene, element_id):
    """The shapes and rectangles drawn for `element_id`, as (kind, geometry, colour)."""
    return [(type(item).__name__, item.commands if isinstance(item, Shape) else (
        item.x, item.y, item.width, item.height), item.fill)
            for page in scene.pages for item in page.items
            if isinstance(item, (Rect, Shape)) and item.element_id == element_id]


def test_its_change_prints_a_question_mark_with_an_error_and_no_badge():
    document = edition_2020()
    assert document.resolve("{criminal_visitors:change}") == "?"  # was '+29%'
    entry = theme_entry(document)
    entry["text"] += " Dat is {criminal_visitors:change}."
    [error] = [p for p in check_editions(document) if "criminal_visitors:change" in p.message]
    assert error.message.startswith(
        "{criminal_visitors:change} prints the change of 'bezoekers over criminele "
        "uitbuiting', but it prints as 'minder dan 10': last year's value plus the change "
        "would give it away")
    [dutch] = [p for p in check_editions(document, "nl") if "criminal_visitors:c" in p.message]
    assert "de waarde van vorig jaar plus de verandering zou het verraden" in dutch.message
    # a tile's change badge: none printed, and a warning saying why
    tiles = next(b for b in document.blocks() if b.id == "key_figures").fields["tiles"]
    tiles[0]["figure"], tiles[0]["badge"] = "criminal_visitors", "change"
    page = " ".join(run.text for run in layout_document(document, theme()).texts(0))
    assert "t.o.v. editie 2019" not in page.split("Mensenhandel in beeld")[1].split("bezoekers")[0]
    [badge] = [p for p in check_editions(document) if p.field.endswith("visitors.badge")]
    assert "prints as 'minder dan 10' and its change would give it away, so no badge is " \
           "printed; turn the badge off" in badge.message


def theme():
    from infographic_app.model.theme import load_theme
    from infographic_app.paths import default_theme

    return load_theme(default_theme())


@pytest.mark.parametrize(("previous", "printed"), [(7, "minder dan 10"), (12, "12")])
def test_its_previous_value_hides_a_small_count_too(previous, printed):
    document = edition_2020(previous=previous)
    assert document.resolve("{criminal_visitors:previous}") == printed
    table = data_table(document, theme_entry(document)["visual"])
    assert table.rows[0] == ("bezoekers over criminele uitbuiting", "minder dan 10", printed,
                             "")  # and no change


def test_in_words_it_prints_fewer_than():
    document = edition_2020()
    assert document.resolve("Het ging om {criminal_visitors:words} bezoekers.") == \
        "Het ging om minder dan 10 bezoekers."  # was 'negen'


@pytest.mark.parametrize("locale", ["nl-NL", "en-GB"])
def test_a_chart_description_ranks_compares_and_shares_nothing_with_it(locale):
    document = edition_2020()
    document.locale = locale
    visual = theme_entry(document)["visual"]
    described = long_description(document, visual, "criminele uitbuiting")
    fewer = "minder dan 10" if locale == "nl-NL" else "fewer than 10"
    assert described.startswith(alt_text_for_visual(document, visual, "criminele uitbuiting"))
    assert f"{fewer} bezoekers over criminele uitbuiting" in described
    for said in ("1,8", "1.8", "keer", "times", "grootst", "largest", "+29%", "kleinst"):
        assert said not in described
    # an icon array of it: no share in its alt text or description
    icons = {"kind": "icon_array", "part": "criminal_victims", "whole": "criminal_visitors"}
    text = long_description(document, icons, "criminele uitbuiting")
    assert "%)" not in text and "1 op de" not in text and "1 in" not in text
    assert fewer in text


def test_a_donut_with_a_suppressed_share_does_not_name_the_largest():
    document = load_document(default_document())
    document.figures["perpetrator_family"].suppressed = True
    visual = theme_entry(document, "partner_perpetrator")["visual"]
    short = short_alt_text(document, visual, "partner = pleger")
    assert short == ("Cirkeldiagram 'partner = pleger': (ex-)partner 81,6%, sociale omgeving "
                     "10,2%, familielid minder dan 10.")
    assert "kleinst" not in long_description(document, visual, "partner = pleger")


def test_a_chart_that_draws_it_by_size_leaves_it_out_and_is_refused_with_a_fix():
    charts = []
    for value in (9, 3):
        document = edition_2020(value=value)
        visual = {"kind": "icon_array", "part": "criminal_visitors", "whole": "visitors_total"}
        theme_entry(document)["visual"] = visual
        charts.append(drawn(layout_chart(document, theme(), visual, f"{THEME}.visual", 200),
                            f"{THEME}.visual"))
    assert charts[0] == charts[1]  # the same icons whatever it is
    assert not any(colour == "primary" for _, _, colour in charts[0])  # none lit
    [error] = [p for p in check_disclosure(document) if p.element_id == f"{THEME}.visual"]
    assert error.severity.name == "ERROR" and error.fix == f"key_figures:{THEME}.visual"
    assert error.message.startswith(
        "the chart 'criminele uitbuiting' draws 'bezoekers over criminele uitbuiting' by its "
        "size, but it prints as 'minder dan 10'")
    assert "toon de grafiek als kerncijfers" in \
        check_disclosure(document, "nl")[0].message


def test_a_trend_draws_it_as_the_band_under_10():
    scenes = []
    for value, previous in ((9, 7), (2, 6)):
        document = edition_2020(value=value, previous=previous)
        document.figures["criminal_visitors"].history = {"2018": 20, "2019": previous}
        visual = {"kind": "trend", "figure": "criminal_visitors"}
        scene = layout_chart(document, theme(), visual, f"{THEME}.visual", 200)
        scenes.append((drawn(scene, "figures.criminal_visitors"),
                       [run.text for run in scene.texts(0)]))
    assert scenes[0] == scenes[1]
    columns, texts = scenes[0]
    assert [colour for *_, colour in columns] == ["unlit", "tint", "tint"]
    assert columns[1][1][3] == columns[2][1][3] == pytest.approx(columns[0][1][3] / 2)
    assert texts[1:] == ["20", "2018", "minder dan 10", "2019", "minder dan 10", "2020"]


def test_a_printed_figure_computed_from_it_is_warned():
    document = load_document(default_document())
    document.figures["visitors_minor"].suppressed = True
    found = [p for p in check_disclosure(document)
             if p.element_id == "figures.visitors_minor"]
    assert any("'minderjarige slachtoffers' is hidden, but 'van de geschatte minderjarige "
               "slachtoffers kwam op de chat' is computed from it and printed" in p.message
               for p in found)
    assert all(p.fix == "disclose:visitors_minor" for p in found
               if "computed" in p.message)
