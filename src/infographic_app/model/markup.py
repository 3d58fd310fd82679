"""The inline markup of texts: **bold** and *italic*, either followed by a language tag for a
phrase in another language (`*first disclosure*{en}`). Shared by the layout and the alt texts."""

import re

# A language tag right after a closing ** or *: a BCP 47 language ('en') with an optional
# region ('en-GB'). It is the span's language in the tagged PDF and never printed.
LANGUAGE = r"[a-z]{2,3}(?:-[A-Za-z]{2})?"
LANGUAGE_TAG = r"\{(" + LANGUAGE + r")\}"
BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*(?:" + LANGUAGE_TAG + ")?")
# A single * opens only at the start of a word and closes only at its end, so the
# asterisk inside a name like NOC*NSF stays a literal character.
ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])(?:" + LANGUAGE_TAG + ")?")


def strip_markup(text: str) -> str:
    """`text` without its **bold** and *italic* markers and language tags, as alt text and
    search read it."""
    return ITALIC.sub(r"\1", BOLD.sub(r"\1", text))
