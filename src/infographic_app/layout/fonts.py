"""Text measuring with the metrics of the theme's TrueType files, the same for every painter."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase.ttfonts import TTFError, TTFont

from infographic_app.model.problems import InputError, Problem
from infographic_app.model.theme import Theme


class FontSet:
    """The theme's font faces, parsed once; widths in points for a given size."""

    def __init__(self, theme: Theme):
        self._files = theme.fonts
        self._faces: dict[str, TTFont] = {}
        self._cache: dict[tuple[str, str], float] = {}

    def face(self, face: str) -> TTFont:
        """The parsed font of a face, read on first use: a document rarely needs all five."""
        font = self._faces.get(face)
        if font is None:
            font = self._faces[face] = _parse(self._files[face])
        return font

    def used_faces(self) -> list[TTFont]:
        return list(self._faces.values())

    def width(self, text: str, face: str, size: float) -> float:
        key = (face, text)
        units = self._cache.get(key)
        if units is None:
            metrics = self.face(face).face
            widths, default = metrics.charWidths, metrics.defaultWidth
            units = self._cache[key] = sum(widths.get(ord(ch), default) for ch in text)
        return units * size / 1000

    def ascent(self, face: str, size: float) -> float:
        return self.face(face).face.ascent * size / 1000

    def has_glyph(self, face: str, char: str) -> bool:
        return ord(char) in self.face(face).face.charToGlyph

    def pdf_name(self, face: str) -> str:
        return self.face(face).fontName


@lru_cache(maxsize=16)
def _parse_cached(path: Path, version: tuple[int, int]) -> TTFont:
    # The registered name carries the file's identity, so two themes with different
    # files under the same name never share metrics, and a changed file is read again.
    tag = hashlib.sha1(f"{path}:{version}".encode()).hexdigest()[:8]
    return TTFont(f"{path.stem}-{tag}", str(path))


def _parse(path: Path) -> TTFont:
    try:
        status = path.stat()
        return _parse_cached(path, (status.st_size, status.st_mtime_ns))
    except (OSError, TTFError) as exc:
        raise InputError([Problem(f"cannot use this font file: {exc}", file=str(path))]) from None
