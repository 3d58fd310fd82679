"""Document pages -> PNG images via the Qt painter (the same pixels as the live preview)."""

from __future__ import annotations

import os
from pathlib import Path

from infographic_app.layout.engine import layout_document
from infographic_app.layout.scene import Scene
from infographic_app.model.document import Document
from infographic_app.model.problems import InputError, Problem
from infographic_app.model.storage import atomic_write
from infographic_app.model.theme import Theme


def ensure_gui_application() -> None:
    """Qt needs a QGuiApplication to draw text; headless machines get the offscreen platform."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication([])


def png_paths(path: Path, pages: list[int], page_count: int) -> list[Path]:
    """OUT.png for a single page; OUT-1.png, OUT-2.png ... when every page of several is wanted."""
    if len(pages) == 1:
        return [path]
    return [path.with_name(f"{path.stem}-{n + 1}{path.suffix}") for n in pages]


def export_png(document: Document, theme: Theme, path: Path, dpi: float = 150,
               page: int | None = None) -> list[Path]:
    """Write the chosen page (1-based) or every page; returns the files written."""
    from infographic_app.render.qt_painter import QtPainter

    ensure_gui_application()
    scene = layout_document(document, theme)
    count = len(scene.pages)
    if page is not None and not 1 <= page <= count:
        raise InputError([Problem(f"there is no page {page}; the document has {count}",
                                  field="--page")])
    pages = [page - 1] if page is not None else list(range(count))
    painter = QtPainter(theme)
    written = []
    for index, target in zip(pages, png_paths(Path(path), pages, count), strict=True):
        write_page_png(scene, theme, index, dpi, target, painter)
        written.append(target)
    return written


def write_page_png(scene: Scene, theme: Theme, index: int, dpi: float, path: Path,
                   painter=None) -> None:
    """Paint one page of `scene` at `dpi` and write it to `path` as a PNG, atomically."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    from infographic_app.render.qt_painter import render_page

    ensure_gui_application()
    image = render_page(scene, theme, index, dpi, painter=painter)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    with atomic_write(Path(path)) as handle:
        handle.write(bytes(data))
