"""The editor lays out again only the pages an edit touches; the scene it keeps is the scene a
whole layout gives, edit after edit."""

from __future__ import annotations

import pytest

from infographic_app.gui.recovery import Recovery
from infographic_app.gui.session import Session
from infographic_app.layout.engine import layout_document
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
