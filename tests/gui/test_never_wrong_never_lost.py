"""The editor's two promises, driven through the real window: a number that was not typed
validly never reaches the factsheet without an error, and typing is never lost."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from infographic_app.gui.session import AUTOSAVE_DELAY_MS
from infographic_app.model.problems import Severity
from infographic_app.model.reading import load_document

from driving import as_if_crashed, scene_text, type_into


def checks_list(window) -> list[tuple[str, str, str]]:
    """What the checks panel shows: (severity, what is wrong, where) per row, but for the
    bundled factsheet's two small counts of people (tests/statistics cover them)."""
    window.session.run_checks()  # what a pause in typing triggers
    items = (window.checks.topLevelItem(i) for i in range(window.checks.topLevelItemCount()))
    rows = [(item.text(0), item.text(1), item.text(2)) for item in items
            if not any(words in item.text(1) for words in ("people, fewer than 10",
                                                           "personen, minder dan 10"))]
    return rows or [("", "No problems found.", "")]


def leave_field(qtbot, window) -> None:
    window.forms.editor_for("metadata.title").setFocus()
    QApplication.processEvents()


# ----------------------------------------------------------------- an invalid field


def test_a_mistyped_percentage_never_reaches_the_preview_or_the_file(qtbot, window):
    type_into(qtbot, window, "figures.exploited_now.value", "91.5")
    label = window.forms.problem_labels["figures.exploited_now.value"].text()
    assert label == "use a comma for decimals: 91,5"
    window.session.relayout()
    assert window.session.document.figures["exploited_now"].value == 92.9
    assert "(92,9%)" in scene_text(window) and "91,0" not in scene_text(window)
    [(severity, message, where)] = checks_list(window)
    assert severity == "Error" and where == \
        "Figure 'in een uitbuitingssituatie tijdens het chatten' › Value"
    assert "'91.5' is not a valid value, so the factsheet still shows 92,9%" in message
    assert message.startswith(window.session.document.figures["exploited_now"].label)
    assert window.preview.problem_boxes(0)  # marked in the preview too

    window.dialogs.despite_problems = False
    assert not window.files.save()
    [listed] = window.dialogs.problem_lists
    assert any("91.5" in line for line in listed)
    window.dialogs.despite_problems = True
    assert window.files.save()
    assert load_document(window.session.path).figures["exploited_now"].value == 92.9

    type_into(qtbot, window, "figures.exploited_now.value", "91,5")
    assert window.session.document.figures["exploited_now"].value == 91.5
    assert checks_list(window) == [("", "No problems found.", "")]
    assert not window.preview.problem_boxes(0)


def test_a_number_typed_past_its_valid_start_leaves_the_document_as_it_was(qtbot, window):
    type_into(qtbot, window, "figures.visitors_total.value", "1.300,5")  # "1.300" was valid
    assert window.session.document.figures["visitors_total"].value == 299
    window.session.relayout()
    tile = [run.text for run in window.session.scene.texts(0)
            if run.element_id == "figures.visitors_total"]
    assert tile == ["299"]
    assert window.session.undo_stack.count() == 0  # typed back to where it was: no step
    assert window.isWindowModified()  # the typing is not lost without a question


def test_an_invalid_field_stays_an_error_after_leaving_it(qtbot, window):
    type_into(qtbot, window, "figures.visitors_victim.value", "-5")
    leave_field(qtbot, window)
    rows = checks_list(window)
    assert any(severity == "Error" and "'-5'" in message and "cannot be negative" in message
               for severity, message, _ in rows)
    assert window.session.document.figures["visitors_victim"].value == 265


def test_the_field_message_and_the_check_are_dutch_in_a_dutch_interface(
        qtbot, dutch, make_window, tmp_path):
    path = tmp_path / "factsheet.yaml"
    path.write_bytes((Path(__file__).resolve().parents[2] / "data" /
                      "factsheet-2019.yaml").read_bytes())
    window = make_window(path)
    window.session.language = "nl"  # as the window does when the interface is Dutch
    type_into(qtbot, window, "figures.exploited_now.value", "91.5")
    assert window.forms.problem_labels["figures.exploited_now.value"].text() == \
        "gebruik een komma: 91,5"
    [(severity, message, where)] = checks_list(window)
    assert severity == "Fout" and where == \
        "Cijfer 'in een uitbuitingssituatie tijdens het chatten' › Waarde"
    assert "'91.5' is geen geldige waarde, dus de factsheet toont nog 92,9%" in message


def test_export_asks_while_a_field_is_invalid(qtbot, window, tmp_path):
    type_into(qtbot, window, "figures.average_age.value", "zestien")
    window.dialogs.next_path = tmp_path / "out.pdf"
    window.dialogs.despite_problems = False
    with qtbot.waitSignal(window.exporter.refused, timeout=20000):
        window.export("print")  # the checks run on the worker; their errors come back
    assert window.dialogs.asked == ["export anyway"]
    assert any("zestien" in line for line in window.dialogs.problem_lists[0])
    QApplication.processEvents()
    assert not (tmp_path / "out.pdf").exists()
    window.dialogs.despite_problems = True
    with qtbot.waitSignal(window.exporter.finished, timeout=20000):
        window.export("print")
    assert window.dialogs.asked == ["export anyway"] * 2
    assert (tmp_path / "out.pdf").exists()


def test_undo_gives_an_invalid_field_its_value_back(qtbot, window):
    type_into(qtbot, window, "figures.visitors_other.value", "40")
    type_into(qtbot, window, "figures.visitors_total.value", "3OO")  # letters O
    window.session.undo_stack.undo()  # takes back the 40
    assert window.forms.editor_for("figures.visitors_other.value").text() == "34"
    assert window.session.invalid_entries.keys() == {"figures.visitors_total.value"}


# ----------------------------------------------------------------- references in texts


def test_a_mistyped_reference_is_shown_broken_and_listed(qtbot, window):
    field = "blocks.key_figures.tiles.victims.text"
    editor = window.forms.editor_for(field)
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "De overige {visitors_tota} vroegen in {2019} om { hulp.")
    window.session.relayout()
    assert "De overige {visitors_tota} vroegen in {2019} om { hulp." in scene_text(window)
    errors = [(m, w) for s, m, w in checks_list(window) if s == "Error"]
    assert any("there is no figure 'visitors_tota'; did you mean 'visitors_total'?" in m
               and w == "Tile '265' › Text" for m, w in errors)
    assert any("'{2019}' in the text is not a figure reference" in m for m, _ in errors)
    assert len(errors) == 2
    assert window.preview.problem_boxes(0)
    assert window.files.save()  # after the question, which the user answers: save anyway
    reopened = load_document(window.session.path)  # the saved work opens again
    assert "{visitors_tota}" in reopened.block("key_figures").fields["tiles"][1]["text"]


# ----------------------------------------------------------------- recovery copies


def _factsheet(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.write_bytes((Path(__file__).resolve().parents[2] / "data" /
                      "factsheet-2019.yaml").read_bytes())
    return path


def test_a_copy_saved_under_a_new_name_is_never_restored_into_the_old_file(
        qtbot, make_window, tmp_path):
    old = _factsheet(tmp_path, "factsheet-2019.yaml")
    before = old.read_bytes()
    first = make_window(old)
    type_into(qtbot, first, "figures.visitors_total.value", "310")
    first.session.write_recovery()  # what the timer does a moment later
    first.dialogs.next_path = tmp_path / "factsheet-2020.yaml"
    assert first.files.save_as()
    first.close()
    second = make_window(old, settings_name="second.ini")
    assert "restore" not in second.dialogs.asked
    assert second.session.document.figures["visitors_total"].value == 299
    assert old.read_bytes() == before


def test_the_offer_says_when_and_what(qtbot, make_window, tmp_path):
    path = _factsheet(tmp_path, "factsheet.yaml")
    first = make_window(path)
    type_into(qtbot, first, "figures.visitors_total.value", "333")
    first.session.write_recovery()  # then the computer stops
    as_if_crashed(first)
    second = make_window(path, settings_name="second.ini")
    [offer] = second.dialogs.restore_offers
    assert offer["name"] == "factsheet.yaml" and offer["into_file"]
    assert abs(offer["written"] - time.time()) < 60
    assert offer["changes"] == [
        "Figure 'unieke bezoekers met een hulpvraag over mensenhandel' › Value: 299 → 333"]
    assert second.session.document.figures["visitors_total"].value == 333
    assert second.session.path == path and second.isWindowModified()


def test_a_copy_of_an_older_version_opens_as_a_new_factsheet(qtbot, make_window, tmp_path):
    path = _factsheet(tmp_path, "factsheet.yaml")
    first = make_window(path)
    type_into(qtbot, first, "figures.visitors_total.value", "333")
    first.session.write_recovery()  # then the computer stops
    as_if_crashed(first)
    newer = path.read_text().replace("value: 265", "value: 270")  # saved elsewhere since
    path.write_text(newer)
    second = make_window(path, settings_name="second.ini")
    [offer] = second.dialogs.restore_offers
    assert not offer["into_file"]
    assert second.session.path is None  # Save asks for a name: the file is never overwritten
    assert second.session.document.figures["visitors_total"].value == 333
    assert path.read_text() == newer


def test_steady_typing_is_copied_within_seconds_of_the_first_key(qtbot, window):
    recovery = window.session.recovery
    editor = window.forms.editor_for("blocks.about.text")
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    started, copied_after = time.monotonic(), None
    while time.monotonic() - started < (AUTOSAVE_DELAY_MS + 1500) / 1000:
        qtbot.keyClicks(editor, "x")  # a key every 0.2 s: never a pause of 2 s
        qtbot.wait(200)
        if copied_after is None and list(recovery.folder.glob("*.yaml")):
            copied_after = time.monotonic() - started
    assert copied_after is not None, "no recovery copy while typing steadily"
    assert copied_after < (AUTOSAVE_DELAY_MS + 1000) / 1000
    [written] = recovery.folder.glob("*.yaml")
    copy = load_document(written)
    assert copy.block("about").fields["text"].endswith("x")


# ----------------------------------------------------------------- Save As


def test_save_as_adds_the_extension(qtbot, window, tmp_path):
    type_into(qtbot, window, "figures.visitors_total.value", "300")
    window.dialogs.next_path = tmp_path / "factsheet-2020"
    assert window.files.save_as()
    assert window.session.path == tmp_path / "factsheet-2020.yaml"
    assert load_document(tmp_path / "factsheet-2020.yaml").figures[
        "visitors_total"].value == 300
    assert not (tmp_path / "factsheet-2020").exists()


def test_save_as_asks_before_replacing_the_completed_name(qtbot, window, tmp_path):
    existing = tmp_path / "factsheet-2020.yaml"
    existing.write_text("keep me")
    window.dialogs.next_path = tmp_path / "factsheet-2020"
    window.dialogs.replace = False
    assert not window.files.save_as()
    assert "replace" in window.dialogs.asked and existing.read_text() == "keep me"


# ----------------------------------------------------------------- one undo history


def _heading(window) -> str:
    return window.session.document.block("about").fields["heading"]


def test_typing_after_an_undo_is_a_step_of_its_own(qtbot, window):
    editor = window.forms.editor_for("blocks.about.heading")
    editor.setFocus()
    editor.end(False)
    qtbot.keyClicks(editor, "a")
    qtbot.wait(1200)  # a pause ends the step
    qtbot.keyClicks(editor, "b")
    undo = window.undo_action  # Edit -> Undo
    undo.trigger()
    assert _heading(window) == "Over Chat met Fiera"
    qtbot.keyClicks(editor, "c")  # at once
    undo.trigger()
    assert _heading(window) == "Over Chat met Fiera"  # only the c is taken back
    undo.trigger()
    assert _heading(window) == "Over Chat met Fier"


def test_ctrl_z_in_a_field_undoes_the_factsheet_history(qtbot, window):
    for field in ("blocks.about.heading", "blocks.about.text"):
        editor = window.forms.editor_for(field)
        editor.setFocus()
        before = window.session.value(field)
        qtbot.keyClicks(editor, "xyz")
        qtbot.wait(1200)  # a pause: the step is closed
        assert window.session.value(field) != before
        steps, index = window.session.undo_stack.count(), window.session.undo_stack.index()
        qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert window.session.value(field) == before
        assert window.session.undo_stack.count() == steps  # no new "Edit" steps
        assert window.session.undo_stack.index() == index - 1
        qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)
        assert window.session.value(field).count("xyz") == 1
        assert window.session.undo_stack.index() == index


def test_errors_in_the_checks_are_marked_in_the_preview(qtbot, window):
    type_into(qtbot, window, "figures.visitors_other.value", "35")  # the parts miss the total
    window.session.run_checks()
    assert any(p.severity == Severity.ERROR for p in window.session.problems)
    assert window.preview.problem_boxes(0)


def test_a_value_typed_before_a_pause_stays_while_the_next_typing_is_invalid(qtbot, window):
    type_into(qtbot, window, "figures.exploited_now.value", "91,5")
    window.session.end_typing_step()  # a pause
    type_into(qtbot, window, "figures.exploited_now.value", "90.1")
    assert window.session.document.figures["exploited_now"].value == 91.5
    [(_, message, _)] = checks_list(window)
    assert "so the factsheet still shows 91,5%" in message
    assert window.session.undo_stack.count() == 1  # no step back to 92,9


def test_undo_in_a_text_leaves_the_cursor_where_the_text_changed(qtbot, window):
    editor = window.forms.editor_for("blocks.about.text")
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(40)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "xyz")
    window.undo_action.trigger()
    assert editor.textCursor().position() == 40
    original = window.session.value("blocks.about.text")
    cursor = editor.textCursor()
    cursor.setPosition(0, cursor.MoveMode.KeepAnchor)  # what the text holds before it
    editor.setTextCursor(cursor)
    before = editor.createMimeDataFromSelection().text()  # a chip as its reference
    cursor.setPosition(40)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "Q")
    assert window.session.value("blocks.about.text") == \
        original[:len(before)] + "Q" + original[len(before):]


def test_the_offer_shows_where_a_long_text_changed(qtbot, make_window, tmp_path):
    path = _factsheet(tmp_path, "factsheet.yaml")
    first = make_window(path)
    editor = first.forms.editor_for("blocks.about.text")
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Nieuw.")
    first.session.write_recovery()  # then the computer stops
    as_if_crashed(first)
    second = make_window(path, settings_name="second.ini")
    [change] = second.dialogs.restore_offers[0]["changes"]
    before, after = change.split(" → ")
    assert before != after and after.endswith("Nieuw.'") and "…" in before


def test_the_scroll_wheel_over_a_list_scrolls_the_form_and_changes_nothing(qtbot, window):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QComboBox

    field = "blocks.key_figures.tiles.victims.figure"
    combo = window.forms.editor_for(field)
    assert isinstance(combo, QComboBox)
    window.forms.ensureWidgetVisible(combo)
    window.forms.editor_for("metadata.title").setFocus()  # the cursor is elsewhere
    scrolled = window.forms.verticalScrollBar().value()
    for _ in range(3):
        wheel = QWheelEvent(QPointF(5, 5), combo.mapToGlobal(QPointF(5, 5)), QPoint(0, 0),
                            QPoint(0, -120), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(combo, wheel)
    assert window.session.value(field) == "visitors_victim"
    assert window.session.undo_stack.count() == 0
    assert window.forms.verticalScrollBar().value() > scrolled  # the form moved instead


def test_an_invalid_field_keeps_what_was_typed_when_its_group_is_built_again(qtbot, window):
    """A structural edit in the block that shows the figure builds its fields again: the
    field used to show the document's value, and what was typed (still an error) was gone
    from sight."""
    field = "figures.visitors_total.value"
    type_into(qtbot, window, field, "twee")
    leave_field(qtbot, window)
    old_editor = window.forms.editors[field]
    window.actions.add_entry("blocks.key_figures.tiles", "visitors")  # builds only the tile
    QApplication.processEvents()
    assert window.forms.editor_for(field) is old_editor and old_editor.text() == "twee"
    # a tile removed takes its figure's fields to another group: the group is built again
    window.actions.remove_entry("blocks.key_figures.tiles", "minors")
    QApplication.processEvents()
    editor = window.forms.editor_for(field)
    assert editor is not old_editor  # built again
    assert editor.text() == "twee"
    assert window.forms.problem_labels[field].text()
    assert window.session.document.figures["visitors_total"].value == 299


def test_the_scroll_wheel_over_a_text_box_scrolls_the_form(qtbot, window):
    """A text box under the pointer used to take the wheel and scroll its own lines, so the
    form stopped half way; it scrolls its lines only while it is being typed in."""
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    box = window.forms.editor_for("blocks.intro.text")
    window.forms.ensureWidgetVisible(box)
    window.forms.editor_for("metadata.title").setFocus()  # the cursor is elsewhere
    QApplication.processEvents()
    form, lines = window.forms.verticalScrollBar(), box.verticalScrollBar()
    assert lines.maximum() > 0  # the text is longer than its box
    before = form.value(), lines.value()
    viewport = box.viewport()
    wheel = QWheelEvent(QPointF(5, 5), viewport.mapToGlobal(QPointF(5, 5)), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, wheel)
    assert lines.value() == before[1] and form.value() > before[0]
    box.setFocus()
    QApplication.sendEvent(viewport, wheel)
    assert lines.value() > before[1]  # being typed in, it scrolls its own lines
