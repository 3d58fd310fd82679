"""Driving the editor as a user does: typing into its fields, reading its preview."""

from PySide6.QtWidgets import QApplication


def scene_text(window, page=0):
    return " ".join(run.text for run in window.session.scene.texts(page))


def type_into(qtbot, window, field, text):
    QApplication.processEvents()  # the forms are (re)built on the event loop
    editor = window.forms.editors[field]
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    QApplication.processEvents()
