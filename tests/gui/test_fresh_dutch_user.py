"""What a fresh Dutch user met making the 2020 edition (issues 24 and 19): English words in
Qt's file dialogs and in the suggested export names, export buttons nobody saw, no way back
to the standard layout, a help window that would not close with the keyboard."""

from __future__ import annotations

import copy
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QPushButton,
    QToolButton,
)

from infographic_app.gui.export_worker import ExportRequest

# Words of Qt's file dialog in English, as a Dutch user saw them.
ENGLISH_IN_THE_FILE_DIALOG = ("Look in:", "Files of type:", "File name:", "Save", "Cancel",
                              "Open", "Back", "Detail View")


def _file_dialog_words(dialog: QFileDialog) -> list[str]:
    words = [label.text() for label in dialog.findChildren(QLabel)]
    words += [button.text() for button in dialog.findChildren(QPushButton)]
    words += [button.toolTip() for button in dialog.findChildren(QToolButton)]
    return [word.replace("&", "") for word in words if word]


def test_qt_s_file_dialogs_speak_dutch_in_a_dutch_interface(qtbot, dutch):
    for mode in (QFileDialog.AcceptMode.AcceptSave, QFileDialog.AcceptMode.AcceptOpen):
        dialog = QFileDialog(None, "Exporteren")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # Qt's own, as on Linux
        dialog.setAcceptMode(mode)
        qtbot.addWidget(dialog)
        words = _file_dialog_words(dialog)
        assert "Zoeken in:" in words and "Bestanden van type:" in words, words
        for english in ENGLISH_IN_THE_FILE_DIALOG:
            assert english not in words, (english, words)


def test_export_names_are_suggested_in_the_interface_language(dutch, window):
    window.dialogs.next_path = None  # cancelled: only the suggestion counts
    for kind in ("print", "screen", "proof", "html", "png"):
        window.export(kind)
    window.export_card()
    names = [Path(start).name for start in window.dialogs.starts]
    assert names[:5] == ["factsheet-drukwerk.pdf", "factsheet-scherm.pdf",
                         "factsheet-cijferverantwoording.pdf", "factsheet-web.html",
                         "factsheet.png"]
    assert names[5].startswith("factsheet-kaart-") and names[5].endswith(".png")


def test_export_names_are_english_in_an_english_interface(window):
    window.dialogs.next_path = None
    for kind in ("print", "screen", "proof", "html"):
        window.export(kind)
    assert [Path(start).name for start in window.dialogs.starts] == [
        "factsheet-print.pdf", "factsheet-screen.pdf", "factsheet-proof.pdf",
        "factsheet-web.html"]


def test_after_an_export_open_and_show_folder_show_beside_the_message(qtbot, dutch, window,
                                                                      tmp_path):
    written = tmp_path / "factsheet-drukwerk.pdf"
    written.write_bytes(b"%PDF-1.7\n")
    window._export_finished(ExportRequest("print", written), [written])
    QApplication.processEvents()
    assert window.statusBar().currentMessage().startswith("Geëxporteerd")
    shown = [button.text() for button in window.export_links if button.isVisible()]
    assert shown == ["Openen", "Map tonen"]
    # they outlast the message (15 s) long enough to be found
    assert window.export_links_timer.remainingTime() > 60_000
    window._export_finished(ExportRequest("print", written), [written])  # a second export
    QApplication.processEvents()
    assert len([b for b in window.statusBar().findChildren(type(window.export_links[0]))
                if b.objectName() == "export_link" and b.isVisible()]) == 2
    window.export_links_timer.timeout.emit()
    QApplication.processEvents()
    assert window.export_links == []


def test_view_reset_layout_docks_and_shows_every_panel_again(qtbot, dutch, make_window,
                                                             tmp_path):
    source = Path(__file__).resolve().parents[2] / "data" / "factsheet-2019.yaml"
    copy = tmp_path / "factsheet.yaml"
    copy.write_bytes(source.read_bytes())
    window = make_window(copy)
    checks = window.docks["checks"]
    checks.setFloating(True)  # undocked by accident
    window.docks["history"].close()
    window.removeDockWidget(window.docks["forms"])
    [view] = [action.menu() for action in window.menuBar().actions()
              if action.text().replace("&", "") == "Beeld"]
    [reset] = [action for action in view.actions()
               if action.text().replace("&", "") == "Standaardindeling herstellen"]
    reset.trigger()
    QApplication.processEvents()
    assert not checks.isFloating() and checks.isVisible()
    assert window.dockWidgetArea(checks) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert window.dockWidgetArea(window.docks["forms"]) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert all(not dock.isFloating() for dock in window.findChildren(QDockWidget))
    assert window.docks["forms"].isVisible()


def test_the_help_window_closes_with_escape_and_ctrl_w(qtbot, window):
    for key, modifier in ((Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                          (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)):
        window.show_help()
        shown = window.help_window
        qtbot.waitExposed(shown)
        shown.activateWindow()
        shown.browser.setFocus()
        qtbot.keyClick(shown.browser, key, modifier)
        assert not shown.isVisible(), key


def _checks_rows(window) -> list[tuple[str, str, str]]:
    """The checks list as the user sees it: (message, where, tooltip)."""
    window.session.run_checks()
    QApplication.processEvents()
    items = [window.checks.topLevelItem(i) for i in range(window.checks.topLevelItemCount())]
    return [(item.text(1), item.text(2), item.toolTip(1)) for item in items]


def test_marking_2018_as_intended_leaves_the_2019_of_the_same_text_a_warning(qtbot, dutch,
                                                                            window, tmp_path):
    window.session.language = "nl"
    window.files.new_edition()  # the dialog's ticks: the intro's running text is unticked
    intro = [row for row in _checks_rows(window)
             if row[1].startswith("Inleiding") and "noemt" in row[0]]
    # 2018 and 2019 in the intro text are a warning each; figures quoted as printed
    assert [row[0][:10] for row in intro] == ["noemt 2018", "noemt 2019"]
    assert "'In [2018] kwamen slechts 29 van de geschatte…'" in intro[0][0]
    assert "In [2019] kwam" in intro[1][0] and "12 procent" in intro[1][0]
    window.checks.findChild(QPushButton, "fix:intended:blocks.intro.text@2018").click()
    intro = [row[0][:10] for row in _checks_rows(window)
             if row[1].startswith("Inleiding") and "noemt" in row[0]]
    assert intro == ["noemt 2019"]  # last year's date beside this year's number: still warned
    window.dialogs.next_path = tmp_path / "factsheet-2020.yaml"
    assert window.files.save_as()
    text = (tmp_path / "factsheet-2020.yaml").read_text(encoding="utf-8")
    assert "intended_year_mentions:\n- blocks.intro.text@2018\n" in text


def test_the_new_edition_dialog_wraps_long_places_instead_of_scrolling_sideways(qtbot, dutch,
                                                                               window):
    from infographic_app.gui.edition_dialog import NewEditionDialog
    from infographic_app.model.editions import year_mentions_through

    document = window.session.document
    dialog = NewEditionDialog(document, year_mentions_through(document, "2019"), window)
    qtbot.addWidget(dialog)
    dialog.resize(760, 420)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    places = dialog.places
    assert places.horizontalScrollBar().maximum() == 0
    line = places.fontMetrics().height()
    longest = max(range(places.count()), key=lambda i: len(places.item(i).text()))
    rect = places.visualItemRect(places.item(longest))
    assert rect.right() <= places.viewport().width()
    assert rect.height() >= 2 * line  # wrapped onto more lines


def test_the_new_edition_dialog_proposes_an_older_year_one_edition_on(qtbot, window):
    """'In 2018 kwamen slechts…' in the 2019 edition is last year's data: the dialog offers
    2019 for it in the 2020 edition, not a jump of two years to 2020."""
    from infographic_app.gui.edition_dialog import NewEditionDialog
    from infographic_app.model.editions import year_mentions_through

    document = window.session.document
    dialog = NewEditionDialog(document, year_mentions_through(document, "2019"), window)
    qtbot.addWidget(dialog)
    shown = [dialog.places.item(i).text() for i in range(dialog.places.count())]
    assert any("In [2018 → 2019] kwamen slechts 29" in text for text in shown)
    assert any("In [2019 → 2020] kwam" in text for text in shown)


# What a person never reads in the editor: a reference's braces, a field's dotted path.
_DOTTED = re.compile(r"\b[A-Za-z_]+\.[A-Za-z_0-9]+\.[A-Za-z_0-9]+")


def _internal_words(text: str, document) -> list[str]:
    found = ["{"] if "{" in text else []
    found += _DOTTED.findall(text.replace("www.chatmetfier.nl", ""))
    found += [figure_id for figure_id in document.figures
              if re.search(rf"\b{re.escape(figure_id)}\b", text)]
    return found


def _with_references_everywhere(document) -> None:
    """Every text field of the blocks opens with figure references of each form, a year of
    the previous edition and a misspelling, so every check that quotes a text quotes one."""
    from infographic_app.model.addressing import block_fields
    from infographic_app.model.fields import set_field

    for field in list(block_fields(document)):
        if field.spec.kind in ("text", "rich") and isinstance(field.value, str):
            set_field(document, field.id,
                      "In 2019 {visitors_total} en {exploited_now:change}, "
                      "{minors_seen:words} slachtofers " + field.value)


def test_no_check_message_tooltip_or_recovery_line_shows_an_id_or_a_reference(
        qtbot, dutch, window):
    from infographic_app.gui.lifecycle import describe
    from infographic_app.model.changes import document_changes
    from infographic_app.model.editions import start_edition
    from infographic_app.model.operations import rename_figure

    window.session.language = "nl"
    window.files.new_edition()
    session = window.session
    document = session.document
    _with_references_everywhere(document)
    document.intended_year_mentions = ["blocks.key_figures.tiles.visitors.text@2019"]
    session.document_replaced.emit()
    rows = _checks_rows(window)
    assert any("noemt 2019" in row[0] for row in rows)
    shown = [text for row in rows for text in row]
    wrong = [text for text in shown if _internal_words(text, document)]
    assert wrong == [], "\n".join(wrong)

    # The recovery offer's list of what the copy changes; in the copy a figure was renamed
    # (a rule's and a chart's entries changed with it) and years were marked as intended.
    before = start_edition(document, "2021")
    after = copy.deepcopy(before)
    _with_references_everywhere(after)
    after.intended_year_mentions = ["blocks.key_figures.tiles.visitors.text@2020",
                                    "blocks.intro.text"]
    rename_figure(after, "multiple_perpetrators", "meerdere_plegers").do(after)
    lines = [describe(change, after, before) for change in document_changes(before, after)]
    assert len(lines) > 10
    wrong = [line for line in lines
             if _internal_words(line, after) or _internal_words(line, before)]
    assert wrong == [], "\n".join(wrong)


def test_dutch_compounds_are_spelled_right_and_misspellings_still_caught():
    from infographic_app.checks.spelling import misspellings

    text = ("Arbeidsuitbuiting, mensenhandelzaken en slachtofferhulp; arbeidsuitbuiting in "
            "mensenhandelslachtoffers en zorgmedewerkers. Slachtofers, mensenhandl, uitbuitng.")
    assert [m.word for m in misspellings(text, "nl-NL")] == ["Slachtofers", "mensenhandl",
                                                             "uitbuitng"]


def _red_pixels(widget) -> int:
    image = widget.grab().toImage()
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if (c := image.pixelColor(x, y)).red() - c.green() > 60
               and c.red() - c.blue() > 60)


def test_a_heading_underlines_misspelled_words_and_offers_suggestions(qtbot, window):
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QContextMenuEvent

    heading = window.forms.editor_for("blocks.themes.themes.long_exploitation.heading")
    heading.setFocus()
    heading.selectAll()
    qtbot.keyClicks(heading, "langdurige uitbuiting")
    qtbot.waitUntil(lambda: not heading.unasked.timer.isActive())  # typing paused: asked
    assert _red_pixels(heading) == 0  # spelled right: no marks
    heading.selectAll()
    qtbot.keyClicks(heading, "langdurige uitbuitng")
    qtbot.waitUntil(lambda: _red_pixels(heading) > 5)  # the red wavy line under it
    assert [m.word for m in heading.misspelled()] == ["uitbuitng"]
    shown = []

    def read_and_choose():
        menu = QApplication.activePopupWidget()
        shown.append([action.text() for action in menu.actions()])
        menu.actions()[0].trigger()
        menu.close()

    QTimer.singleShot(200, read_and_choose)
    point = heading.cursorRect().center()
    point.setX(heading.width() - 30 if heading.cursorRect().x() > heading.width() else
               heading.cursorRect().x() - 10)
    heading.contextMenuEvent(QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                               heading.mapToGlobal(point)))
    assert shown and shown[0][0] == "uitbuiting"
    assert "Add to the factsheet's word list" in shown[0]
    assert window.session.value("blocks.themes.themes.long_exploitation.heading") == \
        "langdurige uitbuiting"


def test_a_figures_source_and_note_fields_say_they_are_printed(dutch, window):
    """A figure's note reads like a private memo field; its empty field says it is printed as
    a numbered note (and the source that "Bron:" is put before it), in Dutch."""
    note = window.forms.editor_for("figures.average_age.note")
    source = window.forms.editor_for("figures.average_age.source")
    assert note.text() == "" and "afgedrukt als genummerde noot" in note.placeholderText()
    assert "Bron: …" in source.placeholderText() and source.toolTip() == source.placeholderText()
