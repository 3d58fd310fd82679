"""Inline markup and line breaking: text is measured and broken into lines once, here."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from infographic_app.layout.fonts import FontSet
from infographic_app.layout.scene import Overflow, TextRun
from infographic_app.model.markup import BOLD, ITALIC
from infographic_app.model.theme import TextStyle

# Set, measured and painted in place of a character the face has no glyph for. Left as it was,
# the character would show in the PDF as the font's invisible, zero-width glyph 0 (which text
# extraction reads as U+0000) and in the preview as whatever Qt falls back to; '?' is in every
# font, so the preview and both PDFs show, and extract, the same visible mark. The run keeps the
# characters it replaced, for the preflight to name (an error: exported only when forced).
MISSING_GLYPH = "?"


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False
    italic: bool = False


def parse_markup(text: str) -> list[Span]:
    """Split `text` into spans on **bold** and *italic* markers."""
    spans: list[Span] = []
    for chunk, bold in _split(text, BOLD):
        for part, italic in _split(chunk, ITALIC):
            spans.append(Span(part, bold, italic))
    return spans


def _split(text: str, pattern: re.Pattern) -> list[tuple[str, bool]]:
    parts, last = [], 0
    for match in pattern.finditer(text):
        if match.start() > last:
            parts.append((text[last:match.start()], False))
        parts.append((match.group(1), True))
        last = match.end()
    if last < len(text):
        parts.append((text[last:], False))
    return parts


def face_for(base: str, bold: bool, italic: bool) -> str:
    if base == "black":
        return "black"
    bold = bold or base in ("bold", "bold_italic")
    italic = italic or base in ("italic", "bold_italic")
    return {(False, False): "regular", (True, False): "bold", (False, True): "italic",
            (True, True): "bold_italic"}[(bold, italic)]


@dataclass(frozen=True)
class SetText:
    runs: tuple[TextRun, ...]
    height: float  # from the top of the box to the bottom of the last shown line
    lines: int
    width: float  # of the widest line
    overflow: Overflow | None


@dataclass(frozen=True)
class Word:
    """A word as measured once: its (text, face, width, characters replaced) pieces, width and
    the space after it."""

    pieces: tuple[tuple[str, str, float, str], ...]
    width: float
    space: float  # in the face of its last piece, as a PDF text run sets it


@dataclass
class Line:
    words: list[Word]
    width: float = 0.0


class TextSetter:
    """Sets text into lines. Keep one for a document: it remembers what it set, so while
    someone types only the text that changed is measured and broken again."""

    CACHE_SIZE = 4000

    def __init__(self, fonts: FontSet):
        self.fonts = fonts
        self._set: dict[tuple, SetText] = {}

    def set(self, text: str, style: TextStyle, x: float, top: float, width: float,
            element_id: str, max_height: float | None = None, colour: str | None = None,
            align: str = "left") -> SetText:
        """Break `text` into lines no wider than `width`, first line's top at `top`.

        Lines that do not fit in `max_height` are left out and reported as an Overflow.
        """
        key = (text, style, x, top, width, element_id, max_height, colour, align)
        placed = self._set.get(key)
        if placed is None:
            if len(self._set) >= self.CACHE_SIZE:
                self._set.clear()
            placed = self._set[key] = self._set_text(*key)
        return placed

    def _set_text(self, text: str, style: TextStyle, x: float, top: float, width: float,
                  element_id: str, max_height: float | None, colour: str | None,
                  align: str) -> SetText:
        colour = colour or style.colour
        lines = self._break(self._words(text, style), width)
        ascent = self.fonts.ascent(style.font, style.size)
        descent = style.size - ascent * 0.93  # Lato's descender is about a fifth of the size
        runs: list[TextRun] = []
        shown, widest = 0, 0.0
        for index, line in enumerate(lines):
            baseline = top + ascent + index * style.leading
            if max_height is not None and baseline + descent > top + max_height + 0.01:
                break
            widest = max(widest, line.width)
            start = x + {"left": 0, "center": (width - line.width) / 2,
                         "right": width - line.width}[align]
            runs.extend(self._runs(line, start, baseline, style.size, colour, element_id))
            shown += 1
        height = ascent + (shown - 1) * style.leading + descent if shown else 0.0
        overflow = None
        if shown < len(lines) or widest > width + 0.01:
            overflow = Overflow(x, top, width, max_height if max_height is not None else height,
                                element_id, len(lines) - shown)
        return SetText(tuple(runs), height, shown, widest, overflow)

    def measure(self, text: str, style: TextStyle) -> float:
        """Width of `text` set on one line."""
        return max((line.width for line in self._break(self._words(text, style), math.inf)),
                   default=0.0)

    def _words(self, text: str, style: TextStyle) -> list[Word | None]:
        """Words of the text, measured; None marks a forced line break."""
        size, width = style.size, self.fonts.width
        words: list[Word | None] = []
        pieces: list[tuple[str, str, float, str]] = []

        def finish() -> None:
            if pieces:
                face = pieces[-1][1]
                words.append(Word(tuple(pieces), sum(p[2] for p in pieces),
                                  width(" ", face, size)))
                pieces.clear()

        for span in parse_markup(text):
            face = face_for(style.font, span.bold, span.italic)
            for token in re.split(r"(\n|[^\S\n]+)", span.text):
                if token and not token.isspace():
                    shown, missing = self._settable(token, face)
                    pieces.append((shown, face, width(shown, face, size), missing))
                    continue
                if token:
                    finish()
                if token == "\n":
                    words.append(None)
        finish()
        return words

    def _settable(self, token: str, face: str) -> tuple[str, str]:
        """`token` with MISSING_GLYPH for each character `face` lacks, and those characters."""
        missing = "".join(ch for ch in token if not self.fonts.has_glyph(face, ch))
        if not missing:
            return token, ""
        return "".join(MISSING_GLYPH if ch in missing else ch for ch in token), missing

    @staticmethod
    def _break(words: list[Word | None], width: float) -> list[Line]:
        lines = [Line([])]
        for word in words:
            if word is None:
                lines.append(Line([]))
                continue
            line = lines[-1]
            space = line.words[-1].space if line.words else 0.0
            if line.words and line.width + space + word.width > width + 0.01:
                line = Line([])
                lines.append(line)
                space = 0.0
            line.width += space + word.width
            line.words.append(word)
        return [line for line in lines if line.words]

    @staticmethod
    def _runs(line: Line, x: float, baseline: float, size: float, colour: str,
              element_id: str) -> list[TextRun]:
        """One TextRun per stretch of the line in the same face."""
        runs: list[TextRun] = []
        pen = x
        run_text, run_face, run_x, offsets, run_missing = "", None, x, [], ""
        for index, word in enumerate(line.words):
            if index:
                run_text += " "
                pen += line.words[index - 1].space
            for piece, face, piece_width, missing in word.pieces:
                if face != run_face:
                    if run_face is not None:
                        runs.append(TextRun(run_x, baseline, run_text.rstrip(" "), run_face, size,
                                            colour, element_id, tuple(offsets), run_missing))
                    run_text, run_face, run_x, offsets, run_missing = "", face, pen, [], ""
                if not run_text or run_text.endswith(" "):
                    offsets.append(pen - run_x)
                run_text += piece
                run_missing += missing
                pen += piece_width
        if run_face is not None:
            runs.append(TextRun(run_x, baseline, run_text, run_face, size, colour, element_id,
                                tuple(offsets), run_missing))
        return runs
