"""What a fresh user of the 2020 edition met: file dialogs that start in the home folder, a
new edition without a recovery copy, About and Help taller than a laptop's screen, no
printing, and the edition and compare views' blind spots."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from infographic_app.paths import documents_folder

from driving import every_file_dialog_start

SOURCE = Path(__file__).resolve().parents[2] / "data" / "factsheet-2019.yaml"


def _within(inner: QRect, outer: QRect) -> bool:
    return outer.contains(inner.topLeft()) and outer.contains(inner.bottomRight())


def test_save_as_open_compare_and_every_export_start_in_the_factsheet_s_folder(window,
                                                                               tmp_path):
    starts = every_file_dialog_start(window)
    assert len(starts) == 9
    assert all(Path(start) == tmp_path or Path(start).parent == tmp_path
               for start in starts), starts


def test_a_new_edition_is_saved_beside_last_year_s_and_has_a_recovery_copy_at_once(window,
                                                                                    tmp_path):
    window.dialogs.new_edition = ("2020", None)
    window.files.new_edition()
    assert window.session.path is None
    [copy] = (tmp_path / "recovery").glob("*.yaml")  # before any keystroke
    assert "\nedition: 2020\n" in copy.read_text(encoding="utf-8")
    window.dialogs.next_path = None
    window.files.save_as()
    assert window.dialogs.starts[-1] == str(tmp_path / "factsheet-2020.yaml")


def test_a_new_factsheet_from_a_template_starts_in_documents(make_window):
    window = make_window(SOURCE)  # the bundled factsheet opens untitled
    window.dialogs.next_path = None
    window.files.save_as()
    window.export("print")
    assert [Path(start).parent for start in window.dialogs.starts] == [documents_folder()] * 2


@pytest.mark.parametrize("open_it", ["about", "show_help"])
def test_about_and_help_fit_a_laptop_screen_and_scroll_inside(qtbot, window, open_it):
    getattr(window, open_it)()
    shown = window.about_dialog if open_it == "about" else window.help_window
    qtbot.waitExposed(shown)
    QApplication.processEvents()
    screen = shown.screen().availableGeometry()
    assert _within(shown.frameGeometry(), screen)
    view = shown.text if open_it == "about" else shown.browser
    assert view.verticalScrollBar().maximum() > 0  # the rest scrolls inside
    if open_it == "about":
        ok = shown.ok
        assert ok.isVisible()
        assert _within(QRect(ok.mapTo(shown, ok.rect().topLeft()), ok.size()), shown.rect())
        shown.close()


def test_ctrl_p_prints_the_pages_as_the_print_pdf_shows_them(qtbot, window, tmp_path):
    from PySide6.QtGui import QKeySequence, QPageLayout
    from PySide6.QtPrintSupport import QPrinter

    from infographic_app.render.qt_painter import QtPainter, render_page

    from imaging import pdf_pages_as_arrays, qimage_to_array, ssim

    action = next(a for a in window.menuBar().actions()[0].menu().actions()
                  if a.shortcut() == QKeySequence(QKeySequence.StandardKey.Print))
    assert action.text() == "&Print proof…"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setFullPage(True)  # no margins: the page lands at its own size
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    window.dialogs.printer = printer
    action.trigger()
    assert window.dialogs.asked[-1] == "printer"
    printed = pdf_pages_as_arrays((tmp_path / "printed.pdf").read_bytes(), 40)
    scene = window.session.scene
    assert len(printed) == len(scene.pages) == 2
    proof = QtPainter(scene.resources, proof=True)
    for index, page in enumerate(printed):
        expected = qimage_to_array(render_page(scene, index, 40, painter=proof))
        height, width = min(page.shape[0], expected.shape[0]), min(page.shape[1],
                                                                   expected.shape[1])
        assert ssim(page[:height, :width], expected[:height, :width]) > 0.9


def test_print_proof_speaks_dutch(window, dutch):
    from infographic_app.gui.i18n import tr

    assert tr("&Print proof…") == "&Proef afdrukken…"


@pytest.mark.parametrize("kind", ["bar", "icon_array"])
def test_the_chart_figures_dialog_adds_a_new_figure_where_it_is_needed(qtbot, window, kind):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QListWidget, QPushButton

    from infographic_app.gui.dialogs import Dialogs

    window.dialogs.new_figure = ("stiefouders", "percentage", "14,3")  # the New figure answer
    seen = {}

    def drive():
        dialog = QApplication.activeModalWidget()
        button = dialog.findChild(QPushButton, "new_figure")
        seen["button"] = button.text()
        button.click()
        if kind == "icon_array":
            seen["chosen"] = dialog.findChildren(QComboBox)[0].currentText()
        else:
            figures = dialog.findChild(QListWidget, "chart_figures")
            last = figures.item(figures.count() - 1)
            seen["chosen"] = last.text() if last.checkState() == Qt.CheckState.Checked else ""
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, drive)
    chosen = Dialogs(window).ask_chart_figures(window.session.document, kind,
                                               window.actions.add_figure)
    assert seen["button"] == "New figure…"
    assert seen["chosen"] == "14,3%   stiefouders"
    [new] = [f for f, figure in window.session.document.figures.items()
             if figure.label == "stiefouders"]
    assert chosen[0] == new if kind == "icon_array" else chosen == [new]


def test_older_years_are_listed_for_review_in_the_new_edition_dialog_and_the_cli(
        qtbot, tmp_path, capsys):
    from infographic_app.cli import main
    from infographic_app.gui.edition_dialog import NewEditionDialog
    from infographic_app.model.editions import year_mentions_through
    from infographic_app.model.reading import load_document

    document = load_document(SOURCE)
    dialog = NewEditionDialog(document, year_mentions_through(document, "2019"))
    qtbot.addWidget(dialog)
    rows = [(dialog.places.item(i).text(), dialog.places.item(i).checkState())
            for i in range(dialog.places.count())]
    older, source = [(text, state) for text, state in rows if "[2018" in text]
    assert older == ("Introduction with chart 'Nederlandse minderjarige slachtoffers "
                     "onzichtbaar' › Text: In [2018 → 2019] kwamen slechts 29 van de "
                     "geschatte…",  # one edition on, as the data a year behind
                     Qt.CheckState.Unchecked)
    assert source[0].endswith("…van seksuele uitbuiting in beeld in [2018 → 2019]")
    assert source[1] == Qt.CheckState.Unchecked
    assert main(["new-edition", str(SOURCE), "--edition", "2020", "--replace-year", "-o",
                 str(tmp_path / "factsheet-2020.yaml")]) == 0
    said = capsys.readouterr().out
    assert "earlier years are named 2 time(s) in the texts, for review (kept):\n" \
           "  blocks.intro.text: In [2018] kwamen slechts 29 van de geschatte…\n" \
           "  figures.minors_seen.source: …van seksuele uitbuiting in beeld in [2018]\n" in said
