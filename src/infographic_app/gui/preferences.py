"""Preferences (interface language, checking exported PDFs) and the About box with the bundled
fonts' licence."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from infographic_app.gui.i18n import LANGUAGES, SYSTEM, tr
from infographic_app.gui.screen_fit import fit_to_screen
from infographic_app.paths import assets_dir, third_party_notices

VERIFY_KEY = "export/verify"


def verify_exports(settings: QSettings) -> bool:
    """Whether each exported PDF is read back and checked before it replaces the file (off
    unless the user turned it on: the file is made right, the check only confirms it)."""
    return settings.value(VERIFY_KEY, False, type=bool)


class PreferencesDialog(QDialog):
    """Edit → Preferences: the interface language (used from the next start) and whether
    exported PDFs are checked once more."""
    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(tr("Preferences"))
        form = QFormLayout(self)
        self.language = QComboBox()
        self.language.addItem(tr("As the system"), SYSTEM)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(settings.value("ui/language", SYSTEM))))
        form.addRow(tr("Interface language"), self.language)
        form.addRow(QLabel(tr("A new language shows after the next start.")))
        self.verify = QCheckBox(tr("Check every exported PDF once more (PDF/X, PDF/UA)"))
        self.verify.setToolTip(tr("Reads each PDF back as a print shop's preflight would, "
                                  "before it replaces the file; the export takes a little "
                                  "longer."))
        self.verify.setChecked(verify_exports(settings))
        form.addRow(self.verify)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        self.settings.setValue("ui/language", self.language.currentData())
        self.settings.setValue(VERIFY_KEY, self.verify.isChecked())
        super().accept()


class AboutDialog(QDialog):
    """Help → About: about_text in a view that scrolls, with OK below it, sized to fit the
    screen (the licences make it far taller than a laptop's)."""
    def __init__(self, version: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(tr("About Factsheet studio"))
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        self.text.setHtml(about_text(version))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        fit_to_screen(self, 620, 720)


def about_text(version: str) -> str:
    """The About box's text for app `version`: what the app is for, its own licence, the
    software and data of others it contains with their licences (the list at the top of
    THIRD-PARTY-NOTICES, and where the full texts are), and the font licence."""
    licence = (assets_dir() / "fonts" / "OFL.txt").read_text(encoding="utf-8")
    purpose = tr("Edit a data factsheet in forms, check its figures and export it for print, "
                 "screen and social media.")
    own = tr("Factsheet studio is free software under the GNU General Public License, "
             "version 3 or later.")
    others = tr("Software and data of others in this app")
    fonts = tr("Bundled fonts")
    try:
        notices = third_party_notices()
        listed = [line[2:] for line in notices.read_text(encoding="utf-8").splitlines()
                  if line.startswith("- ")]
        where = tr("The full licence texts are in {file}.").format(file=notices)
    except OSError:
        listed, where = [], tr("The licence texts are missing from this installation.")
    items = "".join(f"<li>{escape(item)}</li>" for item in listed)
    return (f"<h3>Factsheet studio {escape(version)}</h3><p>{escape(purpose)}</p>"
            f"<p>{escape(own)}</p><p><b>{escape(others)}</b></p>"
            f"<ul style='font-size: small'>{items}</ul><p>{escape(where)}</p>"
            f"<p><b>{escape(fonts)}</b></p>"
            f"<pre style='font-size: small'>{escape(licence)}</pre>")
