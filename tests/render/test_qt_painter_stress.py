"""PySide6-Essentials 6.12.0 aborts CPython 3.11 ("Fatal Python error: none_dealloc") after a few
thousand QPainter calls that return None. The pin in pyproject.toml keeps us on a clean release;
this test paints enough shapes to crash a bad one."""

from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath

from infographic_app.layout.fonts import FontSet
from infographic_app.layout.resources import resources_for
from infographic_app.layout.scene import Rect, ScenePage, Shape
from infographic_app.layout.shapes import circle
from infographic_app.render.qt_painter import QtPainter


def test_twenty_thousand_shapes_paint_without_crashing(qapp, theme):
    image = QImage(400, 400, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    brush = QBrush(QColor("red"))
    for i in range(4000):
        area = QRectF(i % 390, (i * 7) % 390, 8, 8)
        painter.fillRect(area, QColor("blue"))
        painter.setBrush(brush)
        painter.drawEllipse(area)
        painter.drawRoundedRect(area, 2, 2)
        path = QPainterPath()
        path.addRect(area)
        painter.fillPath(path, brush)
    painter.end()
    assert image.pixelColor(4, 4).isValid()


def test_the_qt_painter_survives_a_scene_of_twenty_thousand_primitives(qapp, theme):
    items = []
    for i in range(10_000):
        x, y = (i % 100) * 5.9, (i // 100) * 8.4
        items.append(Rect(x, y, 4, 4, "primary", "stress"))
        items.append(Shape(circle(x + 2, y + 6, 1.5), "accent", "stress"))
    page = ScenePage(595, 842, 8.5, tuple(items))
    image = QImage(595, 842, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    QtPainter(resources_for(theme, FontSet(theme))).paint_page(painter, page, 1.0)
    painter.end()
    assert image.pixelColor(2, 2) == QColor(*theme.colours["primary"].rgb)
