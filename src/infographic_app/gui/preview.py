"""The live preview: the session's scene painted by the Qt painter, page under page.

Pages are painted into images at the current zoom and device pixel ratio when shown, and
kept while they are on screen or near it (a screen above and below); pages further away drop
their images and are painted again when they come back, so a long factsheet takes no more
memory than a short one. After an edit only the area where primitives changed is painted
again. The preview paints the first time with the pages in view: resizing the window as it
opens, or pages scrolled out of view, render nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QImage, QPainter, QPen
from PySide6.QtWidgets import QScrollArea, QWidget

from infographic_app.gui.element_menu import clicked_field
from infographic_app.gui.near_view import near, shown_range
from infographic_app.gui.session import Session
from infographic_app.layout.hit import Box, boxes_of, elements_at, item_box, union
from infographic_app.layout.scene import Primitive, ScenePage
from infographic_app.model.problems import Severity
from infographic_app.render.qt_painter import OVERFLOW_COLOUR, QtPainter

PAGE_GAP = 24  # pixels between pages and around them
HIGHLIGHT = QColor(0, 120, 215)
FIT_WIDTH, FIT_PAGE = "fit-width", "fit-page"
MIN_ZOOM, MAX_ZOOM = 0.1, 8.0  # pixels per point


class PageCanvas(QWidget):
    """The widget the preview's page images are drawn on, with the highlight and the
    error frames; a click asks for the element under it (`element_clicked`)."""
    element_clicked = Signal(str)

    def __init__(self, preview: Preview):
        super().__init__()
        self.preview = preview
        self.setMouseTracking(True)
        self._drag_from: QPointF | None = None

    def sizeHint(self) -> QSize:
        return self.preview.canvas_size()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(120, 124, 130))
        places = self.preview.page_places()
        for index, (origin, size) in enumerate(places):
            target = QRectF(origin, size)
            if not target.intersects(QRectF(event.rect())):
                continue
            painter.fillRect(target.translated(3, 3), QColor(0, 0, 0, 60))
            painter.drawImage(origin, self.preview._images[index])
            self._highlight(painter, index, origin)
            self._mark_problems(painter, index, origin)
        painter.end()
        self.preview.release_far_pages()
        if places and not self.preview.painted:
            self.preview.painted = True
            self.preview.first_painted.emit()

    def _mark_problems(self, painter: QPainter, index: int, origin: QPointF) -> None:
        """A dashed frame, in the overflow marker's red, around each element with an error."""
        scale = self.preview.scale
        painter.setPen(QPen(OVERFLOW_COLOUR, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for box in self.preview.problem_boxes(index):
            painter.drawRect(QRectF(origin.x() + box.x * scale, origin.y() + box.y * scale,
                                    box.width * scale, box.height * scale).adjusted(-3, -3, 3, 3))

    def _highlight(self, painter: QPainter, index: int, origin: QPointF) -> None:
        scale = self.preview.scale
        painter.setPen(QPen(HIGHLIGHT, 2))
        painter.setBrush(QColor(0, 120, 215, 28))
        for box in self.preview.highlighted_boxes(index):
            painter.drawRect(QRectF(origin.x() + box.x * scale, origin.y() + box.y * scale,
                                    box.width * scale, box.height * scale).adjusted(-2, -2, 2, 2))

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._drag_from = event.globalPosition()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        if event.button() == Qt.MouseButton.LeftButton:
            document = self.preview.session.document
            field = clicked_field(document, self.preview.elements_at(event.position())) \
                if document is not None else None
            if field:
                self.element_clicked.emit(field)

    def mouseMoveEvent(self, event) -> None:
        if self._drag_from is not None:
            delta = event.globalPosition() - self._drag_from
            self._drag_from = event.globalPosition()
            self.preview.pan(delta)
        else:
            over = self.preview.element_at(event.position())
            shape = Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor
            self.setCursor(shape)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._drag_from = None
            self.unsetCursor()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """A right-click asks for the context menu of what is under the mouse."""
        found = self.preview.elements_at(QPointF(event.pos()), grouped=True)
        if found:
            self.preview.context_requested.emit(found, event.globalPos())


class PageImages:
    """The image of each page at the preview's scale, rendered when asked for (the canvas
    asks for the pages it paints) and kept until released: a sequence of QImage."""

    def __init__(self, render: Callable[[int], QImage], count: int):
        self._render = render  # the image of the page at an index, as the preview has it now
        self._images: list[QImage | None] = [None] * count

    def __len__(self) -> int:
        return len(self._images)

    def __getitem__(self, index: int) -> QImage:
        image = self._images[index]
        if image is None:
            image = self._images[index] = self._render(index)
        return image

    def __setitem__(self, index: int, image: QImage) -> None:
        self._images[index] = image

    def __iter__(self) -> Iterator[QImage]:
        return (self[index] for index in range(len(self)))

    def rendered(self, index: int) -> bool:
        return self._images[index] is not None

    def release(self, keep: set[int]) -> None:
        """Drop the images of the pages not in `keep`; they are rendered again when asked for."""
        for index in range(len(self._images)):
            if index not in keep:
                self._images[index] = None


class Preview(QScrollArea):
    """The live preview: the session's scene painted page under page by the Qt painter,
    zoomable; repaints only the changed area after an edit, marks elements with errors, and
    says which element was clicked or right-clicked."""
    element_clicked = Signal(str)
    first_painted = Signal()  # the pages were painted on screen for the first time
    # The elements under a right-click, the most specific first, and where on the screen.
    context_requested = Signal(list, QPoint)
    zoom_changed = Signal(float)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("preview")
        self.zoom_mode: str | float = FIT_WIDTH
        self.scale = 1.0
        self.highlight: str | None = None
        self.problem_elements: list[str] = []  # elements with an error in the checks
        self.proof = False  # simulate the print colours
        self._painter: QtPainter | None = None
        self._pages: list[ScenePage] = []
        self._images = PageImages(self._render_page, 0)
        self.painted = False  # the pages have been painted on screen
        self._boxes: dict[int, list[Box]] = {}
        # Per page, the box of each item; kept across edits (most pages and items stay).
        self._item_boxes: list[dict[Primitive, Box]] = []
        self.canvas = PageCanvas(self)
        self.canvas.element_clicked.connect(self.element_clicked)
        self.setWidget(self.canvas)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.grabGesture(Qt.GestureType.PinchGesture)
        session.scene_changed.connect(self.refresh)
        session.problems_changed.connect(self._show_problems)

    # ------------------------------------------------------------------ zoom

    def set_zoom(self, mode: str | float) -> None:
        self.zoom_mode = mode
        self._apply_zoom()

    def zoom_by(self, factor: float) -> None:
        self.set_zoom(min(MAX_ZOOM, max(MIN_ZOOM, self.scale * factor)))

    def actual_size(self) -> None:
        """100%: a point on screen is a point on paper."""
        self.set_zoom(self.logicalDpiX() / 72)

    def _fitted_scale(self) -> float:
        if not self._pages or isinstance(self.zoom_mode, float):
            return float(self.zoom_mode) if isinstance(self.zoom_mode, float) else self.scale
        page = self._pages[0]
        viewport = self.viewport().size()
        by_width = (viewport.width() - 2 * PAGE_GAP) / page.width
        if self.zoom_mode == FIT_WIDTH:
            return max(MIN_ZOOM, by_width)
        return max(MIN_ZOOM, min(by_width, (viewport.height() - 2 * PAGE_GAP) / page.height))

    def _apply_zoom(self) -> None:
        scale = self._fitted_scale()
        if abs(scale - self.scale) > 1e-6 or len(self._images) != len(self._pages):
            self.scale = scale
            self._images = PageImages(self._render_page, len(self._pages))
            self.zoom_changed.emit(scale)
        self.canvas.resize(self.canvas_size())
        self.canvas.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not isinstance(self.zoom_mode, float):
            self._apply_zoom()

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.zoom_by(1.15 ** steps)
            event.accept()
        else:
            super().wheelEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if pinch is not None:
                self.zoom_by(pinch.scaleFactor())
                return True
        if event.type() == QEvent.Type.NativeGesture and \
                event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.zoom_by(1 + event.value())
            return True
        return super().event(event)

    def set_proof(self, on: bool) -> None:
        """Soft proof: paint the print colours as the print shop's profile will print them."""
        self.proof = on
        self.refresh()

    def pan(self, delta: QPointF) -> None:
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))

    # ------------------------------------------------------------------ pages

    def refresh(self) -> None:
        """Paint again what changed since the last paint: the changed area of changed pages."""
        scene = self.session.scene
        if scene is None:
            return
        if self._painter is None or self._painter.resources is not scene.resources \
                or self._painter.proof != self.proof:
            self._painter, self._pages = QtPainter(scene.resources, self.proof), []
            self._item_boxes = []
        old, old_boxes = self._pages, self._item_boxes
        self._pages = list(scene.pages)
        if len(old) != len(self._pages) or abs(self._fitted_scale() - self.scale) > 1e-6:
            self._boxes, self._item_boxes = {}, [{} for _ in self._pages]
            self._images = PageImages(self._render_page, 0)
            self._apply_zoom()
            return
        if len(old_boxes) != len(old):
            old_boxes = [{} for _ in old]
        self._item_boxes = []
        for index, page in enumerate(self._pages):
            if page is old[index]:  # a page the edit did not touch: nothing to do
                self._item_boxes.append(old_boxes[index])
                continue
            self._boxes.pop(index, None)
            if page != old[index]:
                self._repaint_changes(index, old[index], page, old_boxes[index])
            kept = old_boxes[index]
            self._item_boxes.append({item: kept.get(item) or self.item_box(item)
                                     for item in page.items})
        self.canvas.update()

    def item_box(self, item: Primitive, page: int | None = None) -> Box:
        if page is not None and page < len(self._item_boxes):
            box = self._item_boxes[page].get(item)
            if box is not None:
                return box
        return item_box(item, self._painter.resources)

    def _repaint_changes(self, index: int, old: ScenePage, new: ScenePage,
                         old_boxes: dict[Primitive, Box]) -> None:
        changed = [old_boxes.get(item) or self.item_box(item)
                   for item in set(old.items) ^ set(new.items)]
        changed += [Box(o.x, o.y, o.width, o.height, "")
                    for o in set(old.overflows) ^ set(new.overflows)]
        if not changed or not self._images.rendered(index):  # not shown yet: rendered when it is
            return
        dirty = union(changed, margin=4)
        if dirty.width * dirty.height > 0.4 * new.width * new.height:
            self._images[index] = self._render(new)
            return
        image = self._images[index]
        scale = image.width() / new.width
        painter = QPainter(image)
        clip = QRectF(dirty.x * scale, dirty.y * scale, dirty.width * scale,
                      dirty.height * scale).toAlignedRect()
        painter.setClipRect(clip)
        painter.fillRect(clip, QColor("white"))
        items = [item for item in new.items
                 if (old_boxes.get(item) or self.item_box(item)).intersects(dirty)]
        overflows = [o for o in new.overflows
                     if Box(o.x, o.y, o.width, o.height, "").intersects(dirty)]
        self._painter.paint_items(painter, items, overflows, scale)
        painter.end()

    def _render_page(self, index: int) -> QImage:
        return self._render(self._pages[index])

    def _render(self, page: ScenePage) -> QImage:
        ratio = self.devicePixelRatioF()
        scale = self.scale * ratio
        image = QImage(round(page.width * scale), round(page.height * scale),
                       QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        self._painter.paint_page(painter, page, scale, show_overflow=True)
        painter.end()
        image.setDevicePixelRatio(ratio)
        return image

    def boxes(self, index: int) -> list[Box]:
        """Where the elements of a page are, worked out when first needed after a change."""
        if index not in self._boxes:
            self._boxes[index] = [self.item_box(item, index) for item in self._pages[index].items]
        return self._boxes[index]

    def page_images(self) -> list[tuple[QPointF, QImage]]:
        """Where each page is on the canvas, and its image (rendering those not shown yet)."""
        return [(origin, self._images[index])
                for index, (origin, _) in enumerate(self.page_places())]

    def release_far_pages(self) -> None:
        """Drop the images of pages more than a screen away from the pages on screen."""
        top, bottom = shown_range(self)
        spans = [(origin.y(), size.height()) for origin, size in self.page_places()]
        self._images.release(near(spans, top, bottom, margin=bottom - top))

    def page_places(self) -> list[tuple[QPointF, QSizeF]]:
        """Where each page is on the canvas and its size there, without rendering it."""
        placed, y = [], PAGE_GAP
        width = self.canvas.width()
        ratio = self.devicePixelRatioF()
        for page in self._pages[:len(self._images)]:
            # the size of the image _render makes, in device-independent pixels
            size = QSizeF(round(page.width * self.scale * ratio) / ratio,
                          round(page.height * self.scale * ratio) / ratio)
            placed.append((QPointF(max(PAGE_GAP, (width - size.width()) / 2), y), size))
            y += size.height() + PAGE_GAP
        return placed

    def canvas_size(self) -> QSize:
        if not self._pages:
            return QSize(400, 400)
        width = max(p.width for p in self._pages) * self.scale + 2 * PAGE_GAP
        height = sum(p.height * self.scale + PAGE_GAP for p in self._pages) + PAGE_GAP
        return QSize(max(int(width), self.viewport().width()), int(height))

    # ------------------------------------------------------------------ elements

    def element_at(self, position: QPointF) -> str | None:
        found = self.elements_at(position)
        return found[0] if found else None

    def elements_at(self, position: QPointF, grouped: bool = False) -> list[str]:
        """The elements under a point of the canvas, the most specific first; `grouped`: see
        layout/hit.py elements_at."""
        for index, (origin, size) in enumerate(self.page_places()):
            if QRectF(origin, size).contains(position):
                x = (position.x() - origin.x()) / self.scale
                y = (position.y() - origin.y()) / self.scale
                return elements_at(self.boxes(index), x, y, grouped)
        return []

    def highlighted_boxes(self, page: int) -> list[Box]:
        if not self.highlight or page >= len(self._pages):
            return []
        return boxes_of(self.boxes(page), self.highlight)

    def _show_problems(self) -> None:
        """Mark the elements the checks found errors in (text that does not fit has its own
        marker, painted with the page)."""
        overflowing = {o.element_id for page in self._pages for o in page.overflows}
        self.problem_elements = sorted(
            {p.element_id for p in self.session.problems
             if p.severity == Severity.ERROR and p.element_id
             and p.element_id not in overflowing})
        self.canvas.update()

    def problem_boxes(self, page: int) -> list[Box]:
        """One box per element with an error on this page, around all its parts (points)."""
        if page >= len(self._pages):
            return []
        found = (boxes_of(self.boxes(page), element) for element in self.problem_elements)
        return [union(boxes, margin=1) for boxes in found if boxes]

    def show_element(self, element: str) -> None:
        """Highlight an element (a form field got focus) and scroll it into view."""
        self.highlight = _element_of_field(element)
        for index, (origin, _) in enumerate(self.page_places()):
            boxes = self.highlighted_boxes(index)
            if boxes:
                top = origin.y() + min(b.y for b in boxes) * self.scale
                self.ensureVisible(int(origin.x()), int(top), 0, 60)
                break
        self.canvas.update()


def _element_of_field(field: str) -> str:
    """The scene element a form field shows: 'figures.x.value' is drawn as 'figures.x'."""
    if field.startswith("figures.") and field.endswith(".value"):
        return field.removesuffix(".value")
    return field
