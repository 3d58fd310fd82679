"""The XMP metadata packet of both PDFs, written as text (no XML library on the export path).

One packet says what the document information says (title, author, subject, the tool), and
as the PDF is: PDF/UA-1 when tagged (ISO 14289-1 5, 6.7.11), PDF/X with its dates, Trapped
and document ids when for print (ISO 15930-7 6.7.2; 15930-4 for X-1a).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from infographic_app.render.pdf_painter import PdfInfo

# standard -> (XMP prefix, its namespace, its keys)
PDFX_XMP = {
    "PDF/X-4": ("pdfxid", "http://www.npes.org/pdfx/ns/id/",
                {"GTS_PDFXVersion": "PDF/X-4"}),
    "PDF/X-1a": ("pdfx", "http://ns.adobe.com/pdfx/1.3/",
                 {"GTS_PDFXVersion": "PDF/X-1:2003", "GTS_PDFXConformance": "PDF/X-1a:2003"}),
}


@dataclass(frozen=True)
class Identity:
    """When the factsheet was made and which document and version this PDF is."""

    date: datetime
    document_id: uuid.UUID  # the same for every export of the same factsheet
    instance_id: uuid.UUID  # different for every different content


def escape(text: str) -> str:
    """`text` with &, < and > as XML entities, as xml.sax.saxutils.escape writes them (which
    imports urllib.request, and with it http, email and ssl: 30 ms of every screen export)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def xmp_packet(info: PdfInfo, tagged: bool, standard: str | None = None,
               who: Identity | None = None) -> bytes:
    """The packet (UTF-8 bytes) of a PDF with `info`: with the PDF/UA-1 identification when
    `tagged`, and with `standard`'s ('PDF/X-4', 'PDF/X-1a') keys, the dates, Trapped False
    and the ids of `who` when given (both or neither). An unknown standard raises KeyError."""
    def alt(text: str) -> str:
        return f'<rdf:Alt><rdf:li xml:lang="x-default">{escape(text)}</rdf:li></rdf:Alt>'

    spaces = ['xmlns:dc="http://purl.org/dc/elements/1.1/"',
              'xmlns:pdf="http://ns.adobe.com/pdf/1.3/"', 'xmlns:xmp="http://ns.adobe.com/xap/1.0/"']
    lines = [f"<dc:title>{alt(info.title)}</dc:title>"]
    if tagged:
        lines.append(f"<dc:language><rdf:Bag><rdf:li>{escape(info.language)}</rdf:li></rdf:Bag>"
                     "</dc:language>")
    if info.author:
        lines.append(f"<dc:creator><rdf:Seq><rdf:li>{escape(info.author)}</rdf:li></rdf:Seq>"
                     "</dc:creator>")
    if info.subject:
        lines.append(f"<dc:description>{alt(info.subject)}</dc:description>")
    creator = escape(info.creator)
    lines += [f"<pdf:Producer>{creator}</pdf:Producer>",
              f"<xmp:CreatorTool>{creator}</xmp:CreatorTool>"]
    if tagged:
        spaces.append('xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"')
        lines.append("<pdfuaid:part>1</pdfuaid:part>")
    if standard is not None and who is not None:
        prefix, namespace, keys = PDFX_XMP[standard]
        spaces += ['xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"',
                   f'xmlns:{prefix}="{namespace}"']
        date = who.date.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
        lines += [f"<xmp:CreateDate>{date}</xmp:CreateDate>",
                  f"<xmp:ModifyDate>{date}</xmp:ModifyDate>",
                  f"<xmp:MetadataDate>{date}</xmp:MetadataDate>",
                  "<pdf:Trapped>False</pdf:Trapped>",
                  f"<xmpMM:DocumentID>uuid:{who.document_id}</xmpMM:DocumentID>",
                  f"<xmpMM:InstanceID>uuid:{who.instance_id}</xmpMM:InstanceID>",
                  "<xmpMM:VersionID>1</xmpMM:VersionID>",
                  "<xmpMM:RenditionClass>default</xmpMM:RenditionClass>",
                  *(f"<{prefix}:{key}>{value}</{prefix}:{key}>" for key, value in keys.items())]
    return "\n".join([
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
        f'<rdf:Description rdf:about="" {" ".join(spaces)}>',
        *lines,
        "</rdf:Description>", "</rdf:RDF>", "</x:xmpmeta>",
        '<?xpacket end="w"?>']).encode("utf-8")
