"""File → New edition…: the dialog that asks for the new edition and which mentions of the
previous year to replace (the work is model/editions.py; gui/lifecycle.py opens the result)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from infographic_app.gui.i18n import place, tr
from infographic_app.model.document import Document
from infographic_app.model.editions import YearMention, edition_label, moved_on

# Fields where the year usually is the edition's own (titles, headings, the PDF's metadata):
# proposed ticked. A year in a running text is often history ("In 2019 kwamen voor het
# eerst…"): proposed unticked, and the checks warn about it until it is dealt with.
TICKED_ENDINGS = (".title", ".kicker", ".heading", ".subject")


def ticked_by_default(mention: YearMention, previous: str | None) -> bool:
    """Whether a mention of a year is proposed for replacing by the new edition's: of the
    `previous` edition's year in titles, headings and metadata yes; in running texts no
    (they often name another year on purpose); an older year never (listed for review)."""
    return mention.year == previous and mention.field.endswith(TICKED_ENDINGS)


def next_edition(edition: str) -> str:
    """The edition after `edition` when it is a year ('2020' after '2019'), else ''."""
    return str(int(edition) + 1) if edition.isdigit() else ""


class NewEditionDialog(QDialog):
    """The new edition's label, and the places naming the current year with a tick each:
    those ticked get the new edition's year."""

    def __init__(self, document: Document, mentions: list[YearMention],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.document, self.mentions = document, mentions
        self.previous = previous = document.edition or ""
        self.setWindowTitle(tr("New edition"))
        self.setObjectName("new_edition_dialog")
        form = QFormLayout(self)
        self.edition = QLineEdit(next_edition(previous))
        self.edition.setObjectName("edition")
        form.addRow(tr("New edition (a year or a label)"), self.edition)
        explanation = QLabel(tr(
            "Every figure keeps its value of edition {previous} in its history and is marked "
            "not yet updated until you type this edition's value or confirm it unchanged.\n"
            "{previous} and earlier years appear in these places; ticked ones get the new "
            "edition's year. A year that refers to something that happened then must "
            "stay.").format(
            previous=previous))
        explanation.setWordWrap(True)
        form.addRow(explanation)
        self.places = QListWidget()
        self.places.setObjectName("year_mentions")
        self.places.setWordWrap(True)  # long places and quotes wrap, no sideways scrolling
        self.places.setResizeMode(QListView.ResizeMode.Adjust)
        self.places.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for mention in mentions:
            item = QListWidgetItem()
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ticked_by_default(mention, previous)
                               else Qt.CheckState.Unchecked)
            self.places.addItem(item)
        form.addRow(self.places)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.edition.textChanged.connect(self._show)
        self._show()
        self.resize(760, 420)

    def _show(self) -> None:
        label = edition_label(self.edition.text())
        valid = label is not None and label != self.previous
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(valid)
        for index, mention in enumerate(self.mentions):
            self.places.item(index).setText(
                f"{place(self.document, mention.field)}: "  # figures as printed
                + mention.context(moved_on(mention.year, self.previous, label) if valid
                                  else None, resolve=self.document.resolve))

    def chosen(self) -> tuple[str, list[YearMention]]:
        ticked = [m for i, m in enumerate(self.mentions)
                  if self.places.item(i).checkState() == Qt.CheckState.Checked]
        return edition_label(self.edition.text()) or "", ticked


def ask_new_edition(parent: QWidget, document: Document,
                    mentions: list[YearMention]) -> tuple[str, list[YearMention]] | None:
    """The dialog for the edition after `document`'s, run: (new edition, mentions to
    replace), or None when cancelled."""
    dialog = NewEditionDialog(document, mentions, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen()
