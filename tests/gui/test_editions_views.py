"""Compare view, trend chart, find and replace, and Confirm unchanged on the real window."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QPushButton

from infographic_app.gui.compare_view import ADDED_STYLE, REMOVED_STYLE
from infographic_app.gui.figure_panel import BRAND
from infographic_app.model.fields import set_field
from infographic_app.model.reading import load_document
from infographic_app.model.storage import dump_yaml
from infographic_app.model.writing import document_to_data

from driving import type_into

CRIMINAL_TEXT = "blocks.themes.themes.criminal_exploitation.text"


def _edition_2020(qtbot, window):
    window.dialogs.new_edition = ("2020", ["metadata.title", "blocks.header.title"])
    window.files.new_edition()
    type_into(qtbot, window, "figures.visitors_total.value", "283")
    type_into(qtbot, window, "figures.exploited_now.value", "91,5")


def test_compare_with_the_previous_edition(qtbot, window):
    _edition_2020(qtbot, window)
    window.compare_with_previous()
    view = window.compare_view
    assert view.isVisible()
    shown = view.text()
    assert "edition 2019 (history) → edition 2020 (open)" in shown
    assert "unieke bezoekers met een hulpvraag over mensenhandel" in shown.lower() or \
        "299" in shown
    rows = [(f.before, f.after, f.change) for f in view.comparison.figures]
    assert rows == [("299", "283", "-5%"), ("92,9%", "91,5%", "-1,4 procentpunt")]
    assert "299\n→\n283\n-5%" in view.browser.toPlainText()
    assert "texts" in shown  # says texts need last year's file
    # Typing goes on while the view is open: it follows.
    type_into(qtbot, window, "figures.visitors_victim.value", "250")
    qtbot.waitUntil(lambda: "265\n→\n250\n-6%" in view.browser.toPlainText())


def test_compare_with_another_factsheet_marks_words(qtbot, window, tmp_path):
    other = load_document(window.session.path)
    other.edition = "2020"
    set_field(other, CRIMINAL_TEXT, other.figures and
              window.session.value(CRIMINAL_TEXT).replace("In 2019 kwamen", "In 2020 kwamen"))
    set_field(other, "figures.visitors_total.value", 283)
    path = tmp_path / "factsheet-2020.yaml"
    path.write_text(dump_yaml(document_to_data(other)), encoding="utf-8")
    window.dialogs.compare_with = path
    window.compare_with_file()
    view = window.compare_view
    # the later one right
    assert "edition 2019 (open) → edition 2020 (factsheet-2020.yaml)" in view.text()
    [text] = view.comparison.texts
    assert text.field == CRIMINAL_TEXT
    html = view.browser.toHtml()
    assert "2019" in view.browser.toPlainText() and "2020" in view.browser.toPlainText()
    plain = view.browser.toPlainText()
    assert "Theme 'criminele uitbuiting' › Text\nIn 2019 2020 kwamen voor het eerst" in plain
    assert "line-through" in html and REMOVED_STYLE and ADDED_STYLE
    assert "299\n→\n283\n-5%" in plain


def test_compare_without_history_says_what_to_do(window):
    window.compare_with_previous()
    [(title, text)] = window.dialogs.errors
    assert "first edition" in text and window.compare_view is None


def test_trend_chart_shows_the_focused_figure_over_the_editions(qtbot, window):
    qtbot.waitUntil(lambda: window.figures is not None)
    _edition_2020(qtbot, window)
    window.activateWindow()  # as after a click into it
    qtbot.waitUntil(window.isActiveWindow)
    window.forms.focus_field("figures.visitors_total.value")
    trend = window.figures.trend
    qtbot.waitUntil(lambda: trend.data is not None and trend.data.figure_id == "visitors_total")
    assert trend.data.editions == ("edition 2019", "edition 2020")
    assert trend.data.values == (299.0, 283.0)
    assert trend.data.texts == ("299", "283")
    assert trend.bar_heights() == [299.0, 283.0]
    image = trend.plot_widget.grab().toImage()
    brand = QColor(BRAND)
    assert any(image.pixelColor(x, y) == brand for x in range(0, image.width(), 2)
               for y in range(0, image.height(), 2))
    # Clicking another figure in the form shows that one; a percentage keeps its notation.
    window.forms.focus_field("figures.exploited_now.value")
    qtbot.waitUntil(lambda: trend.data.figure_id == "exploited_now")
    assert trend.data.texts == ("92,9%", "91,5%")


def _brand_share(trend) -> float:
    """The share of the chart's pixels in the brand colour (a solid bar is many, a hatched
    one few)."""
    image = trend.plot_widget.grab().toImage()
    brand = QColor(BRAND)
    pixels = [(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)]
    return sum(image.pixelColor(x, y) == brand for x, y in pixels) / len(pixels)


def test_a_value_not_yet_updated_is_drawn_as_a_placeholder_not_as_data(qtbot, window):
    """Right after New edition, last year's 299 stands in for 2020's: the chart must not show
    it as this year's number (a hatched bar and a note), until it is typed or confirmed."""
    qtbot.waitUntil(lambda: window.figures is not None)
    window.dialogs.new_edition = ("2020", ["metadata.title", "blocks.header.title"])
    window.files.new_edition()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.forms.focus_field("figures.visitors_total.value")
    trend = window.figures.trend
    qtbot.waitUntil(lambda: trend.data is not None and trend.data.figure_id == "visitors_total")
    assert trend.data.not_updated
    assert trend.note.text() == ("Not yet updated: the hatched bar of edition 2020 is still "
                                 "the value of edition 2019.")
    hatched = _brand_share(trend)
    type_into(qtbot, window, "figures.visitors_total.value", "341")
    window.forms.focus_field("figures.visitors_total.value")
    qtbot.waitUntil(lambda: not trend.data.not_updated)
    assert trend.note.text() == ""
    assert _brand_share(trend) > 2 * hatched  # solid now


def test_last_years_value_keeps_its_published_decimals_in_trend_and_compare(qtbot, window):
    qtbot.waitUntil(lambda: window.figures is not None)
    _edition_2020(qtbot, window)
    type_into(qtbot, window, "figures.exploited_now.value", "75")
    window.actions.set_figure_attribute("exploited_now", "decimals", 0)
    trend = window.figures.trend
    trend.show_figure("exploited_now")  # as when its field has the focus
    qtbot.waitUntil(lambda: trend.data is not None and trend.data.figure_id == "exploited_now"
                    and trend.data.texts[-1] == "75%")
    assert trend.data.texts == ("92,9%", "75%")  # not 93%
    window.compare_with_previous()
    rows = [(f.before, f.after, f.change) for f in window.compare_view.comparison.figures
            if f.figure_id == "exploited_now"]
    assert rows == [("92,9%", "75%", "-17,9 procentpunt")]


def test_find_and_replace_chosen_matches_is_one_undo_step(qtbot, window):
    before = dump_yaml(document_to_data(window.session.document))
    steps = window.session.undo_stack.count()
    window.find_replace()
    dialog = window.find_dialog
    dialog.find.setText("2019")
    dialog.replacement.setText("2020")
    dialog.refresh()
    assert [m.field for m in dialog.matches] == [
        "metadata.title", "metadata.subject", "blocks.header.title", "blocks.intro.text",
        CRIMINAL_TEXT]
    assert "[2019 → 2020]" in dialog.list.topLevelItem(0).text(1)
    dialog.set_ticked(["metadata.title", "blocks.header.title", "blocks.intro.text"])
    dialog.replace_ticked.click()
    document = window.session.document
    assert document.metadata["title"].endswith("in 2020")
    assert "In 2020 kwam" in window.session.value("blocks.intro.text")
    assert "In 2019 kwamen" in window.session.value(CRIMINAL_TEXT)  # not ticked: kept
    assert document.metadata["subject"].endswith("over 2019")
    assert window.session.undo_stack.count() == steps + 1
    assert [m.field for m in dialog.matches] == ["metadata.subject", CRIMINAL_TEXT]
    window.undo_action.trigger()
    QApplication.processEvents()
    assert dump_yaml(document_to_data(window.session.document)) == before
    assert window.forms.editor_for("metadata.title").text().endswith("in 2019")


def test_find_never_touches_figure_references_unless_asked(window):
    window.find_replace()
    dialog = window.find_dialog
    dialog.find.setText("visitors_other")
    dialog.refresh()
    assert dialog.matches == [] and not dialog.replace_all.isEnabled()
    dialog.in_references.setChecked(True)
    dialog.refresh()
    assert len(dialog.matches) == 1


def test_a_match_in_a_figures_printed_value_is_shown_but_never_replaced(window):
    window.find_replace()
    dialog = window.find_dialog
    dialog.find.setText("29 van de geschatte")
    dialog.replacement.setText("dertig van de geschatte")
    dialog.refresh()
    assert len(dialog.matches) == 2
    item = dialog.list.topLevelItem(0)
    assert "(in the figure 'in beeld bij de autoriteiten': change the figure" in item.text(1)
    assert not item.flags() & Qt.ItemFlag.ItemIsUserCheckable
    before = window.session.value("blocks.intro.text")
    steps = window.session.undo_stack.count()
    dialog.replace_all.click()
    assert window.session.value("blocks.intro.text") == before
    assert window.session.undo_stack.count() == steps


def test_find_shows_the_texts_around_a_match_as_printed(window):
    """The list quotes the words around each match as the page prints them: a figure as its
    value, never a `{reference}`; searching the references themselves shows them as typed."""
    window.find_replace()
    dialog = window.find_dialog
    dialog.find.setText("2018")
    dialog.replacement.setText("2019")
    dialog.refresh()
    shown = [dialog.list.topLevelItem(i).text(1) for i in range(dialog.list.topLevelItemCount())]
    assert any("[2018 → 2019] kwamen slechts 29 van de" in text for text in shown)
    dialog.find.setText("29 van de geschatte")
    dialog.refresh()
    shown += [dialog.list.topLevelItem(i).text(1) for i in range(dialog.list.topLevelItemCount())]
    assert "[29 van de geschatte]" in shown[-1] or "[29 van de geschatte]" in shown[-2]
    assert not any("{" in text for text in shown)
    dialog.find.setText("minors_seen")
    dialog.replacement.setText("")
    dialog.in_references.setChecked(True)
    dialog.refresh()
    assert "slechts {[minors_seen → ]} van de" in dialog.list.topLevelItem(0).text(1)


def test_confirm_unchanged_on_the_figure_row(qtbot, window):
    _edition_2020(qtbot, window)
    QApplication.processEvents()
    button = window.forms.findChild(QPushButton, "confirm:minors_seen")
    assert button.isVisible()
    assert window.forms.findChild(QPushButton, "confirm:visitors_total").isHidden()
    button.click()
    assert window.session.document.figures["minors_seen"].updated
    assert button.isHidden()
    window.undo_action.trigger()
    assert not window.session.document.figures["minors_seen"].updated
    assert button.isVisible()


def test_typing_last_years_value_again_in_the_figures_table_confirms_it(qtbot, window):
    """The user looked up this edition's number and it is the same as last year's: typing it
    over the old one in the Figures table counts as updating the figure, as the confirm button
    would (one undo step takes it back)."""
    from infographic_app.gui.figures_table import VALUE

    _edition_2020(qtbot, window)
    assert not _figure(window).updated
    table = window.figures_table
    table.refresh()
    table.select("criminal_victims")
    cell = table.table.item(table.table.currentRow(), VALUE)
    table.table.editItem(cell)  # F2, as she did
    editor = table.table.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "5")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert _figure(window).updated
    assert window.forms.findChild(QPushButton, "confirm:criminal_victims").isHidden()
    window.undo_action.trigger()
    assert not _figure(window).updated


def _figure(window):
    return window.session.document.figures["criminal_victims"]
