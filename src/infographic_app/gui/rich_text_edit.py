"""The forms' field for a block's text: several lines, with **bold** and *italic* typed as
markers, figure references ('{figure_id}', '{figure_id:words}') shown as chips
(gui/figure_chips.py), spelling checked as you type (gui/spelling_marks.py), and a toolbar
that inserts markers and figures."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPlainTextEdit, QToolButton, QWidget

from infographic_app.gui.figure_chips import (
    CHIP_TYPE,
    OBJECT,
    ChipPainter,
    chip_format,
    chip_references,
    printed_value,
    show_chips,
    stored_text,
)
from infographic_app.gui.i18n import tr
from infographic_app.gui.session import Session
from infographic_app.gui.spelling_marks import SpellingMarks, add_spelling_actions
from infographic_app.model.editions import EDITION_FORMS, comparison_problem
from infographic_app.model.references import WORDS_FORM, Reference


class RichTextEdit(QPlainTextEdit):
    """Multi-line text with buttons for **bold**, *italic* and inserting a figure, which
    shows as a chip. `toPlainText` and `setPlainText` read and write the text as stored,
    with each chip as its reference ('{victims}'). `edited` says that the stored text
    changed (textChanged also fires when only the marks of spelling or chips are redrawn)."""
    edited = Signal()

    def __init__(self, session: Session, field: str):
        super().__init__()
        self.session, self.field = session, field
        self._stored = ""  # the stored text when `edited` last fired
        self.setTabChangesFocus(True)
        self.chips = ChipPainter(lambda: self.session.document, self)
        self.document().documentLayout().registerHandler(CHIP_TYPE, self.chips)
        self.spelling = SpellingMarks(self.document(), session)
        self.textChanged.connect(self._chip_typed_references)
        self.textChanged.connect(self._edited_if_changed)
        self.cursorPositionChanged.connect(self._type_plain_after_chips)
        session.scene_changed.connect(self._values_changed)
        lines = 4 if len(session.value(field) or "") > 120 else 2
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)
        # The platform's Bold and Italic keys (Ctrl+B, Ctrl+I) do what the B and I buttons
        # do, only while this field has the focus (no window-wide action has these keys).
        for key, marker, text in ((QKeySequence.StandardKey.Bold, "**", tr("Bold")),
                                  (QKeySequence.StandardKey.Italic, "*", tr("Italic"))):
            action = QAction(text, self)
            action.setShortcuts(key)
            action.setProperty("standard_key", key.name)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _=False, m=marker: self.wrap_selection(m))
            self.addAction(action)

    def toolbar(self) -> QWidget:
        """A new row of buttons for this field: B, I (with the platform's keys in their tool
        tips) and Insert figure, a menu of the document's figures."""
        bar = QWidget()
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        native = QKeySequence.SequenceFormat.NativeText
        for text, marker, tip, key in (
                ("B", "**", tr("Bold"), QKeySequence.StandardKey.Bold),
                ("I", "*", tr("Italic"), QKeySequence.StandardKey.Italic)):
            shown = QKeySequence(key).toString(native)
            button = QToolButton(text=text, toolTip=f"{tip} ({shown})" if shown else tip)
            button.setAccessibleName(tip)  # a screen reader says "Bold", not the key
            button.clicked.connect(lambda _=False, m=marker: self.wrap_selection(m))
            row.addWidget(button)
        insert = QToolButton(text=tr("Insert figure"))
        insert.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(insert)
        menu.aboutToShow.connect(lambda m=menu: self._fill_figure_menu(m))
        insert.setMenu(menu)
        row.addWidget(insert)
        row.addStretch(1)
        return bar

    def _fill_figure_menu(self, menu: QMenu) -> None:
        """The figures with their current values, listed when the menu opens; under each,
        the other forms it has: the number without its unit, the change since the previous
        edition and the value then (when there is one), and in words ('ruim negen van de
        tien' for 92,9%, 'zeven' for 7; when there are words for it)."""
        menu.clear()
        document = self.session.document
        values = document.values()
        names = {"number": tr("number: {shown}"), "change": tr("change: {shown}"),
                 "previous": tr("previous edition: {shown}"),
                 WORDS_FORM: tr("in words: {words}")}
        for figure_id, figure in document.figures.items():
            shown = document.show(figure_id, values)
            action = QAction(f"{shown}  {figure.label}", menu)
            action.triggered.connect(lambda _=False, f=figure_id: self.insert_reference(f))
            menu.addAction(action)
            for form, name in names.items():
                printed = printed_value(document, Reference("", figure_id, form), values)
                if comparison_problem(document, figure_id, form) if form in EDITION_FORMS \
                        else printed == shown:
                    continue  # no previous edition to compare with; nothing other to show
                action = QAction("    " + name.format(shown=printed, words=printed), menu)
                action.triggered.connect(
                    lambda _=False, f=figure_id, r=form: self.insert_reference(f, r))
                menu.addAction(action)

    def wrap_selection(self, marker: str) -> None:
        """Put `marker` ('**' bold, '*' italic) before and after the selected text, or with
        nothing selected a pair with the cursor between them; the field keeps the focus."""
        cursor = self.textCursor()
        cursor.insertText(f"{marker}{cursor.selectedText() or ''}{marker}")
        if not cursor.hasSelection():
            cursor.movePosition(QTextCursor.MoveOperation.Left, n=len(marker))
        self.setTextCursor(cursor)
        self.setFocus()

    def insert_reference(self, figure_id: str, form: str = "") -> None:
        """Insert a chip for the figure ('{figure_id}'), or for one of its forms ('words':
        '{figure_id:words}'), at the cursor."""
        written = Reference("", figure_id, form).renamed(figure_id)
        self.textCursor().insertText(OBJECT, chip_format(written))
        self.setCurrentCharFormat(QTextCharFormat())
        self.setFocus()

    # ------------------------------------------------------------------ the stored text

    def setPlainText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        """Show the stored `text`, each reference to a figure as a chip, with the cursor at
        the start (as QPlainTextEdit does); textChanged once."""
        self.blockSignals(True)
        try:
            show_chips(self.document(), self.session.document, text)
            self.moveCursor(QTextCursor.MoveOperation.Start)
        finally:
            self.blockSignals(False)
        self._stored = text
        self.textChanged.emit()
        self.edited.emit()

    def toPlainText(self) -> str:  # noqa: N802 (Qt's name)
        """The text as stored: each chip as its reference."""
        return stored_text(self.document())

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 (Qt's name)
        """Copied text holds its chips as references, so they paste as chips again."""
        selected = QTextDocument()
        QTextCursor(selected).insertFragment(self.textCursor().selection())
        data = QMimeData()
        data.setText(stored_text(selected))
        return data

    def _edited_if_changed(self) -> None:
        text = self.toPlainText()
        if text != self._stored:
            self._stored = text
            self.edited.emit()

    def _chip_typed_references(self) -> None:
        """A reference typed or pasted as text ('{victims}') becomes a chip."""
        if "{" in self.document().toPlainText():
            self.blockSignals(True)
            try:
                chip_references(self.document(), self.session.document)
            finally:
                self.blockSignals(False)

    def _type_plain_after_chips(self) -> None:
        """What is typed next to a chip is text, not another chip."""
        if self.currentCharFormat().objectType() == CHIP_TYPE:
            self.setCurrentCharFormat(QTextCharFormat())

    def _values_changed(self) -> None:
        """The chips show the values as they are now: laid out again (their width may
        change) when one of them shows another text."""
        if self.chips.follow_values():
            self.document().markContentsDirty(0, self.document().characterCount())

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The field's menu, with spelling suggestions for a misspelled word under the
        mouse and "Add to the factsheet's word list" above it."""
        menu = self.createStandardContextMenu(event.pos())
        add_spelling_actions(menu, self, self.cursorForPosition(event.pos()))
        menu.exec(event.globalPos())
        menu.deleteLater()
