"""Starting the desktop editor: application, settings, language, recovery folder, window."""

from __future__ import annotations

import sys
import threading
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractEventDispatcher,
    QEvent,
    QEventLoop,
    QObject,
    QSettings,
    SignalInstance,
)
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from infographic_app import __version__
from infographic_app.gui.desktop import APP_ID, ORGANISATION_DOMAIN, app_icon
from infographic_app.gui.i18n import chosen_language, install_translators, tr
from infographic_app.gui.main_window import MainWindow
from infographic_app.gui.recent_files import start_file
from infographic_app.gui.single_instance import SingleInstance
from infographic_app.gui.start_picture import recall
from infographic_app.paths import (
    APPLICATION,
    CRASH_LOG_NAME,
    LOG_NAME,
    ORGANISATION,
    recovery_folder,
    user_data_folder,
)

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler

    from infographic_app.model.document import Document

LOG_BYTES, LOG_BACKUPS = 1_000_000, 3  # at most 4 MB of log
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# At start the window shows the factsheet before the work queued behind it runs (the forms'
# fields, the figure panel), waiting at most this long for the window system to show it.
FIRST_FRAME_WAIT_S = 1.5


def log_file_handler(folder: Path) -> RotatingFileHandler:
    """The log file, rotated at LOG_BYTES: factsheet-studio.log, then .log.1 … .log.3 (the
    oldest is dropped), so years of daily use never fill a disk."""
    import logging
    from logging.handlers import RotatingFileHandler

    folder.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(folder / LOG_NAME, maxBytes=LOG_BYTES,
                                  backupCount=LOG_BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    return handler


def _start_log(folder: Path) -> None:
    """Log to the file in `folder` (and the console, where there is one); after the first
    frame, which needs no logging's modules."""
    import logging

    # The windowed program on Windows has no console: sys.stderr is None there.
    console = [logging.StreamHandler()] if sys.stderr is not None else []
    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT,
                        handlers=[log_file_handler(folder), *console])
    logging.getLogger("pikepdf").setLevel(logging.WARNING)  # not its start-up chatter
    _record_crashes(folder)


def _record_crashes(folder: Path) -> None:
    """A crash in native code (Qt) ends the process before the log can say anything: the
    Python stack of every thread at that moment goes to CRASH_LOG_NAME beside the log (kept
    open for the process's life, added to at each crash), for a problem report."""
    import faulthandler

    try:
        crashes = (folder / CRASH_LOG_NAME).open("a", encoding="utf-8")
    except OSError:
        return  # a folder that cannot be written: the log says so already
    faulthandler.enable(file=crashes, all_threads=True)
    _KEPT_OPEN.append(crashes)


_KEPT_OPEN: list = []  # the crash record's file: faulthandler writes to its descriptor


def run(document: Path | None, loaded: Document | None = None) -> int:
    """Start the editor on `document` (None: the last file, else the bundled template):
    settings, translations, the window, the log, the event loop; `loaded` is `document` read
    already, so it is not read twice. Where the preview of that file was remembered
    (gui/start_picture.py), the window shows it first and the editor is imported and built
    behind it. Returns the exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setOrganizationDomain(ORGANISATION_DOMAIN)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)  # packaging/nl.fier.FactsheetStudio.desktop: shell icon
    app.setWindowIcon(app_icon())
    running = SingleInstance(user_data_folder(), app)
    if not running.claim() and running.hand_over(document):
        return 0  # the editor already running opens the file
    app.aboutToQuit.connect(running.release)
    settings = QSettings()
    language = chosen_language(settings)
    install_translators(app, language)
    path = start_file(settings, document)
    remembered = recall(path, language)
    window = MainWindow(settings, None, remembered[0] if remembered else None)
    running.file_requested.connect(window.open_requested)  # held until it is built
    if sys.platform == "darwin":  # the only system that sends them; a filter of every
        app.installEventFilter(_FileOpenEvents(window))  # event costs ~0.1 s at start
    if remembered:
        window.setWindowTitle(remembered[1])
        if not _show_first_frame(app, window, window.start_picture.painted):
            return 0
    pictured = window.start_picture.shown  # else the window's size changed since
    _start_log(user_data_folder())
    from infographic_app.gui.recovery import Recovery

    window.build(Recovery(recovery_folder()))
    _report_unhandled_errors(window)
    as_saved = window.files.open_initial(path, loaded)
    window.open_held_requests()
    if not _show_first_frame(app, window, window.preview.first_painted):
        return 0  # closed before it was painted: a quit then finds no event loop to end
    if as_saved and not pictured:
        window.remember_start_picture(path)
    return app.exec()


class _FileOpenEvents(QObject):
    """macOS' Finder opens a factsheet (a double-click, a drop on the Dock icon) by an event
    to the running app (QFileOpenEvent), not by its command line: the window opens it."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            self.window.open_requested(Path(event.file()))
            return True
        return super().eventFilter(watched, event)


def _show_first_frame(app: QApplication, window: MainWindow, painted_signal: SignalInstance
                      ) -> bool:
    """Show the window and handle the window system's events (expose, paint) until
    `painted_signal` says the factsheet is painted (the preview's or the start picture's),
    before any timer: the work queued on timers (building
    the forms' fields, loading the figure panel) follows the first frame instead of delaying
    it. At most FIRST_FRAME_WAIT_S (a window that is never exposed, e.g. started minimised);
    where the event dispatcher cannot hold timers back (Windows, macOS), they run as before.
    Returns whether the window is still open."""
    painted = []
    painted_signal.connect(lambda: painted.append(True))
    window.show()
    dispatcher = QAbstractEventDispatcher.instance()
    timeout = threading.Timer(FIRST_FRAME_WAIT_S, lambda: (painted.append(False),
                                                           dispatcher.wakeUp()))
    timeout.start()
    flags = QEventLoop.ProcessEventsFlag.X11ExcludeTimers | \
        QEventLoop.ProcessEventsFlag.WaitForMoreEvents
    try:
        while not painted and window.isVisible():
            app.processEvents(flags)
    finally:
        timeout.cancel()
    return window.isVisible()


def _report_unhandled_errors(window: MainWindow) -> None:
    """An unexpected error is logged and shown, never swallowed; the window stays open."""

    def hook(kind, error, trace) -> None:
        import logging

        text = "".join(traceback.format_exception(kind, error, trace))
        logging.getLogger("infographic_app").error("unhandled error\n%s", text)
        QMessageBox.critical(window, "Factsheet studio", tr(
            "Something went wrong inside the app: {error}\n\nSave your work now (File → Save, "
            "or Save as to keep this version apart). Please report this:\n\n{details}")
            .format(error=error, details=text[-2000:]))

    sys.excepthook = hook
