"""Names for screen readers: every input of the window says what it is.

A form field is named after its label where it is made (gui/forms.py). What is left, a
button showing only a symbol (↑, ✕, B) or a list or table inside a panel, is named here:
after its tool tip, or after the panel it is in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

INPUTS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
          QPlainTextEdit, QTextEdit)


def is_input(widget: QWidget) -> bool:
    """A widget a user types in, clicks or moves the keyboard focus to. Scroll bars and
    table headers are parts of their view; Qt's own helpers (qt_...) are not ours."""
    if isinstance(widget, QScrollBar | QHeaderView) or widget.objectName().startswith("qt_"):
        return False
    return isinstance(widget, INPUTS) or widget.focusPolicy() != Qt.FocusPolicy.NoFocus


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader says: the accessible name, else what Qt derives (a button's
    text, the label a field is the buddy of). A symbol on a button is no name, nor is the
    current item of a combo box (which is what Qt on Linux reports as its name)."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QComboBox) or isinstance(widget, QAbstractButton) and len(
            widget.text().replace("&", "").strip()) <= 2:
        return ""
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) if interface is not None else "") or ""


def unnamed_inputs(root: QWidget) -> list[QWidget]:
    """The inputs in `root`'s window (popups and dialogs apart) a screen reader cannot name."""
    window = root.window()
    return [widget for widget in [root, *root.findChildren(QWidget)]
            if widget.window() is window and is_input(widget)
            and not spoken_name(widget).strip()]


def name_inputs(root: QWidget, fallback: str | None = None) -> None:
    """Name the inputs under `root` that have no name of their own: a button showing a
    symbol after its tool tip; with `fallback` (a panel's title), any other input."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.accessibleName() or not is_input(widget):
            continue
        if isinstance(widget, QAbstractButton) and widget.toolTip() and \
                len(widget.text().replace("&", "").strip()) <= 2:
            widget.setAccessibleName(widget.toolTip())
        elif fallback and not spoken_name(widget).strip():
            widget.setAccessibleName(fallback)
