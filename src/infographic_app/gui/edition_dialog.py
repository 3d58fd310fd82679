"""File → New edition… and the checks list's one-click answers to edition warnings.

Thin: the work is model/editions.py (start_edition, year_mentions, replace_mentions); this
module asks the user and opens the result as a new, unsaved factsheet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from infographic_app.checks.consistency import ROUND_TOGETHER_FIX
from infographic_app.checks.unit_signs import FIX as UNIT_SIGN_FIX
from infographic_app.checks.unit_signs import without_doubled_signs
from infographic_app.gui.i18n import place, tr
from infographic_app.model.document import Document
from infographic_app.model.editions import (
    EditionError,
    YearMention,
    edition_label,
    not_updated,
    replace_mentions,
    start_edition,
    year_mentions,
)
from infographic_app.model.operations import round_together
from infographic_app.paths import default_document

if TYPE_CHECKING:
    from infographic_app.gui.main_window import MainWindow
    from infographic_app.gui.session import Session

# Fields where the year usually is the edition's own (titles, headings, the PDF's metadata):
# proposed ticked. A year in a running text is often history ("In 2019 kwamen voor het
# eerst…"): proposed unticked, and the checks warn about it until it is dealt with.
TICKED_ENDINGS = (".title", ".kicker", ".heading", ".subject")


def ticked_by_default(mention: YearMention) -> bool:
    """Whether a mention of last edition's year is proposed for replacing: titles,
    headings and metadata yes; running texts no (they often name another year on purpose)."""
    return mention.field.endswith(TICKED_ENDINGS)


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
            "Every figure keeps its {previous} value in its history and is marked not yet "
            "updated until you type this edition's value or confirm it unchanged.\n"
            "{previous} appears in these places; ticked ones get the new edition's year. A "
            "year that refers to something that happened then must stay.").format(
            previous=previous))
        explanation.setWordWrap(True)
        form.addRow(explanation)
        self.places = QListWidget()
        self.places.setObjectName("year_mentions")
        for mention in mentions:
            item = QListWidgetItem()
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ticked_by_default(mention)
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
                f"{self.document.resolve(mention.context(label if valid else None))}")

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


def start_new_edition(window: MainWindow) -> bool:
    """File → New edition…: after the user's answers, the new edition opens as a new,
    unsaved factsheet (Save As gives it a name). False when nothing was started."""
    session = window.session
    document = session.document
    if document.edition is None:
        window.dialogs.error(tr("New edition"), tr(
            "This factsheet does not say which edition it is. Add a line such as "
            "'edition: 2019' at its top, after schema_version, and open it again."))
        return False
    if not window._may_discard():
        return False
    mentions = year_mentions(document, document.edition)
    answer = window.dialogs.ask_new_edition(document, mentions)
    if answer is None:
        return False
    label, chosen = answer
    try:
        new = start_edition(document, label)
    except EditionError as error:
        window.dialogs.error(tr("New edition"), str(error))
        return False
    replace_mentions(new, chosen, new.edition)
    session.open(session.path or default_document(), new)
    session.undo_stack.resetClean()  # not saved anywhere yet
    window._update_title()
    window.statusBar().showMessage(tr(
        "Edition {edition}: type the new figures, or confirm them unchanged in the checks "
        "list; then Save as.").format(edition=new.edition), 15000)
    return True


def fix_label(fix: str) -> str:
    """The button text for a problem's one-click fix ('confirm:<figure>', 'intended:<field>',
    'new_page:<block>', 'add_page', 'unit_sign:<field>', 'suppress:<figure>',
    'disclose:<figure>', 'merge:<figure>', 'round_together:<figure>,<figure>,...')."""
    kind = fix.partition(":")[0]
    if kind == "new_page":
        return tr("Move to a new page")
    if kind == "add_page":
        return tr("Add a page")
    if kind == UNIT_SIGN_FIX:
        return tr("Remove the doubled sign")
    if kind == "suppress":
        return tr("Print as 'fewer than'")
    if kind == "disclose":
        return tr("Confirm with a reason…")
    if kind == "merge":
        return tr("Merge with…")
    if kind == ROUND_TOGETHER_FIX:
        return tr("Round together")
    return tr("Confirm unchanged") if kind == "confirm" else tr("Mark as intended")


def apply_fix(session: Session, fix: str) -> None:
    """Do a problem's one-click fix as one undoable step: confirm a figure unchanged, mark
    a text's mention of the previous year as intended, remove the unit signs typed after
    the figures of a text that print them, print a small count as 'minder dan 10', or
    round shares together (largest remainder)."""
    kind, _, target = fix.partition(":")
    session.end_typing_step()
    if kind == "confirm":
        label = session.document.figures[target].label or target
        session.edit(f"figures.{target}.updated", True,
                     tr("Confirm unchanged: {label}").format(label=label))
    elif kind == "intended":
        marks = list(session.value("intended_year_mentions"))
        if target not in marks:
            session.edit("intended_year_mentions", [*marks, target],
                         tr("Year intended: {field}").format(
                             field=place(session.document, target)))
    elif kind == "suppress":
        label = session.document.figures[target].label or target
        session.edit(f"figures.{target}.suppressed", True,
                     tr("Print as 'fewer than': {label}").format(label=label))
    elif kind == ROUND_TOGETHER_FIX:
        parts = target.split(",")
        session.perform(round_together(session.document, parts), tr("Round together: {labels}")
                        .format(labels=", ".join(session.document.figures[f].label
                                                 for f in parts)))
    elif kind == UNIT_SIGN_FIX:
        session.edit(target, without_doubled_signs(session.document, session.value(target)),
                     tr("Remove the doubled sign"))
    session.end_typing_step()


def confirm_all_unchanged(window: MainWindow) -> None:
    """Edit → Confirm all unchanged…: after a question that lists them, every figure still
    holding last edition's value is confirmed unchanged, as one undo step."""
    session = window.session
    figure_ids = not_updated(session.document)
    if not figure_ids:
        window.statusBar().showMessage(tr("Every figure is up to date for this edition."), 5000)
        return
    labels = [session.document.figures[f].label or f for f in figure_ids]
    if not window.dialogs.ask_confirm_unchanged(labels):
        return
    session.undo_stack.beginMacro(tr("Confirm {count} figures unchanged").format(
        count=len(figure_ids)))
    try:
        for figure_id in figure_ids:
            apply_fix(session, f"confirm:{figure_id}")
    finally:
        session.undo_stack.endMacro()
