"""File -> New edition… and the edition warnings in the checks list, on the real window."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

from infographic_app.gui.edition_dialog import NewEditionDialog
from infographic_app.model.editions import start_edition, year_mentions
from infographic_app.model.reading import load_document
from infographic_app.paths import default_document

from driving import scene_text, type_into

OTHER_TYPED = ["minors_seen", "minors_estimated", "visitors_other", "visitors_minor",
               "average_age", "exploited_over_year", "perpetrator_partner",
               "perpetrator_social", "perpetrator_family", "multiple_perpetrators",
               "multiple_victims", "criminal_visitors", "criminal_victims",
               "chat_visitors_per_year", "chat_conversations_per_year"]
CRIMINAL_TEXT = "blocks.themes.themes.criminal_exploitation.text"


def _rows(window):
    """The checks list as the user sees it: (severity, message, where, button text)."""
    window.session.run_checks()
    QApplication.processEvents()
    rows = []
    for index in range(window.checks.topLevelItemCount()):
        item = window.checks.topLevelItem(index)
        widget = window.checks.itemWidget(item, 3)
        buttons = [widget] if isinstance(widget, QPushButton) else \
            widget.findChildren(QPushButton) if widget else []
        rows.append((item.text(0), item.text(1), item.text(2),
                     " | ".join(button.text() for button in buttons)))
    return rows


def _fields(window):
    """The places the checks list names (the 'where' column)."""
    return [r[2] for r in _rows(window)]


def _button(window, fix):
    return window.checks.findChild(QPushButton, f"fix:{fix}")


def test_new_edition_opens_an_unsaved_copy_with_the_chosen_years_replaced(qtbot, window):
    window.dialogs.new_edition = ("2020", None)  # the dialog's ticks as proposed
    window.files.new_edition()
    [offer] = window.dialogs.edition_offers
    assert offer["previous"] == "2019"
    assert [(m.field, m.year) for m in offer["mentions"]] == [
        ("metadata.title", "2019"), ("metadata.subject", "2019"),
        ("blocks.header.title", "2019"), ("blocks.intro.text", "2018"),
        ("blocks.intro.text", "2019"), (CRIMINAL_TEXT, "2019"),
        ("figures.minors_seen.source", "2018")]
    document = window.session.document
    assert document.edition == "2020" and window.session.path is None
    assert window.isWindowModified()
    qtbot.waitUntil(lambda: "Onzichtbare slachtoffers in 2020" in scene_text(window))
    assert document.metadata["subject"].endswith("cijfers over 2020")
    # Running texts are proposed unticked: "In 2019 kwamen voor het eerst…" stays.
    assert "In 2019 kwam circa 12 procent" in scene_text(window)
    assert "In 2018 kwamen slechts 29" in scene_text(window)
    assert document.figures["visitors_total"].history == {"2019": 299}


def test_cancelling_the_dialog_changes_nothing(window):
    window.dialogs.new_edition = None
    window.files.new_edition()
    assert window.session.document.edition == "2019"
    assert window.session.path is not None and not window.isWindowModified()


def test_2019_to_2020_in_the_editor_warns_until_typed_or_confirmed(qtbot, window, tmp_path):
    window.dialogs.new_edition = ("2020", ["metadata.title", "metadata.subject",
                                           "blocks.header.title", "blocks.intro.text"])
    window.files.new_edition()
    type_into(qtbot, window, "figures.visitors_total.value", "283")
    type_into(qtbot, window, "figures.visitors_victim.value", "250")
    type_into(qtbot, window, "figures.exploited_now.value", "91,5")
    rows = _rows(window)
    not_updated = [r for r in rows if "not updated for edition 2020" in r[1]]
    # The place named by the figure's label, with no id and no line number.
    labels = [f"Figure '{window.session.document.figures[f].label}' › Value"
              for f in OTHER_TYPED]
    assert [r[2] for r in not_updated] == labels
    assert all(r[0] == "Warning" and r[3] == "Confirm unchanged" for r in not_updated)
    [year] = [r for r in rows if "names 2019" in r[1]]
    assert year[2] == "Theme 'criminele uitbuiting' › Text" and year[3] == "Mark as intended"
    assert "'In [2019] kwamen voor het eerst" in year[1]

    # One click confirms a figure, one undo step takes it back.
    steps = window.session.undo_stack.count()
    _button(window, "confirm:visitors_minor").click()
    assert window.session.undo_stack.count() == steps + 1
    assert "Figure 'minderjarige slachtoffers' › Value" not in _fields(window)
    window.session.undo_stack.undo()
    assert "Figure 'minderjarige slachtoffers' › Value" in _fields(window)

    # Undoing a typed value makes the figure not updated again.
    window.session.undo_stack.undo()  # 91,5
    assert "Figure 'in een uitbuitingssituatie tijdens het chatten' › Value" in _fields(window)
    window.session.undo_stack.redo()

    for figure_id in OTHER_TYPED:
        _button(window, f"confirm:{figure_id}").click()
    _button(window, f"intended:{CRIMINAL_TEXT}@2019").click()
    _button(window, "intended:figures.minors_seen.source@2018").click()  # a source's year
    rows = _rows(window)
    # only the small counts of the bundled factsheet (7 and 5 people) are left
    assert [r[2] for r in rows if r[0] == "Warning"] == [
        "Figure 'bezoekers over criminele uitbuiting' › Value",
        "Figure 'van hen waren zelf slachtoffer' › Value"]
    # What is left is the sum: visitors_other was confirmed at 34, and 250 + 34 is not 283.
    assert [r[2] for r in rows if r[0] == "Error"] == [
        "Rule: bezoekers die zelf slachtoffer waren + bezoekers met een hulpvraag over iemand "
        "anders make unieke bezoekers met een hulpvraag over mensenhandel"]

    saved = tmp_path / "factsheet-2020.yaml"
    window.dialogs.next_path = saved
    assert window.files.save_as()
    text = saved.read_text(encoding="utf-8")
    # the 2018 of the introduction moved on to 2019 when ticked, so it is marked as reviewed
    assert "edition: 2020\nintended_year_mentions:\n- blocks.intro.text@2019\n- " \
        + CRIMINAL_TEXT + "@2019\n- figures.minors_seen.source@2018\n" in text
    assert "updated: false" not in text
    assert "    value: 283\n    history:\n      2019: 299\n" in text
    assert load_document(saved).figures["visitors_victim"].history == {"2019": 265}


def test_the_checks_list_speaks_dutch_for_a_new_edition(qtbot, window, dutch):
    window.session.language = "nl"
    window.files.new_edition()
    rows = _rows(window)
    assert any("niet bijgewerkt voor editie 2020" in r[1] and r[3] == "Bevestig ongewijzigd"
               for r in rows)
    assert any("noemt 2019, het jaar van de vorige editie" in r[1] and
               r[3] == "Markeer als bedoeld" for r in rows)


def test_the_dialog_proposes_titles_ticked_and_running_texts_unticked(qtbot):
    document = load_document(default_document())
    mentions = year_mentions(document, "2019")
    dialog = NewEditionDialog(document, mentions)
    qtbot.addWidget(dialog)
    assert dialog.edition.text() == "2020"
    items = [dialog.places.item(i) for i in range(dialog.places.count())]
    assert [i.checkState() == Qt.CheckState.Checked for i in items] == [
        True, True, True, False, False]
    assert items[2].text() == "Title band › Title: Onzichtbare slachtoffers in [2019 → 2020]"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.edition.setText("2019")
    assert not ok.isEnabled()
    dialog.edition.setText("2020-2021")
    assert ok.isEnabled() and "[2019 → 2020-2021]" in items[0].text()
    items[4].setCheckState(Qt.CheckState.Checked)
    label, chosen = dialog.chosen()
    assert label == "2020-2021"
    assert [m.field for m in chosen][-1] == "blocks.themes.themes.criminal_exploitation.text"
    assert start_edition(document, label).edition == "2020-2021"


def test_every_figure_not_updated_is_confirmed_in_one_step(qtbot, window):
    window.dialogs.new_edition = ("2020", ["metadata.title"])
    window.files.new_edition()
    type_into(qtbot, window, "figures.visitors_total.value", "283")
    steps = window.session.undo_stack.count()
    confirm = next(a for a in window.findChildren(QAction)
                   if a.text() == "&Confirm all figures unchanged…")
    confirm.trigger()
    assert window.dialogs.asked[-1] == "confirm unchanged"
    assert len(window.dialogs.confirm_labels) == len(OTHER_TYPED) + 2  # victims, exploited
    assert not [r for r in _rows(window) if "not updated for edition" in r[1]]
    assert window.session.undo_stack.count() == steps + 1  # one step
    window.session.undo_stack.undo()
    assert len([r for r in _rows(window) if "not updated for edition" in r[1]]) == \
        len(OTHER_TYPED) + 2
