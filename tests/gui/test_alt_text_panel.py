"""The alt text panel: every chart's heading, short alt text and long description, read-only,
following the document."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from infographic_app.gui.alt_text_panel import AltTextPanel
from infographic_app.model.reading import load_document

DONUT = "Cirkeldiagram 'partner = pleger', 3 delen: het grootst is (ex-)partner met 81,6%."
DONUT_VALUES = ("Cirkeldiagram 'partner = pleger': (ex-)partner 81,6%, sociale omgeving 10,2%, "
                "familielid 8,2%.")


@pytest.fixture
def panel(qtbot, document):
    widget = AltTextPanel()
    qtbot.addWidget(widget)
    widget.resize(420, 600)
    widget.set_document(document)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_it_shows_every_charts_heading_and_alt_text(panel):
    lines = panel.browser.toPlainText().splitlines()
    assert lines[:2] == ["Nederlandse minderjarige slachtoffers onzichtbaar",
                         "Figurendiagram 'Nederlandse minderjarige slachtoffers onzichtbaar': "
                         "97% (geschat) niet in beeld bij de autoriteiten; 29 van de 1.300 "
                         "geschatte minderjarige slachtoffers in beeld bij de autoriteiten."]
    assert "partner = pleger" in lines and DONUT in lines
    long = lines[lines.index(DONUT) + 1]
    assert long.startswith(DONUT_VALUES)  # every value, then the comparisons
    assert "Het grootst: 81,6% (ex-)partner; het kleinst: 8,2% familielid." in long
    kinds = ("Figuren", "Staaf", "Cirkel", "Kern")
    assert [line for line in lines if line.startswith(kinds)] == [
        line for i, line in enumerate(lines) if i % 3]  # heading, short and long per chart
    assert [line.split()[0] for line in lines[1::3]] == [line.split()[0] for line in lines[2::3]]
    assert len(lines) == 18
    assert panel.browser.isReadOnly()


def test_it_follows_the_document(panel, changed_copy):
    panel.set_document(load_document(changed_copy(("    value: 81.6\n", "    value: 80.6\n"))))
    assert "(ex-)partner 80,6%, sociale omgeving" in panel.browser.toPlainText()
    assert "81,6%" not in panel.browser.toPlainText()


def test_a_selection_to_copy_survives_an_unrelated_change(panel, changed_copy):
    panel.browser.selectAll()
    panel.set_document(load_document(changed_copy(("    value: 299\n", "    value: 300\n"))))
    assert panel.browser.textCursor().selectedText().startswith("Nederlandse minderjarige")


def test_clicking_a_heading_asks_for_its_field(panel, qtbot):
    found = panel.browser.document().find("partner = pleger")
    inside = QTextCursor(panel.browser.document())
    inside.setPosition(found.selectionStart() + 3)
    panel.browser.setTextCursor(inside)
    panel.browser.ensureCursorVisible()
    at = panel.browser.cursorRect(inside).center()
    with qtbot.waitSignal(panel.field_requested) as signal:
        qtbot.mouseClick(panel.browser.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert signal.args == ["blocks.themes.themes.partner_perpetrator.visual"]


def test_behind_another_tab_it_catches_up_when_shown(window, qtbot):
    """A 50-page factsheet has 150 charts: the panel is not kept up to date while nobody sees
    it, and shows the document as it is when its tab is raised."""
    dock = window.docks["alt_texts"]
    assert dock.visibleRegion().isEmpty()  # behind the figure panel's tab
    editor = window.forms.editor_for("figures.perpetrator_partner.value")
    editor.selectAll()
    qtbot.keyClicks(editor, "80,6")
    qtbot.waitUntil(lambda: not window._panels_timer.isActive())
    assert "81,6%" in window.alt_texts.browser.toPlainText()  # not on screen, not redone
    dock.raise_()
    qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty())
    shown = window.alt_texts.browser.toPlainText()
    assert "(ex-)partner 80,6%, sociale omgeving" in shown and "81,6%" not in shown
