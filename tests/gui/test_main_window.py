import os
import resource
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pikepdf
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from infographic_app.model.reading import load_document
from infographic_app.model.writing import document_to_data

from driving import as_if_crashed, scene_text, type_into
from imaging import qimage_to_array

# What the checks list shows for the bundled factsheet: its two small counts of people.
SMALL_COUNTS = ["'bezoekers over criminele uitbuiting' prints 7 people",
                "'van hen waren zelf slachtoffer' prints 5 people"]


def _messages(window) -> list[str]:
    """The start of each message of the checks list, up to the number of people."""
    return [window.checks.topLevelItem(i).text(1).split(", fewer")[0]
            for i in range(window.checks.topLevelItemCount())]


def test_opens_on_the_factsheet_with_forms_preview_and_checks(window):
    assert window.session.document.figures["visitors_total"].value == 299
    assert "Onzichtbare slachtoffers in 2019" in scene_text(window)
    assert _messages(window) == SMALL_COUNTS
    assert not window.isWindowModified()
    assert len(window.preview.page_images()) == 2


def test_typing_a_figure_changes_the_tile_sentence_and_preview(qtbot, window):
    before = qimage_to_array(window.preview._images[0])
    type_into(qtbot, window, "figures.visitors_other.value", "41")
    qtbot.waitUntil(lambda: "De overige 41 hadden" in scene_text(window))
    assert "De overige 34" not in scene_text(window)
    assert window.session.document.figures["visitors_other"].value == 41
    after = qimage_to_array(window.preview._images[0])
    assert (before != after).any()  # the preview was painted again
    assert window.isWindowModified()


def test_a_figure_used_in_a_derived_figure_changes_that_too(qtbot, window):
    type_into(qtbot, window, "figures.visitors_minor.value", "260")
    qtbot.waitUntil(lambda: "In 2019 kwam circa 20 procent" in scene_text(window))
    assert window.forms.editor_for("figures.minors_reached_share.value").text() == "circa 20%"


@pytest.mark.parametrize(("typed", "reason"), [
    ("twee", "not a number"), ("-5", "cannot be negative"),
    ("1.3", "use a comma for decimals: 1,3"),  # "1" was a fine count until the "." came
    ("1.300,5", "whole number"), ("1.30.0", "grouped by three")])
def test_a_count_refuses_what_is_not_a_count(qtbot, window, typed, reason):
    type_into(qtbot, window, "figures.visitors_total.value", typed)
    assert reason in window.forms.problem_labels["figures.visitors_total.value"].text()
    assert window.session.document.figures["visitors_total"].value == 299


def test_dutch_notation_is_accepted(qtbot, window):
    type_into(qtbot, window, "figures.minors_estimated.value", "1.450")
    assert window.session.document.figures["minors_estimated"].value == 1450
    type_into(qtbot, window, "figures.average_age.value", "16,9")
    assert window.session.document.figures["average_age"].value == 16.9
    type_into(qtbot, window, "figures.exploited_now.value", "100,5")
    assert "between 0 and 100" in window.forms.problem_labels[
        "figures.exploited_now.value"].text()


def test_typing_is_one_undo_step_and_undo_redo_restore_exactly(qtbot, window):
    original = document_to_data(window.session.document)
    editor = window.forms.editor_for("blocks.about.heading")
    editor.setFocus()
    editor.end(False)
    qtbot.keyClicks(editor, " (2019)")
    edited = document_to_data(window.session.document)
    assert edited["pages"][1]["blocks"][1]["heading"] == "Over Chat met Fier (2019)"
    assert window.session.undo_stack.count() == 1
    type_into(qtbot, window, "figures.visitors_total.value", "300")
    assert window.session.undo_stack.count() == 2
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    assert document_to_data(window.session.document) == original
    assert editor.text() == "Over Chat met Fier"
    assert not window.isWindowModified()
    window.session.undo_stack.redo()
    assert editor.text() == "Over Chat met Fier (2019)"
    window.session.relayout()
    window.session.run_checks()  # what a pause in typing triggers
    assert "Over Chat met Fier (2019)" in scene_text(window, 1)


def test_a_pause_in_typing_starts_a_new_undo_step(qtbot, window):
    editor = window.forms.editor_for("blocks.about.heading")
    editor.setFocus()
    qtbot.keyClicks(editor, "a")
    window.session.end_typing_step()  # what the pause timer or leaving the field does
    qtbot.keyClicks(editor, "b")
    assert window.session.undo_stack.count() == 2


def test_clicking_a_preview_element_focuses_its_field(qtbot, window):
    preview = window.preview
    boxes = [b for b in preview.boxes(0) if b.element_id == "figures.visitors_victim"]
    box = boxes[0]
    origin, _ = preview.page_images()[0]
    point = QPointF(origin.x() + (box.x + box.width / 2) * preview.scale,
                    origin.y() + (box.y + box.height / 2) * preview.scale)
    preview.ensureVisible(int(point.x()), int(point.y()))
    qtbot.mouseClick(preview.canvas, Qt.MouseButton.LeftButton, pos=point.toPoint())
    assert QApplication.focusWidget() is window.forms.editor_for("figures.visitors_victim.value")


def test_focusing_a_field_highlights_its_element(qtbot, window):
    window.forms.focus_field("blocks.themes.themes.networks.text")
    qtbot.waitUntil(lambda: window.preview.highlight == "blocks.themes.themes.networks.text")
    [box, *_] = window.preview.highlighted_boxes(0)
    assert box.y > 400  # the theme sits in the lower half of page 1


def test_checks_list_follows_typing_and_jumps_to_the_field(qtbot, window):
    with qtbot.waitSignal(window.session.problems_changed, timeout=3000):
        type_into(qtbot, window, "figures.visitors_other.value", "35")  # then a pause
    item = window.checks.topLevelItem(0)
    assert item.text(2).startswith("Rule: bezoekers die zelf slachtoffer waren + ")
    assert "300" in item.text(1) and "299" in item.text(1)
    window.checks.itemActivated.emit(item, 0)
    assert QApplication.focusWidget() is window.forms.editor_for("figures.visitors_victim.value")


def test_a_decimal_typed_like_thousands_is_listed_until_it_is_changed(qtbot, make_window,
                                                                     tmp_path):
    source = Path(__file__).resolve().parents[2] / "data" / "factsheet-2019.yaml"
    copy = tmp_path / "factsheet.yaml"
    copy.write_text(source.read_text().replace("    value: 17.7\n", "    value: 1.300\n"))
    window = make_window(copy)
    item = window.checks.topLevelItem(0)
    assert item.text(0) == "Warning"
    assert item.text(1).startswith("'1.300' is read as 1,3: in the file a point is a decimal "
                                   "point, so this is not 1.300")
    assert item.text(2) == "Figure 'gemiddelde leeftijd van slachtoffers' › Value"  # no line
    with qtbot.waitSignal(window.session.problems_changed, timeout=3000):
        type_into(qtbot, window, "figures.average_age.value", "17,7")
    assert _messages(window) == SMALL_COUNTS


def test_overflowing_text_is_listed_and_marked(qtbot, window):
    """A title of more than three lines does not fit the header band (a theme's text that
    grows moves its row on instead)."""
    editor = window.forms.editor_for("blocks.header.title")
    editor.setFocus()
    editor.setCursorPosition(len(editor.text()))
    qtbot.keyClicks(editor, " en in 2020, een factsheet over mensenhandel" * 4)
    window.session.relayout()
    window.session.run_checks()  # what a pause in typing triggers
    messages = [window.checks.topLevelItem(i).text(1)
                for i in range(window.checks.topLevelItemCount())]
    assert any("does not fit" in m for m in messages)
    assert window.session.scene.pages[0].overflows


def test_save_writes_the_file_and_keeps_a_backup(qtbot, window, tmp_path):
    path = window.session.path
    before = path.read_bytes()
    type_into(qtbot, window, "figures.visitors_total.value", "300")
    assert window.files.save()
    assert not window.isWindowModified()
    assert load_document(path).figures["visitors_total"].value == 300
    assert (tmp_path / "factsheet.yaml.bak").read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_saving_again_without_a_change_keeps_the_backup_of_the_version_before(qtbot, window,
                                                                              tmp_path):
    """Ctrl+S pressed out of habit after a save must not make the backup a copy of the file:
    the version before the last change stays in factsheet.yaml.bak."""
    path = window.session.path
    before = path.read_bytes()
    type_into(qtbot, window, "figures.visitors_total.value", "300")
    assert window.files.save()
    saved, written = path.read_bytes(), path.stat().st_mtime_ns
    assert window.files.save()
    assert (tmp_path / "factsheet.yaml.bak").read_bytes() == before
    assert path.read_bytes() == saved and path.stat().st_mtime_ns == written
    assert not window.isWindowModified()


def test_a_failing_save_leaves_the_old_file_and_says_so(qtbot, window):
    path = window.session.path
    before = path.read_bytes()
    type_into(qtbot, window, "blocks.about.text", "x" * 2000)
    limits = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (len(before) - 100, limits[1]))
    try:
        assert not window.files.save()  # the disk refuses the write half-way, even for root
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limits)
        signal.signal(signal.SIGXFSZ, old_handler)
    assert path.read_bytes() == before
    [(title, text)] = window.dialogs.errors
    assert "not saved" in title.lower() and "file on disk was not changed" in text
    assert window.isWindowModified()


def test_opening_a_broken_file_keeps_the_current_document(qtbot, window, tmp_path):
    type_into(qtbot, window, "figures.visitors_total.value", "301")
    broken = tmp_path / "broken.yaml"
    broken.write_text(window.session.path.read_text().replace("value: 265", "value: twee"))
    assert not window.files.open_path(broken)
    [(title, text)] = window.dialogs.errors
    assert "broken.yaml" in title
    line = next(n for n, t in enumerate(broken.read_text().splitlines(), 1) if "twee" in t)
    assert f"broken.yaml:{line}: figures.visitors_victim.value: 'twee' is not a number" in text
    assert window.session.document.figures["visitors_total"].value == 301
    assert window.session.path.name == "factsheet.yaml"


def test_dropping_a_factsheet_opens_it(qtbot, window, tmp_path):
    other = tmp_path / "other.yaml"
    other.write_text(window.session.path.read_text().replace("value: 299", "value: 310"))
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(other))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.session.path == other
    assert window.session.document.figures["visitors_total"].value == 310


def test_a_file_changed_by_another_program_is_noticed(qtbot, window):
    path = window.session.path
    path.write_text(path.read_text().replace("value: 299", "value: 320"))
    qtbot.waitUntil(lambda: "reload" in window.dialogs.asked, timeout=5000)
    assert window.session.document.figures["visitors_total"].value == 320


def test_a_file_moved_away_by_another_program_is_said_and_the_work_kept(qtbot, window):
    """A synchronised folder or a colleague moves the open factsheet away: nothing can be
    reloaded; the editor says so, and closing asks to save the work instead of dropping it."""
    path = window.session.path
    path.rename(path.with_name("elders.yaml"))
    qtbot.waitUntil(lambda: bool(window.dialogs.errors), timeout=5000)
    title, text = window.dialogs.errors[0]
    assert title == "File moved or deleted" and path.name in text and "Save as" in text
    assert "reload" not in window.dialogs.asked
    window.dialogs.save_changes = "cancel"
    assert not window.close()  # asked first: the work is still only here
    assert window.dialogs.asked == ["save_changes"]


def test_a_closed_window_asks_nothing_about_its_file(qtbot, window):
    path = window.session.path
    assert window.close()
    path.write_text(path.read_text().replace("value: 299", "value: 320"))
    qtbot.wait(300)
    assert window.dialogs.asked == [] and window.dialogs.errors == []


def test_closing_with_unsaved_changes_asks(qtbot, window):
    type_into(qtbot, window, "figures.visitors_total.value", "300")
    window.dialogs.save_changes = "cancel"
    assert not window.close()
    assert window.dialogs.asked == ["save_changes"]
    window.dialogs.save_changes = "discard"
    assert window.close()


def test_dock_layout_is_restored_at_the_next_start(qtbot, make_window, tmp_path):
    first = make_window()
    first.docks["figures"].hide()
    first.close()
    second = make_window()
    assert not second.docks["figures"].isVisible()
    assert second.docks["forms"].isVisible()


def test_export_from_the_window_writes_a_valid_pdf(qtbot, window, tmp_path):
    window.dialogs.next_path = tmp_path / "out.pdf"
    with qtbot.waitSignal(window.exporter.finished, timeout=20000):
        window.export("print")
    with pikepdf.open(tmp_path / "out.pdf") as pdf:
        assert len(pdf.pages) == 2 and "/TrimBox" in pdf.pages[0].obj
    assert "out.pdf" in window.statusBar().currentMessage()


def test_a_failed_export_says_why_and_keeps_the_old_file(qtbot, window, tmp_path):
    target = tmp_path / "missing-folder" / "out.pdf"
    window.dialogs.next_path = target
    with qtbot.waitSignal(window.exporter.failed, timeout=20000):
        window.export("screen")
    [(title, text)] = window.dialogs.errors
    assert "out.pdf was not exported" in text
    assert not target.exists()


def test_unsaved_work_survives_a_killed_process(qtbot, make_window, tmp_path):
    """Kill the editor in the middle of typing; the next start offers the recovery copy."""
    document = tmp_path / "factsheet.yaml"
    document.write_bytes((Path(__file__).resolve().parents[2] / "data" /
                          "factsheet-2019.yaml").read_bytes())
    script = textwrap.dedent(f"""
        import os, signal
        from pathlib import Path
        from PySide6.QtCore import QSettings, QTimer
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication
        from infographic_app.gui.main_window import MainWindow
        from infographic_app.gui.recovery import Recovery
        app = QApplication([])
        settings = QSettings({str(tmp_path / "settings.ini")!r}, QSettings.Format.IniFormat)
        window = MainWindow(settings, Recovery(Path({str(tmp_path / "recovery")!r})))
        window.files.open_initial(Path({str(document)!r}))
        window.show()
        app.processEvents()
        editor = window.forms.editor_for("figures.visitors_total.value")
        editor.setFocus()
        editor.selectAll()
        QTest.keyClicks(editor, "333")
        QTimer.singleShot(2600, lambda: os.kill(os.getpid(), signal.SIGKILL))
        app.exec()
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert load_document(document).figures["visitors_total"].value == 299  # never saved
    window = make_window(document)
    assert window.dialogs.asked == ["restore"]
    assert window.session.document.figures["visitors_total"].value == 333
    assert window.isWindowModified()
    assert window.session.path == document


def test_the_main_window_looks_like_an_application(qtbot, window, tmp_path):
    image = window.grab().toImage()
    image.save(str(tmp_path / "main-window.png"))
    pixels = qimage_to_array(image)
    pink = (np.abs(pixels.astype(int) - (225, 31, 99)).sum(axis=2) < 40).mean()
    assert pink > 0.02  # the factsheet is visible in the preview
    assert window.menuBar().actions()[0].text() == "&File"
    assert window.centralWidget().layout().itemAt(0).widget() is window.preview
    assert window.preview.canvas.rect().contains(QPoint(10, 10))


def test_the_interface_speaks_dutch(dutch, make_window, tmp_path):
    assert len(dutch) == 2  # ours and Qt's own
    window = make_window()
    assert window.menuBar().actions()[0].text() == "&Bestand"
    # the bundled factsheet's two small counts
    assert [window.checks.topLevelItem(i).text(0) for i in range(2)] == ["Waarschuwing"] * 2
    assert window.docks["forms"].windowTitle() == "Inhoud"
    window.grab().save(str(tmp_path / "main-window-nl.png"))


def test_png_export_asks_page_and_resolution(qtbot, window, tmp_path):
    window.dialogs.next_path = tmp_path / "card.png"
    window.dialogs.png_options = lambda pages: (2, 72.0)
    with qtbot.waitSignal(window.exporter.finished, timeout=20000):
        window.export("png")
    from PIL import Image

    with Image.open(tmp_path / "card.png") as image:
        assert image.size == (596, 842)


def test_a_new_factsheet_never_saved_is_recovered_too(qtbot, make_window):
    first = make_window()
    first.files.new_document()
    type_into(qtbot, first, "figures.visitors_total.value", "444")
    first.session.write_recovery()  # what the autosave timer does two seconds later
    first.session.undo_stack.setClean()  # leave without questions, as after a crash
    as_if_crashed(first)
    second = make_window()
    assert second.dialogs.asked == ["restore"]
    assert second.session.document.figures["visitors_total"].value == 444
    assert second.session.path is None


def test_soft_proof_shows_the_print_colours(qtbot, window):
    def band_colour():
        origin, image = window.preview.page_images()[0]
        return image.pixelColor(int(20 * image.devicePixelRatio()),
                                int(20 * image.devicePixelRatio())).getRgb()[:3]

    assert band_colour() == (225, 31, 99)  # the theme's screen pink
    window.preview.set_proof(True)
    proofed = band_colour()
    assert proofed != (225, 31, 99)
    assert proofed == window.preview._painter._colours["primary"].getRgb()[:3]
    window.preview.set_proof(False)
    assert band_colour() == (225, 31, 99)


def test_revert_goes_back_to_the_saved_file_only_when_confirmed(qtbot, window):
    type_into(qtbot, window, "figures.visitors_total.value", "311")
    window.dialogs.revert = False
    window.files.revert()
    assert window.session.document.figures["visitors_total"].value == 311
    window.dialogs.revert = True
    window.files.revert()
    assert window.session.document.figures["visitors_total"].value == 299
    assert not window.isWindowModified() and window.dialogs.asked == ["revert", "revert"]


def test_the_preview_is_sharp_on_hidpi_screens(tmp_path):
    """At a device pixel ratio of 2 the pages are painted with twice the pixels."""
    script = textwrap.dedent(f"""
        from pathlib import Path
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication
        from infographic_app.gui.main_window import MainWindow
        from infographic_app.gui.recovery import Recovery
        app = QApplication([])
        settings = QSettings({str(tmp_path / "s.ini")!r}, QSettings.Format.IniFormat)
        window = MainWindow(settings, Recovery(Path({str(tmp_path / "r")!r})))
        window.files.open_initial(None)
        window.show()
        app.processEvents()
        image = window.preview._images[0]
        size = image.deviceIndependentSize()
        print(image.devicePixelRatio(), image.width() / size.width())
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="2")
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, timeout=60)
    ratio, pixels_per_unit = (float(v) for v in done.stdout.split())
    assert ratio == 2 and pixels_per_unit == pytest.approx(2, abs=0.01), done.stderr


def test_the_first_frame_loads_only_what_it_shows(tmp_path):
    """Until the page is painted the editor imports neither the PDF libraries, the export
    modules, the figure panel's charts nor the dialogs opened from a menu."""
    code = (
        "import sys, tempfile\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from infographic_app.gui.main_window import MainWindow\n"
        "from infographic_app.gui.recovery import Recovery\n"
        "folder = Path(tempfile.mkdtemp())\n"
        "window = MainWindow(QSettings(str(folder / 's.ini'), QSettings.Format.IniFormat),\n"
        "                    Recovery(folder / 'recovery'))\n"
        "window.files.open_initial(None)\n"
        "window.show()\n"
        "painted = []\n"
        "window.preview.first_painted.connect(lambda: painted.append(sorted(sys.modules)))\n"
        "while not painted:\n"
        "    app.processEvents()\n"
        "print('\\n'.join(painted[0]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                               "HOME": str(tmp_path)}, timeout=120)
    assert done.returncode == 0, done.stderr
    loaded = done.stdout.split()
    assert "infographic_app.gui.preview" in loaded
    assert not [m for m in loaded if m.startswith((
        "pikepdf", "lxml", "pyqtgraph", "infographic_app.export",
        "infographic_app.gui.figure_panel", "infographic_app.gui.compare_view",
        "infographic_app.gui.find_replace"))]  # (the forms show figures as chips: figure_chips)
