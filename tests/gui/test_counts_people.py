"""A figure the user adds is checked for small counts: the New figure dialog asks whether it
counts people (ticked for a count or an estimate), and the Figures table shows and edits it.
Found by a fresh user: a new count of 6 was published with "No problems found"."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from infographic_app.gui.figures_table import LABEL, PEOPLE
from infographic_app.gui.new_figure_dialog import NewFigureDialog
from infographic_app.model.figures import FIGURE_TYPES
from infographic_app.model.reading import load_document

from driving import button, menu_action

BOUW = "bezoekers over arbeidsuitbuiting in de bouw"
NETWORKS = "blocks.themes.themes.networks.visual"  # a chart of key figures


def _checks(window) -> list[str]:
    """The messages of the checks list, as the user reads them."""
    window.session.run_checks()
    QApplication.processEvents()
    return [window.checks.topLevelItem(i).text(1)
            for i in range(window.checks.topLevelItemCount())]


def _small_count(window) -> list[str]:
    return [m for m in _checks(window) if m.startswith(f"'{BOUW}'") and "fewer than 10" in m]


def _row(table, label: str) -> int:
    table.refresh()
    return next(r for r in range(table.table.rowCount())
                if table.table.item(r, LABEL).text() == label)


def test_a_new_count_of_6_made_in_the_editor_is_warned_about_in_the_checks_list(qtbot,
                                                                                window):
    """Made with the chart's "New figure…", as the fresh user did."""
    window.dialogs.new_figure = (BOUW, "count", "6")  # as the dialog answers by default
    menu_action(button(window, f"chart_add:{NETWORKS}"), "chart_new_figure").trigger()
    assert _small_count(window) == [
        f"'{BOUW}' prints 6 people, fewer than 10: a count this small can point to a person; "
        "print it as 'minder dan 10', merge it with another category, or confirm it with a "
        "reason"]


def test_the_new_figure_dialog_ticks_counts_people_for_a_count_only(qtbot):
    dialog = NewFigureDialog(None, BOUW, list(FIGURE_TYPES))
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("count"))
    assert dialog.people.isChecked() and dialog.people.isEnabled()
    assert dialog.people.text() == "Counts people"
    dialog.value.setText("6")
    assert dialog.answer().people
    dialog.kind.setCurrentIndex(dialog.kind.findData("percentage"))
    assert not dialog.people.isChecked() and not dialog.people.isEnabled()
    assert not dialog.answer().people
    dialog.kind.setCurrentIndex(dialog.kind.findData("estimate"))
    dialog.people.setChecked(False)  # a count of conversations, not of people
    assert not dialog.answer().people


def test_the_figures_table_shows_and_edits_whether_a_count_counts_people(qtbot, window):
    window.dialogs.new_figure = (BOUW, "count", "6", False)  # unticked in the dialog
    window.findChild(QPushButton, "figures_new").click()
    figure_id = next(f for f, figure in window.session.document.figures.items()
                     if figure.label == BOUW)
    window.actions.add_chart_figure(NETWORKS, figure_id)  # printed
    assert not _small_count(window)
    table = window.figures_table
    assert table.table.horizontalHeaderItem(PEOPLE).text() == "Counts people"
    cell = table.table.item(_row(table, BOUW), PEOPLE)
    assert cell.checkState() == Qt.CheckState.Unchecked
    cell.setCheckState(Qt.CheckState.Checked)
    assert _small_count(window)
    assert table.table.item(_row(table, BOUW), PEOPLE).checkState() == Qt.CheckState.Checked
    assert window.files.save()
    assert load_document(window.session.path).figures[figure_id].unit == "personen"
    table.table.item(_row(table, BOUW), PEOPLE).setCheckState(Qt.CheckState.Unchecked)
    assert not _small_count(window)
    assert window.files.save()  # read back without an empty unit refused
    assert load_document(window.session.path).figures[figure_id].unit == ""
    percentage = table.table.item(_row(table, "(ex-)partner"), PEOPLE)
    assert not percentage.flags() & Qt.ItemFlag.ItemIsUserCheckable
