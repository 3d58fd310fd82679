"""Inline markup and line breaking: text is measured and broken into lines once, here."""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass, replace

from infographic_app.layout.breaking import (
    ADDRESS,
    BREAKING_SPACE,
    NARROW_NO_BREAK_SPACE,
    NARROW_SPACE_STAND_INS,
    SOFT_HYPHEN,
    dictionary_breaks,
    hard_breaks,
)
from infographic_app.layout.fonts import FontSet
from infographic_app.layout.scene import Overflow, TextRun
from infographic_app.model.markup import BOLD, ITALIC
from infographic_app.model.notes import mark
from infographic_app.model.theme import TextStyle

# Set, measured and painted in place of a character the face has no glyph for. Left as it was,
# the character would show in the PDF as the font's invisible, zero-width glyph 0 (which text
# extraction reads as U+0000) and in the preview as whatever Qt falls back to; '?' is in every
# font, so the preview and both PDFs show, and extract, the same visible mark. The run keeps the
# characters it replaced, for the preflight to name (an error: exported only when forced).
MISSING_GLYPH = "?"
# A footnote mark in a resolved text, as Context.resolve writes it: the number of its note
# between two characters of Unicode's private use area, which no font of the theme has a
# glyph for. The setter prints the mark ('¹') as a run of its own that names its note, so a
# tagged PDF can tell it from a superscript typed in the text ('m²').
NOTE_START, NOTE_END = "\ue000", "\ue001"
NOTE_MARK = re.compile(f"{NOTE_START}([0-9]+){NOTE_END}")


def note_marks(numbers: tuple[int, ...]) -> str:
    """The footnote marks of the notes `numbers` (1-based, in number order) as a resolved
    text carries them to the setter, which prints them '¹,²'."""
    return ",".join(f"{NOTE_START}{number}{NOTE_END}" for number in numbers)


def _marked(token: str) -> list[tuple[str, int]]:
    """`token` in parts (text, note number): the footnote marks in it as printed ('¹') with
    the number of their note, the text around them with 0."""
    if NOTE_START not in token:  # nearly always
        return [(token, 0)]
    parts, last = [], 0
    for found in NOTE_MARK.finditer(token):
        if found.start() > last:
            parts.append((token[last:found.start()], 0))
        number = int(found.group(1))
        parts.append((mark(number), number))
        last = found.end()
    if last < len(token):
        parts.append((token[last:], 0))
    return parts


@dataclass(frozen=True)
class Span:
    """A stretch of text in one style: bold and/or italic, from the inline markup, and its
    language when the markup gives one (`*first disclosure*{en}`: 'en'), else ''."""
    text: str
    bold: bool = False
    italic: bool = False
    language: str = ""


def parse_markup(text: str) -> list[Span]:
    """Split `text` into spans on **bold** and *italic* markers, each optionally followed by
    a language tag ({en}), which is left out of the text."""
    spans: list[Span] = []
    for chunk, bold, bold_language in _split(text, BOLD):
        for part, italic, language in _split(chunk, ITALIC):
            spans.append(Span(part, bold, italic, language or bold_language))
    return spans


def _split(text: str, pattern: re.Pattern) -> list[tuple[str, bool, str]]:
    """`text` in parts (text, inside a match of `pattern`, the match's language tag or '')."""
    parts, last = [], 0
    for match in pattern.finditer(text):
        if match.start() > last:
            parts.append((text[last:match.start()], False, ""))
        parts.append((match.group(1), True, match.group(2) or ""))
        last = match.end()
    if last < len(text):
        parts.append((text[last:], False, ""))
    return parts


def face_for(base: str, bold: bool, italic: bool) -> str:
    """The font face (a theme font key) for text of style face `base`, made bold and/or
    italic by markup; 'black' stays black."""
    if base == "black":
        return "black"
    bold = bold or base in ("bold", "bold_italic")
    italic = italic or base in ("italic", "bold_italic")
    return {(False, False): "regular", (True, False): "bold", (False, True): "italic",
            (True, True): "bold_italic"}[(bold, italic)]


@dataclass(frozen=True)
class SetText:
    """A text set into its box: the text runs, the height used and the width of the
    widest line (points), the number of lines shown, and an Overflow if it does not fit."""
    runs: tuple[TextRun, ...]
    height: float  # from the top of the box to the bottom of the last shown line
    lines: int
    width: float  # of the widest line
    overflow: Overflow | None


# Text, face, width in points, the character a MISSING_GLYPH piece stands in for ("" for
# other pieces), the language of the markup span it is in ("" for the document's) and the
# number of the note whose footnote mark it is (0 for other text). A stand-in and a
# footnote mark are pieces of their own, so cutting a word never splits one.
Piece = tuple[str, str, float, str, str, int]


@dataclass(frozen=True)
class Word:
    """A word as measured once: its pieces, width and the space after it (points), where
    its soft hyphens were (character offsets into its text, which leaves them out), and
    whether it ends in a hyphen the layout added where it broke the word."""

    pieces: tuple[Piece, ...]
    width: float
    space: float  # in the face of its last piece, as a PDF text run sets it
    soft_hyphens: tuple[int, ...] = ()
    hyphenated: bool = False

    @property
    def text(self) -> str:
        return "".join(piece[0] for piece in self.pieces)


def _word(pieces: list[Piece], space: float, soft_hyphens: tuple[int, ...] = (),
          hyphenated: bool = False) -> Word:
    return Word(tuple(pieces), sum(piece[2] for piece in pieces), space, soft_hyphens,
                hyphenated)


@dataclass
class Line:
    """One line being built: its words and width so far (points)."""
    words: list[Word]
    width: float = 0.0


class TextSetter:
    """Sets text into lines. Keep one for a document: it remembers what it set, so while
    someone types only the text that changed is measured and broken again.

    Lines break at spaces, at soft hyphens and after hard hyphens, as in a word processor;
    never at a no-break space. A word wider than its whole box may also break after a slash
    and is hyphenated by the dictionary of `language`, the document's locale ('nl-NL' or
    'en-GB'). What still does not fit is cut after its last whole character inside the box
    and reported as an Overflow, so it never prints over the box beside it. Cut rather than
    shrunk: a smaller size would change one box's type silently, perhaps below the legible
    minimum, while a cut word is flagged in the preview and the checks like left-out lines.
    """

    CACHE_SIZE = 4000  # texts kept, at least
    TEXTS_PER_PAGE = 120  # kept per page of the document: a page sets about 30

    def __init__(self, fonts: FontSet, language: str = "nl-NL"):
        self.fonts = fonts
        self.language = language
        self._set: dict[tuple, SetText] = {}  # in order of use, the latest last
        self._limit = self.CACHE_SIZE

    def set(self, text: str, style: TextStyle, x: float, top: float, width: float,
            element_id: str, max_height: float | None = None, colour: str | None = None,
            align: str = "left") -> SetText:
        """Break `text` into lines no wider than `width`, first line's top at `top` (points).

        Lines that do not fit in `max_height` are left out, and a word wider than `width`
        that cannot be broken is cut at the box's edge; both are reported as an Overflow.
        """
        key = (text, style, x, top, width, element_id, max_height, colour, align)
        placed = self._set.pop(key, None)
        if placed is None:
            if len(self._set) >= self._limit:  # the least recently used go
                for old in list(itertools.islice(self._set, len(self._set) // 4)):
                    del self._set[old]
            placed = self._set_text(*key)
        self._set[key] = placed  # the most recently used last
        return placed

    def fit_cache(self, pages: int) -> None:
        """Keep at least what `pages` pages set (a page sets some 30 texts), so a large
        document does not fall off the cache while someone types."""
        self._limit = max(self.CACHE_SIZE, self.TEXTS_PER_PAGE * pages)

    def _set_text(self, text: str, style: TextStyle, x: float, top: float, width: float,
                  element_id: str, max_height: float | None, colour: str | None,
                  align: str) -> SetText:
        colour = colour or style.colour
        lines = self._break(self._words(text, style), width, style.size)
        ascent = self.fonts.ascent(style.font, style.size)
        descent = self.fonts.descent(style.font, style.size)
        runs: list[TextRun] = []
        shown, widest, too_wide = 0, 0.0, ""
        for index, line in enumerate(lines):
            baseline = top + ascent + index * style.leading
            if max_height is not None and baseline + descent > top + max_height + 0.01:
                break
            if line.width > width + 0.01 and len(line.words) == 1:
                # A word wider than the box (it always has a line to itself) is cut at its edge.
                too_wide = too_wide or line.words[0].text
                clipped = self._clip(line.words[0], width, style.size)
                line = Line([clipped], clipped.width)
            widest = max(widest, line.width)
            start = x + {"left": 0, "center": (width - line.width) / 2,
                         "right": width - line.width}[align]
            runs.extend(self._runs(line, start, baseline, style.size, colour, element_id))
            shown += 1
        height = ascent + (shown - 1) * style.leading + descent if shown else 0.0
        overflow = None
        if shown < len(lines) or too_wide:
            overflow = Overflow(x, top, width, max_height if max_height is not None else height,
                                element_id, len(lines) - shown, too_wide)
        return SetText(tuple(runs), height, shown, widest, overflow)

    def measure(self, text: str, style: TextStyle) -> float:
        """Width of `text` set on one line, in points."""
        lines = self._break(self._words(text, style), math.inf, style.size)
        return max((line.width for line in lines), default=0.0)

    def _words(self, text: str, style: TextStyle) -> list[Word | None]:
        """Words of the text, measured; None marks a forced line break."""
        size, width = style.size, self.fonts.width
        words: list[Word | None] = []
        pieces: list[Piece] = []
        soft: list[int] = []  # where the word's soft hyphens were, in characters

        def finish() -> None:
            if pieces:
                words.append(_word(pieces, width(" ", pieces[-1][1], size), tuple(soft)))
            pieces.clear()
            soft.clear()

        for span in parse_markup(text):
            face = face_for(style.font, span.bold, span.italic)
            for index, token in enumerate(BREAKING_SPACE.split(span.text)):
                if index % 2:  # a space between words, or a line break
                    finish()
                    if token == "\n":
                        words.append(None)
                    continue
                for order, (chunk, note) in enumerate(_marked(token)):
                    if SOFT_HYPHEN in chunk:  # left out of the text; its place is remembered
                        length = sum(len(piece[0]) for piece in pieces)
                        for part in chunk.split(SOFT_HYPHEN)[:-1]:
                            length += len(part)
                            soft.append(length)
                        chunk = chunk.replace(SOFT_HYPHEN, "")
                    for index, (part, missing) in enumerate(
                            self._settable(self._printable(chunk, face), face)):
                        if order and not index:
                            self._kern_before(pieces, part, face, missing, size)
                        pieces.append((part, face, width(part, face, size), missing,
                                       span.language, note))
        finish()
        return words

    def _kern_before(self, pieces: list[Piece], text: str, face: str, missing: str,
                     size: float) -> None:
        """A footnote mark is set as a piece of its own, yet where it was set together with
        the text before it (as in '29¹'): the kerning of the pair across the edge goes to
        the piece before, so the word measures and prints as one."""
        if pieces and not missing and not pieces[-1][3] and pieces[-1][1] == face and text:
            before = pieces[-1]
            pair = self.fonts.kerning(before[0][-1] + text[0], face, size)[0]
            pieces[-1] = (before[0], face, before[2] + pair, *before[3:])

    def _settable(self, text: str, face: str) -> list[tuple[str, str]]:
        """`text` in parts the face can set: (text, "") for stretches it has glyphs for, and
        (MISSING_GLYPH, the character) for each character it lacks."""
        glyphs = self.fonts.metrics(face).glyphs
        if all(ord(char) in glyphs for char in text):  # nearly always: one part, or none
            return [(text, "")] if text else []
        parts: list[tuple[str, str]] = []
        for char in text:
            if not self.fonts.has_glyph(face, char):
                parts.append((MISSING_GLYPH, char))
            elif parts and not parts[-1][1]:
                parts[-1] = (parts[-1][0] + char, "")
            else:
                parts.append((char, ""))
        return parts

    def _printable(self, text: str, face: str) -> str:
        """`text` with a narrow no-break space the face has no glyph for replaced by the
        first stand-in it has; either way the layout keeps the words on both sides together."""
        if NARROW_NO_BREAK_SPACE in text and not self.fonts.has_glyph(face, NARROW_NO_BREAK_SPACE):
            stand_in = next((ch for ch in NARROW_SPACE_STAND_INS if self.fonts.has_glyph(face, ch)),
                            NARROW_NO_BREAK_SPACE)
            text = text.replace(NARROW_NO_BREAK_SPACE, stand_in)
        return text

    def _break(self, words: list[Word | None], width: float, size: float) -> list[Line]:
        lines = [Line([])]
        for word in words:
            if word is None:
                lines.append(Line([]))
                continue
            rest: Word | None = word
            while rest is not None:
                line = lines[-1]
                space = line.words[-1].space if line.words else 0.0
                room = width - line.width - space
                if rest.width <= room + 0.01:
                    head, rest = rest, None
                else:
                    split = self._split(rest, room, width, size)
                    if split is None and line.words:
                        lines.append(Line([]))  # try it at the start of the next line
                        continue
                    # No start of it fits a whole line: it will be cut at the box's edge.
                    head, rest = split or (rest, None)
                line.width += space + head.width
                line.words.append(head)
                if rest is not None:
                    lines.append(Line([]))
        return [line for line in lines if line.words]

    def _split(self, word: Word, room: float, width: float,
               size: float) -> tuple[Word, Word] | None:
        """The longest start of `word` that fits in `room` (points), broken where it may be,
        and the rest; None if no start fits. Soft and hard hyphens come first; a word wider
        than the whole `width` may also break after a slash, or where the dictionary says."""
        text = word.text
        too_wide = word.width > width + 0.01
        # No start longer than `longest` characters fits (none is narrower than half the
        # narrowest character of the word, so kerning cannot tighten it more): a long word
        # is only looked at up to there, so cutting a text of 20,000 characters without a
        # space line by line takes a second, not minutes. The rest of its last word is looked
        # at too, for the dictionary.
        longest = max(0, int(room / max(self._narrowest(word, size) / 2, 0.01)) + 2)
        end = longest + 2
        while end < len(text) and text[end].isalpha():
            end += 1
        window = text[:end]
        tiers = [[(at, True) for at in word.soft_hyphens]
                 + [(at, False) for at in hard_breaks(window, slashes=too_wide)]]
        if too_wide and not ADDRESS.search(text):
            tiers.append([(at, True) for at in dictionary_breaks(window, self.language)])
        for tier in tiers:
            for at, hyphen in sorted(tier, reverse=True):
                if 0 < at < len(text) and at <= longest:
                    head, tail = self._cut(word, at, hyphen, size)
                    if head.width <= room + 0.01:
                        return head, tail
        return None

    def _narrowest(self, word: Word, size: float) -> float:
        """The advance of the narrowest character of `word`, without kerning (points)."""
        return min(self.fonts.width(char, face, size) for face in {p[1] for p in word.pieces}
                   for char in set(word.text))

    def _cut(self, word: Word, at: int, hyphen: bool, size: float) -> tuple[Word, Word]:
        """`word` cut after its `at` first characters, the first part ending in a hyphen if
        `hyphen` (where a soft hyphen was, or the dictionary breaks the word)."""
        head: list[Piece] = []
        tail: list[Piece] = []
        start = 0
        for piece in word.pieces:
            text, face = piece[0], piece[1]
            if start + len(text) <= at:
                head.append(piece)
            elif start >= at:
                tail.append(piece)
            else:  # only stretches of several characters, never a stand-in, are cut
                cut, language, note = at - start, piece[4], piece[5]
                head_width = self.fonts.width(text[:cut], face, size)
                # The rest's advance from the whole's, without measuring the rest (which, for
                # a long word cut line by line, cost its whole length on every line): the
                # whole is the head, the kerning of the pair across the cut, and the rest.
                pair = self.fonts.kerning(text[cut - 1:cut + 1], face, size)[0]
                head.append((text[:cut], face, head_width, "", language, note))
                tail.append((text[cut:], face, piece[2] - head_width - pair, "", language,
                             note))
            start += len(text)
        if hyphen:
            text, face, _, missing, language, note = head[-1]
            head[-1] = (text + "-", face, self.fonts.width(text + "-", face, size), missing,
                        language, note)
        soft = tuple(offset - at for offset in word.soft_hyphens if offset > at)
        return _word(head, word.space, hyphenated=hyphen), _word(tail, word.space, soft)

    def _clip(self, word: Word, width: float, size: float) -> Word:
        """`word` cut after its last whole character that ends within `width` (points)."""
        pieces: list[Piece] = []
        pen = 0.0
        for piece in word.pieces:
            text, face, piece_width = piece[:3]
            if pen + piece_width <= width + 0.01:
                pieces.append(piece)
                pen += piece_width
                continue
            kept = ""
            kerning = self.fonts.kerning(text, face, size)
            for char, kern in zip(text, kerning, strict=True):
                pen += self.fonts.width(char, face, size)
                if pen > width + 0.01:
                    break
                kept += char
                pen += kern  # the pair with the next character, if that one is kept
            if kept:
                pieces.append((kept, face, self.fonts.width(kept, face, size), "",
                               *piece[4:]))
            break
        return _word(pieces, word.space)

    def _runs(self, line: Line, x: float, baseline: float, size: float, colour: str,
              element_id: str) -> list[TextRun]:
        """One TextRun per stretch of the line in the same face and language, and one per
        footnote mark, with the kerning of each of its pieces (none between pieces, as they
        were measured apart); the last says whether the line ends in a hyphen the layout
        added."""
        runs: list[TextRun] = []
        pen = end = x
        run_text, run_style, run_x, offsets, run_missing = "", None, x, [], ""
        kerning: list[float] = []

        def run(text: str) -> TextRun:
            kerns = tuple(kerning[:len(text)]) if any(kerning) else ()
            return TextRun(run_x, baseline, text, run_style[0], size, colour, end - run_x,
                           element_id, tuple(offsets), run_missing, kerns,
                           language=run_style[1], note=run_style[2])

        for index, word in enumerate(line.words):
            if index:
                run_text += " "
                kerning.append(0.0)
                pen += line.words[index - 1].space
            for piece, face, piece_width, missing, language, note in word.pieces:
                if (face, language, note) != run_style:
                    if run_style is not None:
                        runs.append(run(run_text.rstrip(" ")))
                    run_text, run_style, run_x, offsets, run_missing = \
                        "", (face, language, note), pen, [], ""
                    kerning = []
                if not run_text or run_text.endswith(" "):
                    offsets.append(pen - run_x)
                run_text += piece
                run_missing += missing
                kerning.extend(self.fonts.kerning(piece, face, size))
                pen = end = pen + piece_width
        if run_style is not None:
            runs.append(replace(run(run_text), hyphen=line.words[-1].hyphenated))
        return runs
