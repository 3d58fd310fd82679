"""Words for people: on a factsheet with a broken rule and a text that does not fit, with the
editor in Dutch, no visible widget shows an internal id or a YAML line number, nor do the
dialogs that name places (new edition, compare, delete, recovery)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabBar,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from infographic_app.gui.compare_view import CompareView
from infographic_app.gui.edition_dialog import NewEditionDialog
from infographic_app.gui.lifecycle import describe as _describe
from infographic_app.gui.rich_text_edit import RichTextEdit
from infographic_app.model.addressing import elements
from infographic_app.model.changes import document_changes
from infographic_app.model.editions import year_mentions
from infographic_app.model.reading import load_document

SOURCE = Path(__file__).resolve().parents[2] / "data" / "factsheet-2019.yaml"
PATH_OR_LINE = re.compile(r"\b(blocks|figures|rules|metadata|pages)\.[a-z_]\w*|\((regel|line) "
                          r"\d+\)")


def _texts(top: QWidget) -> list[str]:
    """Every text a person sees in `top` and its visible children. The rich text fields are
    left out: they hold the factsheet's own text with its {figure} references."""
    found = [top.windowTitle()]
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or isinstance(widget, RichTextEdit) or \
                isinstance(widget.parent(), RichTextEdit):
            continue
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            found += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            found += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QTreeWidget):
            items = [widget.topLevelItem(i) for i in range(widget.topLevelItemCount())]
            while items:
                item = items.pop()
                found += [item.text(c) for c in range(widget.columnCount())]
                items += [item.child(i) for i in range(item.childCount())]
        elif isinstance(widget, QTextEdit):
            found.append(widget.toPlainText())
    return found


def _internal_names(document, texts: list[str]) -> list[str]:
    """The texts that show a YAML path, a line number or a snake_case id of `document`."""
    ids = {*document.figures, *(r.id for r in document.rules),
           *(e.id.rsplit(".", 1)[-1] for e in elements(document))}
    snake = re.compile(r"\b(" + "|".join(sorted((re.escape(i) for i in ids if "_" in i),
                                                 key=len, reverse=True)) + r")\b")
    return [text for text in texts if PATH_OR_LINE.search(text) or snake.search(text)]


def test_no_visible_widget_shows_an_internal_name(qtbot, make_window, tmp_path, dutch):
    copy = tmp_path / "factsheet.yaml"
    text = SOURCE.read_text(encoding="utf-8")
    text = text.replace("    value: 34\n", "    value: 35\n", 1)  # the sum rule breaks
    text = text.replace("    kind: donut\n        figures:\n        - perpetrator_partner\n"
                        "        - perpetrator_social\n",
                        "    kind: donut\n        figures:\n        - perpetrator_social\n"
                        "        - perpetrator_partner\n", 1)
    text = text.replace("helpwanted.nl, 113-online en het Centrum", " ".join(
        ["Meer tekst die niet meer op de pagina past."] * 60) + " Centrum", 1)  # too long
    copy.write_text(text, encoding="utf-8")
    window = make_window(copy)
    document = window.session.document
    window.session.language = "nl"
    window.session.run_checks()
    QApplication.processEvents()
    messages = [window.checks.topLevelItem(i).text(1)
                for i in range(window.checks.topLevelItemCount())]
    assert any("tellen niet op" in m for m in messages)  # the broken rule is listed
    assert any("past niet" in m for m in messages)  # and the text that does not fit
    assert _internal_names(document, _texts(window)) == []

    edition = NewEditionDialog(document, year_mentions(document, "2019"))
    qtbot.addWidget(edition)
    edition.show()
    assert _internal_names(document, _texts(edition)) == []

    compare = CompareView(window.session, window.compare_with_file, load_document(SOURCE),
                          "factsheet-2019.yaml", window)
    qtbot.addWidget(compare)
    compare.show()
    plain = compare.browser.toPlainText()
    assert "Andere wijzigingen" in plain and "'sociale omgeving'" in plain
    assert _internal_names(document, _texts(compare)) == []

    window.dialogs.remove_uses = False
    window.forms.actions.remove_figure("perpetrator_partner")
    places = window.dialogs.problem_lists[-1]
    assert places[0] == "de tekst van Thema 'partner = pleger'"
    assert _internal_names(document, places) == []

    changes = [_describe(c, document) for c in document_changes(load_document(SOURCE),
                                                                 document)]
    assert changes and _internal_names(document, changes) == []


def test_qt_s_own_dialogs_speak_dutch(dutch):
    """PySide6 ships qtbase_nl.qm: the file dialog's own words are Dutch."""
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
    assert QCoreApplication.translate("QFileDialog", "Files of type:") == "Bestanden van type:"


def test_the_severity_column_fits_waarschuwing_and_buttons_say_which_figure(
        qtbot, make_window, tmp_path, dutch):
    from infographic_app.gui.checks_panel import ChecksPanel
    from infographic_app.model.editions import start_edition
    from infographic_app.model.writing import save_document

    path = tmp_path / "factsheet-2020.yaml"
    save_document(start_edition(load_document(SOURCE), 2020), path)
    window = make_window(path)
    window.session.language = "nl"
    panel = ChecksPanel(window.session)  # made in Dutch, as the editor makes it
    qtbot.addWidget(panel)
    panel.refresh()
    needed = panel.fontMetrics().horizontalAdvance("Waarschuwing") + 16  # text and icon
    assert panel.columnWidth(0) >= needed
    window.forms.focus_field("figures.visitors_minor.value")  # its group is built
    confirm = window.forms.confirm_buttons["visitors_minor"]
    assert confirm.accessibleName() == "Bevestig ongewijzigd: minderjarige slachtoffers"
    item = next(panel.topLevelItem(i) for i in range(panel.topLevelItemCount())
                if panel.topLevelItem(i).text(2).startswith("Cijfer 'minderjarige"))
    button = panel.itemWidget(item, 3)
    assert button.accessibleName() == (
        "Bevestig ongewijzigd: Cijfer 'minderjarige slachtoffers' › Waarde")


def test_f6_moves_between_panels_and_ctrl_f_opens_find(qtbot, window):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence

    window.activateWindow()
    window.next_panel(1)
    assert window.forms.isAncestorOf(QApplication.focusWidget()) or \
        QApplication.focusWidget() is window.forms
    window.next_panel(1)
    assert QApplication.focusWidget() is window.preview or \
        window.preview.isAncestorOf(QApplication.focusWidget())
    find = next(a for a in window.findChildren(type(window.undo_action))
                if a.text() == "&Find…")
    assert QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_F) in find.shortcuts()
    keys = {a.shortcut().toString() for a in window.findChildren(type(window.undo_action))}
    assert {"F6", "Shift+F6"} <= keys
