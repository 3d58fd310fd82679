"""The alt text of every chart, as screen readers will read it, ready to copy into a post.

Read-only and selectable; clicking a chart's heading asks for its field in the forms. The
texts come from model.alt_text, so they are the same words the card export writes.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from infographic_app.model.alt_text import alt_texts, visuals
from infographic_app.model.document import Document


class AltTextPanel(QWidget):
    """The Alt text panel: the generated alt text of every chart, in the factsheet's
    language; a double-click asks for the chart's field (`field_requested`)."""
    field_requested = Signal(str)  # the element id of a visual, e.g. 'blocks.intro.visual'

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("alt_text")
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self._shown: list[tuple[str, str, str]] = []

    def set_document(self, document: Document) -> None:
        """Show the document's alt texts; nothing is redrawn while they stay the same, so a
        selection survives typing elsewhere."""
        texts = dict(alt_texts(document))
        shown = [(element_id, heading or element_id, texts[element_id])
                 for element_id, heading, _ in visuals(document)]
        if shown == self._shown:
            return
        self._shown = shown
        scroll = self.browser.verticalScrollBar()
        position = scroll.value()
        self.browser.setHtml("".join(
            f'<p><a href="{escape(element_id)}"><b>{escape(heading)}</b></a><br>'
            f"{escape(text)}</p>" for element_id, heading, text in shown))
        scroll.setValue(position)

    def _clicked(self, url: QUrl) -> None:
        self.field_requested.emit(url.toString())
