"""The New figure dialog: a new figure's label, type, value and whether it counts people.

"Counts people" is ticked for a count or an estimate (at this organisation almost every
count is of people), so the small-count policy checks the figure from the start; the user
unticks it for a count of something else (conversations, reports). A percentage or a
decimal counts nobody, so the box is off for those.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from infographic_app.gui.i18n import tr
from infographic_app.model.figures import WHOLE_NUMBER_TYPES


@dataclass(frozen=True)
class NewFigure:
    """The answer of the dialog: `label`, `kind` (a FIGURE_TYPES key), `typed` (the value as
    typed, '' for none) and `people` (the figure counts people: `unit: personen`)."""

    label: str
    kind: str
    typed: str
    people: bool


def people_tip() -> str:
    """What ticking "Counts people" does, for its tooltip here and in the Figures table."""
    return tr("A count of people is checked for small numbers before it is published "
              "(fewer than 10 can be printed as 'minder dan 10').")


class NewFigureDialog(QDialog):
    """Asks for a new figure (see the module text); `answer()` once accepted."""

    def __init__(self, parent: QWidget | None, label: str, types: list[str]):
        super().__init__(parent)
        self.setWindowTitle(tr("New figure"))
        form = QFormLayout(self)
        self.name = QLineEdit(label)
        self.name.setPlaceholderText(tr("e.g. (stief)ouders"))
        self.kind = QComboBox()
        for key in types:
            self.kind.addItem(QCoreApplication.translate("Forms", key), key)
        self.value = QLineEdit()
        self.value.setPlaceholderText(tr("e.g. 14,3"))
        self.people = QCheckBox(tr("Counts people"))
        self.people.setToolTip(people_tip())
        form.addRow(tr("Label"), self.name)
        form.addRow(tr("Type"), self.kind)
        form.addRow(tr("Value"), self.value)
        form.addRow("", self.people)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.kind.currentIndexChanged.connect(self._kind_chosen)
        self._kind_chosen()

    def _kind_chosen(self) -> None:
        counts = self.kind.currentData() in WHOLE_NUMBER_TYPES
        self.people.setEnabled(counts)
        self.people.setChecked(counts)

    def answer(self) -> NewFigure | None:
        """What was typed and ticked; None without a label."""
        label = self.name.text().strip()
        if not label:
            return None
        kind = self.kind.currentData()
        return NewFigure(label, kind, self.value.text(),
                         self.people.isChecked() and kind in WHOLE_NUMBER_TYPES)
