"""Paints a Scene with QPainter: the live preview and PNG export. The only PySide6 user below gui/.

Text is drawn as glyph runs from the theme's own font files (QRawFont, unhinted), at a
pixel size computed for the device, with every word at the position the layout gave it.
Nothing is re-measured or re-wrapped, and no font size gets rounded by a scaled painter.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterator

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGlyphRun,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QRawFont,
)

from infographic_app.layout.scene import (
    Image,
    Overflow,
    Path,
    Rect,
    Scene,
    ScenePage,
    TextRun,
)
from infographic_app.model.theme import Theme

OVERFLOW_COLOUR = QColor(220, 0, 0)
OUTLINE_SIZE = 1000  # pixel size at which glyph outlines are taken (then scaled exactly)
# Qt 6.11's raster engine paints no glyph run above 64 pixels (a 34 pt figure at 200% zoom):
# larger text is filled from its outlines, where pixel snapping does not matter anyway.
GLYPH_RUN_LIMIT = 64


class QtPainter:
    def __init__(self, theme: Theme, proof: bool = False):
        """`proof` simulates print: the colours as the print shop's profile prints the CMYK
        inks, and text drawn from its exact glyph outlines, as an imagesetter places it.
        Without it, glyphs are drawn as screen PDF viewers draw them (on whole pixels)."""
        self.theme, self.proof = theme, proof
        self._outlines: dict[tuple[str, int], QPainterPath] = {}
        self._images: dict[str, QImage] = {}
        self._font_data = {face: QByteArray(path.read_bytes())
                           for face, path in theme.fonts.items()}
        self._raw: dict[tuple[str, float], QRawFont] = {}
        if proof:
            from infographic_app.model.colour_management import converter  # 0.1 s: lazily

            proofed = converter(theme.printing.output_profile)
            self._colours = {name: QColor(*proofed.cmyk_to_rgb(c.cmyk))
                             for name, c in theme.colours.items()}
        else:
            self._colours = {name: QColor(*c.rgb) for name, c in theme.colours.items()}

    def raw_font(self, face: str, pixel_size: float) -> QRawFont:
        key = (face, pixel_size)
        font = self._raw.get(key)
        if font is None:
            font = QRawFont(self._font_data[face], key[1], QFont.HintingPreference.PreferNoHinting)
            self._raw[key] = font
        return font

    def paint_page(self, painter: QPainter, page: ScenePage, scale: float | tuple[float, float],
                   origin: QPointF | None = None, show_overflow: bool = False) -> None:
        """Paint `page` with the trim's top-left corner at `origin` (device pixels).

        `scale` is device pixels per point, or a pair (x, y) to fill an exact pixel size.
        """
        self.paint_items(painter, page.items, page.overflows if show_overflow else (), scale,
                         origin)

    def paint_items(self, painter: QPainter, items, overflows, scale: float | tuple[float, float],
                    origin: QPointF | None = None) -> None:
        """Paint some primitives of a page, in their order (the preview repaints part of a page)."""
        origin = origin or QPointF(0, 0)
        scale = scale if isinstance(scale, tuple) else (scale, scale)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        for item in items:
            if isinstance(item, TextRun):
                self._text(painter, item, scale, origin)
            elif isinstance(item, Rect):
                self._rect(painter, item, scale, origin)
            elif isinstance(item, Path):
                self._path(painter, item, scale, origin)
            elif isinstance(item, Image):
                self._image(painter, item, scale, origin)
        for overflow in overflows:
            self._overflow(painter, overflow, scale, origin)
        painter.restore()

    def _shape_transform(self, painter: QPainter, scale: tuple[float, float],
                         origin: QPointF) -> None:
        painter.resetTransform()
        painter.translate(origin)
        painter.scale(*scale)

    def _rect(self, painter: QPainter, rect: Rect, scale: tuple[float, float],
              origin: QPointF) -> None:
        self._shape_transform(painter, scale, origin)
        area = QRectF(rect.x, rect.y, rect.width, rect.height)
        if rect.fill:
            painter.fillRect(area, self._colours[rect.fill])
        if rect.stroke:
            painter.setPen(QPen(self._colours[rect.stroke], rect.stroke_width))
            painter.drawRect(area)
            painter.setPen(Qt.PenStyle.NoPen)

    def _path(self, painter: QPainter, shape: Path, scale: tuple[float, float],
              origin: QPointF) -> None:
        self._shape_transform(painter, scale, origin)
        path = QPainterPath()
        for command in shape.commands:
            op, args = command[0], command[1:]
            if op == "M":
                path.moveTo(*args)
            elif op == "L":
                path.lineTo(*args)
            elif op == "C":
                path.cubicTo(*args)
            else:
                path.closeSubpath()
        if shape.fill:
            painter.fillPath(path, QBrush(self._colours[shape.fill]))
        if shape.stroke:
            painter.strokePath(path, QPen(self._colours[shape.stroke], shape.stroke_width))

    def _image(self, painter: QPainter, image: Image, scale: tuple[float, float],
               origin: QPointF) -> None:
        if image.source not in self._images:
            self._images[image.source] = QImage(image.source)
        self._shape_transform(painter, scale, origin)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(image.x, image.y, image.width, image.height),
                          self._images[image.source])

    def _text(self, painter: QPainter, run: TextRun, scale: tuple[float, float],
              origin: QPointF) -> None:
        sx, sy = scale
        if self.proof or run.size * sy > GLYPH_RUN_LIMIT:
            self._text_outlines(painter, run, scale, origin)
            return
        # A QRawFont keeps a fractional pixel size (8.5 pt at 100 dpi is 11.8 px, not 12),
        # where a QFont on a scaled painter would snap to whole pixels.
        font = self.raw_font(run.face, run.size * sy)
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
        painter.setPen(self._colours[run.colour])
        painter.drawGlyphRun(QPointF(0, 0), glyph_run)
        painter.setPen(Qt.PenStyle.NoPen)

    def _text_outlines(self, painter: QPainter, run: TextRun, scale: tuple[float, float],
                       origin: QPointF) -> None:
        """Text as filled glyph outlines, taken at a large size and scaled down exactly."""
        font = self.raw_font(run.face, OUTLINE_SIZE)
        units = run.size / OUTLINE_SIZE  # points per outline unit
        path = QPainterPath()
        for glyph, offset, pen in _glyphs(font, run):
            path.addPath(self._outline(run.face, glyph).translated(offset / units + pen, 0))
        painter.resetTransform()
        painter.translate(origin.x() + run.x * scale[0], origin.y() + run.y * scale[1])
        painter.scale(scale[0] * units, scale[1] * units)
        painter.fillPath(path, QBrush(self._colours[run.colour]))

    def _outline(self, face: str, glyph: int) -> QPainterPath:
        key = (face, glyph)
        if key not in self._outlines:
            self._outlines[key] = self.raw_font(face, OUTLINE_SIZE).pathForGlyph(glyph)
        return self._outlines[key]

    def _overflow(self, painter: QPainter, overflow: Overflow, scale: tuple[float, float],
                  origin: QPointF) -> None:
        """A red frame and a '+' tab, as DTP tools mark text that did not fit."""
        self._shape_transform(painter, scale, origin)
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
    measured it) and its advance within the word (the font's pixels)."""
    for offset, word in zip(run.word_offsets, run.text.split(" "), strict=True):
        glyphs = font.glyphIndexesForString(word)
        pen = 0.0
        for glyph, advance in zip(glyphs, font.advancesForGlyphIndexes(glyphs), strict=True):
            yield glyph, offset, pen
            pen += advance.x()


def ensure_gui_application() -> None:
    """Qt needs a QGuiApplication to draw text; headless machines get the offscreen platform."""
    if QGuiApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication([])


def page_png(scene: Scene, theme: Theme, index: int, dpi: float,
             painter: QtPainter | None = None) -> bytes:
    """One page as PNG file data."""
    ensure_gui_application()
    image = render_page(scene, theme, index, dpi, painter=painter)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def render_page(scene: Scene, theme: Theme, index: int, dpi: float, bleed: bool = False,
                painter: QtPainter | None = None, show_overflow: bool = False) -> QImage:
    """One page as an RGB image at `dpi`, trimmed (or with its bleed when `bleed`).

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
        (painter or QtPainter(theme)).paint_page(qp, page, scale,
                                                 QPointF(margin * scale[0], margin * scale[1]),
                                                 show_overflow)
    finally:
        qp.end()
    return image

