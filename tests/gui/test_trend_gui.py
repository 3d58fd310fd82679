"""The editor offers the printed trend as a chart kind."""

from PySide6.QtWidgets import QApplication

from infographic_app.gui.structure_widgets import ChartEditor

from driving import scroll_forms_to

NETWORKS = "blocks.themes.themes.networks.visual"


def test_the_editor_picks_it_as_a_chart_kind(qtbot, window):
    scroll_forms_to(window, NETWORKS)
    editor = window.forms.findChild(ChartEditor, f"chart:{NETWORKS}")
    index = editor.kind.findData("trend")
    assert editor.kind.itemText(index) == "columns over the editions"
    editor.kind.activated.emit(index)
    QApplication.processEvents()
    visual = window.session.document.block("themes").fields["themes"][2]["visual"]
    assert visual == {"kind": "trend", "figure": "multiple_perpetrators"}
    qtbot.waitUntil(lambda: "2019" in " ".join(
        r.text for r in window.session.scene.texts(0) if r.element_id == NETWORKS))
