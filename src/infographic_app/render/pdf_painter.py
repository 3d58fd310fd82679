"""Paints a Scene with ReportLab: CMYK print pages with bleed and crop marks, or RGB screen.

Everything it paints comes from the scene: colours from its palette, fonts from the files its
faces name (embedded as subsets), images from their decoded pixels and print separations.

For a tagged PDF the caller says how each primitive is marked (`marks`): the painter wraps it
in a marked-content sequence with the next MCID of its page, or marks it as an artifact, and
reports which MCID went to which group; the structure tree is the caller's business.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import BinaryIO

from PIL import Image as Pixels
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm as MM
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from infographic_app.layout.scene import (
    FontFace,
    Image,
    Link,
    Rect,
    Resources,
    Scene,
    ScenePage,
    Shape,
    Swatch,
    TextRun,
)
from infographic_app.render.base import ScenePainter, trace_path

SLUG = 10 * MM  # paper outside the trim on a print page: the bleed, then the crop marks
MARK_LENGTH = 5 * MM
MARK_WIDTH = 0.3
REGISTRATION = (1.0, 1.0, 1.0, 1.0)  # crop marks print on every plate

# How a primitive is marked: (tag, group). `tag` is a structure type ('P', 'H1', 'Figure') or
# one of ARTIFACTS; consecutive primitives with the same mark share one marked-content sequence.
Mark = tuple[str, str]
ARTIFACTS = {"Artifact": "/Artifact BMC",
             "Artifact:Header": "/Artifact <</Type /Pagination /Subtype /Header>> BDC",
             "Artifact:Footer": "/Artifact <</Type /Pagination /Subtype /Footer>> BDC"}


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


# Adds to the painted document before it is written: (canvas, groups of each page's MCIDs).
Finish = Callable[[Canvas, list[list[str]]], None]


def paint_pdf(scene: Scene, target: str, out: BinaryIO, info: PdfInfo,
              marks: Sequence[Sequence[Mark]] | None = None,
              finish: Finish | None = None) -> list[list[str]]:
    """Write the whole scene as a PDF to `out`; `target` is 'print' (CMYK, each page with
    SLUG around its trim for bleed and crop marks) or 'screen' (RGB, trim size, links).
    With `marks` (one Mark per primitive of each page; links are not content and take none)
    the content is marked for a tagged PDF, and the groups of each page's MCIDs 0, 1, ...
    are returned (without, empty lists). Crop marks are artifacts. `finish`, when given, is
    called with the canvas and those groups once every page is painted, before the file is
    written (the structure tree, PDF/X's output intent and metadata are added there).
    A name missing from the scene's resources raises KeyError; an unreadable font file
    raises ReportLab's TTFError or OSError."""
    faces = scene.resources.faces
    # regular: the canvas' initial font, never ReportLab's Helvetica
    for face in sorted({"regular", *(run.face for run in scene.texts())}):
        _register(faces[face], scene.resources.font_programs.get(face))
    printing = target == "print"
    # Invariant: the same scene gives the same bytes (no clock, no random id); the dates are
    # the document's own, not invariant mode's 1 January 2000.
    canvas = Canvas(out, invariant=1, pageCompression=1,
                    enforceColorSpace="cmyk" if printing else "rgb",
                    initialFontName=faces["regular"].key, lang=info.language)
    date = pdf_date(info.date)
    canvas.setDateFormatter(lambda *_: date)
    canvas.setTitle(info.title)
    canvas.setAuthor(info.author)
    canvas.setSubject(info.subject)
    canvas.setCreator(info.creator)
    canvas.setProducer(info.creator)
    groups = []
    for number, page in enumerate(scene.pages):
        painter = _PagePainter(canvas, scene.resources, page, printing,
                               marks[number] if marks is not None else None)
        painter.paint()
        groups.append(painter.groups)
        canvas.showPage()
    if finish is not None:
        finish(canvas, groups)
    canvas.save()
    return groups


def _register(face: FontFace, program: object | None) -> None:
    """Make the face's font known to ReportLab once per process, under its unique key: the
    font the resources hold for it (its tables cached, not parsed again), else the file read."""
    if face.key not in pdfmetrics.getRegisteredFontNames():
        if not isinstance(program, TTFont) or program.fontName != face.key:
            program = TTFont(face.key, face.file)
        pdfmetrics.registerFont(program)


SOFT_HYPHEN = "\u00ad"


def actual_text_span(text: str) -> str:
    """The operator that opens a span read as `text` (its ActualText, UTF-16BE with its byte
    order mark); an EMC closes it."""
    return f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC"


# What a layout hyphen reads as where the font has no glyph for U+00AD: the hyphen is shown
# inside a span whose ActualText is a soft hyphen.
SOFT_HYPHEN_SPAN = actual_text_span(SOFT_HYPHEN)


def _spaced_runs(items: Sequence, marks: Sequence[Mark] | None) -> set[int]:
    """The indices of the text runs after which a reader of the text needs a space that is
    not painted: where the next text run of the same text (same element, or same structure
    group) starts on another line or after a gap, as at a line end inside a paragraph, a
    change of face between words, or a big number and its caption. Runs ending in a space
    or a hyphen (a word broken across lines goes on without one) need none."""
    runs = [index for index, item in enumerate(items) if isinstance(item, TextRun)]
    spaced = set()
    for index, after in zip(runs, runs[1:], strict=False):
        run, following = items[index], items[after]
        together = run.element_id == following.element_id or (
            marks is not None and marks[index] == marks[after]
            and marks[index][0] not in ARTIFACTS)
        gap = following.x - (run.x + run.width) > 0.1 * run.size
        if (together and run.text and not run.text[-1].isspace()
                and not run.text.endswith(("-", "/"))
                and (abs(following.y - run.y) > 0.5 or gap)):
            spaced.add(index)
    return spaced


def _kerned_text(font: TTFont, canvas: Canvas, run: TextRun, text: str) -> str:
    """The PDF operators that show `text` (`run.text`, perhaps with a character changed or
    a space added) in `font` (registered) at `run.size` with the run's kerning (none when
    `run.kerning` is empty): per subset of the embedded font, a font selection and a TJ
    array of strings and, between them, the kerning after the character before
    (thousandths of the size, the sign reversed: a positive number moves the next character
    left)."""
    parts = []
    start = 0
    for subset, chunk in font.splitString(text, canvas._doc):
        array, last = [], 0
        for index, kern in enumerate(run.kerning[start:start + len(chunk)]):
            if kern:
                array.append(f"({canvas._escape(chunk[last:index + 1])}) "
                             f"{fp_str(-kern * 1000 / run.size)}")
                last = index + 1
        if last < len(chunk):
            array.append(f"({canvas._escape(chunk[last:])})")
        parts.append(f"{font.getSubsetInternalName(subset, canvas._doc)} {fp_str(run.size)} Tf "
                     f"[{' '.join(array)}] TJ")
        start += len(chunk)
    return " ".join(parts)


class _PagePainter(ScenePainter):
    def __init__(self, canvas: Canvas, resources: Resources, page: ScenePage, printing: bool,
                 marks: Sequence[Mark] | None = None):
        self.canvas, self.resources, self.page = canvas, resources, page
        self.printing = printing
        self.offset = SLUG if printing else 0.0
        self.marks = marks
        self.groups: list[str] = []  # the group of each MCID written, in MCID order
        # id() of the text runs a reader needs a space after (see _spaced_runs), and of
        # those that get it before them: the space after a footnote mark belongs to the
        # text around it, not to the mark (tagged on its own, and read out as 'noot 1').
        self.spaced: set[int] = set()
        self.spaced_before: set[int] = set()
        runs = [item for item in page.items if isinstance(item, TextRun)]
        following = dict(zip(map(id, runs), runs[1:], strict=False))
        for index in _spaced_runs(page.items, marks):
            run = page.items[index]
            if run.note:
                self.spaced_before.add(id(following[id(run)]))
            else:
                self.spaced.add(id(run))

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
        if self.marks is None:
            self.paint_items(page.items)
        else:
            self.paint_marked()
        if self.printing:
            if self.marks is not None:
                canvas.addLiteral(ARTIFACTS["Artifact"])
            self.crop_marks()
            if self.marks is not None:
                canvas.addLiteral("EMC")

    def paint_marked(self) -> None:
        """Paint the page's primitives, each run of equal marks in one marked-content
        sequence: an MCID for a structure tag, none for an artifact."""
        items, marks = self.page.items, self.marks
        if len(marks) != len(items):
            raise ValueError(f"{len(marks)} marks for {len(items)} primitives")
        code, current = self.canvas._code, None
        for item, mark in zip(items, marks, strict=True):
            if isinstance(item, Link):
                self.link(item)
                continue
            if mark != current:
                if current is not None:
                    code.append("EMC")
                tag, group = current = mark
                if tag in ARTIFACTS:
                    code.append(ARTIFACTS[tag])
                else:
                    code.append(f"/{tag} <</MCID {len(self.groups)}>> BDC")
                    self.groups.append(group)
            self.paint_items((item,))
        if current is not None:
            code.append("EMC")

    def fill(self, name: str) -> None:
        self._set(self.resources.colours[name], self.canvas.setFillColorCMYK,
                  self.canvas.setFillColorRGB)

    def stroke(self, name: str) -> None:
        self._set(self.resources.colours[name], self.canvas.setStrokeColorCMYK,
                  self.canvas.setStrokeColorRGB)

    def _set(self, colour: Swatch, cmyk, rgb) -> None:
        if self.printing:
            cmyk(*colour.cmyk)
        else:
            rgb(*(v / 255 for v in colour.rgb))

    def text(self, run: TextRun) -> None:
        """The run as one text object: its characters as text (so a reader selects and finds
        them, spaces included), kerned with TJ position adjustments between them. For the
        text a reader extracts (ISO 32000-1 14.8.2.5), a run that needs a space after it gets
        a real one, painted after its last glyph where it shows nothing; a hyphen the layout
        added is written as U+00AD, which the font shows with its hyphen glyph, or, where
        the font has no glyph for it, as a hyphen whose ActualText is U+00AD. The space after
        a footnote mark starts the run after it instead, painted before its first glyph. A
        run read otherwise than it is painted (`spoken`: 'minder dan 10' for '< 10') is
        shown inside a span whose ActualText it is, with those spaces."""
        self.fill(run.colour)
        font = pdfmetrics.getFont(self.resources.faces[run.face].key)
        x, spaced = run.x, id(run) in self.spaced
        if id(run) in self.spaced_before:
            x -= font.stringWidth(" ", run.size)
            run = replace(run, text=" " + run.text,
                          kerning=(0.0, *run.kerning) if run.kerning else (),
                          spoken=" " + run.spoken if run.spoken else "")
        text = self.canvas.beginText(*self.point(x, run.y))
        shown = run.text + " " if spaced else run.text
        code = text._code
        if run.spoken:
            code.append(actual_text_span(run.spoken + shown[len(run.text):]))
        if not run.hyphen:
            code.append(_kerned_text(font, self.canvas, run, shown))
        elif font.face.charToGlyph.get(ord(SOFT_HYPHEN)) == font.face.charToGlyph.get(ord("-")):
            code.append(_kerned_text(font, self.canvas, run, shown[:-1] + SOFT_HYPHEN))
        else:
            code.append(_kerned_text(font, self.canvas, run, shown[:-1]))
            code.extend([SOFT_HYPHEN_SPAN, _kerned_text(font, self.canvas,
                                                        replace(run, kerning=()), "-"), "EMC"])
        if run.spoken:
            code.append("EMC")
        self.canvas.drawText(text)

    def rect(self, rect: Rect) -> None:
        x, y = self.point(rect.x, rect.y + rect.height)
        if rect.fill:
            self.fill(rect.fill)
        if rect.stroke:
            self.stroke(rect.stroke)
            self.canvas.setLineWidth(rect.stroke_width)
        self.canvas.rect(x, y, rect.width, rect.height, fill=int(bool(rect.fill)),
                         stroke=int(bool(rect.stroke)))

    def shape(self, shape: Shape) -> None:
        pdf_path = self.canvas.beginPath()
        trace_path(shape.commands, pdf_path.moveTo, pdf_path.lineTo, pdf_path.curveTo,
                   pdf_path.close, self.point)
        if shape.fill:
            self.fill(shape.fill)
        if shape.stroke:
            self.stroke(shape.stroke)
            self.canvas.setLineWidth(shape.stroke_width)
        self.canvas.drawPath(pdf_path, fill=int(bool(shape.fill)), stroke=int(bool(shape.stroke)))

    def image(self, image: Image) -> None:
        """A raster logo: separated to CMYK through the print profile for print, and its
        transparency flattened onto the colour behind it (PDF/X-1a allows none)."""
        background = self.resources.colours[image.background]
        picture = self.resources.images[image.source]
        size = (picture.width, picture.height)
        rgba = Pixels.frombytes("RGBA", size, picture.rgba)
        if self.printing:
            inks = Pixels.frombytes("CMYK", size, self.resources.separations[image.source])
            behind = Pixels.new("CMYK", rgba.size, tuple(round(v * 255) for v in background.cmyk))
            flat = Pixels.composite(inks, behind, rgba.getchannel("A"))
        else:
            flat = Pixels.new("RGB", rgba.size, background.rgb)
            flat.paste(rgba, mask=rgba.getchannel("A"))
        x, y = self.point(image.x, image.y + image.height)
        self.canvas.drawImage(ImageReader(flat), x, y, image.width, image.height)

    def link(self, link: Link) -> None:
        if self.printing:
            return
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
