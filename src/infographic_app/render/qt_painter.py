"""Paints a Scene with QPainter: the live preview and PNG export. The only PySide6 user below gui/.

Everything it paints comes from the scene and its resources. Text is drawn as glyph runs
from the font files the scene's faces name (QRawFont, unhinted), at a
pixel size computed for the device, with every word at the position the layout gave it.
Nothing is re-measured or re-wrapped, and no font size gets rounded by a scaled painter.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QColorSpace,
    QFont,
    QGlyphRun,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPainter,
    QPainterPath,
    QPen,
    QRawFont,
)

from infographic_app.layout.scene import (
    Image,
    Overflow,
    Rect,
    Resources,
    Scene,
    ScenePage,
    Shape,
    TextRun,
)
from infographic_app.render.base import ScenePainter, trace_path

OVERFLOW_COLOUR = QColor(220, 0, 0)
OUTLINE_SIZE = 1000  # pixel size at which glyph outlines are taken (then scaled exactly)
# Qt 6.11's raster engine paints no glyph run above 64 pixels (a 34 pt figure at 200% zoom):
# larger text is filled from its outlines, where pixel snapping does not matter anyway.
GLYPH_RUN_LIMIT = 64
Scale = tuple[float, float]  # device pixels per point, across and down


class QtPainter:
    """Paints the pages of scenes that share `resources`, keeping fonts, glyph outlines and
    images between paints."""

    def __init__(self, resources: Resources, proof: bool = False):
        """`proof` simulates print: the colours as the print shop's profile prints the CMYK
        inks (`resources.proof_colours`), and text drawn from its exact glyph outlines, as an
        imagesetter places it. Without it, colours are the palette's RGB and glyphs are drawn
        as screen PDF viewers draw them (on whole pixels). An unreadable font file raises
        OSError."""
        self.resources, self.proof = resources, proof
        self._outlines: dict[tuple[str, int], QPainterPath] = {}
        self._images: dict[str, QImage] = {}
        self._font_data = {name: QByteArray(Path(face.file).read_bytes())
                           for name, face in resources.faces.items()}
        self._raw: dict[tuple[str, float], QRawFont] = {}
        if proof:
            rgb = resources.proof_colours
            self._colours = {name: QColor(*rgb[name]) for name in resources.colours}
        else:
            self._colours = {name: QColor(*c.rgb) for name, c in resources.colours.items()}

    def raw_font(self, face: str, pixel_size: float) -> QRawFont:
        """The face at a fractional pixel size, unhinted; kept for the next paint."""
        key = (face, pixel_size)
        font = self._raw.get(key)
        if font is None:
            font = QRawFont(self._font_data[face], key[1], QFont.HintingPreference.PreferNoHinting)
            self._raw[key] = font
        return font

    def image(self, source: str) -> QImage:
        """The decoded picture `source` of the resources as a QImage; kept for the next paint."""
        found = self._images.get(source)
        if found is None:
            picture = self.resources.images[source]
            found = self._images[source] = QImage(
                picture.rgba, picture.width, picture.height, picture.width * 4,
                QImage.Format.Format_RGBA8888).copy()
        return found

    def outline(self, face: str, glyph: int) -> QPainterPath:
        """A glyph's outline at OUTLINE_SIZE pixels; kept for the next paint."""
        key = (face, glyph)
        if key not in self._outlines:
            self._outlines[key] = self.raw_font(face, OUTLINE_SIZE).pathForGlyph(glyph)
        return self._outlines[key]

    def colour(self, name: str) -> QColor:
        """The colour `name` of the resources as this painter paints it (proofed or not)."""
        return self._colours[name]

    def paint_page(self, painter: QPainter, page: ScenePage, scale: float | Scale,
                   origin: QPointF | None = None, show_overflow: bool = False) -> None:
        """Paint `page` with the trim's top-left corner at `origin` (device pixels).

        `scale` is device pixels per point, or a pair (x, y) to fill an exact pixel size.
        """
        self.paint_items(painter, page.items, page.overflows if show_overflow else (), scale,
                         origin)

    def paint_items(self, painter: QPainter, items, overflows, scale: float | Scale,
                    origin: QPointF | None = None) -> None:
        """Paint some primitives of a page, in their order (the preview repaints part of a page),
        then the overflow markers of `overflows`."""
        origin = origin or QPointF(0, 0)
        scale = scale if isinstance(scale, tuple) else (scale, scale)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        page = _PagePainter(self, painter, scale, origin)
        page.paint_items(items)
        for overflow in overflows:
            page.overflow(overflow)
        painter.restore()


class _PagePainter(ScenePainter):
    """One paint: a QPainter, its scale and origin, and the caches of a QtPainter."""

    def __init__(self, owner: QtPainter, painter: QPainter, scale: Scale, origin: QPointF):
        self.owner, self.painter, self.scale, self.origin = owner, painter, scale, origin

    def _shape_transform(self) -> None:
        self.painter.resetTransform()
        self.painter.translate(self.origin)
        self.painter.scale(*self.scale)

    def rect(self, rect: Rect) -> None:
        painter, colour = self.painter, self.owner.colour
        self._shape_transform()
        area = QRectF(rect.x, rect.y, rect.width, rect.height)
        if rect.fill:
            painter.fillRect(area, colour(rect.fill))
        if rect.stroke:
            painter.setPen(QPen(colour(rect.stroke), rect.stroke_width))
            painter.drawRect(area)
            painter.setPen(Qt.PenStyle.NoPen)

    def shape(self, shape: Shape) -> None:
        painter, colour = self.painter, self.owner.colour
        self._shape_transform()
        path = QPainterPath()
        trace_path(shape.commands, path.moveTo, path.lineTo, path.cubicTo, path.closeSubpath)
        if shape.fill:
            painter.fillPath(path, QBrush(colour(shape.fill)))
        if shape.stroke:
            painter.strokePath(path, QPen(colour(shape.stroke), shape.stroke_width))

    def image(self, image: Image) -> None:
        self._shape_transform()
        self.painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.painter.drawImage(QRectF(image.x, image.y, image.width, image.height),
                               self.owner.image(image.source))

    def text(self, run: TextRun) -> None:
        sx, sy = self.scale
        if self.owner.proof or run.size * sy > GLYPH_RUN_LIMIT:
            self._text_outlines(run)
            return
        # A QRawFont keeps a fractional pixel size (8.5 pt at 100 dpi is 11.8 px, not 12),
        # where a QFont on a scaled painter would snap to whole pixels.
        font = self.owner.raw_font(run.face, run.size * sy)
        painter, origin = self.painter, self.origin
        painter.resetTransform()
        indexes: list[int] = []
        positions: list[QPointF] = []
        baseline = origin.y() + run.y * sy
        for glyph, offset, pen in _glyphs(font, run):
            indexes.append(glyph)
            positions.append(QPointF(origin.x() + (run.x + offset) * sx + pen, baseline))
        glyph_run = QGlyphRun()
        glyph_run.setRawFont(font)
        glyph_run.setGlyphIndexes(indexes)
        glyph_run.setPositions(positions)
        painter.setPen(self.owner.colour(run.colour))
        painter.drawGlyphRun(QPointF(0, 0), glyph_run)
        painter.setPen(Qt.PenStyle.NoPen)

    def _text_outlines(self, run: TextRun) -> None:
        """Text as filled glyph outlines, taken at a large size and scaled down exactly."""
        font = self.owner.raw_font(run.face, OUTLINE_SIZE)
        units = run.size / OUTLINE_SIZE  # points per outline unit
        path = QPainterPath()
        for glyph, offset, pen in _glyphs(font, run):
            path.addPath(self.owner.outline(run.face, glyph).translated(offset / units + pen, 0))
        painter, (sx, sy), origin = self.painter, self.scale, self.origin
        painter.resetTransform()
        painter.translate(origin.x() + run.x * sx, origin.y() + run.y * sy)
        painter.scale(sx * units, sy * units)
        painter.fillPath(path, QBrush(self.owner.colour(run.colour)))

    def overflow(self, overflow: Overflow) -> None:
        """A red frame and a '+' tab, as DTP tools mark text that did not fit."""
        painter = self.painter
        self._shape_transform()
        area = QRectF(overflow.x, overflow.y, overflow.width, overflow.height)
        painter.setPen(QPen(OVERFLOW_COLOUR, 1.2, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(area)
        tab = QRectF(area.right() - 9, area.bottom() - 9, 9, 9)
        painter.fillRect(tab, OVERFLOW_COLOUR)
        painter.setPen(QPen(QColor("white"), 1.2))
        painter.drawLine(QPointF(tab.center().x(), tab.top() + 2),
                         QPointF(tab.center().x(), tab.bottom() - 2))
        painter.drawLine(QPointF(tab.left() + 2, tab.center().y()),
                         QPointF(tab.right() - 2, tab.center().y()))
        painter.setPen(Qt.PenStyle.NoPen)


def _glyphs(font: QRawFont, run: TextRun) -> Iterator[tuple[int, float, float]]:
    """Each glyph of a run with its word's start (points from the run's x, as the layout
    measured it) and its place within the word (the font's pixels): the font's advances of
    the glyphs before it plus the run's kerning after each of them."""
    pixels = font.pixelSize() / run.size  # the font's pixels per point
    start = 0  # the word's first character in the run's text
    for offset, word in zip(run.word_offsets, run.text.split(" "), strict=True):
        glyphs = font.glyphIndexesForString(word)
        kerning = run.kerning[start:start + len(word)] or (0.0,) * len(word)
        pen = 0.0
        for glyph, advance, kern in zip(glyphs, font.advancesForGlyphIndexes(glyphs), kerning,
                                        strict=True):
            yield glyph, offset, pen
            pen += advance.x() + kern * pixels
        start += len(word) + 1


def ensure_gui_application() -> None:
    """Qt needs a QGuiApplication to draw text; headless machines get the offscreen platform."""
    if QGuiApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication([])


def page_png(scene: Scene, index: int, dpi: float, painter: QtPainter | None = None) -> bytes:
    """Page `index` (0-based) of `scene` as PNG file data at `dpi` (see render_page), tagged
    as sRGB (the colour space the scene's RGB values are in), so colour-managed viewers and
    social media sites show the brand colours as meant."""
    ensure_gui_application()
    image = render_page(scene, index, dpi, painter=painter)
    image.setColorSpace(QColorSpace(QColorSpace.NamedColorSpace.SRgb))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def render_page(scene: Scene, index: int, dpi: float, bleed: bool = False,
                painter: QtPainter | None = None, show_overflow: bool = False) -> QImage:
    """Page `index` (0-based) as an RGB image at `dpi`, trimmed (or with its bleed when
    `bleed`), painted by `painter` (one made for the scene's resources when None).

    As PDFium does, the image is the page size rounded up to whole pixels and the page
    fills it, so a PNG and a rasterised PDF of the same page line up pixel for pixel.
    """
    page = scene.pages[index]
    margin = page.bleed if bleed else 0.0
    width = math.ceil((page.width + 2 * margin) * dpi / 72)
    height = math.ceil((page.height + 2 * margin) * dpi / 72)
    scale = (width / (page.width + 2 * margin), height / (page.height + 2 * margin))
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(QColor("white"))
    qp = QPainter(image)
    try:
        (painter or QtPainter(scene.resources)).paint_page(qp, page, scale,
                                                 QPointF(margin * scale[0], margin * scale[1]),
                                                 show_overflow)
    finally:
        qp.end()
    return image



def paint_pages(scene: Scene, device: QPagedPaintDevice) -> None:
    """Every page of `scene` on a page of `device` (a QPrinter, a QPdfWriter), trimmed, as
    large as the device's printable area allows without changing its proportions and
    centred there, in the colours the print shop's profile prints (QtPainter proof=True):
    a proof of the print PDF on an office printer."""
    painter = QtPainter(scene.resources, proof=True)
    qp = QPainter(device)
    try:
        for index, page in enumerate(scene.pages):
            if index:
                device.newPage()
            area = qp.viewport()  # the printable area, in device pixels
            scale = min(area.width() / page.width, area.height() / page.height)
            origin = QPointF((area.width() - page.width * scale) / 2,
                             (area.height() - page.height * scale) / 2)
            painter.paint_page(qp, page, scale, origin)
    finally:
        qp.end()
