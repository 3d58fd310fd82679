"""The Rules panel: the factsheet's consistency rules in words, to add, change and remove."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from infographic_app.gui.i18n import interface_language, tr
from infographic_app.gui.session import Session
from infographic_app.gui.structure_actions import StructureActions
from infographic_app.gui.structure_widgets import button_row
from infographic_app.model.changes import Changes, scope_of
from infographic_app.model.places import rule_words


class RulesPanel(QWidget):
    """The Rules dock: the document's consistency rules in words ('… make 100%'), with
    buttons to add, change and remove them. The words name the rules' figures by their
    labels: the list follows another document, a structural edit of the rules or the
    figures, and a figure's label typed, not every key typed elsewhere."""
    def __init__(self, session: Session, actions: StructureActions,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.actions = session, actions
        self.setObjectName("rules_panel")
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addLayout(button_row("rules", (
            (tr("New rule…"), self.actions.add_rule, "new"),
            (tr("Change…"), self._edit, "edit"),
            (tr("Remove"), self._remove, "remove"))))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(lambda _item: self._edit())
        column.addWidget(self.list)
        session.document_replaced.connect(self.refresh)
        session.structure_changed.connect(self._structure_changed)
        session.field_changed.connect(self._field_changed)

    def refresh(self) -> None:
        document = self.session.document
        if document is None:
            return
        current = self.current_rule()
        self.list.clear()
        for rule in document.rules:
            item = QListWidgetItem(rule_words(document, rule, interface_language()))
            item.setData(Qt.ItemDataRole.UserRole, rule.id)
            item.setToolTip(rule.id)
            self.list.addItem(item)
            if rule.id == current:
                self.list.setCurrentItem(item)

    def _structure_changed(self, changes: Changes) -> None:
        named = (*changes.fields, *changes.inserted, *changes.removed, *changes.moved)
        if any(scope_of(name) in ("rules", "figures") for name in named):
            self.refresh()

    def _field_changed(self, field: str) -> None:
        if field.startswith("figures.") and field.endswith(".label"):
            self.refresh()

    def current_rule(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _edit(self) -> None:
        if self.current_rule():
            self.actions.edit_rule(self.current_rule())

    def _remove(self) -> None:
        if self.current_rule():
            self.actions.remove_rule(self.current_rule())
