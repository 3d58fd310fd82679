"""Run as a script: build the real main window under the platform (and so the key scheme)
of the environment and print its actions' shortcuts and the scheme's standard keys as JSON.

tests/gui/test_shortcuts.py runs it once per key scheme: offscreen Qt uses the Windows
scheme; under Xvfb the X11 one, and with QT_QPA_PLATFORMTHEME the GNOME or KDE one.
"""

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from infographic_app.gui.main_window import MainWindow
from infographic_app.gui.recovery import Recovery

WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def main() -> None:
    app = QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    window = MainWindow(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat),
                        Recovery(folder / "recovery"))
    window.files.open_initial(None)
    window._load_figure_panel()
    window.forms.rebuild()
    app.processEvents()
    actions = []
    for action in window.findChildren(QAction):
        keys = [k.toString() for k in action.shortcuts() if not k.isEmpty()]
        if keys:
            actions.append({"text": action.text(), "keys": keys,
                            "standard_key": action.property("standard_key"),
                            "window_wide": action.shortcutContext() in WINDOW_WIDE})
    standard = {key.name: [k.toString() for k in QKeySequence.keyBindings(key)]
                for key in QKeySequence.StandardKey}
    print(json.dumps({"platform": app.platformName(), "actions": actions,
                      "standard": {k: v for k, v in standard.items() if v}}))


if __name__ == "__main__":
    main()
