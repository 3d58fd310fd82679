"""A second fresh user's 2020 edition, recovered after a crash: the recovery question says
what she did in her words, and every file dialog starts where the factsheet came from,
never in the hidden recovery folder; the checks list never shows another document's."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.gui.driving import as_if_crashed, every_file_dialog_start, type_into

from infographic_app.model import operations as ops


def her_new_edition_crashed(make_window, qtbot, tmp_path):
    """Last year's factsheet in tmp_path (returned), a new edition 2020 made of it, a few
    values typed and a theme added; then the editor stops, leaving its recovery copy."""
    source = Path(__file__).resolve().parents[2] / "data" / "factsheet-2019.yaml"
    last_year = tmp_path / "factsheet-2019.yaml"
    last_year.write_bytes(source.read_bytes())
    first = make_window(last_year)
    first.files.new_edition()
    type_into(qtbot, first, "figures.visitors_total.value", "341")
    type_into(qtbot, first, "figures.minors_seen.value", "31")
    first.session.perform(ops.add_entry(first.session.document, "blocks.themes.themes"),
                          "add theme")
    first.session.write_recovery()  # what the autosave timer does a moment later
    first.session.undo_stack.setClean()  # leave without questions, as after a crash
    as_if_crashed(first)
    first.close()
    return last_year


def test_save_as_and_every_dialog_after_recovering_a_new_edition_start_beside_last_year_s(
        qtbot, make_window, tmp_path):
    her_new_edition_crashed(make_window, qtbot, tmp_path)
    window = make_window()  # the recovery question answered with Yes
    assert window.dialogs.asked == ["restore"]
    assert window.session.path is None
    starts = every_file_dialog_start(window)
    assert starts[0] == str(tmp_path / "factsheet-2020.yaml")
    assert all(Path(start) == tmp_path or Path(start).parent == tmp_path
               for start in starts), starts
    assert all(Path(start).name.startswith("factsheet-2020")
               for start in starts[3:]), starts


def test_a_recovered_copy_of_a_file_changed_since_is_saved_as_that_file(
        qtbot, make_window, window, tmp_path):
    """The copy opens as a new factsheet: Save as proposes the file it came from, in its
    folder, never the recovery copy's internal name."""
    type_into(qtbot, window, "figures.visitors_total.value", "444")
    window.session.write_recovery()
    window.session.undo_stack.setClean()
    as_if_crashed(window)
    original = tmp_path / "factsheet.yaml"
    original.write_text(original.read_text(encoding="utf-8") + "\n# changed elsewhere\n",
                        encoding="utf-8")
    second = make_window(original)
    assert second.session.path is None
    second.dialogs.next_path = None
    second.files.save_as()
    second.export("print")
    assert second.dialogs.starts == [str(original), str(tmp_path / "factsheet-drukwerk.pdf")] \
        or second.dialogs.starts == [str(original), str(tmp_path / "factsheet-print.pdf")]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_recovery_question_says_what_she_did_in_her_words(qtbot, make_window, tmp_path,
                                                              language, request):
    if language == "nl":
        request.getfixturevalue("dutch")
    her_new_edition_crashed(make_window, qtbot, tmp_path)
    window = make_window()  # the recovery question answered with Yes
    [offer] = window.dialogs.restore_offers
    assert offer["saved_before"] is False
    lines = offer["changes"]
    if language == "nl":
        assert lines[0] == "Nieuwe editie 2020, gemaakt van 2019"
        assert any(line.startswith("Cijfer 'unieke bezoekers") and
                   line.endswith("› Waarde: 299 → 341") for line in lines), lines
        assert any(line.startswith("Thema") and line.endswith("toegevoegd") for line in lines)
    else:
        assert lines[0] == "New edition 2020, made from 2019"
        assert any(line.startswith("Figure 'unieke bezoekers") and
                   line.endswith("› Value: 299 → 341") for line in lines), lines
        assert any(line.startswith("Theme") and line.endswith("added") for line in lines)
    assert len(lines) == 4, lines  # the edition, two values, the theme: nothing else
    bookkeeping = ("Eerdere edities", "Earlier editions", "decimal", "Bewust", "Eenheid",
                   "Unit", "—")
    assert not [line for line in lines if any(word in line for word in bookkeeping)]
    assert not [line for line in lines if any(part.strip().isdigit()
                                              for part in line.split("›"))]


def test_after_recovery_the_checks_list_shows_the_recovered_document_s_checks_only(
        qtbot, make_window, tmp_path):
    source = Path(__file__).resolve().parents[2] / "data" / "factsheet-2019.yaml"
    other = tmp_path / "other.yaml"  # a factsheet with a warning of its own
    other.write_text(source.read_text(encoding="utf-8").replace("value: 299", "value: 7", 1),
                     encoding="utf-8")
    window = make_window(other)

    def rows():
        return [window.checks.topLevelItem(i).text(1)
                for i in range(window.checks.topLevelItemCount())]

    assert any("7" in row for row in rows())
    her_new_edition_crashed(make_window, qtbot, tmp_path)
    assert window.files.offer_recovery()
    assert rows() == ["Checking the factsheet…"]  # not the other file's warning
    qtbot.waitUntil(lambda: not window.session.checks_pending)
    assert not any("'unieke bezoekers" in row and "7" in row for row in rows())
