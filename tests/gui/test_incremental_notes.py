"""The numbered notes an editor keeps between keystrokes (the walk over every figure use, the
notes themselves) are the notes a fresh layout works out: typing values that bring the
rounding note and take it away again, a source, text around a reference and a reference
itself, on the bundled factsheet and on one of 50 pages."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from scenetext import printed

from infographic_app.gui.recovery import Recovery
from infographic_app.gui.session import Session
from infographic_app.layout import engine
from infographic_app.layout.engine import layout_document
from infographic_app.model.notes import figure_notes
from infographic_app.paths import default_document

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from big_document import write_big_document  # noqa: E402

ROUNDING_NOTE = "Door afronding tellen de delen niet op tot 100%."
PARTS = ("perpetrator_partner", "perpetrator_social", "perpetrator_family")
# 81,66 + 10,17 + 8,17 = 100, printed 81,7 + 10,2 + 8,2 = 100,1: the rounding note.
OFF = (81.66, 10.17, 8.17)


@pytest.fixture(params=[2, 50], ids=["2_pages", "50_pages"])
def session(request, qtbot, tmp_path):
    session = Session(Recovery(tmp_path / "recovery"))
    session.open(default_document() if request.param == 2
                 else write_big_document(request.param, tmp_path))
    return session


def type_value(session: Session, field: str, value) -> None:
    session.edit(field, value, "edit")
    session._relayout_changed()


def notes_text(session: Session) -> str:
    """The text of the last page, where the notes block is."""
    return printed(session.scene.texts(len(session.scene.pages) - 1))


def assert_as_fresh(session: Session) -> None:
    """The kept notes and the scene are what a fresh layout of the document gives."""
    fresh = layout_document(session.document, session.theme)
    assert session._kept["notes"] == figure_notes(session.document)
    assert notes_text(session) == printed(fresh.texts(len(fresh.pages) - 1))
    assert session.scene.pages == fresh.pages


def test_typed_values_bring_the_rounding_note_and_take_it_away_as_a_fresh_layout(
        qtbot, session):
    assert ROUNDING_NOTE not in notes_text(session)
    for figure_id, value in zip(PARTS, OFF, strict=True):
        type_value(session, f"figures.{figure_id}.value", value)
    assert ROUNDING_NOTE in notes_text(session)
    assert_as_fresh(session)
    for value, shown in ((81.6, False), (81.66, True), (81.5, False), (81.66, True)):
        type_value(session, "figures.perpetrator_partner.value", value)
        assert (ROUNDING_NOTE in notes_text(session)) is shown, value
        assert_as_fresh(session)
    while session.undo_stack.canUndo():  # each step undone
        session.undo_stack.undo()
        session._relayout_changed()
        assert_as_fresh(session)
    assert ROUNDING_NOTE not in notes_text(session)


def test_a_typed_source_text_and_reference_give_the_notes_of_a_fresh_layout(qtbot, session):
    for typed in ("C", "CB", "CBS"):  # key by key
        type_value(session, "figures.visitors_total.source", typed)
        assert_as_fresh(session)
    assert "Bron: CBS." in notes_text(session)
    text = session.document.block("about").fields["text"]
    for typed in (text + " Ook", text + " Ook {visitors_total}", text + " Ook {visitors_total}."):
        type_value(session, "blocks.about.text", typed)
        assert_as_fresh(session)
    type_value(session, "figures.visitors_total.value", 421)  # after the walk changed
    assert_as_fresh(session)
    type_value(session, "figures.visitors_total.source", "")
    assert "Bron: CBS." not in notes_text(session)
    assert_as_fresh(session)


def test_typing_a_figure_keeps_the_walk_over_the_figure_uses(qtbot, session, monkeypatch):
    """A value, a source: the notes are worked out from the uses walked before; a reference
    typed into a text walks them again, once."""
    walks = []
    walk = engine.note_uses
    monkeypatch.setattr(engine, "note_uses", lambda document: walks.append(1) or walk(document))
    for value in (81.66, 81.6, 81.66):
        type_value(session, "figures.perpetrator_partner.value", value)
    type_value(session, "figures.visitors_total.source", "CBS")
    assert walks == []
    text = session.document.block("about").fields["text"]
    type_value(session, "blocks.about.text", text + " {visitors_total}")
    assert walks == [1]
    type_value(session, "figures.visitors_total.value", 421)
    assert walks == [1]


def test_a_typed_value_works_out_only_the_sets_of_parts_it_feeds(qtbot, session, monkeypatch):
    """Of the sets of parts of a whole (two in each copy of the bundled factsheet), a value
    typed into a part works out its own set again, not the others."""
    from infographic_app.model import notes

    worked_out = []
    check = notes.off_by_rounding
    monkeypatch.setattr(notes, "off_by_rounding", lambda document, values, parts: (
        worked_out.append(parts.field) or check(document, values, parts)))
    for value in (81.66, 81.6):
        type_value(session, "figures.perpetrator_partner.value", value)
    assert worked_out == ["rules.perpetrators_make_100"] * 2
    type_value(session, "figures.visitors_total.source", "CBS")
    assert len(worked_out) == 2


def test_a_part_computed_from_typed_figures_follows_them(qtbot, tmp_path, changed_copy):
    """The family's share computed as what the others leave: typing the others changes it,
    and with it whether the parts add up as printed."""
    session = Session(Recovery(tmp_path / "recovery"))
    session.open(changed_copy(("    value: 8.2\n",
                               "    formula: 100 - perpetrator_partner - perpetrator_social\n")))
    for figure_id, value in (("perpetrator_partner", 81.66), ("perpetrator_social", 10.17)):
        type_value(session, f"figures.{figure_id}.value", value)
    assert ROUNDING_NOTE in notes_text(session)  # 81,7 + 10,2 + 8,2
    assert_as_fresh(session)
    type_value(session, "figures.perpetrator_social.value", 10.14)  # 81,7 + 10,1 + 8,2
    assert ROUNDING_NOTE not in notes_text(session)
    assert_as_fresh(session)
