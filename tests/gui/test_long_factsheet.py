"""A long factsheet in the real window: what is far from the view is not kept (the preview's
page images, the forms' fields, the figure panel's plots), and whatever the user reaches is
there when it comes into view."""

import sys
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from infographic_app.gui.form_sections import EDITOR_BUDGET
from infographic_app.layout.hit import boxes_of, union

from driving import scroll_forms_through
from imaging import qimage_to_array

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from big_document import write_big_document  # noqa: E402

PAGES = 12  # six copies of the bundled factsheet; the last copy's ids end in _5


@pytest.fixture
def long_window(make_window, tmp_path):
    return make_window(write_big_document(PAGES, tmp_path))


def scroll_preview_through(window):
    """Scroll the preview from the first page to the last, painting each on the way."""
    preview = window.preview
    for origin, _ in preview.page_places():
        preview.verticalScrollBar().setValue(int(origin.y()))
        QApplication.processEvents()
        preview.canvas.repaint()


def click_element(qtbot, window, element):
    """Scroll the preview to `element` and click its middle."""
    preview = window.preview
    for index, (origin, _) in enumerate(preview.page_places()):
        boxes = boxes_of(preview.boxes(index), element)
        if boxes:
            box = union(boxes)
            point = QPointF(origin.x() + (box.x + box.width / 2) * preview.scale,
                            origin.y() + (box.y + box.height / 2) * preview.scale)
            break
    preview.ensureVisible(int(point.x()), int(point.y()), 50, 50)
    QApplication.processEvents()
    qtbot.mouseClick(preview.canvas, Qt.MouseButton.LeftButton, pos=point.toPoint())
    QApplication.processEvents()


def in_view(area, widget) -> bool:
    """True when all of `widget` is inside the scroll area's viewport."""
    top_left = widget.mapTo(area.viewport(), widget.rect().topLeft())
    return area.viewport().rect().contains(widget.rect().translated(top_left))


def test_the_preview_keeps_only_the_pages_near_the_view(qtbot, long_window):
    preview = long_window.preview
    first = qimage_to_array(preview._images[0])
    scroll_preview_through(long_window)
    kept = [i for i in range(PAGES) if preview._images.rendered(i)]
    assert kept and len(kept) <= 4 and PAGES - 1 in kept and 0 not in kept
    preview.verticalScrollBar().setValue(0)  # back to the first page: painted again, the same
    QApplication.processEvents()
    preview.canvas.repaint()
    assert preview._images.rendered(0)
    assert np.array_equal(qimage_to_array(preview._images[0]), first)


def test_the_forms_build_the_fields_near_the_view_and_what_is_clicked(qtbot, long_window):
    forms = long_window.forms
    assert "metadata.title" in forms.editors
    assert not any(field.startswith("blocks.about_5.") for field in forms.editors)
    click_element(qtbot, long_window, "blocks.intro_5.text")
    editor = QApplication.focusWidget()
    assert editor.property("field") == "blocks.intro_5.text"
    assert in_view(forms, editor)  # scrolled to, and kept there while its neighbours build
    qtbot.keyClicks(editor, "Nieuw ")
    assert long_window.session.document.block("intro_5").fields["text"].startswith("Nieuw ")


def test_scrolling_the_forms_through_keeps_a_bounded_number_of_fields(qtbot, long_window):
    forms = long_window.forms
    bar = forms.verticalScrollBar()
    most = 0
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + bar.pageStep())
        QApplication.processEvents()
        most = max(most, len(forms.editors))
        shown = [e for e in forms.editors.values() if e.isVisible() and in_view(forms, e)]
        assert shown  # never a blank form: what is on screen is built
    assert most <= EDITOR_BUDGET + 60  # the budget and a group being built
    assert "blocks.about_5.text" in forms.editors
    assert "metadata.title" not in forms.editors  # far away: dropped
    forms.focus_field("metadata.title")  # and built again when asked for
    assert QApplication.focusWidget() is forms.editors["metadata.title"]
    assert in_view(forms, forms.editors["metadata.title"])


def test_the_figure_panel_makes_the_plots_of_the_charts_near_the_view(qtbot, long_window):
    qtbot.waitUntil(lambda: long_window.figures is not None)
    panel = long_window.figures
    titles = panel.chart_titles()
    assert len(titles) == PAGES  # two charts per copy of the factsheet
    plotted = [chart for chart in panel._charts if chart is not None]
    assert 0 < len(plotted) < len(titles)
    bar = panel.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    assert panel._charts[-1] is not None and panel._charts[0] is None
    assert panel.bar_values(titles[-1]) == pytest.approx([81.6, 10.2, 8.2])


def tab_through(qtbot, window, start, presses=25):
    """The fields Tab goes to from `start`, in order."""
    assert window.forms.focus_field(start)
    seen = [start]
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        field = QApplication.focusWidget().property("field")
        if field and field != seen[-1]:
            seen.append(field)
    return seen


def test_tab_follows_the_form_after_groups_were_dropped_and_built_again(qtbot, long_window):
    """A group built again used to join the end of the window's Tab order: Tab from the
    title went to the preview and the checks, and what was typed then went nowhere."""
    long_window.activateWindow()
    fresh = tab_through(qtbot, long_window, "metadata.title")
    assert len(fresh) > 5 and any(f.startswith("blocks.intro") for f in fresh)
    scroll_forms_through(long_window)
    long_window.forms.verticalScrollBar().setValue(0)
    QApplication.processEvents()
    assert tab_through(qtbot, long_window, "metadata.title") == fresh


def test_the_field_being_typed_in_stays_while_another_window_is_active(qtbot, long_window):
    forms = long_window.forms
    long_window.activateWindow()
    assert forms.focus_field("metadata.title")
    qtbot.keyClicks(forms.editors["metadata.title"], "X")
    other = QLineEdit()  # the Find and replace window, or another program
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    other.setFocus()
    QApplication.processEvents()
    scroll_forms_through(long_window)  # a wheel over the inactive window scrolls it
    assert forms.editors.get("metadata.title") is long_window.focusWidget()


def test_tab_goes_down_the_form_field_by_field(qtbot, long_window):
    """Past a drop-down too (a chart's kind, a tile's figure): its list is a window of its
    own, and ordering the fields after it used to fail, so Tab skipped twenty fields."""
    forms = long_window.forms
    long_window.activateWindow()
    seen = tab_through(qtbot, long_window, "metadata.title", presses=60)

    def top(field):
        return forms.editors[field].mapTo(forms.widget(), QPoint(0, 0)).y()

    shown = sorted((f for f in forms.editors if forms.editors[f].isVisible()
                    and forms.editors[f].focusPolicy() & Qt.FocusPolicy.TabFocus), key=top)
    start = shown.index("metadata.title")
    assert seen == shown[start:start + len(seen)]
    assert "blocks.intro.visual.part" in seen and "blocks.key_figures.heading" in seen
