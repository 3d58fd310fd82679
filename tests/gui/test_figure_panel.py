"""The figure panel: a bar chart per breakdown and per set of percentage bars, as staff see it."""

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip

from infographic_app.gui.figure_panel import FigurePanel
from infographic_app.model.reading import load_document

from imaging import qimage_to_array

PINK = np.array([0xE1, 0x1F, 0x63])


@pytest.fixture
def panel(qtbot, document):
    widget = FigurePanel()
    qtbot.addWidget(widget)
    widget.resize(460, 560)
    widget.set_document(document)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def plot_of(panel, title):
    return panel.view.ci.getItem(panel.chart_titles().index(title), 0)


def bar_point(panel, title, index):
    """The middle of a bar, in viewport pixels."""
    plot = plot_of(panel, title)
    bars = next(item for item in plot.items if isinstance(item, pg.BarGraphItem))
    centre = QPointF(bars.opts["width"][index] / 2, bars.opts["y"][index])
    return panel.view.mapFromScene(plot.vb.mapViewToScene(centre))


def scene_point(panel, title, index):
    return panel.view.mapToScene(bar_point(panel, title, index))


def image(panel, path):
    """What the panel shows, saved as a PNG too (for a look when a test fails)."""
    picture = panel.grab()
    picture.save(str(path))
    return qimage_to_array(picture.toImage())


def red_pixels(pixels):
    r, g, b = (pixels[..., i].astype(int) for i in range(3))
    return int(((r > 150) & (g < 70) & (b < 70)).sum())


def test_the_2019_factsheet_gives_its_two_share_charts(panel):
    assert panel.chart_titles() == ["langdurige uitbuiting", "partner = pleger"]
    assert panel.bar_values("partner = pleger") == pytest.approx([81.6, 10.2, 8.2])
    assert panel.bar_values("langdurige uitbuiting") == pytest.approx([92.9, 54.7])
    lines = [item for item in plot_of(panel, "partner = pleger").items
             if isinstance(item, pg.InfiniteLine)]
    assert [line.value() for line in lines] == [100]
    assert not [item for item in plot_of(panel, "langdurige uitbuiting").items
                if isinstance(item, pg.InfiniteLine)]


def test_an_edit_updates_the_bars_in_place_and_a_broken_sum_turns_red(panel, document,
                                                                     tmp_path):
    plots = [plot_of(panel, title) for title in panel.chart_titles()]
    assert red_pixels(image(panel, tmp_path / "before.png")) == 0
    document.figures["perpetrator_partner"].value = 70.0
    panel.set_document(document)
    assert panel.bar_values("partner = pleger") == pytest.approx([70.0, 10.2, 8.2])
    assert [plot_of(panel, title) for title in panel.chart_titles()] == plots  # not rebuilt
    sum_row = plot_of(panel, "partner = pleger").vb.mapViewToScene(QPointF(40, 3.2))
    assert panel.show_tooltip(sum_row) == "Sum: 88,4%"
    assert red_pixels(image(panel, tmp_path / "after.png")) > 10
    document.figures["perpetrator_partner"].value = 81.6
    panel.set_document(document)
    assert red_pixels(image(panel, tmp_path / "again.png")) == 0


def test_a_sum_within_the_rounding_tolerance_is_not_red(panel, document, tmp_path):
    document.figures["perpetrator_partner"].value = 81.7  # 100,1%: rounded shares
    panel.set_document(document)
    assert red_pixels(image(panel, tmp_path / "rounded.png")) == 0


def test_structural_edits_rebuild_the_charts(panel, document):
    themes = document.block("themes").fields["themes"]
    themes[1]["visual"]["figures"].pop()
    themes[0]["heading"] = "uitbuiting"
    panel.set_document(document)
    assert panel.chart_titles() == ["uitbuiting", "partner = pleger"]
    assert panel.bar_values("partner = pleger") == pytest.approx([81.6, 10.2])
    themes[1]["visual"] = {"kind": "big_numbers", "figures": ["perpetrator_partner"]}
    panel.set_document(document)
    assert panel.chart_titles() == ["uitbuiting"]


def test_hovering_a_bar_shows_its_label_and_exact_value(panel, qtbot):
    qtbot.mouseMove(panel.view.viewport(), bar_point(panel, "partner = pleger", 0))
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    assert QToolTip.text() == "(ex-)partner: 81,6%"
    qtbot.mouseMove(panel.view.viewport(), bar_point(panel, "langdurige uitbuiting", 1))
    qtbot.waitUntil(lambda: "54,7%" in QToolTip.text())
    assert QToolTip.text() == "langer dan een jaar uitgebuit: 54,7%"


def test_numbers_follow_the_document_locale(qtbot, changed_copy):
    widget = FigurePanel()
    qtbot.addWidget(widget)
    widget.resize(460, 560)
    widget.set_document(load_document(changed_copy(("locale: nl-NL", "locale: en-GB"))))
    assert widget.show_tooltip(scene_point(widget, "partner = pleger", 0)) == \
        "(ex-)partner: 81.6%"


def test_clicking_a_bar_activates_its_figure(panel, qtbot):
    with qtbot.waitSignal(panel.figure_activated) as signal:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton,
                         pos=bar_point(panel, "partner = pleger", 1))
    assert signal.args == ["perpetrator_social"]


def test_the_panel_draws_pink_bars_on_white(panel, tmp_path):
    pixels = image(panel, tmp_path / "panel.png")
    pink = (np.abs(pixels.astype(int) - PINK).sum(axis=2) < 30).mean()
    white = (pixels.min(axis=2) > 245).mean()
    assert 0.03 < pink < 0.4
    assert white > 0.5


def test_the_wheel_over_a_chart_scrolls_the_panel_instead_of_zooming(panel, qtbot):
    panel.resize(460, 200)
    qtbot.waitUntil(lambda: panel.scroll.verticalScrollBar().maximum() > 0)
    point = QPointF(bar_point(panel, "langdurige uitbuiting", 0))
    viewport = panel.view.viewport()
    wheel = QWheelEvent(point, QPointF(viewport.mapToGlobal(point.toPoint())), QPoint(),
                        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, wheel)
    assert panel.scroll.verticalScrollBar().value() > 0
    assert panel.bar_values("langdurige uitbuiting") == pytest.approx([92.9, 54.7])
    assert plot_of(panel, "langdurige uitbuiting").vb.viewRange()[0][0] == 0


def test_shares_rounded_together_read_as_the_factsheet_prints_them(panel, document):
    """70,59 + 23,53 + 5,88 with no decimals would print as 71 + 24 + 6 = 101; rounded as a set
    by their rule, the panel shows what the factsheet prints: 71 + 23 + 6."""
    for figure_id, value in (("perpetrator_partner", 70.59), ("perpetrator_social", 23.53),
                             ("perpetrator_family", 5.88)):
        document.figures[figure_id].value = value
        document.figures[figure_id].decimals = 0
    next(r for r in document.rules if r.id == "perpetrators_make_100").rounding = \
        "largest_remainder"
    panel.set_document(document)
    texts = [panel.show_tooltip(scene_point(panel, "partner = pleger", i)) for i in range(3)]
    assert texts == ["(ex-)partner: 71%", "sociale omgeving: 23%", "familielid: 6%"]
