"""Paints a Scene with ReportLab: CMYK print pages with bleed and crop marks, or RGB screen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import BinaryIO

from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from infographic_app.layout.fonts import FontSet
from infographic_app.layout.scene import Image, Link, Path, Rect, Scene, ScenePage, TextRun
from infographic_app.model.theme import MM, Colour, Theme

SLUG = 10 * MM  # paper outside the trim on a print page: the bleed, then the crop marks
MARK_LENGTH = 5 * MM
MARK_WIDTH = 0.3
REGISTRATION = (1.0, 1.0, 1.0, 1.0)  # crop marks print on every plate


@dataclass(frozen=True)
class PdfInfo:
    """The document information of a PDF; `date` is its creation and modification date."""

    title: str
    author: str
    subject: str
    language: str
    date: datetime
    creator: str = "Factsheet studio"


def pdf_date(date: datetime) -> str:
    """`date` as a PDF date string in UTC: D:20240131120000+00'00'."""
    return date.astimezone(UTC).strftime("D:%Y%m%d%H%M%S+00'00'")


def paint_pdf(scene: Scene, theme: Theme, fonts: FontSet, target: str, out: BinaryIO,
              info: PdfInfo) -> None:
    """Write the whole scene as a PDF to `out`; `target` is 'print' or 'screen'."""
    # regular: the canvas' initial font, never ReportLab's Helvetica
    for face in sorted({"regular", *(run.face for run in scene.texts())}):
        pdfmetrics.registerFont(fonts.ttfont(face))
    printing = target == "print"
    # Invariant: the same scene gives the same bytes (no clock, no random id); the dates are
    # the document's own, not invariant mode's 1 January 2000.
    canvas = Canvas(out, invariant=1, pageCompression=1,
                    enforceColorSpace="cmyk" if printing else "rgb",
                    initialFontName=fonts.pdf_name("regular"), lang=info.language)
    date = pdf_date(info.date)
    canvas.setDateFormatter(lambda *_: date)
    canvas.setTitle(info.title)
    canvas.setAuthor(info.author)
    canvas.setSubject(info.subject)
    canvas.setCreator(info.creator)
    canvas.setProducer(info.creator)
    for page in scene.pages:
        _PagePainter(canvas, theme, fonts, page, printing).paint()
        canvas.showPage()
    canvas.save()


class _PagePainter:
    def __init__(self, canvas: Canvas, theme: Theme, fonts: FontSet, page: ScenePage,
                 printing: bool):
        self.canvas, self.theme, self.fonts, self.page = canvas, theme, fonts, page
        self.printing = printing
        self.offset = SLUG if printing else 0.0

    def point(self, x: float, y: float) -> tuple[float, float]:
        """Scene coordinates (y down from the trim's top) to PDF user space (y up)."""
        return self.offset + x, self.offset + self.page.height - y

    def paint(self) -> None:
        page, canvas, o = self.page, self.canvas, self.offset
        if self.printing:
            canvas.setPageSize((page.width + 2 * o, page.height + 2 * o))
            canvas.setTrimBox((o, o, o + page.width, o + page.height))
            b = page.bleed
            canvas.setBleedBox((o - b, o - b, o + page.width + b, o + page.height + b))
        else:
            canvas.setPageSize((page.width, page.height))
        for item in page.items:
            if isinstance(item, TextRun):
                self.text(item)
            elif isinstance(item, Rect):
                self.rect(item)
            elif isinstance(item, Path):
                self.path(item)
            elif isinstance(item, Image):
                self.image(item)
            elif isinstance(item, Link) and not self.printing:
                self.link(item)
        if self.printing:
            self.crop_marks()

    def fill(self, name: str) -> None:
        self._set(self.theme.colours[name], self.canvas.setFillColorCMYK,
                  self.canvas.setFillColorRGB)

    def stroke(self, name: str) -> None:
        self._set(self.theme.colours[name], self.canvas.setStrokeColorCMYK,
                  self.canvas.setStrokeColorRGB)

    def _set(self, colour: Colour, cmyk, rgb) -> None:
        if self.printing:
            cmyk(*colour.cmyk)
        else:
            rgb(*(v / 255 for v in colour.rgb))

    def text(self, run: TextRun) -> None:
        self.fill(run.colour)
        self.canvas.setFont(self.fonts.pdf_name(run.face), run.size)
        self.canvas.drawString(*self.point(run.x, run.y), run.text)

    def rect(self, rect: Rect) -> None:
        x, y = self.point(rect.x, rect.y + rect.height)
        if rect.fill:
            self.fill(rect.fill)
        if rect.stroke:
            self.stroke(rect.stroke)
            self.canvas.setLineWidth(rect.stroke_width)
        self.canvas.rect(x, y, rect.width, rect.height, fill=int(bool(rect.fill)),
                         stroke=int(bool(rect.stroke)))

    def path(self, shape: Path) -> None:
        pdf_path = self.canvas.beginPath()
        for command in shape.commands:
            op, args = command[0], command[1:]
            points = [c for i in range(0, len(args), 2) for c in self.point(*args[i:i + 2])]
            if op == "M":
                pdf_path.moveTo(*points)
            elif op == "L":
                pdf_path.lineTo(*points)
            elif op == "C":
                pdf_path.curveTo(*points)
            else:
                pdf_path.close()
        if shape.fill:
            self.fill(shape.fill)
        if shape.stroke:
            self.stroke(shape.stroke)
            self.canvas.setLineWidth(shape.stroke_width)
        self.canvas.drawPath(pdf_path, fill=int(bool(shape.fill)), stroke=int(bool(shape.stroke)))

    def image(self, image: Image) -> None:
        """A raster logo: separated to CMYK through the print profile for print, and its
        transparency flattened onto the colour behind it (PDF/X-1a allows none)."""
        from PIL import Image as Pixels

        from infographic_app.model.colour_management import converter

        background = self.theme.colours[image.background]
        with Pixels.open(image.source) as source:
            rgba = source.convert("RGBA")
        if self.printing:
            inks = converter(self.theme.printing.output_profile).rgb_image_to_cmyk(rgba)
            behind = Pixels.new("CMYK", rgba.size, tuple(round(v * 255) for v in background.cmyk))
            flat = Pixels.composite(inks, behind, rgba.getchannel("A"))
        else:
            flat = Pixels.new("RGB", rgba.size, background.rgb)
            flat.paste(rgba, mask=rgba.getchannel("A"))
        x, y = self.point(image.x, image.y + image.height)
        self.canvas.drawImage(ImageReader(flat), x, y, image.width, image.height)

    def link(self, link: Link) -> None:
        x0, y0 = self.point(link.x, link.y + link.height)
        x1, y1 = self.point(link.x + link.width, link.y)
        self.canvas.linkURL(link.url, (x0, y0, x1, y1), relative=0, thickness=0)

    def crop_marks(self) -> None:
        """Marks at the trim lines, starting outside the bleed so they never show on the sheet."""
        canvas, o, page = self.canvas, self.offset, self.page
        canvas.setStrokeColorCMYK(*REGISTRATION)
        canvas.setLineWidth(MARK_WIDTH)
        start = page.bleed + 1 * MM
        for x in (o, o + page.width):
            for y_edge, direction in ((o, -1), (o + page.height, 1)):
                canvas.line(x, y_edge + direction * start, x,
                            y_edge + direction * (start + MARK_LENGTH))
        for y in (o, o + page.height):
            for x_edge, direction in ((o, -1), (o + page.width, 1)):
                canvas.line(x_edge + direction * start, y,
                            x_edge + direction * (start + MARK_LENGTH), y)
