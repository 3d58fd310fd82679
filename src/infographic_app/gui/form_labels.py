"""The labels of the forms: a subheading, a figure's name in bold, a note in the palette's
muted colour, a problem in red. Styled by font and palette: style sheets make a form the
size of a factsheet's slow to show."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

PROBLEM_COLOUR = QColor(192, 0, 26)


def styled_label(text: str, role: str) -> QLabel:
    """A new label showing `text` in the style of `role`: 'subheading' (bold, on one line,
    with room above it), 'figure' (bold), 'note' (muted) or 'problem' (red); any other role
    gives a plain label. All but a subheading wrap."""
    label = QLabel(text)
    label.setWordWrap(role != "subheading")
    if role in ("subheading", "figure"):
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    if role in ("note", "problem"):
        palette = label.palette()
        colour = PROBLEM_COLOUR if role == "problem" else palette.color(QPalette.ColorRole.Mid)
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        label.setPalette(palette)
    if role == "subheading":
        label.setContentsMargins(0, 6, 0, 0)
    return label


def subheading(text: str) -> QLabel:
    """A subheading inside a group: an entry of a list, a chart, the figures of a block."""
    return styled_label(text, "subheading")


def bold(text: str) -> QLabel:
    """A figure's name beside its value."""
    return styled_label(text, "figure")


def note(text: str) -> QLabel:
    """A remark in the muted colour: a figure's type, a formula, the figures a chart shows."""
    return styled_label(text, "note")
