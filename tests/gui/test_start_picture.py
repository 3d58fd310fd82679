"""The start picture (gui/start_picture.py): the preview as the last start of the same
factsheet painted it, shown while the editor is built, never for a changed file or theme,
with the window laid out as the editor lays it out and nothing to type into."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ScriptedDialogs
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from infographic_app.gui import start_picture
from infographic_app.gui.main_window import MainWindow
from infographic_app.gui.recovery import Recovery
from infographic_app.gui.start_picture import recall
from infographic_app.paths import default_theme

from driving import as_if_crashed, type_into

SEED = Path(__file__).resolve().parents[2] / "data" / "factsheet-2019.yaml"


@pytest.fixture
def factsheet(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    copy = tmp_path / "factsheet.yaml"
    copy.write_bytes(SEED.read_bytes())
    return copy


def started(qtbot, tmp_path, document: Path, picture=None) -> MainWindow:
    """The window's frame as a start makes it, with `picture` in the preview's place: shown
    when there is a picture (app.run). Each with settings of its own: the test screen is
    smaller than the window, which a closed window would remember."""
    settings = QSettings(str(tmp_path / f"settings-{len(list(tmp_path.glob('*.ini')))}.ini"),
                         QSettings.Format.IniFormat)
    window = MainWindow(settings, None, picture)
    qtbot.addWidget(window)
    if picture is not None:
        window.show()
        qtbot.waitExposed(window)
    return window


def built(qtbot, tmp_path, window: MainWindow, document: Path) -> bool:
    """Build the editor in the frame and open `document`, as a start does; whether it
    shows the file as saved."""
    window.build(Recovery(tmp_path / "recovery"))
    as_saved = window.files.open_initial(document)
    window.show()
    qtbot.waitUntil(lambda: window.preview.painted)
    return as_saved


def dock_places(window: MainWindow) -> dict:
    """Where each panel on screen is (not a tab behind another)."""
    return {name: dock.geometry() for name, dock in window.docks.items()
            if not dock.visibleRegion().isEmpty()}


def test_the_picture_is_the_live_preview_in_the_same_window_layout(qtbot, tmp_path, factsheet):
    first = started(qtbot, tmp_path, factsheet)
    assert built(qtbot, tmp_path, first, factsheet)
    first.remember_start_picture(factsheet).join()
    live = first.preview.grab().toImage()
    live_places, live_preview = dock_places(first), first.start_picture.geometry()
    assert first.preview.geometry() == first.start_picture.rect()  # the preview's place
    title = first.windowTitle()
    first.close()

    picture, remembered_title = recall(factsheet, first.session.language)
    assert remembered_title == title
    second = started(qtbot, tmp_path, factsheet, picture)
    qtbot.waitUntil(lambda: second.start_picture.shown)
    # Where the picture is, the live preview will be, with every panel where it will be.
    assert second.start_picture.geometry() == live_preview
    assert dock_places(second) == live_places
    assert second.start_picture.grab().toImage() == live
    assert built(qtbot, tmp_path, second, factsheet)
    assert dock_places(second) == live_places
    assert second.preview.grab().toImage() == live  # replaced by the same pixels


def test_nothing_can_be_typed_before_the_editor_is_built(qtbot, tmp_path, factsheet):
    window = started(qtbot, tmp_path, factsheet)
    typed_into = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)
    assert [w for w in window.findChildren(QWidget) if isinstance(w, typed_into)] == []
    assert window.start_picture.focusPolicy() == Qt.FocusPolicy.NoFocus
    qtbot.keyClicks(window, "2020")  # typed while the window starts: goes nowhere
    assert built(qtbot, tmp_path, window, factsheet)
    assert not window.session.modified
    assert window.session.undo_stack.count() == 0
    assert window.forms.isEnabled()  # and once built, the forms take what is typed
    qtbot.waitUntil(lambda: bool(window.forms.editors))


def test_a_file_asked_for_while_the_window_starts_opens_after_it(qtbot, tmp_path, factsheet):
    """A second start hands a file over (gui/single_instance.py) while the first shows its
    picture: it opens once the editor is built, not lost."""
    other = tmp_path / "other.yaml"
    other.write_bytes(factsheet.read_bytes())
    window = started(qtbot, tmp_path, factsheet)
    window.open_requested(other)
    assert built(qtbot, tmp_path, window, factsheet)
    window.open_held_requests()
    assert window.session.path == other


def test_a_window_closed_while_it_starts_closes(qtbot, tmp_path, factsheet):
    window = started(qtbot, tmp_path, factsheet)
    window.show()
    assert window.close()
    assert not window.isVisible()


def test_no_picture_for_a_changed_file_theme_language_or_code(qtbot, tmp_path, factsheet,
                                                             monkeypatch):
    window = started(qtbot, tmp_path, factsheet)
    built(qtbot, tmp_path, window, factsheet)
    window.remember_start_picture(factsheet).join()
    language = window.session.language
    assert recall(factsheet, language) is not None
    assert recall(factsheet, "en" if language == "nl" else "nl") is None
    other = tmp_path / "other.yaml"  # another file with the same bytes: another theme path
    other.write_bytes(factsheet.read_bytes())
    assert recall(other, language) is None

    factsheet.write_text(factsheet.read_text(encoding="utf-8").replace("2019", "2020"),
                         encoding="utf-8")
    assert recall(factsheet, language) is None  # the file changed: never the old page
    factsheet.write_bytes(SEED.read_bytes())
    assert recall(factsheet, language) is not None  # as it was, so is its picture

    theme = default_theme()
    stat = theme.stat()
    try:
        os.utime(theme, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
        assert recall(factsheet, language) is None  # the theme changed
    finally:
        os.utime(theme, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert recall(factsheet, language) is not None

    monkeypatch.setattr(start_picture, "package_version", lambda: ["another app"])
    assert recall(factsheet, language) is None


def test_a_damaged_picture_is_not_shown(qtbot, tmp_path, factsheet):
    window = started(qtbot, tmp_path, factsheet)
    built(qtbot, tmp_path, window, factsheet)
    window.remember_start_picture(factsheet).join()
    [file] = (tmp_path / "cache").rglob("*.png")
    file.write_bytes(file.read_bytes()[:200])
    assert recall(factsheet, window.session.language) is None


def test_a_picture_of_another_size_is_not_painted(qtbot, tmp_path, factsheet):
    window = started(qtbot, tmp_path, factsheet)
    built(qtbot, tmp_path, window, factsheet)
    window.remember_start_picture(factsheet).join()
    picture, _ = recall(factsheet, window.session.language)
    smaller = started(qtbot, tmp_path, factsheet, picture)
    smaller.resize(smaller.width() - 100, smaller.height())
    qtbot.waitUntil(lambda: smaller.start_picture.was_painted)  # the start goes on
    assert not smaller.start_picture.fits()
    assert not smaller.start_picture.shown


def test_a_recovered_copy_is_not_the_file_as_saved(qtbot, make_window, tmp_path, factsheet):
    """The start remembers no picture of a recovered copy as the file's (app.run)."""
    first = make_window(factsheet)
    type_into(qtbot, first, "figures.visitors_total.value", "333")
    first.session.write_recovery()  # then the computer stops
    as_if_crashed(first)
    second = started(qtbot, tmp_path, factsheet)
    second.build(Recovery(tmp_path / "recovery"))
    second.dialogs = second.files.dialogs = ScriptedDialogs()
    assert not second.files.open_initial(factsheet)
    assert second.session.document.figures["visitors_total"].value == 333
    third = started(qtbot, tmp_path, factsheet)
    assert built(qtbot, tmp_path, third, factsheet)  # the offer was answered: the file


# Run in a process of its own, as a user starts the editor: at the start picture's first
# paint, print what is imported and stop; print "live" if the live preview paints first.
PICTURE_PAINT = """
import os, sys
from PySide6.QtWidgets import QApplication
from infographic_app.gui.start_picture import StartPicture
filters = []  # of every event of the app
install = QApplication.installEventFilter
QApplication.installEventFilter = lambda app, f: (filters.append(f), install(app, f))
painted = StartPicture.paintEvent
def first_paint(picture, event):
    painted(picture, event)
    if picture.shown:
        print("\\n".join(sorted(sys.modules)), flush=True)
        print("filters:", len(filters), flush=True)
        os._exit(0)
StartPicture.paintEvent = first_paint
if sys.argv[1] == "remember":  # the first start: stop once the picture is kept
    from infographic_app.gui.main_window import MainWindow
    keep = MainWindow.remember_start_picture
    MainWindow.remember_start_picture = lambda window, path: (keep(window, path).join(),
                                                              os._exit(0))
from infographic_app.cli import main
main([])
print("the live preview came first", flush=True)
"""

NOT_BEFORE_THE_PICTURE = (
    "infographic_app.layout", "infographic_app.checks", "infographic_app.export",
    "infographic_app.render", "infographic_app.gui.session", "infographic_app.gui.forms",
    "infographic_app.gui.preview", "infographic_app.model.document", "yaml", "pyqtgraph",
    "reportlab",
)


def test_the_second_start_paints_the_picture_before_importing_the_editor(tmp_path):
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "c"),
                        "XDG_DATA_HOME": str(tmp_path / "d"),
                        "XDG_CACHE_HOME": str(tmp_path / "cache")}
    first = subprocess.run([sys.executable, "-c", PICTURE_PAINT, "remember"],
                           capture_output=True, text=True, env=env, timeout=120)
    assert list((tmp_path / "cache").rglob("*.png")), first.stderr[-2000:]
    done = subprocess.run([sys.executable, "-c", PICTURE_PAINT, "stop"], capture_output=True,
                          text=True, env=env, timeout=120)
    modules = done.stdout.split()
    # A filter in Python of every event of the app costs ~0.1 s before the first frame (and
    # some on every key): only macOS needs one, for files opened from the Finder.
    assert "filters: 0" in done.stdout
    assert "infographic_app.gui.start_picture" in modules, done.stdout[-200:] + done.stderr[-2000:]
    early = [m for m in modules
             if any(m == name or m.startswith(name + ".") for name in NOT_BEFORE_THE_PICTURE)]
    assert early == []
