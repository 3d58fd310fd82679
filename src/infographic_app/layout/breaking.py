"""Where a line may break inside a word: soft hyphens, hard hyphens, slashes, the dictionary.

Text pasted from a word processor carries its own break rules in characters: a soft hyphen
(U+00AD) is an invisible place to break with a hyphen, a no-break space (U+00A0, and the
narrow U+202F or the figure space U+2007) keeps "€ 1.250" and "15 jaar" on one line. The
no-break spaces stay in the text runs (Lato has glyphs for all three; ReportLab writes U+00A0
into the PDF with the space's code, the same glyph). The line breaking itself is in text.py;
this module only says where a word may be broken.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

SOFT_HYPHEN = "\u00ad"
NARROW_NO_BREAK_SPACE = "\u202f"
# Characters that print in place of a narrow no-break space a font has no glyph for, best
# first: a thin space (set inside a word, so still unbreakable), then a no-break space.
NARROW_SPACE_STAND_INS = ("\u2009", "\u00a0")
# White space where a line may break (any but the no-break spaces), or a forced line break.
BREAKING_SPACE = re.compile(r"(\n|[^\S\n\u00a0\u2007\u202f]+)")
HYPHENS = "-\u2010\u2013"  # hyphen-minus, hyphen, en dash
LETTERS = re.compile(r"[^\W\d_]+")
ADDRESS = re.compile(r"[/@:]|\w\.\w")  # a web or e-mail address: no hyphens added in it


def hard_breaks(text: str, slashes: bool = False) -> list[int]:
    """Offsets (in characters) in `text` after which a line may break with no added hyphen.

    After a hyphen or en dash between two characters ("hbo-geschoolde", "0800-1234"), and
    with `slashes` after a slash that another slash does not follow ("https://", "en/of").
    """
    marks = HYPHENS + ("/" if slashes else "")
    return [index + 1 for index in range(1, len(text) - 1)
            if text[index] in marks and text[index + 1] not in marks]


def dictionary_breaks(text: str, language: str) -> list[int]:
    """Offsets (in characters) in `text` where the dictionary of `language` ('nl-NL',
    'en-GB') hyphenates its words; none inside a web or e-mail address."""
    if ADDRESS.search(text):
        return []
    return [match.start() + point for match in LETTERS.finditer(text)
            for point in _positions(language, match.group())]


@lru_cache(maxsize=4096)
def _positions(language: str, word: str) -> tuple[int, ...]:
    dictionary = _dictionary(language)
    return tuple(dictionary.positions(word)) if dictionary else ()


@cache
def _dictionary(language: str):
    """The hyphenation patterns of a language (a pyphen.Pyphen), read once; None if there are
    none. pyphen is imported here, on the first word too wide for its box: importing it and
    reading the patterns takes some 100 ms that the editor's start should not wait for."""
    import pyphen

    name = pyphen.language_fallback(language.replace("-", "_"))
    return pyphen.Pyphen(lang=name) if name else None
