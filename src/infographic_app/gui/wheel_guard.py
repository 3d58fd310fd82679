"""The scroll wheel scrolls the form; it never changes a value the pointer happens to pass.

Qt gives a drop-down list or number box the wheel whenever the pointer is over it, so
scrolling down the form could silently pick another figure for a tile or another chart kind.
Here such a widget takes the wheel only while it has the keyboard focus (the user clicked
it); otherwise the wheel goes to the form's scroll bar. A text box too: its own lines
scrolled under the pointer stalled the form's scrolling half way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QPlainTextEdit,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox)


class WheelGuard(QObject):
    """Install with `guard(widget)` on a form's body, after (re)building it."""

    def __init__(self, area: QAbstractScrollArea):
        super().__init__(area)
        self.area = area

    def guard(self, body: QWidget) -> None:
        """Every drop-down list and number box inside `body` takes the wheel only when
        focused, and gets the focus only by a click or the Tab key, not by the wheel."""
        for widget in body.findChildren(QWidget):
            if isinstance(widget, GUARDED):
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                widget.installEventFilter(self)
            elif isinstance(widget, QPlainTextEdit):  # the wheel reaches its viewport
                widget.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        owner = watched.parent() if isinstance(watched.parent(), QPlainTextEdit) else watched
        if event.type() == QEvent.Type.Wheel and not owner.hasFocus():
            QCoreApplication.sendEvent(self.area.verticalScrollBar(), event)
            return True
        return False
