"""In the real window: the doubled unit sign fixed from the checks list in one undo step, and
the Figures table showing what the factsheet holds after a refused value."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from infographic_app.gui.figures_table import ID_ROLE, TYPE, VALUE


def settle(qtbot, window):
    for _ in range(3):
        QApplication.processEvents()
    qtbot.waitUntil(lambda: not window.forms._rebuild_timer.isActive())


THEME_TEXT = "blocks.themes.themes.long_exploitation.text"


def test_a_doubled_percent_sign_is_removed_in_one_click_and_one_undo_step(qtbot, window):
    session = window.session
    before = session.value(THEME_TEXT)
    session.edit(THEME_TEXT, before.replace("({exploited_now})", "({exploited_now}%)"),
                 "typing")
    session.end_typing_step()
    settle(qtbot, window)
    session.run_checks()
    fix = window.checks.findChild(QPushButton, f"fix:unit_sign:{THEME_TEXT}")
    assert fix is not None and fix.text() == "Remove the doubled sign"
    fix.click()
    settle(qtbot, window)
    assert session.value(THEME_TEXT) == before
    session.run_checks()
    assert not [p for p in session.problems if p.fix.startswith("unit_sign:")]
    session.undo_stack.undo()
    assert "({exploited_now}%)" in session.value(THEME_TEXT)


def _type_into_cell(qtbot, table, row, column, text):
    """Type `text` into a cell as a person does: open its editor, type, press Enter."""
    table.table.setCurrentCell(row, column)
    table.table.editItem(table.table.item(row, column))
    editor = table.table.focusWidget()
    if not isinstance(editor, QLineEdit):
        editor = table.table.viewport().findChild(QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def test_the_figures_table_shows_what_the_factsheet_holds_after_a_refused_value(qtbot, window):
    table = window.figures_table
    window.docks["figures_table"].raise_()
    table.refresh()
    table.select("exploited_now")
    row = table.table.currentRow()
    _type_into_cell(qtbot, table, row, VALUE, "91.5")
    qtbot.waitUntil(lambda: table.table.item(row, VALUE).text() == "92,9")
    assert window.session.document.figures["exploited_now"].value == 92.9
    title, text = window.dialogs.errors[-1]
    assert text == ("in een uitbuitingssituatie tijdens het chatten: '91.5' is not a valid "
                    "value, so the factsheet still shows 92,9%: use a comma for decimals: 91,5")
    _type_into_cell(qtbot, table, row, VALUE, "200")
    qtbot.waitUntil(lambda: table.table.item(row, VALUE).text() == "92,9")
    # A type the value cannot have is refused too, and the cell shows the type held.
    table.table.item(row, TYPE).setData(ID_ROLE + 2, "count")
    qtbot.waitUntil(lambda: table.table.item(row, TYPE).data(ID_ROLE + 2) == "percentage")
    assert window.session.document.figures["exploited_now"].type == "percentage"
