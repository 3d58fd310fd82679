"""Document -> print PDF (PDF/X, self-checked) or screen PDF, written atomically."""

from __future__ import annotations

import io
import os
from datetime import UTC, datetime
from pathlib import Path

from infographic_app.layout.engine import layout_document
from infographic_app.layout.scene import Scene
from infographic_app.model.document import Document
from infographic_app.model.problems import InputError, Problem
from infographic_app.model.storage import atomic_write
from infographic_app.model.theme import Theme
from infographic_app.render.pdf_painter import PdfInfo, paint_pdf


def export_date(document: Document) -> datetime:
    """The date both PDFs carry: SOURCE_DATE_EPOCH when set (reproducible builds), else when the
    factsheet file was last changed, else now. The same file always gives byte-identical PDFs."""
    if os.environ.get("SOURCE_DATE_EPOCH", "").isdigit():
        return datetime.fromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]), UTC)
    if document.path and document.path.exists():
        return datetime.fromtimestamp(int(document.path.stat().st_mtime), UTC)
    return datetime.now(UTC).replace(microsecond=0)


def pdf_info(document: Document) -> PdfInfo:
    """Title, author, subject, language and date of the document, for either PDF."""
    meta = document.metadata
    return PdfInfo(title=meta.get("title", ""), author=meta.get("author", ""),
                   subject=meta.get("subject", ""), language=document.locale,
                   date=export_date(document))


def pdf_bytes(document: Document, theme: Theme, target: str, standard: str | None = None,
              scene: Scene | None = None, tagged: bool | None = None) -> bytes:
    """The PDF of `scene` (laid out from `document` already, e.g. for the checks) or of a fresh
    layout; `target` is 'print' or 'screen'. A print PDF is made PDF/X (the theme's standard
    unless `standard` is given), and tagged as well when `tagged` (default: the theme's
    print.tagged); a screen PDF is always tagged PDF/UA-1. Either is read back, and a failed
    self-check raises InputError."""
    scene = scene or layout_document(document, theme)
    info = pdf_info(document)
    if target == "screen":
        return _tagged_pdf(document, scene, info, "screen")
    if target != "print":
        buffer = io.BytesIO()
        paint_pdf(scene, target, buffer, info)
        return buffer.getvalue()
    # pikepdf only for the PDFs: PNGs start 0.1 s sooner without it.
    from infographic_app.export.pdf_check import check_print_pdf
    from infographic_app.export.pdfx import identity, to_pdfx

    tagged = theme.printing.tagged if tagged is None else tagged
    if tagged:
        data = _tagged_pdf(document, scene, info, "print", check=False)
    else:
        buffer = io.BytesIO()
        paint_pdf(scene, target, buffer, info)
        data = buffer.getvalue()
    standard = standard or theme.printing.standard
    data = to_pdfx(data, theme.printing, standard, identity(document, data, info.date))
    failures = check_print_pdf(data, standard)
    if failures:
        raise InputError([Problem(f"the print PDF failed its {standard} self-check: {f}",
                                  field="pdf") for f in failures])
    if tagged:
        _check_tagged(data, "print")
    return data


def _tagged_pdf(document: Document, scene: Scene, info: PdfInfo, target: str,
                check: bool = True) -> bytes:
    """The PDF for `target`, its content marked as the document's structure says, with the
    tree; read back and checked unless not `check` (the print PDF is checked once it is
    PDF/X)."""
    from infographic_app.export.pdfua import link_texts, plan_tags, to_pdfua

    plan = plan_tags(document, scene, links=target == "screen")
    buffer = io.BytesIO()
    groups = paint_pdf(scene, target, buffer, info, plan.marks)
    texts = link_texts(scene) if target == "screen" else [[] for _ in scene.pages]
    data = to_pdfua(buffer.getvalue(), plan, groups, info, texts)
    if check:
        _check_tagged(data, target)
    return data


def _check_tagged(data: bytes, target: str) -> None:
    from infographic_app.export.pdf_check import check_screen_pdf

    failures = check_screen_pdf(data)
    if failures:
        raise InputError([Problem(f"the {target} PDF failed its PDF/UA self-check: {f}",
                                  field="pdf") for f in failures])


def export_pdf(document: Document, theme: Theme, target: str, path: Path,
               standard: str | None = None, scene: Scene | None = None,
               tagged: bool | None = None) -> None:
    """Write the PDF of `scene` (or of a fresh layout) to `path` atomically (see pdf_bytes);
    when (for print) it fails its self-check, InputError is raised and the old file stays.
    An OSError of writing is raised as it is."""
    data = pdf_bytes(document, theme, target, standard, scene, tagged)
    with atomic_write(Path(path)) as handle:
        handle.write(data)
