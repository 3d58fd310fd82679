"""Widgets that a dialog's event loop must find alive: a dialog asked from a widget's handler
(a field's chart question, a fix button's reason) runs an event loop of its own inside that
handler, and a widget dropped meanwhile (the forms following a structural edit, the checks
list refreshed) is deleted under the handler, which crashes the editor when it returns. So
views hold such work while a dialog is open and do it once it is closed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

RETRY_MS = 50  # how often held work looks whether the dialog is closed


def held_by_a_dialog(retry: Callable[[], None], context: QObject) -> bool:
    """Whether a dialog with an event loop of its own is open (QApplication's active modal
    widget); then `retry` is called again RETRY_MS later (never after `context` is
    deleted), and the caller stops. False: nothing holds it, go on."""
    if QApplication.activeModalWidget() is None:
        return False
    QTimer.singleShot(RETRY_MS, context, retry)
    return True
