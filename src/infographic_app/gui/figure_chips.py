"""Figures as chips in a text field: a reference to a figure ('{victims}', '{age:words}')
shows as one inline chip with what it prints and the figure's label ('265 · slachtoffers'),
moved, selected and deleted as one character; the field's stored text keeps the reference as
written.

A chip is the object replacement character (U+FFFC) with a character format of CHIP_TYPE
whose REFERENCE property holds the reference as written; ChipPainter sizes and draws it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRectF, QRegularExpression, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPyTextObject,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from infographic_app.model.document import Document
from infographic_app.model.references import REFERENCE, WORDS_FORM, Reference, read_reference

CHIP_TYPE = QTextFormat.ObjectTypes.UserObject + 1
REFERENCE_PROPERTY = QTextFormat.Property.UserProperty + 1
OBJECT = "\ufffc"  # the character a chip stands on
LABEL_SHOWN = 28  # characters of a figure's label a chip shows
PADDING = 4.0  # points left and right of a chip's text
REFERENCE_PATTERN = QRegularExpression(REFERENCE.pattern)


def chip_format(written: str) -> QTextCharFormat:
    """The character format of a chip for the reference `written` ('{victims:words}')."""
    chip = QTextCharFormat()
    chip.setObjectType(CHIP_TYPE)
    chip.setProperty(REFERENCE_PROPERTY, written)
    return chip


def printed_value(document: Document, reference: Reference, values=None) -> str:
    """What `reference` prints in the middle of a sentence ('ruim negen van de tien',
    '92,9', '+14%'); `values`: the document's figure values, when at hand."""
    if reference.form == WORDS_FORM:
        return document.in_words(reference.figure_id, values)
    return document.printed(reference, "", 0, values)


def chip_text(document: Document, written: str, values=None) -> str:
    """What a chip shows: the value the reference prints and the figure's label,
    '265 · slachtoffers gezien' (the label shortened to LABEL_SHOWN characters); `values`:
    the document's figure values, when at hand."""
    reference = read_reference(REFERENCE.fullmatch(written))
    figure = document.figures[reference.figure_id]
    label = figure.label or reference.figure_id
    if len(label) > LABEL_SHOWN:
        label = label[:LABEL_SHOWN - 1].rstrip() + "…"
    return f"{printed_value(document, reference, values)} · {label}"


def is_chip(document: Document, written: str) -> bool:
    """Whether the reference `written` shows as a chip: it names a figure of `document`
    (anything else in braces stays as typed, so it shows and the checks name it)."""
    match = REFERENCE.fullmatch(written)
    return match is not None and read_reference(match).figure_id in document.figures


def show_chips(text_document: QTextDocument, document: Document, text: str) -> None:
    """Put the stored `text` into `text_document`, each reference to a figure of `document`
    as a chip."""
    text_document.clear()
    cursor = QTextCursor(text_document)
    cursor.beginEditBlock()
    plain, last = QTextCharFormat(), 0
    for match in REFERENCE.finditer(text):
        if not is_chip(document, match.group()):
            continue
        cursor.insertText(text[last:match.start()], plain)
        cursor.insertText(OBJECT, chip_format(match.group()))
        last = match.end()
    cursor.insertText(text[last:], plain)
    cursor.endEditBlock()


def chip_references(text_document: QTextDocument, document: Document) -> int:
    """Turn each reference to a figure typed or pasted as text into a chip; the number
    turned."""
    turned = 0
    found = text_document.find(REFERENCE_PATTERN)
    while not found.isNull():
        if is_chip(document, found.selectedText()):
            found.insertText(OBJECT, chip_format(found.selectedText()))
            turned += 1
        found = text_document.find(REFERENCE_PATTERN, found)
    return turned


def stored_text(text_document: QTextDocument) -> str:
    """The text as it is stored: each chip as its reference, '{victims:words}'."""
    lines = []
    block = text_document.begin()
    while block.isValid():
        parts = []
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            chip = fragment.charFormat()
            if chip.objectType() == CHIP_TYPE:
                written = str(chip.property(REFERENCE_PROPERTY))
                parts.append(fragment.text().replace(OBJECT, written))
            else:
                parts.append(fragment.text())
            it += 1
        lines.append("".join(parts))
        block = block.next()
    return "\n".join(lines)


class ChipPainter(QPyTextObject):
    """Sizes and draws the chips of a text field: a rounded box in the palette's highlight
    colour, lightened, around the chip's text (chip_text). The texts are worked out once,
    and again when the values may have changed (follow_values), not each time a chip is
    sized or drawn."""

    def __init__(self, document_of: Callable[[], Document | None], parent: QObject):
        """`document_of`: the factsheet open now (chips show its values)."""
        super().__init__(parent)
        self.document_of = document_of
        self._texts: dict[str, str] = {}  # what a chip shows, by its reference as written

    def text_of(self, written: str) -> str:
        """What the chip of the reference `written` ('{victims}') shows: chip_text, or the
        reference as written when it names no figure."""
        if written not in self._texts:
            self._texts[written] = self._worked_out(written)
        return self._texts[written]

    def follow_values(self) -> bool:
        """Work out the texts of the chips shown again, the figures' values and labels
        having perhaps changed; whether any text changed (its field then lays out again)."""
        values = self.document_of().values() if self._texts and self.document_of() else None
        texts = {written: self._worked_out(written, values) for written in self._texts}
        changed, self._texts = texts != self._texts, texts
        return changed

    def _worked_out(self, written: str, values=None) -> str:
        document = self.document_of()
        if document is None or not is_chip(document, written):
            return written
        return chip_text(document, written, values)

    def _text(self, chip: QTextFormat) -> str:
        return self.text_of(str(chip.property(REFERENCE_PROPERTY)))

    def intrinsicSize(self, doc, position, chip) -> QSizeF:  # noqa: N802 (Qt's name)
        metrics = QFontMetricsF(doc.defaultFont())
        return QSizeF(metrics.horizontalAdvance(self._text(chip)) + 2 * PADDING,
                      metrics.height())

    def drawObject(self, painter: QPainter, rect: QRectF, doc, position,  # noqa: N802
                   chip) -> None:
        palette = self.parent().palette() if self.parent() is not None else QPalette()
        fill = QColor(palette.color(QPalette.ColorRole.Highlight))
        fill.setAlpha(48)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(palette.color(QPalette.ColorRole.Highlight))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect.adjusted(0.5, 1, -0.5, -1), 5, 5)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.setFont(doc.defaultFont())
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._text(chip))
        painter.restore()
