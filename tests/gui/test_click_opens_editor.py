"""A click in the preview opens the editor of what was clicked: a chart its chart editor,
a tile its group, a number that figure's value."""

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit


def _click(qtbot, window, element_id):
    preview = window.preview
    box = next(b for b in preview.boxes(0) if b.element_id == element_id)
    origin, _ = preview.page_images()[0]
    point = QPointF(origin.x() + (box.x + box.width / 2) * preview.scale,
                    origin.y() + (box.y + box.height / 2) * preview.scale)
    preview.ensureVisible(int(point.x()), int(point.y()))
    qtbot.mouseClick(preview.canvas, Qt.MouseButton.LeftButton, pos=point.toPoint())
    return QApplication.focusWidget()


@pytest.mark.parametrize("element_id, chart", [
    ("figures.perpetrator_family", "blocks.themes.themes.partner_perpetrator.visual"),
    ("figures.exploited_now.label", "blocks.themes.themes.long_exploitation.visual"),
    ("figures.minors_unseen_share", "blocks.intro.visual"),
])
def test_a_click_on_a_chart_opens_its_chart_editor(qtbot, window, element_id, chart):
    focused = _click(qtbot, window, element_id)
    editor = window.forms.chart_editors[chart]
    assert focused is editor.kind
    assert editor.kind.currentText()  # the chart's kind, with its list of figures below
    if editor.list is not None:  # a chart of a list of figures (not a part of a whole)
        assert editor.list.isVisible() and editor.list.count() > 0


def test_a_click_on_a_tile_opens_its_group_and_on_its_number_the_figure(qtbot, window):
    focused = _click(qtbot, window, "blocks.key_figures.tiles.victims")
    assert isinstance(focused, QLineEdit | QPlainTextEdit)
    assert focused.property("field").startswith("blocks.key_figures.tiles.victims.")
    focused = _click(qtbot, window, "figures.visitors_victim")
    assert focused is window.forms.editor_for("figures.visitors_victim.value")
