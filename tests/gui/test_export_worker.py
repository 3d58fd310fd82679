"""Exports never stall the window: the copy of the document and the checks run on the worker,
which paints the session's scene when it is current and lays out anew only when it is not."""

from __future__ import annotations

import threading

from infographic_app.checks import report
from infographic_app.gui import export_worker
from infographic_app.layout import engine

from pdfcheck import page_text


def _recording(monkeypatch, module, name, threads):
    real = getattr(module, name)

    def record(*args, **kwargs):
        threads.append((name, threading.current_thread() is threading.main_thread()))
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, record)


def test_the_copy_and_the_checks_run_on_the_worker_with_the_sessions_scene(
        qtbot, window, tmp_path, monkeypatch):
    threads: list[tuple[str, bool]] = []
    _recording(monkeypatch, export_worker.copy, "deepcopy", threads)
    _recording(monkeypatch, report, "check_for_targets", threads)
    _recording(monkeypatch, engine, "layout_document", threads)
    window.dialogs.next_path = tmp_path / "out.pdf"
    with qtbot.waitSignal(window.exporter.finished, timeout=20000):
        window.export("screen")
    assert ("deepcopy", False) in threads and ("check_for_targets", False) in threads
    assert not [name for name, on_gui in threads if on_gui]  # nothing on the GUI thread
    assert "layout_document" not in [name for name, _ in threads]  # the session's scene
    assert "299 unieke bezoekers" in page_text((tmp_path / "out.pdf").read_bytes())[0]


def test_an_edit_not_laid_out_yet_is_laid_out_for_the_file(qtbot, window, tmp_path,
                                                            monkeypatch):
    threads: list[tuple[str, bool]] = []
    _recording(monkeypatch, engine, "layout_document", threads)
    window.session.edit("figures.visitors_total.value", 300, "visitors")
    assert window.session.current_scene() is None  # the preview's layout is still to come
    window.dialogs.next_path = tmp_path / "out.pdf"
    with qtbot.waitSignal(window.exporter.finished, timeout=20000):
        window.export("screen")
    assert threads == [("layout_document", False)]
    text = page_text((tmp_path / "out.pdf").read_bytes())[0]
    assert "300 unieke bezoekers" in text and "299 unieke" not in text


def test_the_preference_to_check_exports_reads_the_pdf_back(qtbot, window, tmp_path,
                                                            monkeypatch):
    from infographic_app.export import pdf
    from infographic_app.gui.preferences import PreferencesDialog

    monkeypatch.setattr(pdf, "ALWAYS_VERIFY", False)  # as outside the tests
    checked: list[str] = []
    monkeypatch.setattr(pdf, "verify_pdf", lambda data, target, *args: checked.append(target))
    dialog = PreferencesDialog(window.settings, window)
    assert not dialog.verify.isChecked()  # off unless turned on
    window.dialogs.next_path = tmp_path / "first.pdf"
    with qtbot.waitSignal(window.exporter.finished, timeout=20000):
        window.export("print")
    assert checked == []
    dialog.verify.setChecked(True)
    dialog.accept()
    window.dialogs.next_path = tmp_path / "second.pdf"
    with qtbot.waitSignal(window.exporter.finished, timeout=20000):
        window.export("print")
    assert checked == ["print"]
