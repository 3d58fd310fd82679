"""Two folders of PDFs of the same names compared as a print shop would see them, as
`name=value` lines: each page rendered with pypdfium2 at 72 dpi (the largest channel
difference, 0 is pixel-identical), the fonts (base names, embedded), the page boxes, the colour
operators painted and the images' colour spaces, plus whether each file passes the PDF/X and
PDF/UA checks of export/pdf_check.py.

    python benchmarks/pdf_parity.py BEFORE_DIR AFTER_DIR
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import numpy
import pikepdf
import pypdfium2 as pdfium

from infographic_app.export.pdf_check import check_print_pdf, check_screen_pdf


def pixels(data: bytes) -> list[numpy.ndarray]:
    document = pdfium.PdfDocument(data)
    try:
        return [numpy.asarray(page.render(scale=1).to_pil().convert("RGB"), dtype=numpy.int16)
                for page in document]
    finally:
        document.close()


def facts(data: bytes) -> dict[str, object]:
    """What must stay the same: per page its boxes, fonts, colour operators, image spaces."""
    found = {}
    with pikepdf.open(io.BytesIO(data)) as pdf:
        found["version"] = pdf.pdf_version
        for number, page in enumerate(pdf.pages):
            boxes = {k: [round(float(v), 3) for v in page.obj[k]]
                     for k in ("/MediaBox", "/TrimBox", "/BleedBox") if k in page.obj}
            resources = page.obj.get("/Resources", {})
            fonts = sorted(str(f.get("/BaseFont")) for f in resources.get("/Font", {}).values())
            spaces = sorted(str(x.get("/ColorSpace")) for x in
                            resources.get("/XObject", {}).values())
            operators = sorted({str(op) for _, op in pikepdf.parse_content_stream(
                page, "rg RG g G k K cs CS sc SC scn SCN")})
            found[f"page{number + 1}"] = (boxes, fonts, spaces, operators)
    return found


def main() -> None:
    before, after = Path(sys.argv[1]), Path(sys.argv[2])
    for old in sorted(before.glob("*.pdf")):
        new = after / old.name
        a, b = old.read_bytes(), new.read_bytes()
        name = old.stem
        worst = max(int(numpy.abs(x - y).max()) for x, y in zip(pixels(a), pixels(b),
                                                                 strict=True))
        print(f"{name}_max_pixel_difference={worst}")
        print(f"{name}_same_fonts_boxes_colours={'yes' if facts(a) == facts(b) else 'no'}")
        if "print" in name:
            standard = "PDF/X-1a" if "x1a" in name else "PDF/X-4"
            print(f"{name}_pdfx_failures={len(check_print_pdf(b, standard))}")
        if "screen" in name or "tagged" in name:
            print(f"{name}_pdfua_failures={len(check_screen_pdf(b))}")


if __name__ == "__main__":
    main()
