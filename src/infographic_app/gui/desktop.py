"""The app on the desktop: its id, icon and the factsheets that ship with it as templates.

The id names the .desktop file, the AppStream metainfo and the icons in packaging/; Qt
uses it (QGuiApplication.setDesktopFileName) so a Wayland or X11 shell shows the right
icon and groups the windows under the app's launcher.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from infographic_app.paths import assets_dir, data_dir

APP_ID = "nl.fier.FactsheetStudio"
ORGANISATION_DOMAIN = "fier.nl"
ICON_SIZES = (16, 32, 48, 64, 256)  # the PNGs in assets/icons/ (packaging/render_icons.py)


def icon_file() -> Path:
    """The app icon as SVG, bundled with the package (assets/icons/)."""
    return assets_dir() / "icons" / f"{APP_ID}.svg"


def app_icon() -> QIcon:
    """The window icon: the bundled SVG at every size, with the PNG renderings in
    assets/icons/ first where they exist (they need no SVG plugin)."""
    icon = QIcon()
    folder = icon_file().parent
    for size in ICON_SIZES:
        png = folder / f"{APP_ID}-{size}.png"
        if png.is_file():
            icon.addFile(str(png), QSize(size, size))
    if icon.isNull():
        icon.addFile(str(icon_file()))
    return icon


def is_template(path: Path) -> bool:
    """Whether `path` is one of the factsheets that ship with the app (in its install folder,
    or data/ of a source checkout): it opens as a new, untitled factsheet, so that saving
    never changes it."""
    try:
        return Path(path).resolve().is_relative_to(data_dir().resolve())
    except (OSError, FileNotFoundError):
        return False
