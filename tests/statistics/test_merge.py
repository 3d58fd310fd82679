"""A small count or a share of few people merged with another category of its whole: one
undoable step, every place that printed it follows, nothing left pointing at it."""

from __future__ import annotations

import pytest

from infographic_app.checks.disclosure import check_disclosure
from infographic_app.model import operations as ops
from infographic_app.model.reading import load_document
from infographic_app.model.writing import save_document

BASE_49 = ("    value: 8.2\n", "    value: 8.2\n    base: 49\n")
FAMILY, SOCIAL = "perpetrator_family", "perpetrator_social"


def test_the_checks_offer_the_merge_next_to_the_other_fixes(changed_copy):
    document = load_document(changed_copy(BASE_49))
    [warning] = [p for p in check_disclosure(document, "nl")
                 if p.element_id == f"figures.{FAMILY}"]
    assert warning.fixes == (f"merge:{FAMILY}", f"disclose:{FAMILY}")
    assert ops.merge_candidates(document, FAMILY) == ["perpetrator_partner", SOCIAL]
    # a part of a whole with no other category (5 of 7 visitors) has nothing to merge with
    [small] = [p for p in check_disclosure(load_document(changed_copy()))
               if p.element_id == "figures.criminal_victims"]
    assert small.fixes == ("suppress:criminal_victims", "disclose:criminal_victims")


def test_merged_the_page_and_the_file_show_one_category(changed_copy, tmp_path):
    document = load_document(changed_copy(BASE_49))
    operation = ops.merge_figures(document, FAMILY, SOCIAL)
    operation.do(document)
    theme = document.block("themes").fields["themes"][1]
    assert theme["visual"]["figures"] == ["perpetrator_partner", SOCIAL]
    assert document.resolve(theme["text"]).endswith(
        "sociale omgeving (18,4%) en een familielid (18,4%) van het slachtoffer.")
    assert document.figures[SOCIAL].label == "sociale omgeving en familielid"
    rule = next(r for r in document.rules if r.id == "perpetrators_make_100")
    assert rule.parts == ["perpetrator_partner", SOCIAL]
    assert FAMILY not in document.figures
    save_document(document, tmp_path / "saved.yaml")
    again = load_document(tmp_path / "saved.yaml")  # nothing refers to the merged figure
    assert FAMILY not in (tmp_path / "saved.yaml").read_text(encoding="utf-8")
    assert again.show(SOCIAL) == "18,4%"
    operation.undo(document)  # one step back: as it was
    assert document == load_document(changed_copy(BASE_49))


def test_a_figure_another_formula_uses_is_not_merged(changed_copy):
    document = load_document(changed_copy(
        ("    formula: visitors_minor / minors_estimated * 100\n",
         "    formula: visitors_other / minors_estimated * 100\n")))
    with pytest.raises(ops.Refused) as refused:
        ops.merge_figures(document, "visitors_other", "visitors_victim")
    assert refused.value.key == "op_figure_in_use"
    with pytest.raises(ops.Refused) as refused:
        ops.merge_figures(document, FAMILY, "visitors_victim")
    assert refused.value.key == "op_merge_not_parts"


def test_merging_a_part_into_its_only_sibling_drops_the_rule_that_would_compare_it_with_itself(
        document):
    operation = ops.merge_figures(document, "visitors_other", "visitors_victim")
    operation.do(document)
    assert document.figures["visitors_victim"].value == 299
    assert "victims_and_others_make_total" not in [r.id for r in document.rules]
