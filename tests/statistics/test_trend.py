"""A printed trend: a figure's values over the editions as columns, the years labelled, this
edition highlighted, its data in the alt text, tagged as a Figure in the screen PDF, and a
chart kind the editor offers."""

from __future__ import annotations

import pikepdf
from test_notes import pdf_pages

from infographic_app.export.pdf import export_pdf
from infographic_app.layout.engine import layout_document
from infographic_app.model.alt_text import alt_texts
from infographic_app.model.chart_description import data_table
from infographic_app.model.reading import load_document

from pdfcheck import structure_elements

NETWORKS = "blocks.themes.themes.networks.visual"
HISTORY = ("    value: 299\n", "    value: 299\n    history:\n      2017: 231\n      2018: 262\n")
TREND = ("""      visual:
        kind: big_numbers
        figures:
        - multiple_perpetrators
        - multiple_victims""", """      visual:
        kind: trend
        figure: visitors_total""")
# 2018 published the share with one decimal, this edition with none.
SHARE_HISTORY = ("    value: 92.9\n", "    value: 93\n    decimals: 0\n    history:\n"
                 "      2018: 88.44\n    published_decimals:\n      2018: 1\n")


def test_the_columns_the_years_and_the_values_as_printed(changed_copy, theme, tmp_path):
    document = load_document(changed_copy(HISTORY, TREND))
    scene = layout_document(document, theme)
    columns = [r for r in scene.pages[0].items if type(r).__name__ == "Rect"
               and r.element_id == "figures.visitors_total"]
    assert [c.fill for c in columns] == ["unlit", "unlit", "primary"]  # this edition
    assert columns[0].height < columns[1].height < columns[2].height
    path = tmp_path / "screen.pdf"
    export_pdf(document, theme, "screen", path)
    first = pdf_pages(path)[0]
    assert "unieke bezoekers met een hulpvraag over mensenhandel 231 2017 262 2018 299 2019" \
        in first


def test_each_edition_as_it_was_published(changed_copy):
    document = load_document(changed_copy(SHARE_HISTORY, (TREND[0], """      visual:
        kind: trend
        figure: exploited_now""")))
    alt = dict(alt_texts(document))[NETWORKS]
    assert alt == ("Kolomdiagram over de edities 'meerdere slachtoffers en daders': 'in een "
                   "uitbuitingssituatie tijdens het chatten' editie 2018 88,4%, editie 2019 93% "
                   "(deze editie).")
    table = data_table(document, {"kind": "trend", "figure": "exploited_now"})
    assert table.headers == ("Editie", "in een uitbuitingssituatie tijdens het chatten")
    assert table.rows == (("2018", "88,4%"), ("2019", "93%"))


def test_tagged_as_a_figure_with_the_data_in_english(changed_copy, theme, tmp_path):
    document = load_document(changed_copy(HISTORY, TREND, ("locale: nl-NL", "locale: en-GB")))
    path = tmp_path / "screen.pdf"
    export_pdf(document, theme, "screen", path)
    with pikepdf.open(path) as pdf:
        alts = [str(node.get("/Alt")) for node in structure_elements(pdf.Root.StructTreeRoot.K)
                if node.get("/S") == "/Figure"]
    assert ("Column chart over the editions 'meerdere slachtoffers en daders': 'unieke "
            "bezoekers met een hulpvraag over mensenhandel' edition 2017 231, edition 2018 262, "
            "edition 2019 299 (this edition).") in alts
