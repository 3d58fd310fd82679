"""The alt text of every chart, as screen readers will read it, ready to copy into a post:
the short text alternative (what the PDF and the web page give the chart) and the long
description under it (what the web page puts after the chart).

Read-only and selectable; clicking a chart's heading asks for its field in the forms. The
texts come from model.alt_text and model.chart_description, so they are the same words the
exports write.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from infographic_app.model.alt_text import alt_texts, visuals
from infographic_app.model.chart_description import long_description
from infographic_app.model.document import Document


class AltTextPanel(QWidget):
    """The Alt text panel: the generated short alt text and long description of every
    chart, in the factsheet's language; a click on a heading asks for the chart's field
    (`field_requested`)."""
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
        self._shown: list[tuple[str, str, str, str]] = []

    def set_document(self, document: Document) -> None:
        """Show the document's alt texts; nothing is redrawn while they stay the same, so a
        selection survives typing elsewhere."""
        texts = dict(alt_texts(document))
        values = document.values()
        shown = [(element_id, heading or element_id, texts[element_id],
                  long_description(document, visual, heading, values))
                 for element_id, heading, visual in visuals(document)]
        if shown == self._shown:
            return
        self._shown = shown
        scroll = self.browser.verticalScrollBar()
        position = scroll.value()
        self.browser.setHtml("".join(
            f'<p><a href="{escape(element_id)}"><b>{escape(heading)}</b></a><br>'
            f"{escape(text)}</p><p>{escape(long)}</p>"
            for element_id, heading, text, long in shown))
        scroll.setValue(position)

    def _clicked(self, url: QUrl) -> None:
        self.field_requested.emit(url.toString())
