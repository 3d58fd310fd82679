"""Text measuring with the metrics of the theme's TrueType files, the same for every painter.

Reading a font with ReportLab takes some 20 ms per face. The layout needs only the advance
widths, the ascent and descent and which characters have glyphs, so those are kept in a small
cache file per font file (in the user's cache folder); the full font is read only to embed it
in a PDF, by the PDF painter, from the file the scene's FontFace names.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from platformdirs import user_cache_dir
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from infographic_app.layout.scene import FontFace
from infographic_app.model.problems import InputError, Problem
from infographic_app.model.storage import atomic_write
from infographic_app.model.theme import Theme

METRICS_VERSION = 2  # 2: with the descent


@dataclass(frozen=True)
class FontMetrics:
    """What the layout measures with, per 1000 units of size: the font's `name`, `ascent`
    and `descent` (both positive), advance `widths` by code point, the `default_width` of
    others, and the code points it has `glyphs` for."""

    name: str
    ascent: float
    descent: float
    default_width: float
    widths: dict[int, float]
    glyphs: frozenset[int]


class FontSet:
    """The theme's font faces, read once; widths in points for a given size. A font file
    that cannot be read raises InputError naming it."""

    def __init__(self, theme: Theme):
        self._files = theme.fonts
        self._metrics: dict[str, FontMetrics] = {}
        self._cache: dict[tuple[str, str], float] = {}

    def metrics(self, face: str) -> FontMetrics:
        """The metrics of `face` (a name of model.theme.FONT_FACES)."""
        found = self._metrics.get(face)
        if found is None:
            found = self._metrics[face] = _metrics(self._files[face])
        return found

    def face(self, face: str) -> FontFace:
        """`face` as the scene hands it to painters: file, names and vertical metrics."""
        path = self._files[face]
        metrics = self.metrics(face)
        return FontFace(str(path), metrics.name, _key(path, _version(path)), metrics.ascent,
                        metrics.descent)

    def width(self, text: str, face: str, size: float) -> float:
        key = (face, text)
        units = self._cache.get(key)
        if units is None:
            metrics = self.metrics(face)
            widths, default = metrics.widths, metrics.default_width
            units = self._cache[key] = sum(widths.get(ord(ch), default) for ch in text)
        return units * size / 1000

    def ascent(self, face: str, size: float) -> float:
        """How far the face reaches above the baseline at `size`, in points."""
        return self.metrics(face).ascent * size / 1000

    def descent(self, face: str, size: float) -> float:
        """How far the face reaches below the baseline at `size`, in points (positive)."""
        return self.metrics(face).descent * size / 1000

    def has_glyph(self, face: str, char: str) -> bool:
        return ord(char) in self.metrics(face).glyphs


def _version(path: Path) -> tuple[int, int]:
    try:
        status = path.stat()
    except OSError as exc:
        raise InputError([Problem(f"cannot use this font file: {exc.strerror}",
                                  file=str(path))]) from None
    return status.st_size, status.st_mtime_ns


def _key(path: Path, version: tuple[int, int]) -> str:
    """The name a font file is registered under: it carries the file's identity, so two themes
    with different files under the same name never share metrics, and a changed file is
    read again."""
    return f"{path.stem}-{hashlib.sha1(f'{path}:{version}'.encode()).hexdigest()[:8]}"


@lru_cache(maxsize=16)
def _parse_cached(path: Path, version: tuple[int, int]) -> TTFont:
    try:
        return TTFont(_key(path, version), str(path))
    except (OSError, TTFError) as exc:
        raise InputError([Problem(f"cannot use this font file: {exc}", file=str(path))]) from None


@lru_cache(maxsize=16)
def _metrics_cached(path: Path, version: tuple[int, int]) -> FontMetrics:
    key = hashlib.sha1(f"{METRICS_VERSION}:{path}:{version}".encode()).hexdigest()[:16]
    cache = _cache_folder() / f"{path.stem}-{key}.json"
    try:
        data = json.loads(cache.read_text(encoding="utf-8"))
        return FontMetrics(data["name"], data["ascent"], data["descent"], data["default_width"],
                           {int(k): v for k, v in data["widths"].items()},
                           frozenset(data["glyphs"]))
    except (OSError, ValueError, KeyError, TypeError):
        pass  # not cached yet (or damaged): read the font itself
    face = _parse_cached(path, version).face
    metrics = FontMetrics(face.name.decode("latin-1", "replace"), face.ascent, -face.descent,
                          face.defaultWidth, dict(face.charWidths), frozenset(face.charToGlyph))
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(cache, "w") as handle:
            json.dump({"name": metrics.name, "ascent": metrics.ascent, "descent": metrics.descent,
                       "default_width": metrics.default_width, "widths": metrics.widths,
                       "glyphs": sorted(metrics.glyphs)}, handle)
    except OSError:
        pass  # a read-only home only costs the next start these milliseconds
    return metrics


def _metrics(path: Path) -> FontMetrics:
    return _metrics_cached(path, _version(path))


def _cache_folder() -> Path:
    """The per-user cache of the platform (Linux: $XDG_CACHE_HOME or ~/.cache; Windows:
    %LOCALAPPDATA%; macOS: ~/Library/Caches), read when asked: tests set XDG_CACHE_HOME."""
    return Path(user_cache_dir("infographic-app", appauthor=False)) / "font-metrics"
