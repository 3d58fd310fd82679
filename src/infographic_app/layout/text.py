"""Inline markup and line breaking: text is measured and broken into lines once, here."""

from __future__ import annotations

import re
from dataclasses import dataclass

from infographic_app.layout.fonts import FontSet
from infographic_app.layout.scene import Overflow, TextRun
from infographic_app.model.theme import TextStyle

BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
# A single * opens only at the start of a word and closes only at its end, so the
# asterisk inside a name like NOC*NSF stays a literal character.
ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")


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


def plain_text(text: str) -> str:
    return "".join(span.text for span in parse_markup(text))


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


# A word is a list of (text, face) pieces; a line is a list of words.
Word = list[tuple[str, str]]


class TextSetter:
    def __init__(self, fonts: FontSet):
        self.fonts = fonts

    def set(self, text: str, style: TextStyle, x: float, top: float, width: float,
            element_id: str, max_height: float | None = None, colour: str | None = None,
            align: str = "left") -> SetText:
        """Break `text` into lines no wider than `width`, first line's top at `top`.

        Lines that do not fit in `max_height` are left out and reported as an Overflow.
        """
        colour = colour or style.colour
        lines = self._break(text, style, width)
        ascent = self.fonts.ascent(style.font, style.size)
        descent = style.size - ascent * 0.93  # Lato's descender is about a fifth of the size
        runs: list[TextRun] = []
        shown, widest = 0, 0.0
        for index, line in enumerate(lines):
            baseline = top + ascent + index * style.leading
            if max_height is not None and baseline + descent > top + max_height + 0.01:
                break
            line_width = self._line_width(line, style.size)
            widest = max(widest, line_width)
            start = x + {"left": 0, "center": (width - line_width) / 2,
                         "right": width - line_width}[align]
            runs.extend(self._runs(line, start, baseline, style.size, colour, element_id))
            shown += 1
        height = ascent + (shown - 1) * style.leading + descent if shown else 0.0
        overflow = None
        too_wide = widest > width + 0.01
        if shown < len(lines) or too_wide:
            overflow = Overflow(x, top, width, max_height if max_height is not None else height,
                                element_id, len(lines) - shown)
        return SetText(tuple(runs), height, shown, widest, overflow)

    def measure(self, text: str, style: TextStyle) -> float:
        """Width of `text` set on one line."""
        return self._line_width(self._words(text, style), style.size)

    def _words(self, text: str, style: TextStyle) -> list[Word | None]:
        """Words of the text; None marks a forced line break."""
        words: list[Word | None] = []
        current: Word = []
        for span in parse_markup(text):
            face = face_for(style.font, span.bold, span.italic)
            for token in re.split(r"(\n|[^\S\n]+)", span.text):
                if token and not token.isspace():
                    current.append((token, face))
                    continue
                if token and current:
                    words.append(current)
                    current = []
                if token == "\n":
                    words.append(None)
        if current:
            words.append(current)
        return words

    def _break(self, text: str, style: TextStyle, width: float) -> list[list[Word]]:
        lines: list[list[Word]] = [[]]
        line_width = 0.0
        for word in self._words(text, style):
            if word is None:
                lines.append([])
                line_width = 0.0
                continue
            word_width = self._word_width(word, style.size)
            space = self._space(lines[-1][-1], style.size) if lines[-1] else 0.0
            if lines[-1] and line_width + space + word_width > width + 0.01:
                lines.append([])
                line_width, space = 0.0, 0.0
            line_width += space + word_width
            lines[-1].append(word)
        return [line for line in lines if line] or []

    def _word_width(self, word: Word, size: float) -> float:
        return sum(self.fonts.width(text, face, size) for text, face in word)

    def _space(self, word: Word, size: float) -> float:
        """The space after `word`, in the face its last piece is set in (as a PDF run sets it)."""
        return self.fonts.width(" ", word[-1][1], size)

    def _line_width(self, line: list[Word | None], size: float) -> float:
        words = [w for w in line if w]
        return (sum(self._word_width(w, size) for w in words)
                + sum(self._space(w, size) for w in words[:-1]))

    def _runs(self, line: list[Word], x: float, baseline: float, size: float, colour: str,
              element_id: str) -> list[TextRun]:
        """One TextRun per stretch of the line in the same face."""
        runs: list[TextRun] = []
        pen = x
        run_text, run_face, run_x, offsets = "", None, x, []
        for index, word in enumerate(line):
            if index:
                run_text += " "
                pen += self._space(line[index - 1], size)
            for piece, face in word:
                if face != run_face:
                    if run_face is not None:
                        runs.append(TextRun(run_x, baseline, run_text.rstrip(" "), run_face, size,
                                            colour, element_id, tuple(offsets)))
                    run_text, run_face, run_x, offsets = "", face, pen, []
                if not run_text or run_text.endswith(" "):
                    offsets.append(pen - run_x)
                run_text += piece
                pen += self.fonts.width(piece, face, size)
        if run_face is not None:
            runs.append(TextRun(run_x, baseline, run_text, run_face, size, colour, element_id,
                                tuple(offsets)))
        return runs
