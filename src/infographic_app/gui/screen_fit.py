"""Windows and dialogs sized to the screen they open on, so a 1366 x 768 laptop shows them
whole (their buttons too): long content scrolls inside them instead."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# Room left around a window for its frame and title bar (pixels).
FRAME_ROOM = 60


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize `widget` to `width` x `height` pixels, or less where the available part of its
    screen (without task bar and dock, FRAME_ROOM for the window's frame) is smaller, and
    centre it there."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    size = (min(width, available.width() - FRAME_ROOM),
            min(height, available.height() - FRAME_ROOM))
    widget.resize(*size)
    widget.move(available.x() + (available.width() - size[0]) // 2,
                available.y() + (available.height() - size[1]) // 2)
