"""A small-count warning resolved both ways from the checks list, on the real window."""

from PySide6.QtWidgets import QApplication, QPushButton

from driving import scene_text


def _button(window, fix):
    window.session.run_checks()
    QApplication.processEvents()
    return window.checks.findChild(QPushButton, f"fix:{fix}")


def test_print_as_fewer_than_and_confirm_with_a_reason(qtbot, window, tmp_path):
    suppress = _button(window, "suppress:criminal_victims")
    assert suppress.text() == "Print as 'fewer than'"
    suppress.click()
    qtbot.waitUntil(lambda: "waaronder minder dan 10 slachtoffers" in scene_text(window))
    window.dialogs.text_answer = "Al gepubliceerd in het jaarverslag"
    confirm = _button(window, "disclose:criminal_visitors")
    assert confirm.text() == "Confirm with a reason…"
    confirm.click()
    assert window.session.document.figures["criminal_visitors"].disclosure_reason == \
        "Al gepubliceerd in het jaarverslag"
    window.session.run_checks()
    assert not [p for p in window.session.problems  # the warning is gone
                if p.element_id == "figures.criminal_visitors"]
    assert window.save()
    saved = window.session.path.read_text(encoding="utf-8")
    assert "suppressed: true" in saved
    assert "disclosure_reason: Al gepubliceerd in het jaarverslag" in saved
    window.session.undo_stack.undo()  # each fix is one step
    assert not window.session.document.figures["criminal_visitors"].disclosure_reason
