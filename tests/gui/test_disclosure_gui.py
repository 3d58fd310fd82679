"""A small-count warning resolved both ways from the checks list, on the real window."""

from PySide6.QtWidgets import QApplication, QPushButton

from infographic_app.paths import default_document

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
    assert window.files.save()
    saved = window.session.path.read_text(encoding="utf-8")
    assert "suppressed: true" in saved
    assert "disclosure_reason: Al gepubliceerd in het jaarverslag" in saved
    window.session.undo_stack.undo()  # each fix is one step
    assert not window.session.document.figures["criminal_visitors"].disclosure_reason


def test_merge_with_another_category_from_the_checks_list(qtbot, make_window, tmp_path, dutch):
    copy = tmp_path / "factsheet.yaml"
    copy.write_text(default_document().read_text(encoding="utf-8").replace(
        "    value: 8.2\n", "    value: 8.2\n    base: 49\n", 1), encoding="utf-8")
    window = make_window(copy)
    window.dialogs.merge_with = 1  # of '(ex-)partner' and 'sociale omgeving'
    merge = _button(window, "merge:perpetrator_family")
    assert merge.text() == "Samenvoegen met…"
    merge.click()
    assert window.dialogs.problem_lists[-1] == ["(ex-)partner", "sociale omgeving"]
    qtbot.waitUntil(lambda: "18,4% sociale omgeving en familielid" in scene_text(window))
    assert "perpetrator_family" not in window.session.document.figures
    window.session.undo_stack.undo()  # one step
    qtbot.waitUntil(lambda: "8,2% familielid" in scene_text(window))


def test_round_together_from_the_checks_list(qtbot, make_window, tmp_path):
    copy = tmp_path / "factsheet.yaml"
    text = default_document().read_text(encoding="utf-8")
    for old, new in (("81.6", "81.66"), ("10.2", "10.17"), ("8.2", "8.17")):
        text = text.replace(f"    value: {old}\n", f"    value: {new}\n    decimals: 1\n", 1)
    copy.write_text(text, encoding="utf-8")
    window = make_window(copy)
    fix = "round_together:perpetrator_partner,perpetrator_social,perpetrator_family"
    button = _button(window, fix)
    assert button.text() == "Round together"
    qtbot.waitUntil(lambda: "mensenhandelaar?⁴" in scene_text(window))
    button.click()
    qtbot.waitUntil(lambda: "81,6% (ex-)partner" in scene_text(window))
    assert "mensenhandelaar?⁴" not in scene_text(window)
    assert window.files.save()
    assert "rounding: largest_remainder" in window.session.path.read_text(encoding="utf-8")


def test_a_chart_drawing_a_hidden_count_by_size_is_shown_as_key_figures(qtbot, make_window,
                                                                        tmp_path):
    copy = tmp_path / "factsheet.yaml"
    copy.write_text(default_document().read_text(encoding="utf-8").replace(
        "    value: 7\n", "    value: 7\n    suppressed: true\n", 1).replace(
        "        kind: big_numbers\n        figures:\n        - criminal_visitors\n"
        "        - criminal_victims\n",
        "        kind: icon_array\n        part: criminal_victims\n"
        "        whole: criminal_visitors\n"), encoding="utf-8")
    window = make_window(copy)
    visual = "blocks.themes.themes.criminal_exploitation.visual"
    show = _button(window, f"key_figures:{visual}")
    assert show.text() == "Show as key figures"
    show.click()
    qtbot.waitUntil(lambda: window.session.value(visual)["kind"] == "big_numbers")
    assert window.session.value(visual)["figures"] == ["criminal_victims", "criminal_visitors"]
    window.session.run_checks()
    assert not [p for p in window.session.problems if p.element_id == visual]
    window.session.undo_stack.undo()  # one step
    assert window.session.value(visual)["kind"] == "icon_array"
