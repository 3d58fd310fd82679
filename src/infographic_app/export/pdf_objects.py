"""Entries ReportLab's document objects do not write by themselves, added before it saves.

ReportLab's catalog and page dictionaries write only the keys of their class's list; these
helpers extend that list on the one object, so the PDF/X and PDF/UA parts are written as the
file is made instead of by a second library afterwards.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfdoc import PDFCatalog, PDFDictionary, PDFDocument, PDFName, PDFStream


def add_entry(holder: PDFCatalog, key: str, value: object) -> None:
    """Put `key` with `value` (a PDF object, number or reference) in `holder`, the document's
    catalog or one of its pages, also when ReportLab does not know that key."""
    if key not in holder.__NoDefault__:
        holder.__NoDefault__ = [*holder.__NoDefault__, key]
    setattr(holder, key, value)


def set_metadata(doc: PDFDocument, packet: bytes) -> None:
    """The catalog's XMP metadata stream: `packet` (UTF-8), uncompressed, as PDF/X and PDF/UA
    readers expect to find it."""
    doc.Catalog.Metadata = PDFStream(
        PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}), packet)
