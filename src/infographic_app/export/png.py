"""Document pages -> PNG images via the Qt painter (the same pixels as the live preview).

Qt itself stays in render/qt_painter.py; it is loaded only when a PNG is asked for.
"""

from __future__ import annotations

from pathlib import Path

from infographic_app.layout.engine import layout_document
from infographic_app.layout.scene import Scene
from infographic_app.model.document import Document
from infographic_app.model.problems import InputError, Problem
from infographic_app.model.storage import atomic_write, atomic_write_all
from infographic_app.model.theme import Theme


def png_paths(path: Path, pages: list[int], page_count: int) -> list[Path]:
    """OUT.png for a single page; OUT-1.png, OUT-2.png ... when every page of several is wanted."""
    if len(pages) == 1:
        return [path]
    return [path.with_name(f"{path.stem}-{n + 1}{path.suffix}") for n in pages]


def page_indexes(scene: Scene, page: int | None) -> list[int]:
    """The 0-based pages to write: `page` (1-based) alone, or every page of `scene`. A page
    the scene does not have is an InputError."""
    count = len(scene.pages)
    if page is not None and not 1 <= page <= count:
        raise InputError([Problem(f"there is no page {page}; the document has {count}",
                                  field="--page")])
    return [page - 1] if page is not None else list(range(count))


def export_png(document: Document, theme: Theme, path: Path, dpi: float = 150,
               page: int | None = None, scene: Scene | None = None) -> list[Path]:
    """Write the chosen page (1-based) or every page of `scene` (or of a fresh layout);
    returns the files written. Several pages are written together: when one cannot be written
    (OSError), none is replaced."""
    from infographic_app.render.qt_painter import QtPainter, page_png

    scene = scene or layout_document(document, theme)
    pages = page_indexes(scene, page)
    painter = QtPainter(scene.resources)
    targets = png_paths(Path(path), pages, len(scene.pages))
    # Every page painted, then all written as one: never a mix of new and old pages.
    images = {target: page_png(scene, index, dpi, painter)
              for index, target in zip(pages, targets, strict=True)}
    atomic_write_all(images)
    return targets


def write_page_png(scene: Scene, index: int, dpi: float, path: Path, painter=None) -> None:
    """Paint page `index` (0-based) of `scene` at `dpi` (with `painter`, a QtPainter of the
    scene's resources, or a new one) and write it to `path` as a PNG, atomically."""
    from infographic_app.render.qt_painter import page_png

    data = page_png(scene, index, dpi, painter)
    with atomic_write(Path(path)) as handle:
        handle.write(data)
