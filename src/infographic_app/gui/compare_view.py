"""File → Compare with: the open factsheet beside its previous edition (from the figures'
history) or beside another factsheet, as a comms person reads it: figures old → new with
the change, texts that changed with deletions struck through and insertions marked, entries
added or removed, and any other change.

Thin: the comparison is model/comparison.py (`compare_documents`, as `infographic-app diff`
prints it); this module only shows it, and shows it again when the open factsheet changes.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from infographic_app.gui.forms import name_of
from infographic_app.gui.i18n import place, tr
from infographic_app.model.comparison import Comparison, as_previous_edition, compare_documents
from infographic_app.model.document import Document
from infographic_app.model.places import named_value
from infographic_app.model.problems import InputError
from infographic_app.model.reading import load_document

if TYPE_CHECKING:
    from infographic_app.gui.dialogs import Dialogs
    from infographic_app.gui.session import Session

INK, MUTED, BRAND = "#3C3C3B", "#666666", "#E11F63"
REMOVED_STYLE = "color:#B3261E; background:#FDE7E9; text-decoration:line-through"
ADDED_STYLE = "color:#1E6B2E; background:#E3F4E6; font-weight:bold"


def comparison_html(comparison: Comparison, before: Document, after: Document,
                    before_name: str, after_name: str, texts_compared: bool = True) -> str:
    """The comparison as a page of HTML: a table of figures, the changed texts, the entries
    added and removed, and the other changes."""
    w_no_differences = escape(tr("No differences."))
    w_figures = escape(tr("Figures"))
    w_figure = escape(tr("Figure"))
    w_change = escape(tr("Change"))
    w_no_figure_changed = escape(tr("No figure changed."))
    w_texts = escape(tr("Texts"))
    w_no_text_changed = escape(tr("No text changed."))
    w_other_changes = escape(tr("Other changes"))
    out = [f"<div style='color:{INK}'>"]
    if comparison.same:
        out.append(f"<p><b>{w_no_differences}</b></p>")
    out.append(f"<h3 style='color:{BRAND}'>{w_figures}</h3>")
    if comparison.figures:
        out.append("<table cellspacing='0' cellpadding='4' width='100%'>"
                   f"<tr style='color:{MUTED}'><th align='left'>{w_figure}</th>"
                   f"<th align='right'>{escape(before_name)}</th><th></th>"
                   f"<th align='right'>{escape(after_name)}</th>"
                   f"<th align='right'>{w_change}</th></tr>")
        for row, figure in enumerate(comparison.figures):
            shade = " style='background:#F4F4F4'" if row % 2 else ""
            out.append(f"<tr{shade}><td>{escape(figure.label or figure.figure_id)}</td>"
                       f"<td align='right'>{escape(figure.before)}</td>"
                       f"<td align='center' style='color:{MUTED}'>→</td>"
                       f"<td align='right'><b>{escape(figure.after)}</b></td>"
                       f"<td align='right'><b>{escape(figure.change or '–')}</b></td></tr>")
        out.append("</table>")
    renamed = sum(1 for figure in comparison.figures if figure.renamed_from)
    same = len([f for f in after.figures if f in before.figures]) + renamed \
        - len(comparison.figures)
    if same:
        out.append(f"<p style='color:{MUTED}'>" + escape(
            tr("{count} other figures are the same in both.").format(count=same)) + "</p>")
    elif not comparison.figures:
        out.append(f"<p style='color:{MUTED}'>{w_no_figure_changed}</p>")

    out.append(f"<h3 style='color:{BRAND}'>{w_texts}</h3>")
    if not texts_compared:
        out.append(f"<p style='color:{MUTED}'>" + escape(tr(
            "The history holds the figures of earlier editions, not their texts: to see the "
            "texts that changed, compare with last year's factsheet file.")) + "</p>")
    elif not comparison.texts:
        out.append(f"<p style='color:{MUTED}'>{w_no_text_changed}</p>")
    else:
        out.append(f"<p style='color:{MUTED}'>" + tr(
            "<span style='{removed}'>Struck through</span>: left out; "
            "<span style='{added}'>marked</span>: new.").format(
            removed=REMOVED_STYLE, added=ADDED_STYLE) + "</p>")
    for text in comparison.texts if texts_compared else ():
        words = []
        for kind, passage in text.passages():
            if kind == "-":
                words.append(f"<span style='{REMOVED_STYLE}'>{escape(passage)}</span>")
            elif kind == "+":
                words.append(f"<span style='{ADDED_STYLE}'>{escape(passage)}</span>")
            else:
                words.append(escape(passage))
        out.append(f"<p><b>{escape(place(after, text.field))}</b><br>"
                   + " ".join(words) + "</p>")

    for title, entries, document in ((tr("Added"), comparison.added, after),
                                     (tr("Removed"), comparison.removed, before)):
        if entries:
            out.append(f"<h3 style='color:{BRAND}'>{escape(title)}</h3><ul>")
            out += [f"<li>{escape(place(document, e))}</li>" for e in entries]
            out.append("</ul>")
    if comparison.other:
        out.append(f"<h3 style='color:{BRAND}'>{w_other_changes}</h3><ul>")
        for change in comparison.other:
            if change.field.endswith(".badge"):  # a choice: in words, not its key
                old, new = (v if v is None else name_of(v) for v in (change.before,
                                                                      change.after))
            else:  # a figure of a chart or a rule: by its label
                old = named_value(before, change.before)
                new = named_value(after, change.after)
            out.append(f"<li>{escape(place(after, change.field))}: "
                       f"{escape(_shown(old))} → {escape(_shown(new))}</li>")
        out.append("</ul>")
    out.append("</div>")
    return "".join(out)


def _shown(value: object) -> str:
    if value is None:
        return "—"
    text = " ".join(str(value).split())
    return text if len(text) <= 60 else text[:57] + "…"


class CompareView(QDialog):
    """The open factsheet compared with its previous edition (`other` None) or with another
    factsheet; shown again whenever the open factsheet changes."""

    def __init__(self, session: Session, choose_other: Callable[[], None],
                 other: Document | None = None, other_name: str = "",
                 parent: QWidget | None = None):
        """`choose_other`: asks for another factsheet to compare with (the button)."""
        super().__init__(parent)
        self.session, self.other, self.other_name = session, other, other_name
        self.setObjectName("compare_view")
        self.setWindowTitle(tr("Compare"))
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("compare_heading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.heading)
        self.browser = QTextBrowser()
        self.browser.setObjectName("compare_text")
        self.browser.setOpenLinks(False)
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.other_button = QPushButton(tr("Compare with another factsheet…"))
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.other_button.clicked.connect(lambda _=False: choose_other())
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.comparison: Comparison | None = None
        session.scene_changed.connect(self.refresh)
        self.resize(820, 720)
        self.refresh()

    def sides(self) -> tuple[Document, Document, str, str, bool] | None:
        """(before, after, their names, whether texts are compared); None when there is
        nothing to compare with. A side is named as an edition ('editie 2019 (geschiedenis)'),
        never as a bare year a reader could take for the year of the data."""
        document = self.session.document
        if document is None:
            return None
        own = tr("This factsheet")
        if document.edition:
            own = tr("edition {edition} (open)").format(edition=document.edition)
        if self.other is None:
            previous = as_previous_edition(document)
            if previous is None:
                return None
            return previous, document, tr("edition {edition} (history)").format(
                edition=previous.edition), own, False
        name = self.other_name
        if self.other.edition:
            name = tr("edition {edition} ({file})").format(edition=self.other.edition,
                                                           file=self.other_name)
        if _later(self.other.edition, document.edition):
            return document, self.other, own, name, True
        return self.other, document, name, own, True

    def refresh(self) -> None:
        if not self.isVisible() and self.comparison is not None:
            return
        found = self.sides()
        if found is None:
            self.comparison = None
            self.browser.setHtml(escape(tr("Nothing to compare with.")))
            return
        before, after, before_name, after_name, texts = found
        self.comparison = compare_documents(before, after)
        self.heading.setText("<b>" + escape(f"{before_name} → {after_name}") + "</b>")
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(comparison_html(self.comparison, before, after, before_name,
                                             after_name, texts))
        self.browser.verticalScrollBar().setValue(scroll)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def text(self) -> str:
        """What the view shows, as plain text (for tests and the clipboard)."""
        return self.heading.text() + "\n" + self.browser.toPlainText()


def _later(edition: str | None, than: str | None) -> bool:
    return bool(edition and than and edition.isdigit() and than.isdigit()
                and int(edition) > int(than))


def load_other(dialogs: Dialogs, path: Path) -> Document | None:
    """The factsheet to compare with, or None after saying why it cannot be read."""
    try:
        return load_document(path)
    except InputError as error:
        dialogs.error(tr("Cannot open {name}").format(name=path.name),
                             "\n".join(str(p) for p in error.problems))
        return None
