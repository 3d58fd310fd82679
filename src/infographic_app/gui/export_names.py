"""The file names the editor suggests for an export, in the interface language:
'factsheet-2020-drukwerk.pdf' in Dutch, 'factsheet-2020-print.pdf' in English."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def export_file_name(stem: str, kind: str, size: str = "") -> str:
    """The suggested file name for exporting `stem` (the factsheet's file name without
    '.yaml') as `kind` ('print', 'screen', 'proof', 'html', 'png', 'card'; `size` a social
    card's format, '1080x1080'): the stem, a word for the kind in the interface language
    and the extension ('factsheet-drukwerk.pdf', 'factsheet-kaart-1080x1080.png'; pages as
    PNG: 'factsheet.png'). Raises KeyError for another kind."""
    translate = QCoreApplication.translate
    words = {"print": (translate("FileName", "print"), ".pdf"),
             "screen": (translate("FileName", "screen"), ".pdf"),
             "proof": (translate("FileName", "proof"), ".pdf"),
             "html": (translate("FileName", "web"), ".html"),
             "png": ("", ".png"),
             "card": (translate("FileName", "card") + f"-{size}", ".png")}
    word, extension = words[kind]
    return f"{stem}-{word}{extension}" if word else f"{stem}{extension}"
