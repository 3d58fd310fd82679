"""One running copy per user: a second start hands its file to the first; two windows on one
file never lose either one's recovery copy; a recovery copy that cannot be written is said."""

import subprocess
import sys
from pathlib import Path

from infographic_app.gui.single_instance import SingleInstance

from driving import as_if_crashed, type_into

SECOND_START = """
import sys
from pathlib import Path
from infographic_app.gui.single_instance import SingleInstance

running = SingleInstance(Path(sys.argv[1]))
print("first" if running.claim() else "second", running.hand_over(Path(sys.argv[2])))
"""


def _factsheet(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    path.write_bytes((Path(__file__).resolve().parents[2] / "data" /
                      "factsheet-2019.yaml").read_bytes())
    return path


def test_a_second_start_hands_its_file_to_the_first_which_opens_it(qtbot, window, tmp_path):
    folder = tmp_path / "user data"
    first = SingleInstance(folder, window)
    assert first.claim()
    first.file_requested.connect(window.open_requested)
    other = _factsheet(tmp_path, "factsheet-2020.yaml")
    with qtbot.waitSignal(first.file_requested, timeout=10_000) as handed:
        second = subprocess.Popen([sys.executable, "-c", SECOND_START, str(folder), other.name],
                                  cwd=tmp_path, stdout=subprocess.PIPE, text=True)
    out, _ = second.communicate(timeout=10)
    assert out.split() == ["second", "True"]  # the second start delivered it, and ends
    assert handed.args == [other]  # made absolute: the first runs in another folder
    qtbot.waitUntil(lambda: window.session.path == other)
    assert window.windowTitle().startswith("factsheet-2020.yaml")
    first.release()


def test_the_lock_of_a_copy_that_is_gone_is_taken_over(tmp_path):
    folder = tmp_path / "user data"
    first = SingleInstance(folder)
    assert first.claim()
    assert not SingleInstance(folder).claim()  # while the first runs
    first.release()  # it quits (a crash leaves a lock whose process is gone: the same)
    later = SingleInstance(folder)
    assert later.claim()
    later.release()


def test_a_second_start_without_a_first_runs_on_its_own(tmp_path):
    out = subprocess.run([sys.executable, "-c", SECOND_START, str(tmp_path / "data"), "x.yaml"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=30).stdout
    assert out.split() == ["first", "False"]


def test_two_windows_on_one_file_never_lose_either_ones_recovery_copy(qtbot, make_window,
                                                                     tmp_path):
    path = _factsheet(tmp_path, "factsheet.yaml")
    first = make_window(path)
    type_into(qtbot, first, "figures.visitors_total.value", "311")
    first.session.write_recovery()
    second = make_window(path, settings_name="second.ini")
    assert "restore" not in second.dialogs.asked  # the first one's live copy is not offered
    type_into(qtbot, second, "figures.visitors_total.value", "322")
    second.session.write_recovery()
    folder = first.session.recovery.folder
    assert len(list(folder.glob("*.yaml"))) == 2  # each its own, neither replaced
    second.session.discard_recovery()  # e.g. the second saves or reverts
    assert len(list(folder.glob("*.yaml"))) == 1  # the first one's copy stays
    as_if_crashed(first)  # then the first crashes, its typing unsaved
    third = make_window(path, settings_name="third.ini")
    [offer] = third.dialogs.restore_offers
    assert offer["changes"] == [
        "Figure 'unieke bezoekers met een hulpvraag over mensenhandel' › Value: 299 → 311"]
    assert third.session.document.figures["visitors_total"].value == 311


def test_a_restored_copy_belongs_to_the_window_that_restored_it(qtbot, make_window, tmp_path):
    path = _factsheet(tmp_path, "factsheet.yaml")
    first = make_window(path)
    type_into(qtbot, first, "figures.visitors_total.value", "311")
    first.session.write_recovery()
    as_if_crashed(first)
    second = make_window(path, settings_name="second.ini")  # restores the 311
    assert second.dialogs.asked == ["restore"]
    third = make_window(path, settings_name="third.ini")  # opened while the second runs
    assert "restore" not in third.dialogs.asked  # the second's copy is not offered
    type_into(qtbot, third, "figures.visitors_total.value", "333")
    third.session.write_recovery()
    folder = third.session.recovery.folder
    texts = sorted(copy.read_text(encoding="utf-8") for copy in folder.glob("*.yaml"))
    assert len(texts) == 2
    assert "value: 311" in texts[0] + texts[1] and "value: 333" in texts[0] + texts[1]


def test_a_recovery_folder_that_cannot_be_written_is_said_once_with_what_to_do(
        qtbot, window, tmp_path):
    from infographic_app.gui.recovery import Recovery

    blocked = tmp_path / "not a folder"
    blocked.write_text("a file where the recovery folder should be")
    window.session.recovery = Recovery(blocked / "recovery")
    type_into(qtbot, window, "figures.visitors_total.value", "301")
    window.session.write_recovery()
    type_into(qtbot, window, "figures.visitors_total.value", "302")
    window.session.write_recovery()
    said = [text for title, text in window.dialogs.errors if title == "No recovery copy"]
    assert len(said) == 1  # once, not at every keystroke
    assert "could not be written in" in said[0] and str(blocked / "recovery") in said[0]
    assert "a crash would lose your unsaved changes: save now (File → Save)" in said[0]
    window.session.recovery = Recovery(tmp_path / "recovery-again")  # room again
    window.session.write_recovery()
    window.session.recovery = Recovery(blocked / "recovery")  # and gone again: said again
    type_into(qtbot, window, "figures.visitors_total.value", "303")
    window.session.write_recovery()
    assert len([t for t, _ in window.dialogs.errors if t == "No recovery copy"]) == 2


def test_an_unexpected_error_does_not_claim_a_recovery_copy(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from infographic_app.gui import app

    shown = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    app._report_unhandled_errors(window)
    try:
        raise RuntimeError("a fault inside")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    [text] = shown
    assert "recovery copy" not in text
    assert "Save your work now" in text and "a fault inside" in text


def test_the_finder_opening_a_factsheet_opens_it_in_the_window(qtbot, window, tmp_path):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    from infographic_app.gui.app import _FileOpenEvents

    other = _factsheet(tmp_path, "uit-finder.yaml")
    events = _FileOpenEvents(window)
    QApplication.instance().installEventFilter(events)
    try:
        QApplication.sendEvent(QApplication.instance(),
                               QFileOpenEvent(QUrl.fromLocalFile(str(other))))
    finally:
        QApplication.instance().removeEventFilter(events)
    assert window.session.path == other
