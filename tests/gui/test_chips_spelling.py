"""Text fields: figures as chips (inserted, moved, deleted and undone as one character,
stored as references) and spelling checked as you type."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu, QToolButton

from infographic_app.gui.figure_chips import CHIP_TYPE, OBJECT, chip_text
from infographic_app.gui.rich_text_edit import RichTextEdit
from infographic_app.gui.spelling_marks import add_spelling_actions

THEME = "blocks.themes.themes.long_exploitation.text"
ABOUT = "blocks.about.text"


def _editor(window, field) -> RichTextEdit:
    editor = window.forms.editor_for(field)
    assert isinstance(editor, RichTextEdit)
    return editor


def _cursor_at(editor, position, anchor=None):
    cursor = editor.textCursor()
    cursor.setPosition(position if anchor is None else anchor)
    if anchor is not None:
        cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    return cursor


def _chips(editor) -> list[str]:
    """The chips the field shows, as their painter draws them, in order."""
    shown = []
    block = editor.document().begin()
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.charFormat().objectType() == CHIP_TYPE:
            shown += [editor.chips.text_of(str(fragment.charFormat().property(
                QTextCharFormat.Property.UserProperty + 1)))] * len(fragment.text())
        it += 1
    return shown


def test_a_reference_shows_as_one_chip_with_the_value_and_label(qtbot, window):
    editor = _editor(window, THEME)
    stored = window.session.value(THEME)
    assert "{" in stored
    shown = editor.document().toPlainText()
    assert "{" not in shown and OBJECT in shown
    assert editor.toPlainText() == stored
    assert _chips(editor)[0] == chip_text(window.session.document, "{exploited_now}")
    assert _chips(editor)[0].startswith("92,9% · ")


def test_a_chip_follows_its_figure_typed_elsewhere_and_undone(qtbot, window):
    """The chip shows the figure's value and label as they are after each edit of the
    figure (in its own fields), and as they were after undo."""
    editor = _editor(window, THEME)
    session = window.session
    for field, value, shown in (("figures.exploited_now.value", 93.4, "93,4% · "),
                                ("figures.exploited_now.label", "nu uitgebuit", "93,4% · nu "
                                 "uitgebuit"),
                                ("figures.visitors_total.value", 421, "93,4% · nu uitgebuit")):
        session.edit(field, value, "edit")
        qtbot.waitUntil(lambda: session.current_scene() is not None)
        assert _chips(editor)[0].startswith(shown), field
    for _ in range(3):
        session.undo_stack.undo()
    qtbot.waitUntil(lambda: session.current_scene() is not None)
    assert _chips(editor)[0] == chip_text(session.document, "{exploited_now}")
    assert _chips(editor)[0].startswith("92,9% · ")


def test_a_chip_is_inserted_moved_deleted_and_undone_as_one_character(qtbot, window,
                                                                      tmp_path):
    editor = _editor(window, ABOUT)
    original = (tmp_path / "factsheet.yaml").read_text(encoding="utf-8")
    editor.setFocus()
    editor.setPlainText("In  gevallen")
    QApplication.processEvents()
    _cursor_at(editor, 3)
    editor.insert_reference("exploited_now", "words")
    assert editor.document().toPlainText() == f"In {OBJECT} gevallen"  # one character
    assert _chips(editor) == [chip_text(window.session.document, "{exploited_now:words}")]
    assert _chips(editor)[0].startswith("ruim negen van de tien · ")
    qtbot.keyClicks(editor, "x")  # typed beside a chip: text, not another chip
    assert editor.toPlainText() == "In {exploited_now:words}x gevallen"
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    QApplication.processEvents()
    assert window.session.value(ABOUT) == "In {exploited_now:words} gevallen"
    # Moved: cut and pasted at the end, it is still the chip, not its text.
    _cursor_at(editor, 4, anchor=3)
    editor.cut()
    _cursor_at(editor, len(editor.document().toPlainText()))
    editor.paste()
    assert editor.document().toPlainText() == f"In  gevallen{OBJECT}"
    assert editor.toPlainText() == "In  gevallen{exploited_now:words}"
    window.session.end_typing_step()
    QApplication.processEvents()
    window.files.save()  # stored as the reference, as typed in the file
    assert "  In  gevallen{exploited_now:words}\n" in \
        (tmp_path / "factsheet.yaml").read_text(encoding="utf-8")
    # Deleted with one backspace.
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.toPlainText() == "In  gevallen"
    window.session.end_typing_step()
    QApplication.processEvents()
    assert window.session.value(ABOUT) == "In  gevallen"
    window.session.undo_stack.undo()  # the factsheet's undo brings the chip back
    QApplication.processEvents()
    assert editor.toPlainText() == "In  gevallen{exploited_now:words}"
    assert OBJECT in editor.document().toPlainText()
    while window.session.undo_stack.canUndo():
        window.session.undo_stack.undo()
    window.files.save()
    assert (tmp_path / "factsheet.yaml").read_text(encoding="utf-8") == original


def test_a_typed_reference_becomes_a_chip_and_text_in_braces_stays(qtbot, window):
    editor = _editor(window, ABOUT)
    editor.setPlainText("")
    editor.setFocus()
    qtbot.keyClicks(editor, "Al {average_age} jaar in {2019}")
    assert editor.document().toPlainText() == f"Al {OBJECT} jaar in {{2019}}"
    QApplication.processEvents()
    assert window.session.value(ABOUT) == "Al {average_age} jaar in {2019}"


def test_insert_figure_offers_the_forms_a_figure_has(qtbot, window):
    editor = _editor(window, THEME)
    [button] = [b for b in editor.parentWidget().findChildren(QToolButton) if b.menu()]
    button.menu().aboutToShow.emit()
    texts = [action.text() for action in button.menu().actions()]
    document = window.session.document
    at = texts.index(f"92,9%  {document.figures['exploited_now'].label}")
    assert texts[at + 1] == "    number: 92,9"
    assert texts[at + 2] == "    in words: ruim negen van de tien"
    # The 2019 factsheet has no previous edition: no change, no previous value offered.
    assert not any(t.startswith("    change") or t.startswith("    previous") for t in texts)


def test_insert_figure_offers_change_and_previous_in_a_later_edition(qtbot, make_window):
    from pathlib import Path

    window = make_window(Path(__file__).resolve().parents[1] / "fixtures"
                         / "factsheet-2020.yaml")
    editor = _editor(window, "blocks.about.text")
    [button] = [b for b in editor.parentWidget().findChildren(QToolButton) if b.menu()]
    button.menu().aboutToShow.emit()
    texts = [action.text() for action in button.menu().actions()]
    assert any(t.startswith("    change: ") for t in texts)
    assert any(t.startswith("    previous edition: ") for t in texts)
    action = next(a for a in button.menu().actions() if a.text().startswith("    change: "))
    editor.setPlainText("")
    action.trigger()
    assert editor.toPlainText().endswith(":change}")


def _underlined(editor, last: bool = False) -> list[tuple[int, int]]:
    """The underlined spans of the field's first (or last) paragraph."""
    document = editor.document()
    formats = (document.lastBlock() if last else document.firstBlock()).layout().formats()
    return [(f.start, f.length) for f in formats if f.format.underlineStyle()
            == QTextCharFormat.UnderlineStyle.SpellCheckUnderline]


def test_a_keystroke_never_waits_for_the_dictionary(qtbot, window, monkeypatch):
    """Hunspell takes up to a fifth of a second for a long Dutch compound, and a word grows a
    letter a keystroke: the dictionary is asked only once typing pauses, then the field is
    marked."""
    from infographic_app.checks import spelling

    asked_while_typing, typing = [], [True]
    real = spelling._spelled

    def spelled(word, locale):
        if typing[0]:
            asked_while_typing.append(word)
        return real(word, locale)

    monkeypatch.setattr(spelling, "_spelled", spelled)
    editor = _editor(window, ABOUT)
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " arbeidsuitbuitingsbestrijdingsprogrammaa qzxwvyt")
    typing[0] = False
    assert asked_while_typing == []
    end = len(editor.document().lastBlock().text())
    qtbot.waitUntil(lambda: (end - 7, 7) in _underlined(editor, last=True))


def test_a_misspelled_word_is_underlined_and_the_right_one_suggested(qtbot, window):
    editor = _editor(window, ABOUT)
    editor.setPlainText("De staatsecretaris en de staatssecretaris")
    qtbot.waitUntil(lambda: _underlined(editor) == [(3, 15)])  # once typing pauses
    menu = QMenu()
    menu.addAction("Copy")
    add_spelling_actions(menu, editor, _cursor_at(editor, 6))
    texts = [a.text() for a in menu.actions()]
    assert texts[0] == "staatssecretaris"
    assert "Add to the factsheet's word list" in texts
    menu.actions()[0].trigger()
    assert editor.toPlainText() == "De staatssecretaris en de staatssecretaris"
    menu = QMenu()
    add_spelling_actions(menu, editor, _cursor_at(editor, 6))
    assert menu.actions() == []  # spelled right: nothing offered


def test_add_to_word_list_is_stored_in_the_factsheet_and_undoable(qtbot, window, tmp_path):
    editor = _editor(window, ABOUT)
    editor.setPlainText("Meld het bij CoMensha")
    QApplication.processEvents()
    menu = QMenu()
    add_spelling_actions(menu, editor, _cursor_at(editor, 15))
    [add] = [a for a in menu.actions() if a.text() == "Add to the factsheet's word list"]
    add.trigger()
    QApplication.processEvents()
    assert "CoMensha" in window.session.document.word_list
    formats = editor.document().firstBlock().layout().formats()
    assert not [f for f in formats if f.format.underlineStyle()
                == QTextCharFormat.UnderlineStyle.SpellCheckUnderline]
    window.files.save()
    assert "- helpwanted.nl\n- CoMensha\n" in (tmp_path / "factsheet.yaml").read_text("utf-8")
    window.session.undo_stack.undo()
    assert "CoMensha" not in window.session.document.word_list


def test_right_click_on_a_word_opens_the_menu_with_suggestions(qtbot, window):
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QContextMenuEvent

    editor = _editor(window, ABOUT)
    editor.setPlainText("De staatsecretaris")
    shown = []

    def read_and_close():
        menu = QApplication.activePopupWidget()
        shown.append([action.text() for action in menu.actions()])
        menu.close()

    QTimer.singleShot(200, read_and_close)
    point = editor.cursorRect(_cursor_at(editor, 6)).center()
    editor.contextMenuEvent(QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                              editor.viewport().mapToGlobal(point)))
    assert shown and shown[0][0] == "staatssecretaris"


def test_undo_puts_the_cursor_where_the_text_changed_behind_a_chip(qtbot, window):
    editor = _editor(window, ABOUT)
    editor.setFocus()
    editor.setPlainText("{visitors_total} bezoekers en {visitors_victim} slachtoffers")
    window.session.end_typing_step()
    QApplication.processEvents()
    _cursor_at(editor, 2)  # after the first chip and its space
    qtbot.keyClicks(editor, "unieke ")
    window.session.end_typing_step()
    window.session.undo_stack.undo()
    QApplication.processEvents()
    assert editor.toPlainText() == "{visitors_total} bezoekers en {visitors_victim} slachtoffers"
    assert editor.textCursor().position() == 2  # where "unieke " was
