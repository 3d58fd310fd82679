"""Document -> print PDF (PDF/X) or screen PDF (PDF/UA), written atomically; read back and
checked only when asked (`verify`)."""

from __future__ import annotations

import io
import os
from datetime import UTC, datetime
from pathlib import Path

from infographic_app.export.pdf_objects import set_metadata
from infographic_app.export.pdfua import link_texts, plan_tags, write_tags
from infographic_app.export.pdfx import document_id, write_pdfx
from infographic_app.export.xmp import xmp_packet
from infographic_app.layout.engine import layout_document
from infographic_app.layout.scene import Scene
from infographic_app.model.document import Document
from infographic_app.model.messages import say
from infographic_app.model.problems import InputError, Problem
from infographic_app.model.storage import atomic_write
from infographic_app.model.theme import Theme
from infographic_app.render.pdf_painter import PdfInfo, paint_pdf

SCREEN_VERSION = (1, 7)  # PDF/UA-1 is based on PDF 1.7 (ISO 32000-1)
# Read every PDF back, whether asked or not (the test suite sets it: every PDF it makes).
ALWAYS_VERIFY = False


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
              scene: Scene | None = None, tagged: bool | None = None,
              verify: bool | None = None, language: str = "en") -> bytes:
    """The PDF of `scene` (laid out from `document` already, e.g. for the checks) or of a fresh
    layout; `target` is 'print' or 'screen'. A print PDF is PDF/X (the theme's standard unless
    `standard` is given), and tagged as well when `tagged` (default: the theme's
    print.tagged); a screen PDF is always tagged PDF/UA-1. Both are written as ReportLab makes
    the file. With `verify` the file is read back and checked as a print shop's preflight and
    a PDF/UA checker would (pikepdf; some 30-60 ms), and a failure raises InputError in
    `language` ('en', 'nl'); without `verify` (None), `ALWAYS_VERIFY` decides."""
    scene = scene or layout_document(document, theme)
    info = pdf_info(document)
    printing = target == "print"
    if printing:
        standard = standard or theme.printing.standard
        tagged = theme.printing.tagged if tagged is None else tagged
    else:
        standard, tagged = None, True
    plan = plan_tags(document, scene, links=not printing) if tagged else None

    def finish(canvas, groups: list[list[str]]) -> None:
        if plan is not None:
            texts = [[] for _ in scene.pages] if printing else link_texts(scene)
            write_tags(canvas, plan, groups, info, texts)
        if standard is not None:
            write_pdfx(canvas, theme.printing, standard, info, document_id(document), tagged)
        else:
            canvas._doc._pdfVersion = SCREEN_VERSION
            set_metadata(canvas._doc, xmp_packet(info, tagged=True))

    buffer = io.BytesIO()
    paint_pdf(scene, target, buffer, info, plan.marks if plan else None, finish)
    data = buffer.getvalue()
    if ALWAYS_VERIFY if verify is None else verify:
        verify_pdf(data, target, standard, tagged, language)
    return data


def verify_pdf(data: bytes, target: str, standard: str | None, tagged: bool,
               language: str = "en") -> None:
    """Read the written PDF of `target` ('print', 'screen') back (see pdf_check): as
    `standard` ('PDF/X-4', 'PDF/X-1a'; None: no PDF/X) and as PDF/UA-1 when `tagged`.
    InputError with every failure found, said in `language`."""
    from infographic_app.export.pdf_check import check_print_pdf, check_screen_pdf

    found = [(standard, f) for f in check_print_pdf(data, standard)] if standard else []
    if tagged:
        found += [("PDF/UA-1", f) for f in check_screen_pdf(data)]
    if found:
        raise InputError([Problem(say(f"pdf_check_failed_{target}", language, standard=name,
                                      failure=failure), field="pdf")
                          for name, failure in found])


def export_pdf(document: Document, theme: Theme, target: str, path: Path,
               standard: str | None = None, scene: Scene | None = None,
               tagged: bool | None = None, verify: bool | None = None,
               language: str = "en") -> None:
    """Write the PDF of `scene` (or of a fresh layout) to `path` atomically (see pdf_bytes);
    when, with `verify`, it fails its check, InputError is raised and the old file stays.
    An OSError of writing is raised as it is."""
    data = pdf_bytes(document, theme, target, standard, scene, tagged, verify, language)
    with atomic_write(Path(path)) as handle:
        handle.write(data)
