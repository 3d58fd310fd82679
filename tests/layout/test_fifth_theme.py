"""A comms person's 2020 edition (tests/fixtures/fresh-user-2020.yaml, her own file): a
small count printed as 'minder dan 10' in big type, and a fifth theme added at the end.

Issue 22's findings: the words in big type pushed '5' to a row of its own, the themes' second
row to page 2 and the factsheet to three pages, with only 'add a page' and 'move to a new
page' as ways out; moving the new theme up one place made it fit. Now a small count in big
type prints '< 10' (read out as 'minder dan 10'), and an overflow that another order of the
themes would fix offers that order, in words, as a fix."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from infographic_app.checks.report import check_overflow
from infographic_app.layout.engine import layout_document
from infographic_app.layout.reordering import _candidates, fitting_move, height_on, read_fix
from infographic_app.model.operations import move_entry
from infographic_app.model.reading import load_document

HER_FILE = Path(__file__).resolve().parents[1] / "fixtures" / "fresh-user-2020.yaml"
BIG_FEWER = "<\u202f10"
# A few sentences more about criminal exploitation: what the words 'minder dan 10' in big
# type did to that theme's row before, made by text (the row is taller by about as much).
LONGER = " Het gaat vaak om jongeren die drugs moeten vervoeren of verkopen." * 3


def themes(document) -> list[dict]:
    return document.block("themes").fields["themes"]


def as_she_added_it(longer: str = ""):
    """Her factsheet with the new theme where she added it, at the end (she saved it moved
    up one place, which made it fit); `longer` added to the criminal exploitation text."""
    document = load_document(HER_FILE)
    entries = themes(document)
    entries.append(entries.pop(next(i for i, t in enumerate(entries)
                                    if t["id"] == "new_theme")))
    next(t for t in entries if t["id"] == "criminal_exploitation")["text"] += longer
    return document


def test_her_fifth_theme_at_the_end_fits_two_pages_with_the_small_count_side_by_side(theme):
    document = as_she_added_it()
    scene = layout_document(document, theme)
    assert len(scene.pages) == 2
    assert not check_overflow(document, scene, "nl", theme)
    runs = {r.element_id: r for r in scene.texts() if r.face == "black"
            and r.element_id in ("figures.criminal_visitors", "figures.criminal_victims")}
    fewer, five = runs["figures.criminal_visitors"], runs["figures.criminal_victims"]
    assert (fewer.text, five.text) == (BIG_FEWER, "5")
    assert fewer.y == five.y and fewer.x < five.x  # one row, not '5' under it
    assert fewer.spoken == "minder dan 10" and not five.spoken
    text = " ".join(r.text for r in scene.texts() if r.element_id.endswith(
        "criminal_exploitation.text"))
    assert "Het ging om minder dan 10 bezoekers" in text  # running text keeps the words


def test_an_overflow_another_order_of_the_themes_fixes_is_offered_that_order(theme):
    document = as_she_added_it(LONGER)
    scene = layout_document(document, theme)
    assert len(scene.pages) == 3
    [problem] = check_overflow(document, scene, "nl", theme)
    assert problem.message.endswith(
        "Alles past wel op 2 pagina's als 'Arbeidsuitbuiting in de bouw' vóór 'criminele "
        "uitbuiting' staat")
    assert problem.fixes == ("move_entry:blocks.themes.themes/new_theme/-1", "add_page",
                             "new_page:recommendations")
    [english] = check_overflow(document, scene, "en", theme)
    assert "with 'Arbeidsuitbuiting in de bouw' before 'criminele uitbuiting'" in \
        english.message
    # The fix as the editor makes it (one model operation) gives two pages, nothing over.
    move = read_fix(document, problem.fixes[0].partition(":")[2])
    move_entry(document, move.container, move.entry_id, move.delta).do(document)
    assert [t["id"] for t in themes(document)][-2:] == ["new_theme", "criminal_exploitation"]
    fixed = layout_document(document, theme)
    assert len(fixed.pages) == 2
    assert not check_overflow(document, fixed, "nl", theme)


def test_the_search_leaves_the_document_as_it_was(theme):
    document = as_she_added_it(LONGER)
    before = copy.deepcopy(themes(document))
    scene = layout_document(document, theme)
    [over] = [o.height for page in scene.pages for o in page.overflows]
    assert fitting_move(document, theme, scene, over) is not None
    assert themes(document) == before
    assert len(layout_document(document, theme).pages) == 3
    # a factsheet further over than its themes are tall is not tried another way at all
    assert fitting_move(document, theme, scene, height_on(scene, "themes")) is None


def test_no_order_is_offered_when_none_fits_nor_for_a_numbered_list(theme):
    document = as_she_added_it(LONGER * 4)  # too long for any order
    scene = layout_document(document, theme)
    [problem] = [p for p in check_overflow(document, scene, "nl", theme)
                 if "past niet op 2 pagina's" in p.message]
    assert not any(f.startswith("move_entry") for f in problem.fixes)
    assert "Alles past wel" not in problem.message
    # only the themes are put in another order: a numbered list's order is its numbering
    assert {move.container for move in _candidates(document)} == {"blocks.themes.themes"}


@pytest.mark.parametrize("locale", ["nl-NL", "en-GB"])
def test_a_small_count_prints_its_sign_in_every_big_figure_and_words_in_text(locale, theme):
    """Tiles, big numbers and an icon array's headline print '< 10' (one line, whatever the
    locale); the sentence that names it keeps 'minder dan 10' / 'fewer than 10'."""
    document = load_document(HER_FILE)
    document.locale = locale
    tiles = document.block("key_figures").fields["tiles"]
    tiles[3]["figure"] = "criminal_visitors"
    intro = document.block("intro").fields["visual"]
    intro["headline"] = "criminal_visitors"
    scene = layout_document(document, theme)
    big = [r for r in scene.texts() if r.element_id == "figures.criminal_visitors"
           and r.face == "black"]
    assert [r.text for r in big] == [BIG_FEWER] * 3  # tile, headline, big numbers
    words = "minder dan 10" if locale == "nl-NL" else "fewer than 10"
    assert {r.spoken for r in big} == {words}
    assert words in " ".join(r.text for r in scene.texts())
