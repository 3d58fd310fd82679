"""Undoable edits. Each changes one named field of the document, never a widget."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtGui import QKeySequence, QUndoCommand

if TYPE_CHECKING:
    from infographic_app.model.changes import Changes
    from infographic_app.model.operations import Operation

SET_FIELD = 1


class Session(Protocol):
    """What the commands need of the editing session (gui/session.py)."""

    def apply(self, field: str, value: Any) -> None:
        """Set `field` of the document to `value` and lay out again."""

    def apply_operation(self, operation: Operation, undo: bool,
                        initiator: object = None) -> Changes:
        """Do or undo a structural operation; returns what it changed."""

    def typing_step_open(self, field: str) -> bool:
        """Whether typing in `field` still adds to the last step."""


def undo_keys() -> list[QKeySequence]:
    """The keys that undo a step of the factsheet's history (the platform's, e.g. Ctrl+Z)."""
    return QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)


def redo_keys() -> list[QKeySequence]:
    """The platform's redo keys, and Ctrl+Shift+Z everywhere."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    extra = QKeySequence("Ctrl+Shift+Z")
    return keys if extra in keys else [*keys, extra]


class SetField(QUndoCommand):
    """Set one field ('figures.visitors_total.value', 'blocks.intro.text', ...).

    Typing in one field merges into a single step until the session closes the step
    (a pause in typing, or the field losing focus).
    """

    def __init__(self, session: Session, field: str, old: Any, new: Any, text: str):
        super().__init__(text)
        self.session, self.field, self.old, self.new = session, field, old, new

    def id(self) -> int:
        return SET_FIELD

    def redo(self) -> None:
        self.session.apply(self.field, self.new)

    def undo(self) -> None:
        self.session.apply(self.field, self.old)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetField) or other.field != self.field \
                or not self.session.typing_step_open(self.field):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)  # typed back to where it was: no step
        return True


class Structural(QUndoCommand):
    """One structural edit (insert, remove, move, rename: a model operation, perhaps with
    child operations) as one step of the history. Never merged with another."""

    def __init__(self, session: Session, operation: Operation, text: str,
                 initiator: object = None):
        super().__init__(text)
        self.session, self.operation = session, operation
        self.initiator = initiator  # who asked: named in the first doing's Changes only
        self.changes: Changes | None = None  # what the last doing or undoing changed

    def redo(self) -> None:
        self.changes = self.session.apply_operation(self.operation, undo=False,
                                                    initiator=self.initiator)
        self.initiator = None  # a redo from the history is nobody's echo

    def undo(self) -> None:
        self.changes = self.session.apply_operation(self.operation, undo=True)
