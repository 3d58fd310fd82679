"""What a second fresh user found making the 2020 edition (issue 22 follow-up): the form's
list of a chart's figures kept saying '7 bezoekers over criminele uitbuiting' after 8 was
typed and 'minder dan 10' chosen; the editor named the previous edition's values by a bare
year ('2019'), which readers take for the year of the data."""

from PySide6.QtWidgets import QApplication

from driving import scroll_forms_to, type_into

CRIMINAL_CHART = "blocks.themes.themes.criminal_exploitation.visual"
INTRO_PART = "blocks.intro.visual.part"


def _chart_list(window) -> list[str]:
    scroll_forms_to(window, CRIMINAL_CHART)
    chart = window.forms.chart_editors[CRIMINAL_CHART].list
    return [chart.item(row).text() for row in range(chart.count())]


def _settled(qtbot, window, wanted) -> None:
    QApplication.processEvents()
    qtbot.waitUntil(lambda: wanted() is True)


def test_a_charts_figure_list_follows_the_value_its_suppression_and_undo(qtbot, window):
    assert _chart_list(window)[0] == "7   bezoekers over criminele uitbuiting"
    type_into(qtbot, window, "figures.criminal_visitors.value", "8")
    _settled(qtbot, window,
             lambda: _chart_list(window)[0] == "8   bezoekers over criminele uitbuiting")
    window.actions.set_figure_attribute("criminal_visitors", "suppressed", True)
    _settled(qtbot, window, lambda: _chart_list(window)[0]
             == "minder dan 10   bezoekers over criminele uitbuiting")
    window.session.undo_stack.undo()
    _settled(qtbot, window,
             lambda: _chart_list(window)[0] == "8   bezoekers over criminele uitbuiting")
    window.actions.set_figure_attribute("criminal_visitors", "label", "bezoekers, crimineel")
    _settled(qtbot, window, lambda: _chart_list(window)[0] == "8   bezoekers, crimineel")
    assert all(window.forms.chart_editors[CRIMINAL_CHART].list.item(row).toolTip()
               != "criminal_visitors" for row in range(2))  # no internal id on show


def test_a_figure_drop_down_follows_the_value_that_tells_two_labels_apart(qtbot, window):
    label = window.session.document.figures["criminal_victims"].label
    window.actions.set_figure_attribute("criminal_visitors", "label", label)
    QApplication.processEvents()
    scroll_forms_to(window, INTRO_PART)
    box = window.forms.editor_for(INTRO_PART)
    names = [box.itemText(index) for index in range(box.count())]
    assert f"{label} (7)" in names, names
    type_into(qtbot, window, "figures.criminal_visitors.value", "8")
    _settled(qtbot, window, lambda: f"{label} (8)" in [
        box.itemText(index) for index in range(box.count())])
    assert f"{label} (7)" not in [box.itemText(index) for index in range(box.count())]
    window.session.undo_stack.undo()
    _settled(qtbot, window, lambda: f"{label} (7)" in [
        box.itemText(index) for index in range(box.count())])


def _edition_2020(qtbot, window):
    window.dialogs.new_edition = ("2020", ["metadata.title", "blocks.header.title"])
    window.files.new_edition()
    type_into(qtbot, window, "figures.visitors_total.value", "341")


def test_the_history_bars_are_named_as_editions_in_dutch(qtbot, window, dutch):
    qtbot.waitUntil(lambda: window.figures is not None)
    window.dialogs.new_edition = ("2020", ["metadata.title", "blocks.header.title"])
    window.files.new_edition()
    trend = window.figures.trend
    trend.show_figure("visitors_total")
    qtbot.waitUntil(lambda: trend.data is not None and trend.data.figure_id == "visitors_total")
    assert trend.data.editions == ("editie 2019", "editie 2020")
    ticks = [text for _, text in trend.plot.getAxis("bottom")._tickLevels[0]]
    assert ticks == ["editie 2019", "editie 2020"]
    assert trend.note.text() == ("Nog niet bijgewerkt: de gearceerde staaf van editie 2020 is "
                                 "nog de waarde van editie 2019.")


def test_the_compare_view_names_editions_in_dutch(qtbot, window, dutch):
    _edition_2020(qtbot, window)
    window.compare_with_previous()
    assert "editie 2019 (geschiedenis) → editie 2020 (geopend)" in window.compare_view.text()


def test_the_new_edition_dialog_names_the_values_kept_as_the_editions(qtbot, window, dutch):
    from PySide6.QtWidgets import QLabel

    from infographic_app.gui.edition_dialog import NewEditionDialog

    dialog = NewEditionDialog(window.session.document, [], window)
    qtbot.addWidget(dialog)
    words = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Elk cijfer bewaart zijn waarde van editie 2019 in zijn geschiedenis" in words
