"""Text measuring with the metrics of the theme's TrueType files, the same for every painter.

Reading a font with ReportLab takes some 20 ms per face. The layout needs only the advance
widths, the ascent and descent and which characters have glyphs, so those are kept in a small
cache file per font file (in the user's cache folder); the full font is read only to embed it
in a PDF, by the PDF painter, from the file the scene's FontFace names.

Embedding needs ReportLab's parsed tables as well (glyph offsets, the character map, the
metrics of every glyph), which cost as much again to parse; those are kept in a second cache
file per font file (`embeddable`), so a PDF export reads the font file's bytes and nothing more.

Kerning comes from HarfBuzz: each measured stretch of text is shaped once (its pairs from the
font's GPOS table, or its old `kern` table) and the difference to the plain advances is kept
per character, so the width the layout breaks lines with and the places the painters set the
glyphs at are the same numbers.
"""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import uharfbuzz

from infographic_app.layout.scene import FontFace
from infographic_app.model.problems import InputError, Problem
from infographic_app.model.storage import atomic_write
from infographic_app.model.theme import Theme
from infographic_app.paths import cache_folder

if TYPE_CHECKING:  # ReportLab loads when a font is parsed or embedded, not for measuring
    from reportlab.pdfbase.ttfonts import TTFont

METRICS_VERSION = 3  # 2: with the descent; 3: pickled
# Only the kerning of the shaped text is used: the painters set one glyph per character, as the
# character map gives it, so ligatures and other substitutions stay off. The language is fixed,
# so a line never breaks differently with the locale of the machine it is laid out on.
SHAPING_FEATURES = {"kern": True, "liga": False, "clig": False, "calt": False, "dlig": False}
SHAPING_LANGUAGE = "nl"


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
        self._shapers: dict[str, uharfbuzz.Font] = {}
        self._cache: dict[tuple[str, str, float], tuple[float, tuple[float, ...]]] = {}

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
        """The advance of `text` set in `face` at `size`, kerned, in points."""
        found = self._cache.get((face, text, size)) or self._measure(text, face, size)
        return found[0]

    def kerning(self, text: str, face: str, size: float) -> tuple[float, ...]:
        """What the font's kerning adds after each character of `text` (one number per
        character, in points at `size`; negative tightens; all 0.0 when the text has no
        kerning pair). The pairs are those inside `text`: nothing is added after its last
        character."""
        found = self._cache.get((face, text, size)) or self._measure(text, face, size)
        return found[1]

    def _measure(self, text: str, face: str, size: float) -> tuple[float, tuple[float, ...]]:
        """The kerned advance of `text` and its kerning per character, in points at `size`;
        measured once per face, text and size (a word is mostly set in one size)."""
        metrics = self.metrics(face)
        widths, default = metrics.widths, metrics.default_width
        units = self._kerning_units(text, face) if len(text) > 1 else ()
        advance = sum(widths.get(ord(ch), default) for ch in text) + sum(units)
        kerning = tuple(unit * size / 1000 for unit in units) if units else (0.0,) * len(text)
        found = self._cache[(face, text, size)] = (advance * size / 1000, kerning)
        return found

    def _kerning_units(self, text: str, face: str) -> tuple[float, ...]:
        """Per character of `text`, the kerning HarfBuzz adds after it, in 1000ths of the size;
        () when there is none. A glyph's adjustment is the difference between its shaped and
        its plain advance, put after the last character of its cluster."""
        font = self._shapers.get(face)
        if font is None:
            font = self._shapers[face] = uharfbuzz.Font(uharfbuzz.Face(
                uharfbuzz.Blob.from_file_path(str(self._files[face]))))
        buffer = uharfbuzz.Buffer()
        buffer.add_str(text)
        buffer.guess_segment_properties()
        buffer.direction = "ltr"  # the painters set characters left to right
        buffer.language = SHAPING_LANGUAGE
        uharfbuzz.shape(font, buffer, SHAPING_FEATURES)
        infos, positions = buffer.glyph_infos, buffer.glyph_positions
        kerning = [0.0] * len(text)
        starts = sorted({info.cluster for info in infos})
        ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))  # cluster: its end
        scale = 1000 / font.face.upem
        for info, position in zip(infos, positions, strict=True):
            adjustment = position.x_advance - font.get_glyph_h_advance(info.codepoint)
            if adjustment:
                kerning[ends[info.cluster] - 1] += adjustment * scale
        return tuple(kerning) if any(kerning) else ()

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


def embeddable(face: FontFace) -> TTFont:
    """The ReportLab font of `face`, under its key, to register and embed subsets of. Its parsed
    tables come from the cache (the file's bytes are read as they are); the font file itself is
    parsed only when they are not cached yet. A font file that cannot be read raises InputError
    naming it."""
    path = Path(face.file)
    return _parse_cached(path, _version(path), face.key)


@lru_cache(maxsize=16)
def _parse_cached(path: Path, version: tuple[int, int], key: str | None = None) -> TTFont:
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    name = key or _key(path, version)
    cache = cache_folder("font-metrics") / f"{path.stem}-{_digest('tables', path, version)}.pickle"
    try:
        return _restored(name, path, pickle.loads(cache.read_bytes()))
    except Exception:  # not cached yet, damaged, or from another ReportLab: parse the font
        pass
    try:
        font = TTFont(name, str(path))
    except (OSError, TTFError) as exc:
        raise InputError([Problem(f"cannot use this font file: {exc}", file=str(path))]) from None
    # not the bytes (read from the file) nor the unit scale (a closure, made again from the
    # units per em)
    tables = {name: value for name, value in font.face.__dict__.items()
              if name not in ("_ttf_data", "_pdfScale")}
    state = {name: value for name, value in font.__dict__.items()
             if name not in ("face", "state", "fontName")}
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(cache) as handle:
            pickle.dump((state, tables), handle, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # a read-only home (or an unpicklable ReportLab) costs the parse again
        pass
    return font


def _restored(name: str, path: Path, cached: tuple[dict, dict]) -> TTFont:
    """The TTFont that TTFont(name, path) makes, from the state and the parsed tables it had
    when the cache was written, and the bytes of the file."""
    from weakref import WeakKeyDictionary

    from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

    state, tables = cached
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(tables)
    face._ttf_data = path.read_bytes()
    face._pdfScale = _unit_scale(face.unitsPerEm)
    font = TTFont.__new__(TTFont)
    font.__dict__.update(state)
    font.fontName, font.face, font.state = name, face, WeakKeyDictionary()
    return font


def _unit_scale(units_per_em: int):
    """Font units to 1000ths of the size, as ReportLab scales them when it parses the font."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _digest(kind: str, path: Path, version: tuple[int, int]) -> str:
    """Names a cache file: what it holds, the font file's identity and ReportLab's version."""
    from reportlab import Version

    return hashlib.sha1(f"{kind}:{Version}:{path}:{version}".encode()).hexdigest()[:16]


@lru_cache(maxsize=16)
def _metrics_cached(path: Path, version: tuple[int, int]) -> FontMetrics:
    key = hashlib.sha1(f"{METRICS_VERSION}:{path}:{version}".encode()).hexdigest()[:16]
    cache = cache_folder("font-metrics") / f"{path.stem}-{key}.metrics.pickle"
    try:  # a pickle: some 0.3 ms a face, where reading the same as JSON took 2 ms
        found = pickle.loads(cache.read_bytes())
        if isinstance(found, FontMetrics):
            return found
    except Exception:  # not cached yet, damaged, or of a class changed since: read the font
        pass
    face = _parse_cached(path, version).face
    metrics = FontMetrics(face.name.decode("latin-1", "replace"), face.ascent, -face.descent,
                          face.defaultWidth, dict(face.charWidths), frozenset(face.charToGlyph))
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(cache) as handle:
            pickle.dump(metrics, handle, protocol=pickle.HIGHEST_PROTOCOL)
    except OSError:
        pass  # a read-only home only costs the next start these milliseconds
    return metrics


def _metrics(path: Path) -> FontMetrics:
    return _metrics_cached(path, _version(path))
