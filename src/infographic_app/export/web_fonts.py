"""The theme's fonts for a web page: each face cut down to the characters the page uses and
written as an @font-face rule with the font inline (base64), so the page needs no network."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from pathlib import Path

import uharfbuzz as hb

# Always kept, so text a reader's browser adds (list numbers, punctuation) has its glyphs.
BASIC = "".join(chr(c) for c in range(0x20, 0x7F)) + "‘’“”–—…€ ·•"


def subset_font(path: Path, text: str) -> bytes:
    """The TrueType font at `path` with only the glyphs of `text` (and BASIC), its kerning
    and other layout features kept. An unreadable file raises OSError."""
    face = hb.Face(hb.Blob.from_file_path(str(path)))
    wanted = hb.SubsetInput()
    wanted.unicode_set.update(ord(character) for character in set(text + BASIC))
    return hb.subset(face, wanted).blob.data


def font_face_rules(faces: Mapping[str, Path], text: str, family) -> str:
    """One @font-face rule per face (face name -> font file), its family named by
    `family(face)`, its font cut down to `text` and inline."""
    rules = []
    for face, path in faces.items():
        data = base64.b64encode(subset_font(path, text)).decode("ascii")
        rules.append(f'@font-face{{font-family:"{family(face)}";font-display:block;'
                     f'src:url(data:font/ttf;base64,{data}) format("truetype")}}')
    return "\n".join(rules)
