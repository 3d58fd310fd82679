"""Starting the desktop editor: application, settings, language, recovery folder, window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox

from infographic_app import __version__
from infographic_app.gui.desktop import APP_ID, ORGANISATION_DOMAIN, app_icon
from infographic_app.gui.i18n import chosen_language, install_translators
from infographic_app.gui.main_window import MainWindow
from infographic_app.gui.recovery import Recovery
from infographic_app.model.document import Document

ORGANISATION, APPLICATION = "CKM", "Factsheet studio"
log = logging.getLogger("infographic_app")


def data_folder() -> Path:
    """Per user: recovery copies and the log (e.g. ~/.local/share/CKM/Factsheet studio)."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def _start_log(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    logging.basicConfig(level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
                        handlers=[logging.FileHandler(folder / "factsheet-studio.log"),
                                  logging.StreamHandler()])
    logging.getLogger("pikepdf").setLevel(logging.WARNING)  # not its start-up chatter


def run(document: Path | None, loaded: Document | None = None) -> int:
    """The editor on `document` (else the last one, else the bundled factsheet); `loaded`:
    `document` read already, so it is not read twice."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setOrganizationDomain(ORGANISATION_DOMAIN)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # packaging/nl.fier.FactsheetStudio.desktop: shell icon
    app.setWindowIcon(app_icon())
    settings = QSettings()
    _start_log(data_folder())
    install_translators(app, chosen_language(settings))
    window = MainWindow(settings, Recovery(data_folder() / "recovery"))
    _report_unhandled_errors(window)
    window.open_initial(document, loaded)
    window.show()
    return app.exec()


def _report_unhandled_errors(window: MainWindow) -> None:
    """An unexpected error is logged and shown, never swallowed; the window stays open."""

    def hook(kind, error, trace) -> None:
        text = "".join(traceback.format_exception(kind, error, trace))
        log.error("unhandled error\n%s", text)
        QMessageBox.critical(window, "Factsheet studio",
                             f"Something went wrong inside the app: {error}\n\n"
                             "Your work is kept in the recovery copy. Please report this:\n\n"
                             + text[-2000:])

    sys.excepthook = hook
