"""Where a figure is used: every text, tile, chart, rule and formula that names it, with the
field and the file line a user would be sent to."""

import copy

from infographic_app.model.references import (
    AS_FIELD,
    IN_FORMULA,
    IN_TEXT,
    FigureUse,
    figures_in,
    references_to,
)
from infographic_app.paths import default_document

LINES = default_document().read_text(encoding="utf-8").splitlines()


def written_on(use: FigureUse) -> str:
    return LINES[use.line - 1]


def test_a_figure_used_by_a_formula_a_rule_and_a_tile(document):
    uses = references_to(document, "visitors_minor")
    assert [(u.field, u.how) for u in uses] == [
        ("figures.minors_reached_share.formula", IN_FORMULA),
        ("rules.minors_among_victims.part", AS_FIELD),
        ("blocks.key_figures.tiles.minors.figure", AS_FIELD)]
    formula, rule, tile = uses
    assert "formula: visitors_minor / minors_estimated" in written_on(formula)
    assert written_on(rule).strip() == "part: visitors_minor"
    assert written_on(tile).strip() == "figure: visitors_minor"
    assert tile.path == ("pages", 0, "blocks", 2, "tiles", 2, "figure")


def test_a_reference_in_a_long_text_has_the_line_it_is_written_on(document):
    [rule, text] = references_to(document, "visitors_other")
    assert (rule.field, rule.path) == ("rules.victims_and_others_make_total.parts",
                                       ("rules", 0, "parts", 1))
    assert written_on(rule).strip() == "- visitors_other"
    assert (text.field, text.how, text.written) == (
        "blocks.key_figures.tiles.victims.text", IN_TEXT, "{visitors_other}")
    assert "De overige {visitors_other} hadden" in written_on(text)


def test_every_chart_and_text_of_a_breakdown_is_found(document):
    uses = references_to(document, "perpetrator_social")
    fields = [(u.field, u.how, u.written) for u in uses]
    assert fields == [
        ("rules.perpetrators_make_100.parts", AS_FIELD, ""),
        ("blocks.themes.themes.partner_perpetrator.text", IN_TEXT, "{perpetrator_social}"),
        ("blocks.themes.themes.partner_perpetrator.visual.figures", AS_FIELD, "")]
    assert uses[2].path[-3:] == ("visual", "figures", 1)
    assert written_on(uses[2]).strip() == "- perpetrator_social"


def test_an_icon_array_uses_its_part_whole_and_headline(document):
    fields = [u.field for u in references_to(document, "minors_unseen_share")]
    assert "blocks.intro.visual.headline" in fields
    assert "blocks.intro.text" in fields  # '{minors_unseen_share:number}'
    [shown] = [u for u in references_to(document, "minors_unseen_share") if u.how == IN_TEXT]
    assert shown.written == "{minors_unseen_share:number}"


def test_a_figure_used_nowhere_and_a_document_without_a_file(document):
    document.figures["unused"] = copy.deepcopy(document.figures["minors_seen"])
    document.figures["unused"].id = "unused"
    assert references_to(document, "unused") == ()
    document.source = None
    assert {u.line for u in references_to(document, "visitors_minor")} == {None}


def test_a_heading_that_shows_a_figure_uses_it(document):
    """The layout fills in references in headings too: such a figure is in use there."""
    document.block("key_figures").fields["heading"] = "{visitors_total} bezoekers"
    assert "blocks.key_figures.heading" in [u.field for u in
                                            references_to(document, "visitors_total")]


def test_the_figures_a_block_shows_in_file_order(document):
    assert figures_in(document.block("intro").fields) == [
        "minors_seen", "minors_estimated", "minors_unseen_share", "minors_reached_share"]
    assert figures_in(document.block("key_figures").fields) == [
        "visitors_total", "visitors_victim", "visitors_other", "visitors_minor", "average_age"]
