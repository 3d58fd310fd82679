"""Structural operations: each does what it says, and undo restores the document exactly."""

import copy

import pytest

from infographic_app.checks.consistency import check_figures
from infographic_app.layout.engine import layout_document
from infographic_app.model import operations as ops
from infographic_app.model.addressing import value_of
from infographic_app.model.messages import say
from infographic_app.model.reading import load_document
from infographic_app.model.references import FORMS, uses_of
from infographic_app.model.writing import document_to_data, save_document

THEME_DONUT = "blocks.themes.themes.partner_perpetrator.visual"


def do_undo_redo(document, operation):
    """Do, undo (exactly the start again), redo (exactly the done state again)."""
    before = copy.deepcopy(document_to_data(document))
    operation.do(document)
    done = copy.deepcopy(document_to_data(document))
    assert done != before
    operation.undo(document)
    assert document_to_data(document) == before
    operation.do(document)
    assert document_to_data(document) == done
    return done


def reloads(document, tmp_path):
    """The edited document saves to a file that opens again, as it was."""
    path = tmp_path / "edited.yaml"
    save_document(document, path)
    return document_to_data(load_document(path)) == document_to_data(document)


def test_add_figure_proposes_an_id_from_the_label(document, tmp_path):
    operation = ops.add_figure(document, "(stief)ouders", "percentage", 14.3)
    do_undo_redo(document, operation)
    figure = document.figures["stief_ouders"]
    assert (figure.label, figure.type, figure.value) == ("(stief)ouders", "percentage", 14.3)
    assert list(document.figures)[-1] == "stief_ouders"
    assert ops.propose_id(document, "(stief)ouders") == "stief_ouders_2"
    assert reloads(document, tmp_path)


def test_add_figure_refuses_a_taken_or_bad_id(document):
    with pytest.raises(ops.Refused) as taken:
        ops.add_figure(document, "x", "count", 1, figure_id="visitors_total")
    assert taken.value.key == "op_id_taken"
    with pytest.raises(ops.Refused) as bad:
        ops.add_figure(document, "x", "count", 1, figure_id="2 words")
    assert bad.value.key == "op_bad_id"


def test_duplicate_figure_goes_right_after_it(document):
    do_undo_redo(document, ops.duplicate_figure(document, "visitors_total"))
    order = list(document.figures)
    assert order[order.index("visitors_total") + 1] == "visitors_total_2"
    assert document.figures["visitors_total_2"].label.endswith("(kopie)")


def test_rename_figure_updates_texts_tiles_charts_rules_and_formulas(document, tmp_path):
    done = do_undo_redo(document, ops.rename_figure(document, "minors_estimated", "estimate"))
    text = str(done)
    assert "minors_estimated" not in text
    assert "{estimate}" in document.block("intro").fields["text"]
    assert document.block("intro").fields["visual"]["whole"] == "estimate"
    assert "(estimate - minors_seen)" in document.figures["minors_unseen_share"].formula
    assert any(r.whole == "estimate" for r in document.rules)
    assert list(document.figures).index("estimate") == 1  # in its place
    assert reloads(document, tmp_path)
    assert check_figures(document) == []


def test_rename_keeps_number_only_references(document):
    ops.rename_figure(document, "minors_unseen_share", "unseen").do(document)
    assert "{unseen:number}" in document.block("intro").fields["text"]


def test_where_used_lists_every_place(document):
    uses = uses_of(document, "perpetrator_partner")
    assert [(u.field, u.place) for u in uses] == [
        ("blocks.themes.themes.partner_perpetrator.text", "text"),
        (f"{THEME_DONUT}.figures", "chart"),
        ("rules.perpetrators_make_100.parts", "rule")]
    assert [u.place for u in uses_of(document, "visitors_minor")] == [
        "figure", "rule", "formula"]


def test_remove_figure_in_use_is_refused_with_the_places(document):
    with pytest.raises(ops.Refused) as refused:
        ops.remove_figure(document, "perpetrator_family")
    assert refused.value.key == "op_figure_in_use"
    assert len(refused.value.uses) == 3


def test_remove_figure_with_its_uses(document, tmp_path):
    shown = document.show("perpetrator_family")
    do_undo_redo(document, ops.remove_figure(document, "perpetrator_family", remove_uses=True))
    assert "perpetrator_family" not in document.figures
    theme = document.block("themes").fields["themes"][1]
    assert f"({shown})" in theme["text"]  # the number stays in the sentence, as printed
    assert theme["visual"]["figures"] == ["perpetrator_partner", "perpetrator_social"]
    rule = next(r for r in document.rules if r.id == "perpetrators_make_100")
    assert rule.parts == ["perpetrator_partner", "perpetrator_social"]
    assert reloads(document, tmp_path)


def test_remove_figure_takes_its_tile_and_part_of_whole_rule(document, tmp_path):
    operation = ops.remove_figure(document, "average_age", remove_uses=True)
    do_undo_redo(document, operation)
    tiles = [t["id"] for t in document.block("key_figures").fields["tiles"]]
    assert tiles == ["visitors", "victims", "minors"]
    operation = ops.remove_figure(document, "criminal_victims", remove_uses=True)
    do_undo_redo(document, operation)
    assert "criminal_victims_among_visitors" not in [r.id for r in document.rules]
    assert reloads(document, tmp_path)


def test_remove_figure_used_in_a_formula_is_always_refused(document):
    with pytest.raises(ops.Refused) as refused:
        ops.remove_figure(document, "visitors_minor", remove_uses=True)
    assert [u.place for u in refused.value.uses] == ["formula"]


@pytest.mark.parametrize("container", [
    "blocks.key_figures.tiles", "blocks.themes.themes", "blocks.recommendations.items"])
def test_entries_add_duplicate_remove_move(document, theme, tmp_path, container):
    items = value_of(document, container)
    first, second = items[0]["id"], items[1]["id"]
    do_undo_redo(document, ops.add_entry(document, container, after=first))
    new = items[1]
    assert new["id"] not in (first, second)
    layout_document(document, theme)  # renders at once
    ops.add_entry(document, container).do(document)
    do_undo_redo(document, ops.duplicate_entry(document, container, second))
    do_undo_redo(document, ops.move_entry(document, container, second, -1))
    assert items[1]["id"] == second
    do_undo_redo(document, ops.remove_entry(document, container, second))
    assert second not in [i["id"] for i in items]
    assert reloads(document, tmp_path)
    with pytest.raises(ops.Refused):
        ops.move_entry(document, container, items[0]["id"], -1)


def test_the_last_entry_stays(document):
    container = "blocks.key_figures.tiles"
    for tile in value_of(document, container)[1:]:
        ops.remove_entry(document, container, tile["id"]).do(document)
    with pytest.raises(ops.Refused) as refused:
        ops.remove_entry(document, container, "visitors")
    assert refused.value.key == "op_last_entry"


@pytest.mark.parametrize("kind", ["intro", "tiles", "themes", "numbered_list", "text"])
def test_add_block_of_every_kind_renders_and_reloads(document, theme, tmp_path, kind):
    do_undo_redo(document, ops.add_page(document))
    do_undo_redo(document, ops.add_block(document, "page3", kind))
    scene = layout_document(document, theme)
    assert len(scene.pages) == 3 and scene.pages[2].items
    assert reloads(document, tmp_path)


def test_blocks_move_on_a_page_and_to_another(document):
    do_undo_redo(document, ops.move_block(document, "about", -1))
    assert [b.id for b in document.pages[1].blocks] == ["about", "recommendations", "footer"]
    ops.add_page(document).do(document)
    do_undo_redo(document, ops.move_block_to_page(document, "about", "page3"))
    assert [b.id for b in document.pages[2].blocks] == ["about"]
    do_undo_redo(document, ops.remove_block(document, "about"))
    do_undo_redo(document, ops.remove_page(document, "page3"))
    with pytest.raises(ops.Refused):
        ops.move_block(document, "header", -1)


def test_chart_kind_changes_and_back(document, theme):
    shares = ["perpetrator_partner", "perpetrator_social", "perpetrator_family"]
    for kind in ("percentage_bars", "big_numbers", "icon_array", "donut", None):
        do_undo_redo(document, ops.set_chart_kind(document, THEME_DONUT, kind))
        layout_document(document, theme)
        assert ops.chart_figures(value_of(document, THEME_DONUT) or {}) == (
            shares if kind else [])
    do_undo_redo(document, ops.set_chart_kind(document, THEME_DONUT, "donut", shares))


def test_chart_figures_with_the_rule_in_one_step(document):
    ops.add_figure(document, "(stief)ouders", "percentage", 14.3).do(document)
    rules = ops.rules_for_chart(document, value_of(document, f"{THEME_DONUT}.figures"))
    assert [r.id for r in rules] == ["perpetrators_make_100"]
    operation = ops.add_chart_figure(document, THEME_DONUT, "stief_ouders",
                                     rule_id="perpetrators_make_100")
    do_undo_redo(document, operation)
    assert value_of(document, f"{THEME_DONUT}.figures")[-1] == "stief_ouders"
    assert rules[0].parts[-1] == "stief_ouders"
    do_undo_redo(document, ops.move_chart_figure(document, THEME_DONUT, "stief_ouders", -1))
    do_undo_redo(document, ops.remove_chart_figure(document, THEME_DONUT, "stief_ouders"))


def test_rules_add_edit_remove(document, tmp_path):
    do_undo_redo(document, ops.add_rule(document, "part_of_whole", ["visitors_other"],
                                        "visitors_total"))
    do_undo_redo(document, ops.edit_rule(document, "perpetrators_make_100",
                                         ["perpetrator_partner", "perpetrator_social"]))
    do_undo_redo(document, ops.remove_rule(document, "minors_among_victims"))
    assert reloads(document, tmp_path)
    with pytest.raises(ops.Refused):
        ops.add_rule(document, "sum", ["visitors_other"], "visitors_total")


def test_figure_attribute_and_removed_field_come_back_in_place(document):
    do_undo_redo(document, ops.set_figure_attribute(document, "average_age", "decimals", 2))
    visual = "blocks.intro.visual"
    do_undo_redo(document, ops.SetValue(f"{visual}.headline", None))
    assert list(value_of(document, visual)) == ["kind", "part", "whole", "caption"]


# ---------------------------------------------------------------------- references written

# The 2020 edition: 265 victims, 212 in 2019 (+25%); 92,9% exploited now, 91,7% in 2019.
PLANTED = "In 2019 waren het er {x:previous}, nu {x} ({x:change}; {x:number})."


def _edition_with_references(changed_copy, figure_id, form, formula=False):
    """A 2020 factsheet with `{figure_id:form}` in a heading, a tile's text, a chart's
    caption and a theme's text; with `formula`, a derived figure uses it too."""
    reference = "{" + figure_id + (f":{form}" if form else "") + "}"
    replacements = [
        ("edition: 2019", "edition: 2020"),
        ("    value: 265\n", "    value: 265\n    history:\n      2019: 212\n"),
        ("    value: 92.9\n", "    value: 92.9\n    history:\n      2019: 91.7\n"),
        ("heading: Nederlandse minderjarige slachtoffers onzichtbaar",
         f"heading: Nederlandse minderjarige slachtoffers onzichtbaar {reference}"),
        ("hadden een hulpvraag over iemand\n        anders.",
         f"hadden een hulpvraag over iemand\n        anders, {reference}."),
        ("van de geschatte {minors_estimated} in beeld bij de autoriteiten",
         f"van de geschatte {{minors_estimated}} in beeld bij de autoriteiten {reference}"),
        ("wordt al langer dan een jaar uitgebuit.",
         f"wordt al langer dan een jaar uitgebuit, {reference}.")]
    if formula:
        replacements.append(("rules:\n", f"  victims_share:\n    type: percentage\n"
                             f"    formula: {figure_id} / visitors_total * 100\n"
                             f"    label: aandeel\nrules:\n"))
    return load_document(changed_copy(*replacements))


# Every place a text reference can stand, by its field.
REFERRING = ("blocks.intro.heading", "blocks.key_figures.tiles.victims.text",
             "blocks.intro.visual.caption", "blocks.themes.themes.long_exploitation.text")
# What each form of a reference prints in the 2020 factsheet.
PRINTED = {"visitors_victim": {"": "265", "number": "265", "change": "+25%",
                               "previous": "212", "words": "265"},
           "exploited_now": {"": "92,9%", "number": "92,9", "change": "+1,2 procentpunt",
                             "previous": "91,7%", "words": "ruim negen van de tien"}}


def _saved(document, tmp_path, name):
    path = tmp_path / name
    save_document(document, path)
    return path.read_text(encoding="utf-8")


def _texts(document):
    """What each referring field prints, as the page shows it."""
    return [document.resolve(value_of(document, field)) for field in REFERRING]


def test_forms_tuple_is_what_references_are_read_with():
    assert set(PRINTED["visitors_victim"]) == {"", *FORMS}


@pytest.mark.parametrize("form", ("", *FORMS))
def test_rename_keeps_every_form_in_texts_headings_tiles_charts_rules_and_formulas(
        changed_copy, tmp_path, theme, form):
    document = _edition_with_references(changed_copy, "visitors_victim", form, formula=True)
    before, printed = _saved(document, tmp_path, "before.yaml"), _texts(document)
    assert PRINTED["visitors_victim"][form] in printed[0]
    operation = ops.rename_figure(document, "visitors_victim", "victims")
    operation.do(document)

    assert _texts(document) == printed  # the page reads the same
    renamed = "{victims" + (f":{form}" if form else "") + "}"
    assert all(renamed in value_of(document, field) for field in REFERRING)
    saved = _saved(document, tmp_path, "renamed.yaml")
    assert "visitors_victim" not in saved
    assert saved.count(renamed) == len(REFERRING)
    assert "figure: victims\n" in saved  # the tile
    assert "formula: victims / visitors_total * 100" in saved
    assert "  - victims\n" in saved and "whole: victims\n" in saved  # the two rules
    heading = f"Nederlandse minderjarige slachtoffers onzichtbaar {printed[0].split()[-1]}"
    assert heading in " ".join(run.text for run in layout_document(document, theme).texts(0))

    operation.undo(document)
    assert _saved(document, tmp_path, "undone.yaml") == before


@pytest.mark.parametrize("figure_id", sorted(PRINTED))
@pytest.mark.parametrize("form", ("", *FORMS))
def test_remove_writes_what_each_form_printed(changed_copy, tmp_path, figure_id, form):
    document = _edition_with_references(changed_copy, figure_id, form)
    before, printed = _saved(document, tmp_path, "before.yaml"), _texts(document)
    assert all(PRINTED[figure_id][form] in text for text in printed)
    operation = ops.remove_figure(document, figure_id, remove_uses=True)
    operation.do(document)

    kept = [field for field in REFERRING if figure_id != "visitors_victim"
            or "tiles.victims" not in field]  # the tile showing the figure goes with it
    assert [document.resolve(value_of(document, f)) for f in kept] == \
        [text for field, text in zip(REFERRING, printed, strict=True) if field in kept]
    assert all(PRINTED[figure_id][form] in value_of(document, field) for field in kept)
    saved = _saved(document, tmp_path, "removed.yaml")
    assert figure_id not in saved
    assert f"onzichtbaar {PRINTED[figure_id][form]}" in saved

    operation.undo(document)
    assert _saved(document, tmp_path, "undone.yaml") == before


def test_remove_writes_a_sentence_with_every_form_as_it_read(changed_copy):
    document = _edition_with_references(changed_copy, "exploited_now", "")
    field = "blocks.themes.themes.long_exploitation.text"
    ops.SetValue(field, PLANTED.replace("{x", "{exploited_now")).do(document)
    ops.remove_figure(document, "exploited_now", remove_uses=True).do(document)
    assert value_of(document, field) == \
        "In 2019 waren het er 91,7%, nu 92,9% (+1,2 procentpunt; 92,9)."


# ---------------------------------------------------------------------- chart kinds

def _new_theme(document):
    """A new theme added to the themes block: the field of its (absent) chart."""
    operation = ops.add_entry(document, "blocks.themes.themes")
    operation.do(document)
    return f"blocks.themes.themes.{operation.value['id']}.visual"


@pytest.mark.parametrize("kind", ops.CHART_KINDS)
def test_a_new_themes_chart_gets_no_figure_nobody_chose(document, theme, tmp_path, kind):
    visual = _new_theme(document)
    before = document_to_data(document)
    with pytest.raises(ops.Refused) as refused:
        ops.set_chart_kind(document, visual, kind)
    assert refused.value.key == "op_chart_needs_figures"
    assert say("op_chart_needs_figures", "nl") == \
        "kies eerst welke cijfers deze grafiek laat zien"
    assert document_to_data(document) == before  # no figure slipped in

    chosen = ["visitors_total", "visitors_victim"]
    do_undo_redo(document, ops.set_chart_kind(document, visual, kind, chosen))
    shown = chosen[:1] if kind == "trend" else chosen  # a trend draws one figure
    assert ops.chart_figures(value_of(document, visual)) == shown
    page = " ".join(run.text for run in layout_document(document, theme).texts())
    assert "299" in page
    assert reloads(document, tmp_path)


def test_a_chart_kind_change_keeps_the_icon_arrays_own_figures(document):
    ops.set_chart_kind(document, "blocks.intro.visual", "big_numbers").do(document)
    assert value_of(document, "blocks.intro.visual.figures") == [
        "minors_seen", "minors_estimated", "minors_unseen_share"]
    ops.set_chart_kind(document, "blocks.intro.visual", "icon_array").do(document)
    visual = value_of(document, "blocks.intro.visual")
    assert (visual["part"], visual["whole"], visual["headline"]) == (
        "minors_seen", "minors_estimated", "minors_unseen_share")
    with pytest.raises(ops.Refused) as refused:
        ops.set_chart_kind(document, "blocks.intro.visual", "donut", ["no_such_figure"])
    assert refused.value.key == "op_unknown_figure"


def test_each_operation_says_what_it_changed(document):
    """Doing and undoing return a Changes record: the lists and fields changed, the element
    ids inserted, removed and moved (a block to another page is moved), the first page
    whose place changed."""
    tiles = "blocks.key_figures.tiles"
    add = ops.add_entry(document, tiles, "visitors")
    done = add.do(document)
    assert (done.fields, done.inserted, done.removed) == ((tiles,), (f"{tiles}.new_tile",), ())
    assert done.scopes == {"blocks.key_figures"}
    undone = add.undo(document)
    assert (undone.inserted, undone.removed) == ((), (f"{tiles}.new_tile",))
    assert ops.move_entry(document, tiles, "age", -1).do(document).moved == (f"{tiles}.age",)
    page = ops.add_page(document, 1)
    assert page.do(document).pages_from == 1
    moved = ops.move_block_to_page(document, "key_figures", document.pages[1].id).do(document)
    assert (moved.moved, moved.inserted, moved.removed) == (("blocks.key_figures",), (), ())
    assert moved.pages_from is None
    renamed = ops.rename_figure(document, "visitors_total", "bezoekers").do(document)
    assert renamed.inserted == ("figures.bezoekers",)
    assert renamed.removed == ("figures.visitors_total",)
    assert "blocks.key_figures.tiles.visitors.figure" in renamed.fields
    assert ops.add_figure(document, "nieuw", "count", 3).do(document).initiator is None
