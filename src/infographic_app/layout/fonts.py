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
        self.faces: dict[str, TTFont] = {face: _parse(path) for face, path in theme.fonts.items()}
        self._widths = {face: font.face.charWidths for face, font in self.faces.items()}
        self._default = {face: font.face.defaultWidth for face, font in self.faces.items()}
        self._cache: dict[tuple[str, str], float] = {}

    def width(self, text: str, face: str, size: float) -> float:
        key = (face, text)
        units = self._cache.get(key)
        if units is None:
            widths, default = self._widths[face], self._default[face]
            units = self._cache[key] = sum(widths.get(ord(ch), default) for ch in text)
        return units * size / 1000

    def ascent(self, face: str, size: float) -> float:
        return self.faces[face].face.ascent * size / 1000

    def cap_height(self, face: str, size: float) -> float:
        return self.faces[face].face.capHeight * size / 1000

    def has_glyph(self, face: str, char: str) -> bool:
        return ord(char) in self.faces[face].face.charToGlyph

    def pdf_name(self, face: str) -> str:
        return self.faces[face].fontName


@lru_cache(maxsize=16)
def _parse_cached(path: Path, digest: str) -> TTFont:
    # The registered name carries a digest of the file, so two themes with
    # different files under the same name never share metrics.
    return TTFont(f"{path.stem}-{digest[:8]}", str(path))


def _parse(path: Path) -> TTFont:
    try:
        digest = hashlib.sha1(path.read_bytes()).hexdigest()
        return _parse_cached(path, digest)
    except (OSError, TTFError) as exc:
        raise InputError([Problem(f"cannot use this font file: {exc}", file=str(path))]) from None
