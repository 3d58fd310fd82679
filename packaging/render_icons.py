"""Render the app icon (assets/icons/nl.fier.FactsheetStudio.svg) as PNGs.

Writes the hicolor icon theme tree under packaging/icons/hicolor/ (SVG and PNG 16..512 px),
the PNGs the window icon uses under assets/icons/, and from the theme's PNGs the Windows
icon (packaging/windows/factsheet-studio.ico) and the macOS one
(packaging/macos/factsheet-studio.icns). Run it after changing the SVG:

    QT_QPA_PLATFORM=offscreen python packaging/render_icons.py

tests/test_desktop_files.py checks that the PNGs are there, the right size and up to date.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "nl.fier.FactsheetStudio"
SOURCE = ROOT / "assets" / "icons" / f"{APP_ID}.svg"
HICOLOR = ROOT / "packaging" / "icons" / "hicolor"
THEME_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
WINDOW_SIZES = (16, 32, 48, 64, 256)  # assets/icons/: what app_icon() loads
ICO = ROOT / "packaging" / "windows" / "factsheet-studio.ico"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS = ROOT / "packaging" / "macos" / "factsheet-studio.icns"


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    scalable = HICOLOR / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable / f"{APP_ID}.svg")
    for size in THEME_SIZES:
        folder = HICOLOR / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        render(size).save(str(folder / f"{APP_ID}.png"))
    for size in WINDOW_SIZES:
        render(size).save(str(SOURCE.with_name(f"{APP_ID}-{size}.png")))
    write_platform_icons()
    return 0


def write_platform_icons() -> None:
    """The .ico (16-256 px) and .icns (16-512 px) from the hicolor PNGs, with Pillow."""
    from PIL import Image

    with Image.open(HICOLOR / "512x512" / "apps" / f"{APP_ID}.png") as large:
        large.save(ICO, sizes=[(n, n) for n in ICO_SIZES])
        large.save(ICNS)


if __name__ == "__main__":
    raise SystemExit(main())
