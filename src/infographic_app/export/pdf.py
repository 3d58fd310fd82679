"""Document -> print or screen PDF file, written atomically."""

from __future__ import annotations

import io
from pathlib import Path

from infographic_app.checks.report import check_document
from infographic_app.layout.engine import layout_document
from infographic_app.layout.fonts import FontSet
from infographic_app.model.document import Document
from infographic_app.model.problems import Problem
from infographic_app.model.storage import atomic_write
from infographic_app.model.theme import Theme
from infographic_app.render.pdf_painter import PdfInfo, paint_pdf

TARGETS = ("print", "screen")


def pdf_info(document: Document) -> PdfInfo:
    meta = document.metadata
    return PdfInfo(title=meta.get("title", ""), author=meta.get("author", ""),
                   subject=meta.get("subject", ""), language=document.locale)


def render_pdf(document: Document, theme: Theme, target: str) -> bytes:
    fonts = FontSet(theme)
    buffer = io.BytesIO()
    paint_pdf(layout_document(document, theme, fonts), theme, fonts, target, buffer,
              pdf_info(document))
    return buffer.getvalue()


def export_pdf_checked(document: Document, theme: Theme, target: str,
                       path: Path) -> list[Problem]:
    """Write the PDF and return what the checks found in it (rules, overflow) to warn about."""
    fonts = FontSet(theme)
    scene = layout_document(document, theme, fonts)
    buffer = io.BytesIO()
    paint_pdf(scene, theme, fonts, target, buffer, pdf_info(document))
    with atomic_write(Path(path)) as handle:
        handle.write(buffer.getvalue())
    return check_document(document, scene)
