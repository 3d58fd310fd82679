"""The preview's context menu and the structural shortcuts, in the real window: what a
right-click on the page offers, and that each action is one step undone exactly."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMenu

from infographic_app.gui.element_menu import Target, target_of
from infographic_app.layout.hit import boxes_of, union
from infographic_app.model.reading import load_document
from infographic_app.paths import default_document

from driving import scene_text

TILE_TEXT = "gemiddelde leeftijd"  # the text of the 'age' tile
NEW_TILE = "schrijf hier wat dit getal betekent."


def saved(window):
    """The factsheet as Save writes it."""
    assert window.files.save()
    return window.session.path.read_text(encoding="utf-8")


def settle(qtbot, window):
    for _ in range(3):
        QApplication.processEvents()
    qtbot.waitUntil(lambda: not window.forms._rebuild_timer.isActive())


def right_click(qtbot, window, element):
    """Right-click the middle of `element` in the preview, as the mouse does (through the
    window, so Qt makes the context menu event); the menu that opens."""
    preview = window.preview
    for index, (origin, _) in enumerate(preview.page_images()):
        boxes = boxes_of(preview.boxes(index), element)
        if boxes:
            box = union(boxes)
            point = QPoint(round(origin.x() + (box.x + box.width / 2) * preview.scale),
                           round(origin.y() + (box.y + box.height / 2) * preview.scale))
            break
    preview.ensureVisible(point.x(), point.y(), 50, 50)
    QApplication.processEvents()
    qtbot.mouseClick(window.windowHandle(), Qt.MouseButton.RightButton,
                     pos=preview.canvas.mapTo(window, point))
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    return QApplication.activePopupWidget()


def choose(qtbot, menu, name):
    """Click the menu entry called `name`."""
    action = next(a for a in menu.actions() if a.objectName() == name)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton,
                     pos=menu.actionGeometry(action).center())


def test_right_click_a_tile_remove_it_and_add_one_after(qtbot, window):
    before = saved(window)
    assert TILE_TEXT in scene_text(window)

    menu = right_click(qtbot, window, "blocks.key_figures.tiles.age")
    assert window.preview.highlight == "blocks.key_figures.tiles.age"
    texts = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
    assert texts[:6] == ["Edit in the form", "Add tile after this one", "Duplicate this tile",
                         "Move tile up", "Move tile down", "Remove this tile"]
    choose(qtbot, menu, "remove")
    settle(qtbot, window)
    assert TILE_TEXT not in scene_text(window)
    assert [t["id"] for t in window.session.document.block("key_figures").fields["tiles"]] \
        == ["visitors", "victims", "minors"]
    window.session.undo_stack.undo()
    settle(qtbot, window)
    assert TILE_TEXT in scene_text(window)
    assert saved(window) == before

    menu = right_click(qtbot, window, "blocks.key_figures.tiles.visitors")
    choose(qtbot, menu, "add")
    settle(qtbot, window)
    tiles = window.session.document.block("key_figures").fields["tiles"]
    assert [t["id"] for t in tiles][:2] == ["visitors", "new_tile"] and len(tiles) == 5
    assert NEW_TILE in scene_text(window)
    assert window.forms.focusWidget().property("field").startswith(
        "blocks.key_figures.tiles.new_tile.")  # the new tile's field, ready to type in
    window.session.undo_stack.undo()
    settle(qtbot, window)
    assert NEW_TILE not in scene_text(window)
    assert saved(window) == before


def test_right_click_a_donut_changes_its_chart(qtbot, window):
    before = saved(window)
    menu = right_click(qtbot, window, "figures.perpetrator_partner")
    charts = next(a.menu() for a in menu.actions() if a.menu() and
                  a.menu().objectName() == "chart_menu")
    assert [a.isChecked() for a in charts.actions()] == [True, False, False, False, False,
                                                         False]
    charts.actions()[1].trigger()
    menu.close()
    settle(qtbot, window)
    theme = window.session.document.block("themes").fields["themes"][1]
    assert theme["visual"]["kind"] == "percentage_bars"
    window.session.undo_stack.undo()
    assert saved(window) == before


def test_shortcuts_act_on_the_entry_being_edited(qtbot, window):
    before = saved(window)
    editor = window.forms.editor_for("blocks.key_figures.tiles.minors.text")
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    tiles = lambda: [t["id"] for t in window.session.document.block(  # noqa: E731
        "key_figures").fields["tiles"]]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up,
                   Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, window)
    assert tiles() == ["visitors", "minors", "victims", "age"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_D,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, window)
    assert tiles() == ["visitors", "minors", "minors_2", "victims", "age"]
    assert QApplication.focusWidget().property("field").startswith(
        "blocks.key_figures.tiles.minors_2.")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, window)
    assert tiles() == ["visitors", "minors", "victims", "age"]
    assert QApplication.focusWidget().property("field").startswith(
        "blocks.key_figures.tiles.victims.")  # the tile now in its place
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert tiles()[:3] == ["visitors", "minors", "victims"] and len(tiles()) == 5
    for _ in range(4):
        window.session.undo_stack.undo()
    assert saved(window) == before


def test_what_a_click_on_the_page_is_about():
    document = load_document(default_document())
    tile = target_of(document, ["figures.average_age", "blocks.key_figures.tiles.age",
                                "blocks.key_figures"])
    assert tile == Target("figures.average_age", "key_figures", "blocks.key_figures.tiles",
                          "age", None)
    donut = target_of(document, ["figures.perpetrator_partner", "blocks.themes.themes",
                                 "blocks.themes"])
    assert donut.owner == "blocks.themes.themes.partner_perpetrator"
    assert donut.visual == "blocks.themes.themes.partner_perpetrator.visual"
    intro = target_of(document, ["blocks.intro.visual.caption", "blocks.intro"])
    assert (intro.entry, intro.visual) == (None, "blocks.intro.visual")
    assert target_of(document, ["blocks.about.text"]).owner == "blocks.about"
    assert target_of(document, ["theme.wordmark"]) is None
