"""Driving the editor as a user does: typing into its fields, reading its preview."""

from PySide6.QtWidgets import QApplication, QToolButton
from scenetext import printed


def scene_text(window, page=0):
    return printed(window.session.scene.texts(page))


def type_into(qtbot, window, field, text):
    QApplication.processEvents()  # the forms are (re)built on the event loop
    editor = window.forms.editor_for(field)
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    QApplication.processEvents()


def scroll_forms_through(window):
    """Scroll the forms from the top to the bottom, as a user reading them does: each group
    of fields is built as it comes into view (the bundled factsheet's fields stay within
    the forms' budget, so all of them are built at the end)."""
    bar = window.forms.verticalScrollBar()
    bar.setValue(0)
    QApplication.processEvents()
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + bar.pageStep())
        QApplication.processEvents()


def scroll_forms_to(window, element):
    """Scroll the forms to the fields of `element` ('blocks.about', 'figures.x'), as a user
    does before pressing one of its buttons."""
    window.forms.ensureWidgetVisible(window.forms.editor_for(element))
    QApplication.processEvents()


def settle(qtbot, window):
    """Let the forms rebuild and the preview lay out again."""
    for _ in range(3):
        QApplication.processEvents()
    qtbot.waitUntil(lambda: not window.forms._rebuild_timer.isActive())


def button(window, name):
    """The button `name` ('entry_up:blocks.key_figures.tiles.minors', 'block_down:about') of
    the forms, scrolled into view."""
    target = name.split(":", 1)[1]
    scroll_forms_to(window, target if target.startswith("blocks.") else f"blocks.{target}")
    found = window.forms.findChild(QToolButton, name)
    assert found is not None, name
    return found


def menu_action(tool_button, name):
    menu = tool_button.menu()
    menu.aboutToShow.emit()
    return next(a for a in menu.actions() if a.objectName() == name)


def as_if_crashed(window):
    """What a crash of `window`'s process leaves: its recovery copies on disk with their locks
    free (the process that held them is gone). The window, still open in this test process,
    writes and deletes nothing in that folder any more."""
    from infographic_app.gui.recovery import Recovery

    recovery = window.session.recovery
    for lock in recovery._held.values():
        lock.unlock()
    window.session.recovery = Recovery(recovery.folder.parent / "after-the-crash")


def every_file_dialog_start(window) -> list[str]:
    """Open every file dialog of the editor, each cancelled (Save as, Open, Compare with,
    each export, the social card): where each started, in that order."""
    dialogs = window.dialogs
    dialogs.next_path = None  # each dialog cancelled: only where it starts counts
    window.files.save_as()
    window.files.open_dialog()
    window.compare_with_file()
    for kind in ("print", "screen", "png", "html", "proof"):
        window.export(kind)
    window.export_card()
    return dialogs.starts
