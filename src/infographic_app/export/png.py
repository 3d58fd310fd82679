"""Document pages -> PNG images via the Qt painter (the same pixels as the live preview).

Qt itself stays in render/qt_painter.py; it is loaded only when a PNG is asked for.
"""

from __future__ import annotations

import glob
import os
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


# Pages one PNG export of every page writes: painting one takes some 0.15 s at 150 dpi, so
# this many take some 15 s (a factsheet has two).
MAX_PNG_PAGES = 100


def page_indexes(scene: Scene, page: int | None) -> list[int]:
    """The 0-based pages to write: `page` (1-based) alone, or every page of `scene`. A page
    the scene does not have, or every page of a scene of more than MAX_PNG_PAGES, is an
    InputError."""
    count = len(scene.pages)
    if page is not None and not 1 <= page <= count:
        raise InputError([Problem(f"there is no page {page}; the document has {count}",
                                  field="--page")])
    if page is None and count > MAX_PNG_PAGES:
        raise InputError([Problem(f"the factsheet has {count:,} pages; a PNG export of every "
                                  f"page writes at most {MAX_PNG_PAGES}: choose pages one by "
                                  "one (--page), or export a PDF", field="--page")])
    return [page - 1] if page is not None else list(range(count))


def export_png(document: Document, theme: Theme, path: Path, dpi: float = 150,
               page: int | None = None, scene: Scene | None = None) -> list[Path]:
    """Write the chosen page (1-based) or every page of `scene` (or of a fresh layout);
    returns the files written. Several pages are written together: when one cannot be written
    (OSError), none is replaced. An export of every page also removes, with the same
    all-or-nothing, the files of an earlier export at `path` this one does not write (OUT-3.png
    of an earlier three-page export, or OUT.png beside a new OUT-1.png, OUT-2.png). Pages are
    painted and written one at a time, so memory does not grow with the page count."""
    from infographic_app.render.qt_painter import QtPainter, page_png

    scene = scene or layout_document(document, theme)
    pages = page_indexes(scene, page)
    painter = QtPainter(scene.resources)
    targets = png_paths(Path(path), pages, len(scene.pages))
    earlier = earlier_pngs(Path(path)) if page is None else []
    stale = [other for other in earlier if other not in targets]
    atomic_write_all(((target, page_png(scene, index, dpi, painter))
                      for index, target in zip(pages, targets, strict=True)), remove=stale)
    return targets


def earlier_pngs(path: Path) -> list[Path]:
    """The files of an earlier PNG export of every page at `path` (OUT.png): OUT.png itself
    and OUT-1.png, OUT-2.png ... in page order; none when the folder cannot be read."""
    try:
        found = [path] if os.path.lexists(path) else []
        pages = [other for other in path.parent.glob(f"{glob.escape(path.stem)}-*")
                 if other.suffix == path.suffix and page_number(other.stem, path.stem)]
        return found + sorted(pages, key=lambda other: page_number(other.stem, path.stem))
    except OSError:  # a name too long, a folder that cannot be read: said when writing
        return []


def page_number(name: str, stem: str) -> int | None:
    """The page number in `name` when it is how a page of `stem` is named as a PNG
    (stem-1, stem-2 ...); else None."""
    number = name[len(stem) + 1:]
    if name.startswith(stem + "-") and number.isascii() and number.isdigit():
        return int(number)
    return None


def write_page_png(scene: Scene, index: int, dpi: float, path: Path, painter=None) -> None:
    """Paint page `index` (0-based) of `scene` at `dpi` (with `painter`, a QtPainter of the
    scene's resources, or a new one) and write it to `path` as a PNG, atomically."""
    from infographic_app.render.qt_painter import page_png

    data = page_png(scene, index, dpi, painter)
    with atomic_write(Path(path)) as handle:
        handle.write(data)
