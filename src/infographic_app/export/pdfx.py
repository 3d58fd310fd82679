"""The print PDF made PDF/X-4 (or PDF/X-1a) as ReportLab writes it, with its own objects.

Once the pages are painted, `write_pdfx` adds to ReportLab's document what PDF/X asks for: the
output intent with the embedded CMYK profile, the PDF version, GTS_PDFXVersion (and for X-1a
GTS_PDFXConformance) and Trapped in Info, the XMP packet saying the same with the dates and
ids, and the trailer ID whose first half is XMP's DocumentID. The page boxes (TrimBox,
BleedBox) are the painter's. Nothing reads the file back: that is `pdf_check`'s job when asked.
"""

from __future__ import annotations

import hashlib
import uuid

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFDocument,
    PDFInfo,
    PDFName,
    PDFStream,
    PDFString,
    PDFText,
)
from reportlab.pdfgen.canvas import Canvas

from infographic_app.export.pdf_objects import add_entry, set_metadata
from infographic_app.export.xmp import Identity, xmp_packet
from infographic_app.model.document import Document
from infographic_app.model.theme import PrintSettings
from infographic_app.render.pdf_painter import PdfInfo, pdf_date

VERSIONS = {  # standard -> (PDF version, Info keys)
    "PDF/X-4": ((1, 6), {"GTS_PDFXVersion": "PDF/X-4"}),
    "PDF/X-1a": ((1, 4), {"GTS_PDFXVersion": "PDF/X-1:2003",
                          "GTS_PDFXConformance": "PDF/X-1a:2003"}),
}


def document_id(document: Document) -> uuid.UUID:
    """The id every PDF of this factsheet shares: from its title (or, without one, its file)."""
    title = document.metadata.get("title", "") or str(document.path or "")
    return uuid.uuid5(uuid.NAMESPACE_URL, f"factsheet:{title}")


def write_pdfx(canvas: Canvas, settings: PrintSettings, standard: str, info: PdfInfo,
               document: uuid.UUID, tagged: bool) -> None:
    """Make the painted document of `canvas` (every page shown, not yet saved) `standard`
    ('PDF/X-4' or 'PDF/X-1a', else KeyError) for the print shop's `settings`; its XMP packet
    also says PDF/UA-1 when `tagged`. An unreadable output profile raises OSError."""
    doc = canvas._doc
    version, info_keys = VERSIONS[standard]
    doc._pdfVersion = version
    who = Identity(info.date, document, _instance_id(doc, info))
    profile = PDFStream(PDFDictionary({"N": 4}), settings.output_profile.read_bytes())
    intent = PDFDictionary({
        "Type": PDFName("OutputIntent"), "S": PDFName("GTS_PDFX"),
        "OutputConditionIdentifier": PDFString(settings.output_condition),
        "Info": PDFString(settings.output_condition_info),
        "RegistryName": PDFString(settings.registry),
        "DestOutputProfile": doc.Reference(profile)})
    add_entry(doc.Catalog, "OutputIntents", PDFArray([doc.Reference(intent)]))
    doc.info = _Info(doc.info, info, info_keys)
    set_metadata(doc, xmp_packet(info, tagged, standard, who))
    # The first trailer ID is the document's permanent id, as in XMP's DocumentID.
    ids = b"".join(PDFText(i.bytes, enc="raw").format(doc)
                   for i in (who.document_id, who.instance_id))
    doc._ID = b"\n[" + ids + b"]\n"


def _instance_id(doc: PDFDocument, info: PdfInfo) -> uuid.UUID:
    """An id that differs for every different content: from the pages' painting operators
    (which name their fonts' subsets and images) and the document information."""
    digest = hashlib.md5(usedforsecurity=False)
    for text in (info.title, info.author, info.subject, info.language, pdf_date(info.date)):
        digest.update(text.encode("utf-8") + b"\0")
    for page in doc.Pages.pages:
        digest.update(page.stream.encode("utf-8", "surrogatepass"))
    return uuid.UUID(bytes=digest.digest(), version=4)


class _Info(PDFInfo):
    """ReportLab's document information with the PDF/X keys: the same title, author, subject,
    tool and dates, Trapped False."""

    def __init__(self, base: PDFInfo, info: PdfInfo, keys: dict[str, str]):
        self.__dict__.update(base.__dict__)
        self.date, self.keys = pdf_date(info.date), keys

    def format(self, document: PDFDocument) -> bytes:
        entries = {"Title": PDFString(self.title), "Author": PDFString(self.author),
                   "CreationDate": PDFString(self.date), "ModDate": PDFString(self.date),
                   "Producer": PDFString(self.producer), "Creator": PDFString(self.creator),
                   "Subject": PDFString(self.subject), "Keywords": PDFString(self.keywords),
                   "Trapped": PDFName("False")}
        entries |= {key: PDFString(value) for key, value in self.keys.items()}
        return PDFDictionary(entries).format(document)
