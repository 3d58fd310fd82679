"""Edit → Find and replace (Ctrl+H) over every text and the metadata: the matches listed with
their field and the words around them, each with a tick; the ticked ones (or all) replaced
as one undoable step. Figure references inside `{…}` are left alone unless asked for.

Thin: finding and replacing is model/find_replace.py; the edits are the session's SetField
commands inside one undo macro.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from infographic_app.gui.i18n import place, tr
from infographic_app.model.find_replace import TextMatch, find_matches, replaced_texts
from infographic_app.model.places import figure_name

if TYPE_CHECKING:
    from infographic_app.gui.session import Session


def replace_matches(session: Session, matches: list[TextMatch], replacement: str,
                    description: str) -> list[str]:
    """Write `replacement` in place of `matches` as ONE step of the undo history; returns
    the fields changed."""
    texts = replaced_texts(matches, replacement)
    if not texts:
        return []
    stack = session.undo_stack
    session.end_typing_step()
    stack.beginMacro(description)
    try:
        for field, text in texts.items():
            session.edit(field, text, description)
            session.end_typing_step()  # each field its own command inside the macro
    finally:
        stack.endMacro()
    return list(texts)


class FindReplaceDialog(QDialog):
    """Edit → Find and replace: the matches in every text and the metadata with their
    place and context, ticked to replace; the replacements are one undo step."""
    def __init__(self, session: Session, go_to: Callable[[str], None],
                 show_status: Callable[[str, int], None], parent: QWidget | None = None):
        """`go_to(field)` shows a match's field in the forms; `show_status(text, ms)` says
        what was replaced."""
        super().__init__(parent)
        self.session, self.go_to, self.show_status = session, go_to, show_status
        self.setObjectName("find_replace")
        self.setWindowTitle(tr("Find and replace"))
        self.matches: list[TextMatch] = []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.find = QLineEdit()
        self.find.setObjectName("find_text")
        self.find.setPlaceholderText(tr("e.g. 2019"))
        self.replacement = QLineEdit()
        self.replacement.setObjectName("replace_text")
        form.addRow(tr("Find"), self.find)
        form.addRow(tr("Replace with"), self.replacement)
        self.match_case = QCheckBox(tr("Match case"))
        self.whole_words = QCheckBox(tr("Whole words only"))
        self.in_references = QCheckBox(tr("Also inside figure references {…}"))
        self.in_references.setToolTip(tr(
            "A figure reference such as {visitors_total} names a figure; changing it makes it "
            "point to another figure, or to none."))
        for box in (self.match_case, self.whole_words, self.in_references):
            form.addRow(box)
        layout.addLayout(form)
        self.count = QLabel()
        self.count.setObjectName("match_count")
        layout.addWidget(self.count)
        self.list = QTreeWidget()
        self.list.setObjectName("matches")
        self.list.setHeaderLabels([tr("Where"), tr("Found (and what it becomes)")])
        self.list.setRootIsDecorated(False)
        self.list.setColumnWidth(0, 260)
        self.list.itemDoubleClicked.connect(self._go_to)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.replace_ticked = QPushButton(tr("Replace ticked"))
        self.replace_ticked.setObjectName("replace_ticked")
        self.replace_all = QPushButton(tr("Replace all"))
        self.replace_all.setObjectName("replace_all")
        buttons.addButton(self.replace_ticked, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.replace_all, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.replace_ticked.clicked.connect(lambda: self.replace(self.ticked()))
        self.replace_all.clicked.connect(lambda: self.replace(list(self.matches)))
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self.refresh)
        for edit in (self.find, self.replacement):
            edit.textChanged.connect(self._refresh_timer.start)
        for box in (self.match_case, self.whole_words, self.in_references):
            box.toggled.connect(self._refresh_timer.start)
        self.session.field_changed.connect(self._document_changed)
        self.session.structure_changed.connect(self._document_changed)
        self.session.document_replaced.connect(self._document_changed)
        self.resize(760, 520)
        self.refresh()

    def _document_changed(self, *_) -> None:
        if self.isVisible():
            self._refresh_timer.start()

    def refresh(self) -> None:
        """Find again and list the matches, all ticked, with what each would become."""
        self._refresh_timer.stop()
        self.matches = find_matches(self.session.document, self.find.text(),
                                    self.match_case.isChecked(), self.whole_words.isChecked(),
                                    self.in_references.isChecked())
        self.list.clear()
        replacement = self.replacement.text()
        # the texts as the page prints them, or as typed when the references are searched
        resolve = str if self.in_references.isChecked() else self.session.document.resolve
        for match in self.matches:
            item = QTreeWidgetItem([place(self.session.document, match.field),
                                    _context(match, replacement, resolve)])
            item.setToolTip(0, item.text(0))
            if match.figure is None:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked)
            else:  # the figure's printed value: replacing would break the reference
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                figure = figure_name(self.session.document, match.figure)
                item.setText(1, tr("{found} (in the figure '{figure}': change the figure "
                                   "to change this)").format(found=_context(match, None, resolve),
                                                             figure=figure))
            item.setToolTip(1, item.text(1))
            self.list.addTopLevelItem(item)
        fields = len({m.field for m in self.matches})
        if not self.find.text():
            self.count.setText(tr("Type what to find."))
        elif not self.matches:
            self.count.setText(tr("Not found."))
        else:
            self.count.setText(tr("{count} found in {fields} fields; untick those to keep.")
                               .format(count=len(self.matches), fields=fields))
        for button in (self.replace_ticked, self.replace_all):
            button.setEnabled(bool(self.matches))

    def ticked(self) -> list[TextMatch]:
        return [m for i, m in enumerate(self.matches)
                if self.list.topLevelItem(i).checkState(0) == Qt.CheckState.Checked]

    def set_ticked(self, fields: list[str]) -> None:
        """Tick the matches in these fields only (for tests and scripts)."""
        for index, match in enumerate(self.matches):
            self.list.topLevelItem(index).setCheckState(
                0, Qt.CheckState.Checked if match.field in fields else Qt.CheckState.Unchecked)

    def replace(self, matches: list[TextMatch]) -> None:
        matches = [match for match in matches if match.figure is None]
        if not matches:
            return
        description = tr("Replace '{find}' with '{replacement}' ({count}×)").format(
            find=self.find.text(), replacement=self.replacement.text(), count=len(matches))
        replace_matches(self.session, matches, self.replacement.text(), description)
        self.show_status(tr(
            "Replaced {count}×. Undo (Ctrl+Z) takes it back in one step.").format(
            count=len(matches)), 8000)
        self.refresh()

    def _go_to(self, item: QTreeWidgetItem) -> None:
        self.go_to(self.matches[self.list.indexOfTopLevelItem(item)].field)


def _context(match: TextMatch, replacement: str | None, resolve: Callable[[str], str]) -> str:
    shown = match.context(replacement if replacement != match.found else None,
                          resolve=resolve)
    return shown.replace("\n", " ")
