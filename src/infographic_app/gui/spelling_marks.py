"""Spelling in a text field as you type, in fields of several lines and of one alike: words
the dictionary does not know (checks/spelling.py) get a red wavy underline, a new word once
typing pauses (the dictionary is never asked on a keystroke); right-clicking
one offers the dictionary's suggestions and "Add to the factsheet's word list" (stored in
the document: `word_list`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QInputMethodEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QLineEdit, QMenu, QPlainTextEdit

from infographic_app.checks.spelling import (
    Misspelling,
    known,
    misspellings,
    misspellings_so_far,
    suggestions,
    words_in,
)
from infographic_app.gui.i18n import tr
from infographic_app.gui.session import Session

# A field asks the dictionary about new words once typing pauses this long (ms): asking can
# take a fifth of a second for a long compound, which a keystroke must never wait for.
ASK_AFTER_PAUSE_MS = 400


class UnaskedWords(QObject):
    """The words of a field the dictionary has not been asked about yet. Asked about when
    typing pauses (ASK_AFTER_PAUSE_MS, from the last word added); then `asked` is emitted so
    the field marks them."""

    asked = Signal()

    def __init__(self, session: Session, parent: QObject):
        super().__init__(parent)
        self.session = session
        self.words: set[str] = set()
        self.timer = QTimer(self, singleShot=True, interval=ASK_AFTER_PAUSE_MS)
        self.timer.timeout.connect(self.ask)

    def add(self, words: list[str]) -> None:
        if words:
            self.words.update(words)
            self.timer.start()

    def ask(self) -> None:
        """Ask the dictionary about every word waiting (remembered from then on)."""
        document = self.session.document
        words, self.words = self.words, set()
        if document is None or not words:
            return
        for word in words:
            known(word, document.locale)
        self.asked.emit()


def _underline() -> QTextCharFormat:
    marked = QTextCharFormat()
    marked.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    marked.setUnderlineColor(Qt.GlobalColor.red)
    return marked


class SpellingMarks(QSyntaxHighlighter):
    """Underlines the misspelled words of a text field's document, in the language of the
    open factsheet, accepting its word list; again when the word list changes."""

    def __init__(self, document: QTextDocument, session: Session):
        super().__init__(document)
        self.session = session
        self._marked = _underline()
        self.unasked = UnaskedWords(session, self)
        self.unasked.asked.connect(self.rehighlight)
        session.field_changed.connect(self._field_changed)
        session.document_replaced.connect(self.rehighlight)

    def _field_changed(self, field: str) -> None:
        if field == "word_list":
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        document = self.session.document
        if document is None or not text.strip():
            return
        found, unasked = misspellings_so_far(text, document.locale, document.word_list)
        for word in found:
            self.setFormat(word.start, word.end - word.start, self._marked)
        self.unasked.add(unasked)


def misspelled_at(cursor: QTextCursor, session: Session) -> QTextCursor | None:
    """A cursor selecting the misspelled word at `cursor`, or None when the word there (if
    any) is spelled right."""
    document = session.document
    block = cursor.block()
    at = cursor.positionInBlock()
    for start, end, word in words_in(block.text()):
        if start <= at <= end:
            if not misspellings(word, document.locale, document.word_list):
                return None
            selected = QTextCursor(block)
            selected.setPosition(block.position() + start)
            selected.setPosition(block.position() + end, QTextCursor.MoveMode.KeepAnchor)
            return selected
    return None


def add_spelling_actions(menu: QMenu, editor: QPlainTextEdit, cursor: QTextCursor) -> None:
    """Above `menu`'s own actions: for a misspelled word at `cursor`, each suggestion
    (replacing the word, one undoable edit of the field) and "Add to the factsheet's word
    list" (one undoable edit of the document)."""
    word = misspelled_at(cursor, editor.session)
    if word is not None:
        _insert_spelling_actions(menu, editor.session, word.selectedText(),
                                 lambda s: _replace(editor, word, s))


def _insert_spelling_actions(menu: QMenu, session: Session, word: str,
                             replace: Callable[[str], None]) -> None:
    """Above `menu`'s own actions: each suggestion for the misspelled `word` (`replace`
    puts it in) and "Add to the factsheet's word list"."""
    first = menu.actions()[0] if menu.actions() else None
    added: list[QAction] = []
    for suggestion in suggestions(word, session.document.locale):
        action = QAction(suggestion, menu)
        action.triggered.connect(lambda _=False, s=suggestion: replace(s))
        added.append(action)
    if not added:
        none = QAction(tr("(no suggestions)"), menu)
        none.setEnabled(False)
        added.append(none)
    add = QAction(tr("Add to the factsheet's word list"), menu)
    add.triggered.connect(lambda: add_to_word_list(session, word))
    added.append(add)
    menu.insertActions(first, added)
    menu.insertSeparator(first)


def _replace(editor: QPlainTextEdit, word: QTextCursor, suggestion: str) -> None:
    word.insertText(suggestion)
    editor.session.end_typing_step()


class SpellingLineEdit(QLineEdit):
    """A one-line text field (a heading, a title, a figure's label) with the spelling marks
    and menu of the text fields of several lines: misspelled words underlined in red, and
    on right-clicking one the suggestions and "Add to the factsheet's word list"."""

    def __init__(self, session: Session, text: str = ""):
        super().__init__(text)
        self.session = session
        self._marked = _underline()
        self.unasked = UnaskedWords(session, self)
        self.unasked.asked.connect(self.mark_misspellings)
        self.textChanged.connect(self.mark_misspellings)
        session.field_changed.connect(self._field_changed)
        session.document_replaced.connect(self.mark_misspellings)
        self.mark_misspellings()

    def _field_changed(self, field: str) -> None:
        if field == "word_list":
            self.mark_misspellings()

    def misspelled(self) -> list[Misspelling]:
        """The words of the field the dictionary does not know, in order."""
        document = self.session.document
        if document is None or not self.text().strip():
            return []
        return misspellings(self.text(), document.locale, document.word_list)

    def mark_misspellings(self) -> None:
        """Underline the misspelled words (as text formats of the line, which QLineEdit
        takes only from an input method event; the text itself is not changed)."""
        document = self.session.document
        found, unasked = misspellings_so_far(self.text(), document.locale, document.word_list) \
            if document is not None else ([], [])
        self.unasked.add(unasked)
        at = self.cursorPosition()
        text_format = QInputMethodEvent.AttributeType.TextFormat
        marks = [QInputMethodEvent.Attribute(text_format, word.start - at,
                                             word.end - word.start, self._marked)
                 for word in found]
        QCoreApplication.sendEvent(self, QInputMethodEvent("", marks))

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """The field's menu, with spelling suggestions for a misspelled word under the
        mouse and "Add to the factsheet's word list" above it."""
        menu = self.createStandardContextMenu()
        at = self.cursorPositionAt(event.pos())
        found = next((m for m in self.misspelled() if m.start <= at <= m.end), None)
        if found is not None:
            _insert_spelling_actions(menu, self.session, found.word,
                                     lambda s: self._replace(found, s))
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _replace(self, found: Misspelling, suggestion: str) -> None:
        self.setSelection(found.start, found.end - found.start)
        self.insert(suggestion)  # as typed: textEdited, so the form stores it
        self.session.end_typing_step()


def add_to_word_list(session: Session, word: str) -> None:
    """Accept `word` in this factsheet: add it to the document's word list (undoable)."""
    words = list(session.document.word_list)
    if word not in words:
        session.edit("word_list", [*words, word],
                     tr("Add '{word}' to the word list").format(word=word))
        session.end_typing_step()
