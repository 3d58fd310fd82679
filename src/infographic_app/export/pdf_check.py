"""Self-check of a written print PDF, read back from its bytes before it is handed over.

Reads the file as a print shop's preflight would: the colour operators and spaces actually
painted, embedded fonts, page boxes, output intent, metadata and, for PDF/X-1a, transparency.
"""

from __future__ import annotations

import io

import pikepdf

COLOUR_OPERATORS = {"rg", "RG", "g", "G", "k", "K", "sc", "SC", "scn", "SCN", "cs", "CS"}
FORBIDDEN_CATALOG = ("/AcroForm", "/OpenAction", "/AA")


def check_print_pdf(data: bytes, standard: str) -> list[str]:
    """What is wrong with the PDF for `standard` ('PDF/X-4' or 'PDF/X-1a'); empty when fine."""
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PdfError as error:
        return [f"the PDF cannot be read back: {error}"]
    with pdf:
        failures = _document(pdf, standard)
        for number, page in enumerate(pdf.pages, start=1):
            failures += [f"page {number}: {f}" for f in _page(page, standard)]
    return failures


def _document(pdf: pikepdf.Pdf, standard: str) -> list[str]:
    failures = []
    if pdf.is_encrypted:
        failures.append("the PDF is encrypted")
    root = pdf.Root
    failures += [f"the PDF has {key[1:]}, which PDF/X forbids" for key in FORBIDDEN_CATALOG
                 if key in root]
    names = root.get("/Names", {})
    failures += [f"the PDF has {key[1:]}, which PDF/X forbids"
                 for key in ("/JavaScript", "/EmbeddedFiles") if key in names]
    intents = [i for i in root.get("/OutputIntents", []) if i.get("/S") == "/GTS_PDFX"]
    if len(intents) != 1:
        failures.append("there must be exactly one PDF/X output intent")
    else:
        intent = intents[0]
        profile = intent.get("/DestOutputProfile")
        if not str(intent.get("/OutputConditionIdentifier", "")):
            failures.append("the output intent names no printing condition")
        if profile is None or int(profile.get("/N", 0)) != 4:
            failures.append("the output intent has no embedded CMYK profile")
    info = pdf.docinfo
    expected = "PDF/X-4" if standard == "PDF/X-4" else "PDF/X-1:2003"
    if str(info.get("/GTS_PDFXVersion", "")) != expected:
        failures.append(f"Info does not say {expected}")
    for key in ("/Title", "/CreationDate", "/ModDate"):
        if not str(info.get(key, "")):
            failures.append(f"Info has no {key[1:]}")
    if info.get("/Trapped") != pikepdf.Name("/False"):
        failures.append("Info does not say Trapped False")
    failures += _xmp(pdf, info, expected)
    if "/ID" not in pdf.trailer:
        failures.append("the trailer has no ID")
    if standard == "PDF/X-1a" and pdf.pdf_version > "1.4":
        failures.append(f"PDF/X-1a needs PDF 1.4 at most, not {pdf.pdf_version}")
    return failures


def _xmp(pdf: pikepdf.Pdf, info: pikepdf.Dictionary, version: str) -> list[str]:
    meta = pdf.open_metadata()
    key = "pdfxid:GTS_PDFXVersion" if version == "PDF/X-4" else "pdfx:GTS_PDFXVersion"
    failures = []
    if meta.get(key) != version:
        failures.append(f"XMP does not say {version}")
    for field, key, name in (("dc:title", "/Title", "title"), ("dc:creator", "/Author", "author"),
                             ("dc:description", "/Subject", "subject")):
        if _xmp_text(meta.get(field)) != str(info.get(key, "")):
            failures.append(f"the {name} differs between Info and XMP")
    if meta.get("pdf:Trapped") != "False":
        failures.append("XMP does not say Trapped False")
    for field in ("xmp:CreateDate", "xmp:ModifyDate", "xmpMM:DocumentID", "xmpMM:VersionID"):
        if not meta.get(field):
            failures.append(f"XMP has no {field}")
    document_id = str(meta.get("xmpMM:DocumentID", "")).removeprefix("uuid:").replace("-", "")
    trailer = pdf.trailer.get("/ID")
    if trailer is not None and bytes(trailer[0]).hex() != document_id:
        failures.append("the document id differs between the trailer and XMP")
    return failures


def _xmp_text(value: object) -> str:
    """An XMP value as text: a list (dc:creator's authors) joined, absent as empty."""
    if value is None:
        return ""
    return "; ".join(value) if isinstance(value, list) else str(value)


def _page(page: pikepdf.Page, standard: str) -> list[str]:
    failures = []
    boxes = {name: [float(v) for v in page.obj[name]]
             for name in ("/MediaBox", "/BleedBox", "/TrimBox", "/ArtBox") if name in page.obj}
    if "/TrimBox" not in boxes:
        failures.append("no TrimBox")
    if "/ArtBox" in boxes:
        failures.append("both TrimBox and ArtBox")
    if "/TrimBox" in boxes and not (_inside(boxes["/TrimBox"], boxes.get("/BleedBox"))
                                    and _inside(boxes.get("/BleedBox"), boxes["/MediaBox"])):
        failures.append("TrimBox must lie inside BleedBox, and BleedBox inside MediaBox")
    if "/Annots" in page.obj:
        failures.append("annotations (links) on a print page")
    used = {str(op) for _, op in pikepdf.parse_content_stream(page)} & COLOUR_OPERATORS
    if used - {"k", "K"}:
        failures.append(f"colour that is not DeviceCMYK is painted ({', '.join(sorted(used))})")
    resources = page.obj.get("/Resources", {})
    for name, xobject in resources.get("/XObject", {}).items():
        if xobject.get("/Subtype") == "/Image" and xobject.get("/ColorSpace") != "/DeviceCMYK":
            failures.append(f"image {name} is not CMYK")
        if standard == "PDF/X-1a" and "/SMask" in xobject:
            failures.append(f"image {name} is transparent, which PDF/X-1a forbids")
    for font in resources.get("/Font", {}).values():
        for descendant in font.get("/DescendantFonts", [font]):
            descriptor = descendant.get("/FontDescriptor", {})
            if not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                failures.append(f"font {font.get('/BaseFont')} is not embedded")
    if standard == "PDF/X-1a":
        for state in resources.get("/ExtGState", {}).values():
            if float(state.get("/CA", 1)) < 1 or float(state.get("/ca", 1)) < 1 \
                    or "/SMask" in state and state.SMask != "/None":
                failures.append("transparency, which PDF/X-1a forbids")
    return failures


def _inside(inner: list[float] | None, outer: list[float] | None) -> bool:
    if inner is None or outer is None:
        return False
    return (inner[0] >= outer[0] - 0.01 and inner[1] >= outer[1] - 0.01
            and inner[2] <= outer[2] + 0.01 and inner[3] <= outer[3] + 0.01)
