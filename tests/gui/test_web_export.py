"""File → Export → Web page: the web edition from the editor, of what is being edited."""

from __future__ import annotations


def test_the_export_menu_offers_the_web_page(window):
    file_menu = window.menuBar().actions()[0].menu()
    export = next(a.menu() for a in file_menu.actions() if a.text() == "&Export")
    assert "&Web page…" in [a.text() for a in export.actions()]


def test_web_page_export_writes_the_edited_factsheet(qtbot, window, tmp_path):
    window.session.document.figures["visitors_total"].value = 312
    window.dialogs.next_path = tmp_path / "factsheet"  # the extension is added
    with qtbot.waitSignal(window.exporter.finished, timeout=20000) as signal:
        window.export("html")
    assert signal.args[1] == [tmp_path / "factsheet.html"]
    page = (tmp_path / "factsheet.html").read_text(encoding="utf-8")
    assert '<span class="big">312</span>' in page
    assert page.startswith("<!DOCTYPE html>")
