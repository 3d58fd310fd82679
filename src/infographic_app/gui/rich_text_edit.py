"""The forms' field for a block's text: several lines, with **bold**, *italic* and figure
references ('{figure_id}', or '{figure_id:words}' for the figure in words) typed as markers,
and a toolbar that inserts them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPlainTextEdit, QToolButton, QWidget

from infographic_app.gui.i18n import tr
from infographic_app.gui.session import Session
from infographic_app.model.references import WORDS_FORM


class RichTextEdit(QPlainTextEdit):
    """Multi-line text with buttons for **bold**, *italic* and inserting a figure reference."""

    def __init__(self, session: Session, field: str):
        super().__init__()
        self.session, self.field = session, field
        self.setTabChangesFocus(True)
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
        """The figures with their current values, listed when the menu opens; under a figure
        that has words for its value ('ruim negen van de tien' for 92,9%, 'zeven' for 7) a
        second entry inserts it in words."""
        menu.clear()
        document = self.session.document
        values = document.values()
        for figure_id, figure in document.figures.items():
            shown = document.show(figure_id, values)
            action = QAction(f"{shown}  {figure.label}", menu)
            action.triggered.connect(lambda _=False, f=figure_id: self.insert_reference(f))
            menu.addAction(action)
            words = document.in_words(figure_id, values)
            if words != shown:
                action = QAction("    " + tr("in words: {words}").format(words=words), menu)
                action.triggered.connect(
                    lambda _=False, f=figure_id: self.insert_reference(f, WORDS_FORM))
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
        """Type a reference to the figure ('{figure_id}'), or to one of its forms ('words':
        '{figure_id:words}'), at the cursor."""
        self.textCursor().insertText("{" + figure_id + (f":{form}" if form else "") + "}")
        self.setFocus()
