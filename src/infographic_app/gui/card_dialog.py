"""File → Export → Social media: which figure or theme a card shows, in which format, and
its alt text to copy into the post."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QPushButton,
)

from infographic_app.gui.i18n import tr
from infographic_app.model.alt_text import alt_text_for_card, card_targets, find_card
from infographic_app.model.document import Document

# The formats of layout/cards.py CARD_SIZES, in the order offered, with their names.
CARD_FORMATS = {
    "square": QT_TRANSLATE_NOOP("CardDialog", "Square post (1080 × 1080)"),
    "portrait": QT_TRANSLATE_NOOP("CardDialog", "Portrait post (1080 × 1350)"),
    "story": QT_TRANSLATE_NOOP("CardDialog", "Story (1080 × 1920)"),
    "wide": QT_TRANSLATE_NOOP("CardDialog", "LinkedIn / X (1200 × 627)"),
}


def card_name(document: Document, target: str) -> str:
    """What a card shows, in the words of the forms: 'Figure: unieke bezoekers …',
    'Theme: partner = pleger', 'Tile: …' (never an id)."""
    card = find_card(document, target)
    if card.heading:
        return tr("Theme: {heading}").format(heading=card.heading)
    label = document.figures[card.figure].label if card.figure else target
    if target in document.figures:
        return tr("Figure: {label}").format(label=label)
    return tr("Tile: {label}").format(label=label)


class CardDialog(QDialog):
    """Choose a card's content (`target`) and format (`size`); shows its alt text, with a
    button that copies it to the clipboard."""

    def __init__(self, document: Document, parent=None):
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(tr("Social media card"))
        form = QFormLayout(self)
        self.what = QComboBox()
        for target in card_targets(document):
            self.what.addItem(card_name(document, target), target)
        self.format = QComboBox()
        for size, name in CARD_FORMATS.items():
            self.format.addItem(QCoreApplication.translate("CardDialog", name), size)
        self.alt = QPlainTextEdit()
        self.alt.setReadOnly(True)
        self.alt.setAccessibleName(tr("Alt text"))
        copy = QPushButton(tr("&Copy alt text"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.alt_text))
        form.addRow(tr("&Show"), self.what)
        form.addRow(tr("&Format"), self.format)
        form.addRow(tr("Alt text"), self.alt)
        form.addRow("", copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.what.currentIndexChanged.connect(self._show_alt_text)
        self._show_alt_text()

    @property
    def target(self) -> str:
        return self.what.currentData()

    @property
    def size(self) -> str:
        return self.format.currentData()

    @property
    def alt_text(self) -> str:
        return self.alt.toPlainText()

    def _show_alt_text(self) -> None:
        self.alt.setPlainText(alt_text_for_card(self.document, self.target))
