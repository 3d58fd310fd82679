"""Sources and notes on the page: numbered notes at the foot of the last page, footnote marks
after each figure's first use, a theme that turns the marks off."""

from __future__ import annotations

import dataclasses

import pypdfium2
from scenetext import printed

from infographic_app.checks.report import check_overflow
from infographic_app.export.pdf import export_pdf
from infographic_app.layout.engine import layout_document
from infographic_app.model.alt_text import source_line
from infographic_app.model.notes import figure_notes
from infographic_app.model.reading import load_document
from infographic_app.paths import default_document

SOURCE_SEEN = ("1. Bron: Nederlandse minderjarige slachtoffers van seksuele uitbuiting in "
               "beeld in 2018.")
SOURCE_ESTIMATE = ("2. Bron: Geschat aantal Nederlandse minderjarige slachtoffers van seksuele "
                   "uitbuiting.")


def pdf_pages(path) -> list[str]:
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return [" ".join(pdf[i].get_textpage().get_text_range().split()) for i in range(len(pdf))]
    finally:
        pdf.close()


def test_the_bundled_factsheet_prints_its_numbered_sources_on_page_2(tmp_path, theme):
    document = load_document(default_document())
    scene = layout_document(document, theme)
    assert check_overflow(document, scene) == []  # nothing cut, still two pages
    for target in ("print", "screen"):
        path = tmp_path / f"{target}.pdf"
        export_pdf(document, theme, target, path)
        first, second = pdf_pages(path)
        assert SOURCE_SEEN in second and SOURCE_ESTIMATE in second
        assert "Bronnen" in second and "Bron:" not in first
        # the marks right after each figure's first use, in reading order
        assert "slechts 29¹ van de geschatte 1.300² Nederlandse" in first


def test_figures_sharing_a_source_share_a_number_and_tiles_get_the_mark_after_their_text(
        changed_copy, theme):
    path = changed_copy(
        ("    label: unieke bezoekers met een hulpvraag over mensenhandel\n",
         "    label: unieke bezoekers met een hulpvraag over mensenhandel\n"
         "    source: Chat met Fier, jaarcijfers 2019\n"),
        ("    label: bezoekers die zelf slachtoffer waren\n",
         "    label: bezoekers die zelf slachtoffer waren\n"
         "    source: Chat met Fier, jaarcijfers 2019\n"))
    document = load_document(path)
    notes = figure_notes(document)
    shared = [note for note in notes.notes
              if note.text == "Bron: Chat met Fier, jaarcijfers 2019."]
    assert len(shared) == 1 and shared[0].figure_ids == ("visitors_total", "visitors_victim")
    scene = layout_document(document, theme)
    runs = scene.texts(0)
    marked = {r.element_id: printed(runs[i - 1:i + 1]) for i, r in enumerate(runs) if r.note == 4}
    # the tile's number is printed by itself; the mark ends the sentence under it
    assert marked == {"blocks.key_figures.tiles.visitors.text": "hulpvraag over mensenhandel.⁴",
                      "blocks.key_figures.tiles.victims.text": "iemand anders.⁴"}
    runs = [r.text for r in scene.texts(1)]  # the number in a column of its own
    assert runs[runs.index("4.") + 1] == shared[0].text


def test_a_theme_without_marks_keeps_the_notes(theme):
    document = load_document(default_document())
    plain = dataclasses.replace(theme, footnote_marks=False)
    scene = layout_document(document, plain)
    first = printed(scene.texts(0))
    assert "29¹" not in first and "29" in first
    assert SOURCE_SEEN in " ".join(r.text for r in scene.texts(1))


def test_a_new_source_shows_its_mark_and_note_in_the_preview_as_typed(theme):
    """The editor lays out only the pages an edit changes: a new note changes the last
    page and the page of the mark."""
    from infographic_app.layout.fonts import FontSet
    from infographic_app.layout.text import TextSetter

    document = load_document(default_document())
    setter, kept = TextSetter(FontSet(theme), document.locale), {}
    scene = layout_document(document, theme, setter=setter, kept=kept)
    document.figures["criminal_visitors"].source = "Chat met Fier"
    scene = layout_document(document, theme, setter=setter, previous=scene, changed=set(),
                            kept=kept)
    assert "4. Bron: Chat met Fier." in " ".join(r.text for r in scene.texts(1))
    assert "7⁴" in printed(scene.texts(0))


def test_a_source_typed_with_its_own_bron_is_printed_with_one(changed_copy):
    """A comms person types the source as she would write it, "Bron: CoMensha 2020"; the note
    prints "Bron:" once, and the same source typed with or without it shares one number."""
    path = changed_copy(
        ("    label: unieke bezoekers met een hulpvraag over mensenhandel\n",
         "    label: unieke bezoekers met een hulpvraag over mensenhandel\n"
         "    source: 'Bron: CoMensha 2020'\n"),
        ("    label: bezoekers die zelf slachtoffer waren\n",
         "    label: bezoekers die zelf slachtoffer waren\n"
         "    source: 'bronnen :  CoMensha 2020'\n"),
        ("    label: minderjarige slachtoffers\n",
         "    label: minderjarige slachtoffers\n"
         "    source: CoMensha 2020\n"))
    document = load_document(path)
    notes = figure_notes(document)
    texts = [note.text for note in notes.notes]
    assert "Bron: CoMensha 2020." in texts
    for figure_id in ("visitors_total", "visitors_victim"):  # the tiles' alt texts too
        assert source_line(document, figure_id).count("ron") == 1
    assert not any("Bron: Bron" in text or "bronnen" in text.lower() for text in texts)
    shared = next(note for note in notes.notes if note.text == "Bron: CoMensha 2020.")
    assert shared.figure_ids == ("visitors_total", "visitors_victim", "visitors_minor")
