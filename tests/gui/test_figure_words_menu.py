"""Insert figure offers a figure in words ('{figure:words}') beside the figure itself."""

from PySide6.QtWidgets import QApplication, QToolButton

from infographic_app.gui.forms import RichTextEdit

THEME = "blocks.themes.themes.long_exploitation.text"


def _figure_menu(window, field):
    """The Insert figure menu of the text field `field`, opened as a click opens it."""
    editor = window.forms.editor_for(field)  # builds the form section when not yet built
    assert isinstance(editor, RichTextEdit)
    [button] = [b for b in editor.parentWidget().findChildren(QToolButton) if b.menu()]
    menu = button.menu()
    menu.aboutToShow.emit()
    return editor, button, [action.text() for action in menu.actions()], menu


def test_insert_figure_offers_the_words_of_a_figure_and_types_them(qtbot, window):
    editor, button, texts, menu = _figure_menu(window, THEME)
    assert button.text() == "Insert figure"
    label = window.session.document.figures["exploited_now"].label
    at = texts.index(f"92,9%  {label}")
    assert texts[at + 1:at + 3] == ["    number: 92,9", "    in words: ruim negen van de tien"]
    assert "    in words: zeven" in texts  # criminal_visitors, a count of 7
    figure_17_7 = texts.index(f"17,7  {window.session.document.figures['average_age'].label}")
    assert not texts[figure_17_7 + 1].startswith("    in words")
    assert not texts[figure_17_7 + 2].startswith("    in words")  # a decimal has no words
    editor.setPlainText("In  gevallen")
    cursor = editor.textCursor()
    cursor.setPosition(3)
    editor.setTextCursor(cursor)
    menu.actions()[at + 2].trigger()
    assert editor.toPlainText() == "In {exploited_now:words} gevallen"
    QApplication.processEvents()
    assert window.session.value(THEME) == "In {exploited_now:words} gevallen"
    assert window.session.document.resolve(window.session.value(THEME)) == \
        "In ruim negen van de tien gevallen"


def test_the_words_entry_speaks_dutch(qtbot, dutch, make_window, tmp_path):
    from pathlib import Path

    copy = tmp_path / "factsheet.yaml"
    copy.write_bytes((Path(__file__).resolve().parents[2] / "data" / "factsheet-2019.yaml")
                     .read_bytes())
    window = make_window(copy)
    _, button, texts, _ = _figure_menu(window, THEME)
    assert button.text() == "Cijfer invoegen"
    assert "    in woorden: ruim negen van de tien" in texts
