"""Turn ReportLab's print PDF into PDF/X-4 (or PDF/X-1a) with pikepdf.

ReportLab has no OutputIntent and drops catalog keys it does not know, so the PDF/X parts
are added after writing: the output intent with the embedded CMYK profile, the PDF/X
version in Info and XMP, dates, Trapped, document ids and the trailer ID.
"""

from __future__ import annotations

import hashlib
import io
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

import pikepdf

from infographic_app.model.document import Document
from infographic_app.model.theme import PrintSettings
from infographic_app.render.pdf_painter import pdf_date

VERSIONS = {  # standard -> (PDF version, Info keys, XMP keys)
    "PDF/X-4": ("1.6", {"/GTS_PDFXVersion": "PDF/X-4"},
                {"pdfxid:GTS_PDFXVersion": "PDF/X-4"}),
    "PDF/X-1a": ("1.4", {"/GTS_PDFXVersion": "PDF/X-1:2003",
                         "/GTS_PDFXConformance": "PDF/X-1a:2003"},
                 {"pdfx:GTS_PDFXVersion": "PDF/X-1:2003",
                  "pdfx:GTS_PDFXConformance": "PDF/X-1a:2003"}),
}


@dataclass(frozen=True)
class Identity:
    """When the factsheet was made and which document and version this PDF is."""

    date: datetime
    document_id: uuid.UUID  # the same for every export of the same factsheet
    instance_id: uuid.UUID  # different for every different content


def identity(document: Document, content: bytes, date: datetime) -> Identity:
    """The PDF's identity: made on `date`, its document id from the factsheet's title (or
    file), its instance id from `content`."""
    title = document.metadata.get("title", "") or str(document.path or "")
    return Identity(date, uuid.uuid5(uuid.NAMESPACE_URL, f"factsheet:{title}"),
                    uuid.UUID(bytes=hashlib.md5(content).digest(), version=4))


def to_pdfx(pdf_bytes: bytes, settings: PrintSettings, standard: str, who: Identity) -> bytes:
    """ReportLab's print PDF as `standard`: output intent, version, dates and ids added, and
    the XMP metadata saying what the document information says (title, author, subject)."""
    version, info_keys, xmp_keys = VERSIONS[standard]
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        _output_intent(pdf, settings)
        date = pdf_date(who.date)
        xmp_date = who.date.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
        info = pdf.docinfo
        info.CreationDate = date
        info.ModDate = date
        info.Trapped = pikepdf.Name("/False")
        for key, value in info_keys.items():
            info[key] = value
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            meta["dc:title"] = str(info.get("/Title", ""))
            author, subject = str(info.get("/Author", "")), str(info.get("/Subject", ""))
            if author:
                meta["dc:creator"] = [author]
            if subject:
                meta["dc:description"] = subject
            meta["xmp:CreateDate"] = xmp_date
            meta["xmp:ModifyDate"] = xmp_date
            meta["xmp:MetadataDate"] = xmp_date
            meta["xmp:CreatorTool"] = str(info.get("/Creator", ""))
            meta["pdf:Producer"] = str(info.get("/Producer", ""))
            meta["pdf:Trapped"] = "False"
            meta["xmpMM:DocumentID"] = f"uuid:{who.document_id}"
            meta["xmpMM:InstanceID"] = f"uuid:{who.instance_id}"
            meta["xmpMM:VersionID"] = "1"
            meta["xmpMM:RenditionClass"] = "default"
            for key, value in xmp_keys.items():
                meta[key] = value
        # The first trailer ID is the document's permanent id, as in XMP's DocumentID.
        pdf.trailer.ID = pikepdf.Array([pikepdf.String(who.document_id.bytes),
                                        pikepdf.String(who.instance_id.bytes)])
        out = io.BytesIO()
        # ReportLab compressed the pages already; the ICC profile hardly compresses (1.05 to
        # 0.78 MB) and would cost 80 ms each export, so it goes in as it is.
        pdf.save(out, force_version=version, deterministic_id=True, fix_metadata_version=False,
                 compress_streams=False)
    return out.getvalue()


def _output_intent(pdf: pikepdf.Pdf, settings: PrintSettings) -> None:
    profile = pikepdf.Stream(pdf, settings.output_profile.read_bytes())
    profile.N = 4
    intent = pikepdf.Dictionary(
        Type=pikepdf.Name.OutputIntent, S=pikepdf.Name.GTS_PDFX,
        OutputConditionIdentifier=pikepdf.String(settings.output_condition),
        Info=pikepdf.String(settings.output_condition_info),
        RegistryName=pikepdf.String(settings.registry),
        DestOutputProfile=pdf.make_indirect(profile))
    pdf.Root.OutputIntents = pikepdf.Array([pdf.make_indirect(intent)])
