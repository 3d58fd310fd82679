"""The Figures table: a column or block copied from a spreadsheet pastes in one step, each
value read as if typed; the Decimals column stays in view."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from infographic_app.gui.figures_table import DECIMALS, LABEL, VALUE


def _table(window):
    window.docks["figures_table"].raise_()
    table = window.figures_table
    table.refresh()
    table.table.sortItems(LABEL)
    return table


def _typed_rows(table, document, count):
    """The first `count` rows in a row of typed (not computed) figures."""
    ids = [table.table.item(r, LABEL).data(Qt.ItemDataRole.UserRole)
           for r in range(table.table.rowCount())]
    for start in range(len(ids) - count + 1):
        if not any(document.figures[f].derived for f in ids[start:start + count]):
            return start, ids[start:start + count]
    raise AssertionError("no typed figures in a row")


def test_a_pasted_column_of_eight_values_lands_in_eight_figures_in_one_step(qtbot, window):
    table = _table(window)
    document = window.session.document
    start, ids = _typed_rows(table, document, 8)
    before = {f: document.figures[f].value for f in ids}
    table.table.setCurrentCell(start, VALUE)
    table.table.setFocus()
    # Copied from Excel/LibreOffice: Dutch and English notation, no-break spaces, the real
    # minus sign where a value may be negative (here: none), a line break after the last.
    pasted = ["1\u00a0300", "12", "1.250", "7", "40", "5", "3", "2"]
    kinds = [document.figures[f].type for f in ids]
    if "percentage" in kinds or "decimal" in kinds:
        pasted = [("12,5" if k in ("percentage", "decimal") else v)
                  for v, k in zip(pasted, kinds, strict=True)]
    QGuiApplication.clipboard().setText("\r\n".join(pasted) + "\r\n")
    count = window.session.undo_stack.count()
    qtbot.keyClick(table.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    values = [document.figures[f].value for f in ids]
    expected = {"1\u00a0300": 1300, "12": 12, "1.250": 1250, "7": 7, "40": 40, "5": 5,
                "3": 3, "2": 2, "12,5": 12.5}
    assert values == [expected[v] for v in pasted]
    assert window.session.undo_stack.count() == count + 1  # one undo step
    window.session.undo_stack.undo()
    assert {f: document.figures[f].value for f in ids} == before


def test_english_notation_and_the_real_minus_sign_are_read(qtbot, window):
    from infographic_app.model.entry import read_pasted

    assert read_pasted("1,234.5", "decimal", "nl-NL") == 1234.5
    assert read_pasted("\u22123,5", "decimal", "nl-NL") == -3.5
    assert read_pasted("1\u202f300", "count", "nl-NL") == 1300
    assert read_pasted("17,7", "decimal", "en-GB") == 17.7


def test_a_block_with_a_wrong_value_pastes_nothing_and_says_which(qtbot, window):
    table = _table(window)
    document = window.session.document
    start, ids = _typed_rows(table, document, 2)
    before = {f: (document.figures[f].value, document.figures[f].shown_decimals) for f in ids}
    table.table.setCurrentCell(start, VALUE)
    assert not table.paste("12\t0\nabc\t1\n")
    assert {f: (document.figures[f].value, document.figures[f].shown_decimals)
            for f in ids} == before
    title, text = window.dialogs.errors[-1]
    assert "'abc' is not a valid value" in text
    # A block of values and decimals pastes both columns.
    assert table.paste("12\t0\n15\t1\n")
    assert [(document.figures[f].value, document.figures[f].shown_decimals)
            for f in ids] == [(12, 0), (15, 1)]


def test_the_decimals_column_is_in_view_beside_the_value_after_an_edit(qtbot, window):
    table = _table(window)
    window.docks["figures_table"].resize(420, 500)
    table.resize(420, 500)
    QApplication.processEvents()
    assert DECIMALS == VALUE + 1
    header = table.table.horizontalHeader()
    assert header.sectionViewportPosition(DECIMALS) + header.sectionSize(DECIMALS) \
        <= table.table.viewport().width()
    start, ids = _typed_rows(table, window.session.document, 1)
    table.table.setCurrentCell(start, DECIMALS)
    table.table.item(start, DECIMALS).setData(Qt.ItemDataRole.EditRole, 2)
    QApplication.processEvents()
    table.refresh()
    assert table.table.currentColumn() == DECIMALS  # not back to the labels
