"""An on-screen data view of the document's shares: a bar chart per donut and percentage bars.

Staff see at a glance whether a breakdown still adds up to 100% while they type; the print
graphics are drawn by the layout, not here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from fractions import Fraction

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsWidget,
    QLabel,
    QScrollArea,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from infographic_app.checks.consistency import rounding_slack
from infographic_app.gui.near_view import near, shown_range
from infographic_app.model.addressing import elements
from infographic_app.model.document import Document
from infographic_app.model.editions import edition_values, is_updated
from infographic_app.model.figures import FormulaError, format_figure
from infographic_app.model.numbers import to_exact

# The bundled theme's screen colours: primary, ink, muted, rule.
BRAND, INK, MUTED, RULE = "#E11F63", "#3C3C3B", "#666666", "#D9D9D9"
WRONG = "#C62828"  # a sum that is off
ROW_HEIGHT, CHART_EXTRA = 40, 84  # pixels: a bar with its label; title and axis of a chart
BAR = 0.4  # bar thickness in rows; the label sits in the space above the bar
CHART_KINDS = ("donut", "percentage_bars")


@dataclass(frozen=True)
class ChartData:
    """What one chart shows; its `kind` and `figures` make up the structure of the panel."""

    title: str
    kind: str
    figures: tuple[str, ...]
    labels: tuple[str, ...]
    values: tuple[float, ...]  # finite; a figure that cannot be computed is drawn as 0
    texts: tuple[str, ...]  # the values as readers see them
    sum_text: str = ""  # donuts only
    sum_ok: bool = True


def chart_data(document: Document) -> list[ChartData]:
    """A chart for every donut and percentage_bars visual, in reading order."""
    values = document.values()
    charts = []
    for element in elements(document):
        visual = element.fields.get("visual")
        if isinstance(visual, dict) and visual.get("kind") in CHART_KINDS:
            title = element.fields.get("heading") or element.fields.get("id") or element.block.id
            charts.append(_chart(document, values, title, visual))
    return charts


def _chart(document: Document, values, title: str, visual: dict) -> ChartData:
    figures = [document.figures[f] for f in visual.get("figures") or ()
               if f in document.figures]
    raw = []
    for figure in figures:
        try:
            raw.append(values.exact(figure.id))
        except FormulaError:
            raw.append(None)
    data = ChartData(
        title=title, kind=visual["kind"], figures=tuple(f.id for f in figures),
        labels=tuple(f.label for f in figures),
        values=tuple(0.0 if v is None else float(v) for v in raw),
        texts=tuple(document.show(f.id, values) for f in figures))
    if visual["kind"] != "donut" or not figures:
        return data
    total = None if None in raw else sum(raw)
    return replace(data, sum_text=format_figure(figures[0], total, document.locale),
                   sum_ok=total is not None
                   and abs(total - 100) <= _tolerance(document, data.figures))


def _tolerance(document: Document, figure_ids: tuple[str, ...]) -> Fraction:
    """The tolerance of the document's sum_to_100 rule for these figures, if it gives one;
    else half a unit of the last shown decimal per share, as the consistency check allows."""
    for rule in document.rules:
        if rule.kind == "sum_to_100" and set(rule.parts) == set(figure_ids) \
                and rule.tolerance is not None:
            return to_exact(rule.tolerance)
    return rounding_slack([document.figures[f] for f in figure_ids])


def _rows(data: ChartData) -> tuple[tuple[float, ...], tuple[str, ...]]:
    """The value and text at the end of each bar, the sum of a donut included."""
    if data.kind != "donut":
        return data.values, data.texts
    return (*data.values, sum(data.values)), (*data.texts, data.sum_text)


class _Chart:
    """The plot items of one chart, updated in place while the structure stays the same."""

    def __init__(self, plot: pg.PlotItem, data: ChartData):
        self.plot, self.data = plot, None
        plot.setMouseEnabled(x=False, y=False)
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.invertY(True)  # first figure on top, as in the factsheet
        plot.hideAxis("left")
        plot.setLabel("bottom", QCoreApplication.translate("FigurePanel", "%"), color=MUTED)
        axis = plot.getAxis("bottom")
        axis.setPen(RULE)
        axis.setTextPen(MUTED)
        axis.setTicks([[(v, str(v)) for v in range(0, 101, 25)]])
        axis.setStyle(hideOverlappingLabels=False)  # else the 0 at the edge is left out
        rows = len(data.figures) + (data.kind == "donut")
        plot.setYRange(-0.5, rows - 0.5, padding=0)
        positions = [i + 0.22 for i in range(rows)]
        self.bars = pg.BarGraphItem(x0=0, y=positions[:len(data.figures)], height=BAR,
                                    width=data.values, brush=BRAND, pen=None)
        plot.addItem(self.bars)
        self.labels = [self._text(-0.5 + i + 0.05, MUTED, anchor=(0, 0)) for i in range(rows)]
        self.value_texts = [self._text(y, INK, anchor=(0, 0.5)) for y in positions]
        if data.kind == "donut":
            self.labels[-1].setText(QCoreApplication.translate("FigurePanel", "Sum"))
            self.sum_bar = pg.BarGraphItem(x0=0, y=[positions[-1]], height=BAR, width=[0],
                                           brush=RULE, pen=None)
            plot.addItem(self.sum_bar)
            plot.addItem(pg.InfiniteLine(100, angle=90, pen=pg.mkPen(INK, width=1.5)))
        self.update(data)

    def _text(self, y: float, colour: str, anchor: tuple[float, float]) -> pg.TextItem:
        item = pg.TextItem(color=colour, anchor=anchor)
        item.setPos(0, y)
        self.plot.addItem(item)
        return item

    def update(self, data: ChartData) -> None:
        """Touch only the items whose content changed: this runs on every keystroke."""
        old, self.data = self.data, data
        if old == data:
            return
        if old is None or old.title != data.title:
            self.plot.setTitle(data.title, color=BRAND, bold=True, justify="left")
        if old is None or old.labels != data.labels:
            for item, label in zip(self.labels, data.labels, strict=False):  # not the sum row
                item.setText(label)
        if old is None or old.values != data.values:
            self.bars.setOpts(width=data.values)
            if data.kind == "donut":
                self.sum_bar.setOpts(width=[sum(data.values)])
            # Leave room after the longest bar for its number.
            right = max(100, *_rows(data)[0]) * 1.25
            if right != self.plot.vb.viewRange()[0][1]:
                self.plot.setXRange(0, right, padding=0)
        if data.kind == "donut" and (old is None or old.sum_ok != data.sum_ok):
            self.value_texts[-1].setColor(INK if data.sum_ok else WRONG)
        old_rows = zip(*_rows(old), strict=True) if old else [None] * len(self.value_texts)
        for item, row, old_row in zip(self.value_texts, zip(*_rows(data), strict=True),
                                      old_rows, strict=True):
            if row != old_row:
                item.setText(row[1])
                item.setPos(row[0], item.pos().y())

    def row_at(self, scene_pos: QPointF) -> int | None:
        """The row (figure index, or the sum row of a donut) under a scene position."""
        box = self.plot.vb
        if not box.sceneBoundingRect().contains(scene_pos):
            return None
        row = round(box.mapSceneToView(scene_pos).y())
        return row if 0 <= row < len(self.value_texts) else None


class FigurePanel(QWidget):
    """One horizontal bar chart per donut and percentage_bars visual of the document.

    Hovering a bar's row shows its label and exact value; clicking it emits the figure id.
    A chart's plot (almost a megabyte) is made when the chart is scrolled near the view
    and dropped when it is far away: a long factsheet has a chart on nearly every page."""

    figure_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground("w")
        self.view.setAntialiasing(True)
        self.view.setMinimumWidth(280)  # room for "100,0%" after a full bar
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(self.view)
        # The plots would swallow the wheel, although they neither zoom nor pan.
        self.view.viewport().installEventFilter(self)
        self.scroll.viewport().installEventFilter(self)  # resized: more charts in view
        self.scroll.verticalScrollBar().valueChanged.connect(self._fill_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.trend = TrendChart()
        layout.addWidget(self.trend)
        layout.addWidget(self.scroll, 1)
        self._data: list[ChartData] = []  # of every chart, top to bottom
        self._charts: list[_Chart | None] = []  # the plot of each chart near the view
        self._spans: list[tuple[float, float]] = []  # each chart's top and height, pixels
        self._structure: tuple = ()
        scene = self.view.scene()
        # Rate-limited: a tooltip per mouse event would be wasted work. Kept, or it stops.
        self._hover = pg.SignalProxy(scene.sigMouseMoved, rateLimit=30,
                                     slot=lambda args: self.show_tooltip(args[0]))
        scene.sigMouseClicked.connect(self._clicked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A wheel over a plot scrolls the panel instead of the plot."""
        if event.type() == QEvent.Type.Wheel and watched is self.view.viewport():
            QApplication.sendEvent(self.scroll.verticalScrollBar(), event)
            return True
        if event.type() == QEvent.Type.Resize and watched is self.scroll.viewport():
            self._fill_view()
        return super().eventFilter(watched, event)

    def set_document(self, document: Document) -> None:
        """Show the document's figures; plots are rebuilt only when the set of charts changes."""
        self.trend.set_document(document)
        charts = chart_data(document)
        structure = tuple((c.kind, c.figures) for c in charts)
        self._data = charts  # before the rows: making them may bring plots into view
        if structure != self._structure:
            self._rebuild(charts)
            self._structure = structure
        for chart, data in zip(self._charts, charts, strict=True):
            if chart is not None:
                chart.update(data)
        self._fill_view()

    def _rebuild(self, charts: list[ChartData]) -> None:
        """A row per chart, of the chart's height, empty until it is near the view."""
        self.view.clear()
        self._charts = [None] * len(charts)
        heights = [ROW_HEIGHT * (len(data.figures) + (data.kind == "donut")) + CHART_EXTRA
                   for data in charts]
        grid = self.view.ci.layout
        _, top, _, bottom = grid.getContentsMargins()
        self._spans = []
        for row, height in enumerate(heights):
            self.view.ci.addItem(QGraphicsWidget(), row=row, col=0)
            grid.setRowFixedHeight(row, height)
            self._spans.append((top, height))
            top += height + grid.verticalSpacing()
        if charts:
            top -= grid.verticalSpacing()
        self.view.setMinimumHeight(round(top + bottom))

    def _fill_view(self) -> None:
        """Plots for the charts on screen or within half a screen of it; those more than two
        screens away are dropped."""
        top, bottom = shown_range(self.scroll)
        screen = bottom - top
        wanted = near(self._spans, top, bottom, screen / 2)
        kept = near(self._spans, top, bottom, 2 * screen)
        for row, chart in enumerate(self._charts):
            if chart is None and row in wanted:
                self.view.ci.removeItem(self.view.ci.getItem(row, 0))
                self._charts[row] = _Chart(self.view.ci.addPlot(row=row, col=0),
                                           self._data[row])
            elif chart is not None and row not in kept:
                self.view.ci.removeItem(chart.plot)
                self.view.ci.addItem(QGraphicsWidget(), row=row, col=0)
                self._charts[row] = None

    def chart_titles(self) -> list[str]:
        """The titles of the charts, top to bottom."""
        return [data.title for data in self._data]

    def bar_values(self, title: str) -> list[float]:
        """The lengths (percent) of the bars of the chart titled `title` (one near the view)."""
        chart = next(c for c in self._charts if c is not None and c.data.title == title)
        return [float(w) for w in chart.bars.opts["width"]]

    def _hit(self, scene_pos: QPointF) -> tuple[str, str | None] | None:
        """The tooltip text and figure id (None for a sum) of the row under `scene_pos`."""
        for chart in filter(None, self._charts):
            row = chart.row_at(scene_pos)
            data = chart.data
            if row is not None and row < len(data.figures):
                return f"{data.labels[row]}: {data.texts[row]}", data.figures[row]
            if row is not None:
                total = QCoreApplication.translate("FigurePanel", "Sum")
                return f"{total}: {data.sum_text}", None
        return None

    def show_tooltip(self, scene_pos: QPointF) -> str:
        """Show the hovered row's label and exact value; returns the text shown ('' for none)."""
        found = self._hit(scene_pos)
        if not found:
            QToolTip.hideText()
            return ""
        view_pos = self.view.mapFromScene(scene_pos)
        QToolTip.showText(self.view.viewport().mapToGlobal(view_pos), found[0], self.view)
        return found[0]

    def _clicked(self, event) -> None:
        found = self._hit(event.scenePos())
        if found and found[1]:
            self.figure_activated.emit(found[1])


# --------------------------------------------------------------------- over the editions

EARLIER = "#B9B9B9"  # bars of earlier editions; this edition's bar is in the brand colour
TREND_HEIGHT = 230  # pixels: the chart of one figure over the editions


@dataclass(frozen=True)
class TrendData:
    """One figure's values over the editions, oldest first, the open edition last."""

    figure_id: str
    label: str
    editions: tuple[str, ...]  # each bar's name: 'editie 2019', not a year of data
    values: tuple[float | None, ...]  # None: no value for that edition
    texts: tuple[str, ...]  # the values as readers see them ('–' for none)
    # The open edition's value is still the previous edition's, neither typed nor confirmed
    # (model/editions.py is_updated): its bar is drawn as a placeholder, not as data.
    not_updated: bool = False


def trend_data(document: Document, figure_id: str) -> TrendData | None:
    """The figure's history and current value (derived figures computed from the history of
    their inputs); None when the document has no such figure."""
    figure = document.figures.get(figure_id)
    if figure is None:
        return None
    editions, values, texts = [], [], []
    for edition, figure_values in edition_values(document):
        try:
            exact = figure_values.exact(figure_id)
        except FormulaError:
            exact = None
        editions.append(QCoreApplication.translate("FigurePanel", "edition {edition}").format(
            edition=edition) if edition else QCoreApplication.translate("FigurePanel", "now"))
        values.append(None if exact is None else float(exact))
        texts.append("–" if exact is None else document.show(figure_id, figure_values))
    return TrendData(figure_id, figure.label or figure_id, tuple(editions), tuple(values),
                     tuple(texts), len(editions) > 1 and not is_updated(document, figure_id))


class TrendChart(QWidget):
    """A bar per edition for the figure last selected in the forms or the preview."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("trend_chart")
        self.figure_id: str | None = None
        self.data: TrendData | None = None
        self.document: Document | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setObjectName("trend_title")
        layout.addWidget(self.title)
        self.plot_widget = pg.PlotWidget(background="w")
        self.plot_widget.setFixedHeight(TREND_HEIGHT - 60)
        self.plot_widget.setMinimumWidth(260)
        self.plot = self.plot_widget.getPlotItem()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.hideAxis("left")
        axis = self.plot.getAxis("bottom")
        axis.setPen(RULE)
        axis.setTextPen(INK)
        axis.setStyle(hideOverlappingLabels=False)
        layout.addWidget(self.plot_widget)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"color: {MUTED}")
        layout.addWidget(self.note)
        self._items: list = []
        self._show(None)

    def set_document(self, document: Document) -> None:
        self.document = document
        self._show(trend_data(document, self.figure_id) if self.figure_id else None)

    def show_figure(self, figure_id: str) -> None:
        """Show `figure_id` over the editions (nothing when the document has no such figure)."""
        self.figure_id = figure_id
        if self.document is not None:
            self._show(trend_data(self.document, figure_id))

    def _show(self, data: TrendData | None) -> None:
        if data == self.data and self._items:
            return
        self.data = data
        for item in self._items:
            self.plot.removeItem(item)
        self._items = []
        translate = QCoreApplication.translate
        if data is None:
            self.title.setText("<b>" + translate("FigurePanel", "Over the editions") + "</b>")
            self.note.setText(translate(
                "FigurePanel", "Click a figure in the form or the preview to see its value in "
                "every edition."))
            self.plot_widget.hide()
            return
        self.plot_widget.show()
        self.title.setText(f"<b style='color:{BRAND}'>{_escape(data.label)}</b> — "
                           + translate("FigurePanel", "per edition"))
        count = len(data.editions)
        heights = [v or 0.0 for v in data.values]
        now = QBrush(QColor(BRAND), Qt.BrushStyle.BDiagPattern if data.not_updated
                     else Qt.BrushStyle.SolidPattern)
        pens = [None] * (count - 1) + [pg.mkPen(BRAND, style=Qt.PenStyle.DashLine)
                                       if data.not_updated else None]
        bars = pg.BarGraphItem(x=list(range(count)), height=heights, width=0.6,
                               brushes=[QBrush(QColor(EARLIER))] * (count - 1) + [now],
                               pens=pens)
        self.plot.addItem(bars)
        self._items.append(bars)
        top = max([abs(h) for h in heights] + [1.0])
        for index, (value, text) in enumerate(zip(heights, data.texts, strict=True)):
            label = pg.TextItem(text, color=INK, anchor=(0.5, 1.0 if value >= 0 else 0.0))
            label.setPos(index, value)
            self.plot.addItem(label)
            self._items.append(label)
        self.plot.getAxis("bottom").setTicks([list(enumerate(data.editions))])
        self.plot.setXRange(-0.6, count - 0.4, padding=0)
        low = min([0.0, *heights])
        self.plot.setYRange(low * 1.25, top * 1.3, padding=0)
        if count == 1:
            note = translate("FigurePanel", "No earlier edition yet: the history starts with "
                             "the next edition.")
        elif data.not_updated:
            note = translate("FigurePanel", "Not yet updated: the hatched bar of {edition} is "
                             "still the value of {previous}.").format(
                edition=data.editions[-1], previous=data.editions[-2])
        else:
            note = ""
        self.note.setText(note)

    def bar_heights(self) -> list[float]:
        item = next(i for i in self._items if isinstance(i, pg.BarGraphItem))
        return [float(h) for h in item.opts["height"]]


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
