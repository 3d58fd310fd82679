"""The inline markup of texts: **bold** and *italic*. Shared by the layout and the alt texts."""

import re

BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
# A single * opens only at the start of a word and closes only at its end, so the
# asterisk inside a name like NOC*NSF stays a literal character.
ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")


def strip_markup(text: str) -> str:
    """`text` without its **bold** and *italic* markers, as alt text and search read it."""
    return ITALIC.sub(r"\1", BOLD.sub(r"\1", text))
