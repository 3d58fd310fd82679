"""An independent reading of a written PDF: boxes, colour operators, fonts, text."""

from __future__ import annotations

import io
import re

import pikepdf

RGB_OPERATORS = {"rg", "RG"}
GRAY_OPERATORS = {"g", "G"}
CMYK_OPERATORS = {"k", "K"}


def open_pdf(data: bytes) -> pikepdf.Pdf:
    return pikepdf.open(io.BytesIO(data))


def colour_operators(pdf: pikepdf.Pdf) -> set[str]:
    """Every colour-setting operator used in any page's content stream."""
    found = set()
    for page in pdf.pages:
        for _, operator in pikepdf.parse_content_stream(page):
            name = str(operator)
            if name in RGB_OPERATORS | GRAY_OPERATORS | CMYK_OPERATORS | {"cs", "CS", "sc", "SC",
                                                                           "scn", "SCN"}:
                found.add(name)
    return found


def font_files(pdf: pikepdf.Pdf) -> dict[str, bool]:
    """Base font name -> whether its font program is embedded."""
    fonts = {}
    for page in pdf.pages:
        for font in page.Resources.get("/Font", {}).values():
            descendants = font.get("/DescendantFonts", [font])
            for descendant in descendants:
                descriptor = descendant.get("/FontDescriptor")
                embedded = descriptor is not None and any(
                    key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
                fonts[str(font.BaseFont)] = embedded
    return fonts


def page_text(data: bytes) -> list[str]:
    """The text of every page as PDFium extracts it, whitespace made single spaces."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    try:
        texts = []
        for page in document:
            text = page.get_textpage().get_text_range()
            texts.append(re.sub(r"\s+", " ", text.replace("\ufffe", "")).strip())
        return texts
    finally:
        document.close()


def box(page: pikepdf.Page, name: str) -> list[float] | None:
    value = page.obj.get(name)
    return [float(v) for v in value] if value is not None else None


def xmp_value(pdf: pikepdf.Pdf, tag: str) -> str | None:
    """The text of XMP element `tag` (e.g. 'dc:creator'), read from the raw packet."""
    xmp = pdf.Root.Metadata.read_bytes().decode("utf-8")
    match = re.search(rf"<{tag}[^>]*>(.*?)</{tag}>", xmp, re.S)
    return re.sub(r"<[^>]+>", "", match.group(1)).strip() if match else None


def structure_elements(node):
    """Every structure element at and under `node` (one, or an array of kids), depth first;
    marked-content and object references left out."""
    kids = node if isinstance(node, pikepdf.Array) else [node]
    for kid in kids:
        if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") not in ("/MCR", "/OBJR"):
            yield kid
            if "/K" in kid:
                yield from structure_elements(kid.K)
