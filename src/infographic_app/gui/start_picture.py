"""The preview as the editor first painted it, remembered as a picture and shown at the next
start of the same factsheet while the rest of the editor is built.

Importing the editor and laying out the factsheet take some 0.3 s; the picture needs
neither. It is kept in the cache folder ('start-pictures') under the factsheet's path and
bytes, the interface language and the app's own files, and carries the files its page was
made of (the theme, its fonts, profile and logo) with their size and time: it is shown only
while all of them are unchanged, at the size and pixel ratio it was taken at, so it is
exactly what the live preview paints over it. Another file, an edited file, another theme or
window size: no picture, the editor starts as before. Imports nothing of the app but paths.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QVBoxLayout, QWidget

from infographic_app.paths import cache_folder, files_version, package_version

FORMAT = 1  # of the picture files; a new format names other files
MOST_KEPT = 8
KIND = "start-pictures"


class StartPicture(QWidget):
    """The preview's place in the window: until the preview is put in it (`hold`), paints
    `picture` when it is exactly as large as the widget (then `shown`), else nothing, and
    says once that it was painted (`painted`). Takes no focus and no input: nothing can be
    typed into it. It stays, so the panels around it keep their places."""
    painted = Signal()

    def __init__(self, picture: QImage | None):
        super().__init__()
        self.picture = picture
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.shown = False  # the picture has been painted
        self.was_painted = False
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    def hold(self, widget: QWidget) -> None:
        """Put `widget` (the preview) in the picture's place, for good: the picture goes."""
        self.picture = None
        self.layout().addWidget(widget)

    def fits(self) -> bool:
        """Whether the picture is exactly the widget's size, at its pixel ratio."""
        picture = self.picture
        return picture is not None and picture.devicePixelRatio() == self.devicePixelRatioF() \
            and picture.size() == self.size() * picture.devicePixelRatio()

    def paintEvent(self, event) -> None:
        if self.fits():
            painter = QPainter(self)
            painter.drawImage(0, 0, self.picture)
            painter.end()
            self.shown = True
        if not self.was_painted:
            self.was_painted = True
            self.painted.emit()


def recall(document: Path, language: str) -> tuple[QImage, str] | None:
    """The picture remembered for `document` as it is now in the interface `language`, and
    the window title shown with it; None when there is none, or when a file it was made of
    has changed since (or it cannot be read)."""
    file = _file(document, language)
    if file is None or not file.is_file():
        return None
    picture = QImage(str(file))
    try:
        files, version = json.loads(picture.text("made-of"))
        ratio = float(picture.text("ratio"))
    except (ValueError, TypeError):  # not ours, damaged or empty
        return None
    if picture.isNull() or version != files_version(tuple(Path(p) for p in files)):
        return None
    picture.setDevicePixelRatio(ratio)
    return picture, picture.text("title")


def remember(document: Path, language: str, picture: QImage, title: str,
             made_of: tuple[Path, ...]) -> threading.Thread | None:
    """Keep `picture` (the preview as painted, at its pixel ratio) and the window's `title`
    for the next start of `document` in `language`, with the files the page was made of;
    the oldest past MOST_KEPT go. The file is written on a thread of its own (encoding the
    picture takes some 40 ms), returned (None when `document` cannot be read). A read-only
    home costs only the next start its picture."""
    file = _file(document, language)
    if file is None:
        return None
    picture = picture.copy()
    picture.setText("made-of", json.dumps([[str(p) for p in made_of], files_version(made_of)]))
    picture.setText("ratio", repr(picture.devicePixelRatio()))
    picture.setText("title", title)
    writing = threading.Thread(target=_write, args=(picture, file))  # a quit waits for it
    writing.start()
    return writing


def _write(picture: QImage, file: Path) -> None:
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        writing = file.with_suffix(f".{threading.get_ident()}.writing")
        if not picture.save(str(writing), "PNG", 80):  # 80: quick to write, small enough
            return
        os.replace(writing, file)
        kept = sorted(file.parent.glob("*.png"), key=lambda p: p.stat().st_mtime_ns)
        for old in kept[:-MOST_KEPT]:
            old.unlink(missing_ok=True)
    except OSError:
        pass


def _file(document: Path, language: str) -> Path | None:
    """Where the picture of `document` (its path and bytes as they are now) in `language`
    is kept; None when the file cannot be read."""
    try:
        where = str(Path(document).resolve())
        data = Path(document).read_bytes()
    except (OSError, ValueError):
        return None
    identity = [FORMAT, where, hashlib.sha256(data).hexdigest(), language, package_version()]
    digest = hashlib.sha1(json.dumps(identity).encode()).hexdigest()
    return cache_folder(KIND) / f"{digest[:24]}.png"
