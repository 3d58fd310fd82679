"""Interface language: Qt translations built from the .ts sources in this folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from infographic_app.model.messages import use_language

if TYPE_CHECKING:
    from infographic_app.model.document import Document

SYSTEM = "system"
LANGUAGES = {"nl": "Nederlands", "en": "English"}  # source strings are English
TRANSLATIONS = Path(__file__).resolve().parent / "translations"
# Qt's own words that the catalogue PySide6 ships (qtbase_nl.qm) lacks: Qt 6's file dialog
# asks for '&Look in:' and 'Files of &type:', the catalogue only knows them without the '&'.
# Our catalogue carries them in Qt's context, and Qt asks it when qtbase has no answer.
QT_WORDS_QTBASE_LACKS = (QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
                         QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"))


def tr(text: str) -> str:
    """The interface text in the chosen language. Call it with a literal string, so that
    pyside6-lupdate finds the text for the .ts files (it files them under the empty context)."""
    return QCoreApplication.translate("", text)


def chosen_language(settings: QSettings) -> str:
    """The interface language: the one chosen in Preferences ('nl' or 'en'), else the
    system's if it is one of them, else English."""
    choice = settings.value("ui/language", SYSTEM)
    if choice in LANGUAGES:
        return choice
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def interface_language() -> str:
    """The language the interface speaks ('nl', 'en'), as the installed translation says:
    each translation translates the code 'en' into its own. For texts declared in both
    languages in the model (a block kind's name: model/blocks.py BlockKind)."""
    code = QCoreApplication.translate("Language", "en")
    return code if code in LANGUAGES else "en"


def place(document: Document, field: str) -> str:
    """Where `field` is, named as the forms name it in the interface language ("Thema
    'partner = pleger' › Tekst"; model/places.py place_name)."""
    from infographic_app.model.places import place_name  # not needed for the first frame

    return place_name(document, field, interface_language())


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Our strings and Qt's own (standard buttons and dialogs, Qt's file dialog; the words
    qtbase's catalogue lacks from ours, QT_WORDS_QTBASE_LACKS) in `language`, and the
    model's messages (a file that cannot be read) in it too. Returns the translators
    installed (none for English)."""
    use_language(language)
    installed = []
    if language == "en":
        return installed
    for name, folder in ((f"infographic_app_{language}", TRANSLATIONS),
                         (f"qtbase_{language}",
                          QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
    QLocale.setDefault(QLocale(language))
    return installed
