"""Help → Factsheet studio help (F1): the user part of the README, shipped with the app, in
a window of its own; in a Dutch interface its Dutch version (docs/help-nl.md), which names
the menus as the Dutch interface shows them."""

from __future__ import annotations

from PySide6.QtCore import QKeyCombination, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from infographic_app.gui.i18n import interface_language, tr
from infographic_app.gui.screen_fit import fit_to_screen
from infographic_app.paths import dutch_help_file, readme_file

# The README's sections for the people who edit factsheets (the rest is for installers,
# developers and the print shop).
USER_SECTIONS = ("The editor", "The factsheet file")


def user_guide(readme: str, sections: tuple[str, ...] = USER_SECTIONS) -> str:
    """The README's level-2 sections named in `sections`, each with its subsections, in the
    README's order, as Markdown."""
    kept: list[str] = []
    keep = False
    in_code = False
    for line in readme.splitlines():
        if line.startswith("```"):
            in_code = not in_code
        if not in_code and line.startswith("## "):
            keep = line[3:].strip() in sections
        if keep:
            kept.append(line)
    return "\n".join(kept).strip() + "\n"


def help_text(language: str) -> str:
    """The help in `language` ('nl': the Dutch guide; else the README's user part), as
    Markdown. OSError when its file cannot be read."""
    if language == "nl":
        return dutch_help_file().read_text(encoding="utf-8")
    return user_guide(readme_file().read_text(encoding="utf-8"))


class HelpWindow(QWidget):
    """The user guide as formatted text; links to web pages open in the browser. Escape and
    Ctrl+W (the platform's Close key) close it, as they close other windows."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("help_window")
        self.setWindowTitle(tr("Factsheet studio help"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(tr("Help"))
        try:
            text = help_text(interface_language())
        except OSError as error:
            text = tr("The help could not be read: {reason}").format(reason=error)
        self.browser.setMarkdown(text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        fit_to_screen(self, 760, 820)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        closing = event.key() == Qt.Key.Key_Escape or event.matches(
            QKeySequence.StandardKey.Close) or event.keyCombination() == QKeyCombination(
            Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_W)
        if closing:
            self.close()
        else:
            super().keyPressEvent(event)
