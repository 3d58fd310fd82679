"""A dialog asked from a field of the forms runs an event loop of its own inside that field's
handler. What the dialog does (a new figure added from it) changes the factsheet's structure;
the forms must not drop the field whose handler is waiting for the dialog, or the editor
crashes when the handler returns. Found by a fresh user: a new theme's chart set to big
numbers, a new figure made in the question which figures it shows, OK: the window was gone."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QPushButton

from infographic_app.gui.dialogs import Dialogs


def _settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.session._relayout_timer.isActive())
    QApplication.processEvents()
    qtbot.wait(50)


def test_a_new_figure_made_in_the_chart_question_of_a_new_theme_leaves_the_editor_up(
        qtbot, window):
    window.dialogs = Dialogs(window)  # the real dialogs, each with its own event loop
    window.actions.add_entry("blocks.themes.themes")
    _settle(qtbot, window)
    theme_id = window.session.document.block("themes").fields["themes"][-1]["id"]
    visual = f"blocks.themes.themes.{theme_id}.visual"
    window.forms.focus_field(f"blocks.themes.themes.{theme_id}.heading")
    _settle(qtbot, window)
    kind = window.forms.findChild(QComboBox, f"chart_kind:{visual}")
    asked = []

    def new_figure() -> None:
        dialog = QApplication.activeModalWidget()
        asked.append(type(dialog).__name__)
        dialog.name.setText("bezoekers over uitbuiting in de bouw")
        dialog.value.setText("12")
        dialog.accept()

    def chart_figures() -> None:
        dialog = QApplication.activeModalWidget()
        asked.append(dialog.windowTitle())
        QTimer.singleShot(100, new_figure)
        dialog.findChild(QPushButton, "new_figure").click()  # asks, and waits for it
        QTimer.singleShot(400, dialog.accept)  # the forms have had their turns meanwhile

    QTimer.singleShot(200, chart_figures)
    kind.showPopup()  # chosen from the list, as a user does
    view = kind.view()
    index = view.model().index(kind.findData("big_numbers"), 0)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())
    _settle(qtbot, window)
    assert asked == ["Figures of the chart", "NewFigureDialog"]
    new = next(f for f, figure in window.session.document.figures.items()
               if figure.label == "bezoekers over uitbuiting in de bouw")
    assert window.session.value(visual) == {"kind": "big_numbers", "figures": [new]}
    assert window.isVisible()


def test_the_checks_list_keeps_its_buttons_while_a_dialog_asked_from_one_is_open(qtbot,
                                                                               window):
    """A fix button that asks something (a reason) waits in the dialog's event loop; checks
    that come in meanwhile are listed once the dialog is closed, not under the button."""
    from PySide6.QtWidgets import QDialog

    checks = window.checks
    qtbot.waitUntil(lambda: bool(checks.findChildren(QPushButton)))
    button = checks.findChildren(QPushButton)[0]
    seen = []

    def answered() -> None:  # the dialog's event loop has had its turns
        seen.append(button in checks.findChildren(QPushButton))
        QApplication.activeModalWidget().accept()

    def while_asking() -> None:
        window.session.problems_changed.emit()  # the checks of an earlier edit arrive
        QTimer.singleShot(200, answered)

    dialog = QDialog(window)
    QTimer.singleShot(100, while_asking)
    dialog.exec()
    assert seen == [True]
    qtbot.waitUntil(lambda: button not in checks.findChildren(QPushButton))  # then listed


def test_a_crash_in_native_code_leaves_what_the_editor_was_doing_beside_the_log(tmp_path):
    """The fresh user's crash left an empty log: a crash inside Qt ends the process before
    Python can log. The stack at the crash is kept in factsheet-studio-crash.log."""
    import subprocess
    import sys

    crash = (
        "import sys\n"
        "from pathlib import Path\n"
        "from infographic_app.gui.app import _start_log\n"
        "_start_log(Path(sys.argv[1]))\n"
        "def choosing_a_chart():\n"
        "    import faulthandler\n"
        "    faulthandler._sigsegv()\n"
        "choosing_a_chart()\n")
    done = subprocess.run([sys.executable, "-c", crash, str(tmp_path)], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode != 0
    record = (tmp_path / "factsheet-studio-crash.log").read_text(encoding="utf-8")
    assert "Segmentation fault" in record and "choosing_a_chart" in record
