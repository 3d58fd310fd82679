"""Shaping the factsheet in the real window: the 2020 edition made from the 2019 one through
the editor's structural actions only, each undoable exactly."""

import copy
from collections import Counter

import yaml
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from infographic_app.gui.structure_widgets import ChartEditor
from infographic_app.model.writing import document_to_data

from driving import button, menu_action, scroll_forms_to, settle, type_into
from pdfcheck import page_text

DONUT = "blocks.themes.themes.partner_perpetrator.visual"


def data(window):
    return copy.deepcopy(document_to_data(window.session.document))



def undoable(qtbot, window, action, steps=1):
    """Do `action`; undo its steps (the document is exactly as before) and redo them."""
    before = data(window)
    action()
    settle(qtbot, window)
    after = data(window)
    assert after != before
    for _ in range(steps):
        window.session.undo_stack.undo()
    settle(qtbot, window)
    assert data(window) == before
    for _ in range(steps):
        window.session.undo_stack.redo()
    settle(qtbot, window)
    assert data(window) == after



def chart_editor(window, field=DONUT):
    scroll_forms_to(window, field)
    return window.forms.findChild(ChartEditor, f"chart:{field}")



def test_the_2020_edition_through_the_editor(qtbot, window, tmp_path):
    session = window.session
    dialogs = window.dialogs

    # A new figure, added to the donut and (offered) to its sum-to-100 rule.
    dialogs.new_figure = ("(stief)ouders", "percentage", "14,3")
    chart = chart_editor(window)
    new = menu_action(button(window, f"chart_add:{DONUT}"), "chart_new_figure")
    undoable(qtbot, window, new.trigger, steps=2)
    assert "add to rule" in dialogs.asked
    assert chart is not None
    document = session.document
    assert document.figures["stief_ouders"].value == 14.3
    rule = next(r for r in document.rules if r.id == "perpetrators_make_100")
    assert rule.parts[-1] == "stief_ouders"

    for field, typed in (("perpetrator_partner", "68,2"), ("perpetrator_social", "10,1"),
                         ("perpetrator_family", "7,4")):
        type_into(qtbot, window, f"figures.{field}.value", typed)
    session.end_typing_step()

    # A 5th recommendation, its text typed.
    undoable(qtbot, window,
             button(window, "entry_add_after:blocks.recommendations.items.police_tools").click)
    items = document.block("recommendations").fields["items"]
    assert len(items) == 5
    type_into(qtbot, window, f"blocks.recommendations.items.{items[4]['id']}.text",
              "Investeer in **onderzoek naar criminele uitbuiting**.")
    session.end_typing_step()

    # A tile removed, another moved.
    undoable(qtbot, window, button(window, "entry_remove:blocks.key_figures.tiles.age").click)
    undoable(qtbot, window, button(window, "entry_up:blocks.key_figures.tiles.minors").click)
    tiles = [t["id"] for t in document.block("key_figures").fields["tiles"]]
    assert tiles == ["visitors", "minors", "victims"]

    session.run_checks()
    assert [p for p in session.problems if not is_small_count(p)] == []
    assert window.files.save()
    assert "save anyway" not in dialogs.asked
    saved = yaml.safe_load((tmp_path / "factsheet.yaml").read_text(encoding="utf-8"))
    assert saved["figures"]["stief_ouders"] == {  # the donut's 4th colour kept with it
        "type": "percentage", "value": 14.3, "label": "(stief)ouders", "colour": 4}
    assert [saved["figures"][f].get("colour") for f in (
        "perpetrator_partner", "perpetrator_social", "perpetrator_family")] == [1, 2, 3]
    themes = saved["pages"][0]["blocks"][3]["themes"]
    assert themes[1]["visual"]["figures"] == [
        "perpetrator_partner", "perpetrator_social", "perpetrator_family", "stief_ouders"]
    assert next(r for r in saved["rules"] if r["id"] == "perpetrators_make_100")["parts"][-1] \
        == "stief_ouders"
    assert len(saved["pages"][1]["blocks"][0]["items"]) == 5
    assert [t["id"] for t in saved["pages"][0]["blocks"][2]["tiles"]] == tiles

    dialogs.next_path = tmp_path / "factsheet-2020.pdf"
    with qtbot.waitSignal(window.exporter.finished, timeout=30000):
        window.export("screen")
    first, second = page_text(dialogs.next_path.read_bytes())
    legend = first[first.index("wie is de mensenhandelaar?"):]
    for share, label in (("68,2%", "(ex-)partner"), ("10,1%", "sociale omgeving"),
                         ("7,4%", "familielid"), ("14,3%", "(stief)ouders")):
        assert f"{share} {label}" in legend
    for number in range(1, 6):
        assert f"Aanbeveling {number}" in second
    assert "Aanbeveling 6" not in second
    assert "onderzoek naar criminele uitbuiting" in second
    assert "17,7" not in first  # the removed tile


def test_deleting_a_used_figure_names_the_places_or_is_refused(qtbot, window):
    actions = window.actions
    window.dialogs.remove_uses = False
    assert not actions.remove_figure("perpetrator_family")
    assert "perpetrator_family" in window.session.document.figures
    assert window.dialogs.problem_lists[-1] == [
        "the text of Theme 'partner = pleger'", "the chart of Theme 'partner = pleger'",
        "the rule (ex-)partner + sociale omgeving + familielid make 100%"]
    assert not actions.remove_figure("visitors_minor")  # in a formula: refused
    assert "formula" in window.dialogs.errors[-1][1]
    window.dialogs.remove_uses = True
    undoable(qtbot, window, lambda: actions.remove_figure("perpetrator_family"))
    window.session.run_checks()
    assert not [p for p in window.session.problems if "perpetrator_family" in p.message]


def test_renaming_a_figure_updates_every_use(qtbot, window):
    window.dialogs.text_answer = "partner"
    undoable(qtbot, window, lambda: window.actions.rename_figure("perpetrator_partner"))
    text = yaml.safe_dump(data(window))
    assert "perpetrator_partner" not in text
    assert "{partner}" in window.session.document.block("themes").fields["themes"][1]["text"]
    assert window.forms.editor_for("figures.partner.value").property("field") == \
        "figures.partner.value"


def test_blocks_pages_and_charts_from_the_form(qtbot, window):
    undoable(qtbot, window, button(window, "block_down:recommendations").click)
    to_page = button(window, "block_to_page:about")
    new_page = next(a for a in to_page.menu().actions() if a.text() == "A new page")
    undoable(qtbot, window, new_page.trigger)
    assert [p.id for p in window.session.document.pages] == ["page1", "page2", "page3"]
    kind = chart_editor(window).kind
    undoable(qtbot, window, lambda: kind.activated.emit(kind.findData("percentage_bars")))
    assert window.session.document.block("themes").fields["themes"][1]["visual"]["kind"] \
        == "percentage_bars"


def test_figures_table_edits_in_place_and_sorts(qtbot, window):
    from infographic_app.gui.figures_table import LABEL, USED, VALUE

    table = window.figures_table
    table.refresh()
    assert table.table.rowCount() == len(window.session.document.figures)
    table.select("visitors_total")
    row = table.table.currentRow()
    table.table.item(row, VALUE).setText("333")
    assert window.session.document.figures["visitors_total"].value == 333
    assert int(table.table.item(row, USED).text()) == 4
    table.table.sortItems(VALUE)
    values = [table.table.item(r, VALUE).data(Qt.ItemDataRole.UserRole + 1)
              for r in range(table.table.rowCount())]
    assert values == sorted(values)
    window.dialogs.new_figure = ("Nieuw cijfer", "count", "12")
    undoable(qtbot, window, window.findChild(QPushButton, "figures_new").click)
    table.refresh()
    assert any(table.table.item(r, LABEL).text() == "Nieuw cijfer"
               for r in range(table.table.rowCount()))


def test_a_new_percentage_in_the_figures_table_is_whole_like_the_others(qtbot, window):
    from infographic_app.gui.figures_table import DECIMALS, LABEL

    for figure_id in ("exploited_now", "exploited_over_year", "perpetrator_partner"):
        window.actions.set_figure_attribute(figure_id, "decimals", 0)
    table = window.figures_table
    window.dialogs.new_figure = ("ongeveer", "percentage", "4")
    undoable(qtbot, window, window.findChild(QPushButton, "figures_new").click)
    table.refresh()
    [row] = [r for r in range(table.table.rowCount())
             if table.table.item(r, LABEL).text() == "ongeveer"]
    assert table.table.item(row, DECIMALS).text() == "0"
    assert window.session.document.resolve("{ongeveer}") == "4%"


def test_rules_panel_adds_a_rule_in_words(qtbot, window):
    window.dialogs.rule_answer = ("part_of_whole", ["visitors_other"], "visitors_total")
    undoable(qtbot, window, window.findChild(QPushButton, "rules_new").click)
    window.rules.refresh()
    texts = [window.rules.list.item(i).text() for i in range(window.rules.list.count())]
    assert "bezoekers met een hulpvraag over iemand anders is never more than unieke " \
        "bezoekers met een hulpvraag over mensenhandel" in texts
    assert "(ex-)partner + sociale omgeving + familielid make 100%" in texts


def test_rules_panel_names_the_figures_by_their_labels_as_typed_and_undone(qtbot, window):
    """A figure's label typed into its field shows in the rules that name it, at once; and
    again as it was after undo."""
    def rules_text() -> str:
        return " | ".join(window.rules.list.item(i).text()
                          for i in range(window.rules.list.count()))

    window.session.edit("figures.perpetrator_family.label", "familie", "label")
    assert "(ex-)partner + sociale omgeving + familie make 100%" in rules_text()
    window.session.undo_stack.undo()
    assert "(ex-)partner + sociale omgeving + familielid make 100%" in rules_text()


def is_small_count(problem) -> bool:
    """One of the bundled factsheet's two small counts of people (tests/statistics)."""
    return problem.element_id in ("figures.criminal_visitors", "figures.criminal_victims")


def test_a_full_page_is_fixed_in_one_click(qtbot, window):
    """Five more recommendations push 'Over Chat met Fier' past the foot of page 2; the
    checks list says so once, naming the page and how much, with its ways out as buttons:
    one moves the block to a new page (one step); the odd page count that leaves is a
    warning whose button adds the blank page 4 a print shop needs."""
    for figure in window.session.document.figures.values():
        figure.source = figure.note = ""  # no notes at the foot of page 2: as it was set
    for _ in range(5):
        window.actions.add_entry("blocks.recommendations.items")
    settle(qtbot, window)
    window.session.run_checks()
    full = [p for p in window.session.problems if "new_page:about" in p.fixes]
    assert len(full) == 1
    assert full[0].message.startswith("the factsheet does not fit on 2 pages: page 2 is ")
    assert full[0].fixes == ("add_page", "new_page:about")
    fix = window.checks.findChild(QPushButton, "fix:new_page:about")
    assert fix is not None and fix.text() == "Move to a new page"
    assert window.checks.findChild(QPushButton, "fix:add_page").text() == "Add a page"
    undoable(qtbot, window, fix.click)
    document = window.session.document
    assert [[b.id for b in p.blocks] for p in document.pages][1:] == [
        ["recommendations", "footer"], ["about"]]
    window.session.run_checks()
    [odd] = [p for p in window.session.problems if p.fixes and not is_small_count(p)]
    assert odd.fixes == ("add_page",) and "page 4 would be blank" in odd.message
    undoable(qtbot, window, window.checks.findChild(QPushButton, "fix:add_page").click)
    assert len(window.session.scene.pages) == 4
    window.session.run_checks()
    assert not [p for p in window.session.problems
                if (p.fixes or "fit" in p.message) and not is_small_count(p)]


def tab_order(window, first, count):
    """The fields Tab stops at from the editor of `first` on, `count` of them."""
    order, widget = [], window.forms.editors[first]
    while len(order) < count:
        widget = widget.nextInFocusChain()
        if widget.property("field"):
            order.append(widget.property("field"))
    return order


def test_an_entry_added_builds_only_that_entry(qtbot, window):
    """The '+' of an entry builds the new entry's rows in its group: the group, the other
    entries and the other groups stay the same widgets; the new fields are in the Tab order
    where they are on screen, the cursor in its text; undo drops exactly those rows."""
    forms = window.forms
    items = "blocks.recommendations.items"
    add = button(window, f"entry_add_after:{items}.police_tools")
    forms.editor_for("blocks.about")
    groups = {key: section.widget for key, section in forms._sections.items()}
    kept = {name: editor for name, editor in forms.editors.items()}
    order = tab_order(window, "blocks.about.text", 3)
    following = tab_order(window, f"{items}.police_tools.text", 1)
    add.click()
    settle(qtbot, window)
    assert {key: section.widget for key, section in forms._sections.items()} == groups
    assert all(forms.editors[name] is editor for name, editor in kept.items())
    new = f"{items}.new_item.text"
    assert QApplication.focusWidget() is forms.editors[new]
    assert tab_order(window, f"{items}.police_tools.text", 1) == [new]
    assert tab_order(window, new, 1) == following
    assert tab_order(window, "blocks.about.text", 3) == order

    def fields():
        return {f for f in forms.editors if f.startswith("blocks.recommendations.")}

    added = fields()
    assert {f for f in added if ".new_item." in f} == {new}
    window.session.undo_stack.undo()
    settle(qtbot, window)
    assert fields() == set(added) - {new}
    assert forms.findChild(QWidget, f"entry:{items}.new_item") is None
    assert all(forms.editors[name] is editor for name, editor in kept.items())
    window.session.undo_stack.redo()
    settle(qtbot, window)
    forms.rebuild()  # everything from scratch has the same fields
    forms.editor_for("blocks.recommendations")
    assert fields() == added


def test_an_entry_moved_or_removed_changes_only_its_rows(qtbot, window):
    """Up, down and remove move or drop the entry's rows, and the form reads as the page
    does; the other entries keep their widgets."""
    forms = window.forms
    items = "blocks.recommendations.items"
    button(window, f"entry_down:{items}.online_help").click()
    settle(qtbot, window)
    kept = {name: editor for name, editor in forms.editors.items() if name.startswith(items)}
    ids = [i["id"] for i in window.session.document.block("recommendations").fields["items"]]
    assert ids == ["anonymous_tool", "online_help", "avim", "police_tools"]

    def shown():  # the entries in the form, top to bottom
        rows = [w for w in forms.findChildren(QWidget) if w.objectName().startswith(
            f"entry:{items}.")]
        rows.sort(key=lambda w: w.mapTo(forms.widget(), w.rect().topLeft()).y())
        return [w.objectName().rpartition(".")[2] for w in rows]

    assert shown() == ids
    assert tab_order(window, f"{items}.anonymous_tool.text", 1) == [f"{items}.online_help.text"]
    button(window, f"entry_remove:{items}.avim").click()
    settle(qtbot, window)
    assert shown() == ["anonymous_tool", "online_help", "police_tools"]
    assert tab_order(window, f"{items}.online_help.text", 1) == [f"{items}.police_tools.text"]
    assert all(forms.editors[name] is editor for name, editor in kept.items()
               if ".avim." not in name)
    window.session.undo_stack.undo()
    window.session.undo_stack.undo()
    settle(qtbot, window)
    assert shown() == ["online_help", "anonymous_tool", "avim", "police_tools"]
    assert tab_order(window, f"{items}.online_help.text", 1) == [f"{items}.anonymous_tool.text"]


def test_keys_typed_before_the_new_entry_is_built_go_into_it(qtbot, window):
    """The forms follow a structural edit after the preview's paint; what is typed in
    between is not lost but lands in the new entry's field."""
    items = "blocks.recommendations.items"
    editor = window.forms.editor_for(f"{items}.police_tools.text")
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert f"{items}.new_item.text" not in window.forms.editors  # the preview first
    for key in "Scholen":
        QApplication.sendEvent(QApplication.focusWidget(), QKeyEvent(
            QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, key))
    settle(qtbot, window)
    assert window.session.value(f"{items}.new_item.text") == "Scholen"
    assert window.session.value(f"{items}.police_tools.text").endswith(".")


def test_figures_table_behind_a_tab_catches_up_when_shown(qtbot, window):
    from infographic_app.gui.figures_table import VALUE

    table = window.figures_table
    window.docks["figures"].raise_()
    window.session.edit("figures.visitors_total.value", 333, "Change")
    settle(qtbot, window)
    qtbot.waitUntil(lambda: not table._refresh_timer.isActive())  # typing has paused
    assert table._stale  # not filled while nobody sees it
    window.docks["figures_table"].raise_()
    qtbot.waitUntil(lambda: not table._stale)
    table.select("visitors_total")
    assert table.table.item(table.table.currentRow(), VALUE).text() == "333"


def test_what_is_typed_into_a_new_entry_replaces_its_placeholder(qtbot, window):
    """The form's '+' puts the cursor in the new entry as the keys do, with the placeholder
    selected: typing replaces it (it used to go in front of it, and the placeholder would
    print). The entry's title in the form follows what is typed."""
    button(window, "entry_add_after:blocks.recommendations.items.police_tools").click()
    settle(qtbot, window)
    editor = QApplication.focusWidget()
    new = next(f for f in window.forms.editors if ".items.new_item." in f and
               f.endswith(".text"))
    assert editor is window.forms.editors[new]
    qtbot.keyClicks(editor, "Investeer in voorlichting op scholen.")
    assert window.session.value(new) == "Investeer in voorlichting op scholen."
    window.session.run_checks()
    assert not [p for p in window.session.problems if "placeholder" in p.message]
    title = window.forms.entry_titles[new.rpartition(".")[0]]
    assert title.text() == "Investeer in voorlichting op scholen."


def test_a_new_tile_gets_the_cursor_in_its_text(qtbot, window):
    """A tile's first field is its figure, a drop-down: letters typed there went nowhere."""
    button(window, "entry_add_after:blocks.key_figures.tiles.visitors").click()
    settle(qtbot, window)
    editor = QApplication.focusWidget()
    assert editor.property("field").endswith(".text") and ".tiles." in editor.property("field")
    cursor = editor.textCursor()  # the placeholder is selected, to be typed over
    assert cursor.selectedText() == editor.toPlainText() == "schrijf hier wat dit getal betekent."


def runs(window):
    """The texts of the preview's runs, each a word or line as laid out."""
    return [run.text for run in window.session.scene.texts()]


def test_a_new_themes_chart_shows_only_the_figures_the_user_picks(qtbot, window):
    session, dialogs = window.session, window.dialogs
    window.actions.add_entry("blocks.themes.themes")
    settle(qtbot, window)
    theme_id = session.document.block("themes").fields["themes"][-1]["id"]
    visual = f"blocks.themes.themes.{theme_id}.visual"
    kind = chart_editor(window, visual).kind
    before = data(window)

    dialogs.chart_figures = None  # the question is cancelled: nothing changes
    kind.activated.emit(kind.findData("big_numbers"))
    settle(qtbot, window)
    assert "chart figures" in dialogs.asked
    assert data(window) == before
    assert chart_editor(window, visual).kind.currentData() is None

    dialogs.chart_figures = ["visitors_victim"]
    shown = Counter(runs(window))
    kind = chart_editor(window, visual).kind
    undoable(qtbot, window, lambda: kind.activated.emit(kind.findData("big_numbers")))
    assert session.value(visual) == {"kind": "big_numbers", "figures": ["visitors_victim"]}
    added = Counter(runs(window)) - shown
    assert "265" in added  # the number the user picked, and no other
    assert not [text for text in added if text.replace(".", "").replace(",", "").isdigit()
                and text != "265"]
