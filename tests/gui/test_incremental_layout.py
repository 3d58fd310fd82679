"""The editor lays out again only the pages an edit touches; the scene it keeps is the scene a
whole layout gives, edit after edit."""

from __future__ import annotations

import pytest
from scenetext import printed

from infographic_app.gui.recovery import Recovery
from infographic_app.gui.session import Session
from infographic_app.layout.engine import layout_document
from infographic_app.model import operations as ops
from infographic_app.model.notes import figure_notes
from infographic_app.paths import default_document

EDITS = [
    ("blocks.about.text", "Per jaar komen er {visitors_total} bezoekers."),  # page 2 shows a figure
    ("figures.visitors_total.value", 420),  # now on both pages
    ("figures.minors_estimated.value", 2600),  # derived shares on page 1 follow
    ("figures.minors_seen.label", "gezien"),
    ("blocks.header.kicker", "Factsheet"),  # the header band: every page
    ("figures.chat_visitors_per_year.value", 12000),
    ("blocks.key_figures.tiles.visitors.text", "bezoekers."),
    ("figures.perpetrator_partner.value", 70.0),
]


@pytest.fixture
def session(qtbot, tmp_path):
    session = Session(Recovery(tmp_path / "recovery"))
    session.open(default_document())
    return session


def whole_layout(session: Session):
    return layout_document(session.document, session.theme).pages


def test_each_edit_gives_the_scene_of_a_whole_layout(qtbot, session):
    for field, value in EDITS:
        session.edit(field, value, "edit")
        qtbot.waitUntil(lambda: not session._relayout_timer.isActive())
        assert session.scene.pages == whole_layout(session), field
    for _ in EDITS:
        session.undo_stack.undo()
        session._relayout_changed()
        assert session.scene.pages == whole_layout(session)


def test_a_text_edit_keeps_the_other_pages_as_they_were(qtbot, session):
    first, second = session.scene.pages
    session.edit("blocks.about.text", "Korter.", "edit")
    session._relayout_changed()
    assert session.scene.pages[0] is first
    assert session.scene.pages[1] != second
    session.edit("figures.minors_seen.value", 30, "edit")  # shown on page 1 only
    kept = session.scene.pages[1]
    session._relayout_changed()
    assert session.scene.pages[1] is kept
    assert session.scene.pages == whole_layout(session)


def structural_edits(document):
    """Structural edits of every kind of place: an entry, a block within and across pages, a
    page, a chart's figure (with its colour), a figure renamed, a rule."""
    return [
        lambda: ops.add_entry(document, "blocks.key_figures.tiles", "visitors"),
        lambda: ops.move_entry(document, "blocks.recommendations.items", "avim", -1),
        lambda: ops.remove_entry(document, "blocks.recommendations.items", "online_help"),
        lambda: ops.move_block(document, "about", -1),
        lambda: ops.add_page(document, 1),
        lambda: ops.move_block_to_page(document, "recommendations", document.pages[1].id),
        lambda: ops.add_chart_figure(document, "blocks.themes.themes.partner_perpetrator.visual",
                                     "minors_seen"),
        lambda: ops.rename_figure(document, "visitors_total", "bezoekers"),
        lambda: ops.remove_page(document, document.pages[-1].id),
    ]


def test_each_structural_edit_gives_the_scene_of_a_whole_layout(qtbot, session):
    edits = structural_edits(session.document)
    for number, build in enumerate(edits):
        session.perform(build(), "edit")
        session._relayout_changed()
        assert session.scene.pages == whole_layout(session), number
    for number in reversed(range(len(edits))):
        session.undo_stack.undo()
        session._relayout_changed()
        assert session.scene.pages == whole_layout(session), f"undoing {number}"


def test_a_structural_edit_lays_out_only_the_pages_it_can_move(qtbot, session):
    first, second = session.scene.pages
    changes = session.perform(ops.add_entry(session.document, "blocks.recommendations.items",
                                            "avim"), "edit")
    assert changes.inserted == ("blocks.recommendations.items.new_item",)
    session._relayout_changed()
    assert session.scene.pages[0] is first  # the recommendations are on page 2
    assert session.scene.pages[1] != second
    kept = session.scene.pages
    first, second, whole = list(session.document.figures)[:3]
    session.perform(ops.add_rule(session.document, "sum", [first, second], whole), "rule")
    session._relayout_changed()
    assert all(new is old for new, old in zip(session.scene.pages, kept, strict=True))
    session.perform(ops.add_figure(session.document, "nieuw", "count", 3), "figure")
    session._relayout_changed()
    assert all(new is old for new, old in zip(session.scene.pages, kept, strict=True))


LONG_TEXT = " ".join(["De chat is voor veel slachtoffers de eerste plek waar zij vertellen."] * 4)


def structural_sequence(session: Session):
    """A year's worth of structural edits, one after another: tiles, themes and list items
    added, moved and removed (themes and items with texts long enough to move rows and items
    on, past the last page too), a page added, a block given a page of its own, pages
    removed."""
    document = session.document
    tiles, themes = "blocks.key_figures.tiles", "blocks.themes.themes"
    items = "blocks.recommendations.items"

    def long_entry(container: str, after: str, entry_id: str):
        entry = ops.new_entry(document, container)
        entry.update(id=entry_id, text=LONG_TEXT)
        return ops.add_entry(document, container, after, entry)

    return [
        lambda: ops.add_entry(document, tiles, "visitors"),
        lambda: ops.add_entry(document, tiles),
        lambda: ops.move_entry(document, tiles, "age", -1),
        lambda: ops.remove_entry(document, tiles, "minors"),
        lambda: long_entry(themes, "networks", "fifth"),  # a third row: on to page 2
        lambda: long_entry(themes, "fifth", "sixth"),
        lambda: ops.move_entry(document, themes, "fifth", -1),
        lambda: long_entry(items, "avim", "fifth_item"),
        lambda: long_entry(items, "fifth_item", "sixth_item"),  # past page 2: a third page
        lambda: ops.move_entry(document, items, "sixth_item", -2),
        lambda: ops.remove_entry(document, themes, "long_exploitation"),
        lambda: ops.add_page(document),  # an empty page at the end
        lambda: ops.new_page_from(document, "about"),
        lambda: ops.remove_entry(document, items, "fifth_item"),
        lambda: ops.remove_page(document, document.pages[-1].id),
        lambda: ops.remove_entry(document, themes, "sixth"),
        lambda: ops.move_block_to_page(document, "about", document.pages[1].id),
        lambda: ops.remove_page(document, document.pages[-1].id),
    ]


def test_a_sequence_of_structural_edits_gives_the_scene_of_a_whole_layout(qtbot, session):
    """Edit after edit, and undo after undo, the pages the editor lays out again (and the
    ones it keeps) are those a whole layout gives, also as the number of pages changes: by a
    page added or removed and by content moving on past the last page or back."""
    counts = [(len(session.scene.pages), len(session.document.pages))]
    edits = structural_sequence(session)
    for number, build in enumerate(edits):
        session.perform(build(), "edit")
        session._relayout_changed()
        assert session.scene.pages == whole_layout(session), number
        counts.append((len(session.scene.pages), len(session.document.pages)))
    for number in reversed(range(len(edits))):
        session.undo_stack.undo()
        session._relayout_changed()
        assert session.scene.pages == whole_layout(session), f"undoing {number}"
        assert len(session.scene.pages) == counts[number][0]
    assert len({pages for pages, _ in counts}) >= 3  # the number of pages went up and down
    assert any(pages > own for pages, own in counts)  # content moved on past the last page


def page_text(session: Session, page: int) -> str:
    return printed(session.scene.texts(page))


def test_a_typed_source_shows_at_once_key_by_key(qtbot, session):
    """Each key typed into a figure's source shows in the notes on page 2 at the next layout,
    with its mark on page 1; undone, both go."""
    for typed in ("C", "CB", "CBS"):
        session.edit("figures.visitors_total.source", typed, "source")
        session._relayout_changed()
        assert f"4. Bron: {typed}." in page_text(session, 1)
        assert "hulpvraag over mensenhandel.⁴" in page_text(session, 0)  # the tile's text
        assert session.scene.pages == whole_layout(session)
    session.undo_stack.undo()
    session._relayout_changed()
    assert "CBS" not in page_text(session, 1) and "⁴" not in page_text(session, 0)
    assert session.scene.pages == whole_layout(session)


def test_marks_follow_what_is_typed_around_their_references(qtbot, session):
    """Text typed before a reference moves its mark along; a reference typed into a text
    brings its figure's note; each gives the scene of a whole layout."""
    field = "blocks.intro.text"
    text = session.document.block("intro").fields["text"]
    for typed in ("Kort", "Kort gezegd: "):
        session.edit(field, typed + text, "edit")
        session._relayout_changed()
        assert "Kort" in page_text(session, 0) and "slechts 29¹ van de" in page_text(session, 0)
        assert session.scene.pages == whole_layout(session)
    session.edit("figures.average_age.source", "Fier, registratie 2019", "source")
    session._relayout_changed()
    notes = page_text(session, 1)
    session.edit("blocks.about.text", "Gemiddeld {average_age} jaar.", "edit")
    session._relayout_changed()
    assert session.scene.pages == whole_layout(session)
    assert page_text(session, 1) != notes  # its note now follows the about text's order


def test_typing_around_references_does_not_work_out_the_notes_again(
        qtbot, session, monkeypatch):
    """The numbered notes walk every use of every figure: a keystroke in a text that changes
    no use of a figure reuses them; one that types a reference does not."""
    from infographic_app.layout import engine

    walks = []
    monkeypatch.setattr(engine, "figure_notes", lambda document: walks.append(1) or
                        figure_notes(document))
    text = session.document.block("intro").fields["text"]
    for key in range(1, 4):
        session.edit("blocks.intro.text", text + " x" * key, "edit")
        session._relayout_changed()
    assert walks == []
    session.edit("blocks.intro.text", text + " {visitors_total}", "edit")
    session._relayout_changed()
    assert walks == [1]


def test_a_mark_after_a_text_follows_when_the_text_is_emptied_and_filled(qtbot, session):
    """A figure first shown in a tile gets its mark after the tile's text; emptied, the text
    has no mark left over, and filled again it has the mark back, as a whole layout has it."""
    session.edit("figures.visitors_total.source", "CBS", "source")
    field = "blocks.key_figures.tiles.visitors.text"
    for text in ("", "bezoekers."):
        session.edit(field, text, "edit")
        session._relayout_changed()
        assert session.scene.pages == whole_layout(session), repr(text)
    assert "bezoekers.⁴" in page_text(session, 0)


def test_the_checks_wait_for_a_pause_in_typing(qtbot, session, monkeypatch):
    """Keys typed steadily are laid out one by one, and the checks (which grow with the
    document) run once typing pauses, not between two keys."""
    runs = []
    monkeypatch.setattr(session, "run_checks", lambda: runs.append(1))
    session._checks_timer.timeout.disconnect()
    session._checks_timer.timeout.connect(session.run_checks)
    text = session.document.block("about").fields["text"]
    for key in range(5):
        session.edit("blocks.about.text", text + "x" * key, "typing")
        qtbot.wait(200)  # a steady typist's keys
        assert "x" * key in page_text(session, 1)
    assert runs == []
    qtbot.waitUntil(lambda: runs == [1])
