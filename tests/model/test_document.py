import re

import pytest

from infographic_app.checks.consistency import check_figures
from infographic_app.model.problems import InputError, Severity
from infographic_app.model.reading import load_document
from infographic_app.model.writing import save_document
from infographic_app.paths import default_document


def test_bundled_factsheet_round_trips_byte_for_byte(document, tmp_path):
    saved = tmp_path / "saved.yaml"
    save_document(document, saved)
    assert saved.read_bytes() == default_document().read_bytes()


def test_edited_document_keeps_every_key_in_its_order(document, tmp_path):
    document.figures["visitors_total"].value = 300
    saved = tmp_path / "saved.yaml"
    save_document(document, saved)
    again = load_document(saved)
    assert again.figures["visitors_total"].value == 300
    assert list(again.figures) == list(document.figures)
    assert [b.id for b in again.blocks()] == [b.id for b in document.blocks()]
    original = default_document().read_text(encoding="utf-8").splitlines()
    changed = saved.read_text(encoding="utf-8").splitlines()
    differing = [(a, b) for a, b in zip(original, changed, strict=True) if a != b]
    assert differing == [("    value: 299", "    value: 300")]


def test_hand_written_key_order_survives_a_save(changed_copy, tmp_path):
    path = changed_copy(("    type: count\n    value: 29\n    label: in beeld bij de autoriteiten",
                         "    label: in beeld bij de autoriteiten\n    value: 29\n    type: count"))
    saved = tmp_path / "saved.yaml"
    save_document(load_document(path), saved)
    assert saved.read_text(encoding="utf-8") == path.read_text(encoding="utf-8")


def test_every_figure_of_the_seed_is_a_typed_figure(document):
    values = document.values()
    shown = {fid: document.resolve("{" + fid + "}") for fid in document.figures}
    assert shown["visitors_total"] == "299"
    assert shown["visitors_victim"] == "265"
    assert shown["visitors_other"] == "34"
    assert shown["visitors_minor"] == "162"
    assert shown["average_age"] == "17,7"
    assert shown["minors_seen"] == "29"
    assert shown["minors_estimated"] == "circa 1.300"  # an estimate (issue 22)
    assert shown["exploited_now"] == "92,9%"
    assert shown["exploited_over_year"] == "54,7%"
    assert [shown[f"perpetrator_{k}"] for k in ("partner", "social", "family")] == [
        "81,6%", "10,2%", "8,2%"]
    assert [shown["multiple_perpetrators"], shown["multiple_victims"]] == ["54", "27"]
    assert [shown["criminal_visitors"], shown["criminal_victims"]] == ["7", "5"]
    assert shown["chat_visitors_per_year"] == "circa 10.000"
    assert shown["chat_conversations_per_year"] == "circa 20.000"
    assert values["minors_unseen_share"] == pytest.approx(97.769, abs=0.001)


def test_derived_figures_are_computed_not_typed(document):
    assert document.figures["minors_reached_share"].derived
    assert document.resolve("{minors_reached_share}") == "circa 12%"  # from an estimate
    assert document.resolve("circa {minors_unseen_share:number} procent") == "circa 97 procent"
    document.figures["visitors_minor"].value = 260
    assert document.resolve("{minors_reached_share}") == "circa 20%"


def test_resolved_texts_are_the_seed_sentences(document, seed_text):
    """Every text block, with its figures filled in, appears in the seed as written there.

    (Chart captions and labels are the designer's, so visuals are left out here.)
    """
    flat_seed = re.sub(r"\s+", " ", seed_text)
    for block in document.blocks():
        for text in _texts({k: v for k, v in block.fields.items() if k != "url"}):
            # a phrase's language tag (*first disclosure*{en}) is markup the seed does not have
            resolved = re.sub(r"\s+", " ", re.sub(r"(?<=\*)\{en\}", "",
                                                 document.resolve(text)))
            # a share of the estimate that the seed's text does not call one is labelled
            resolved = resolved.replace("kwam circa 12 procent", "kwam 12 procent")
            assert resolved in flat_seed, resolved


def _texts(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in ("id", "kind", "figure", "visual"):
                yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def test_seed_numbers_all_come_from_figures(document, seed_text):
    """No number of the seed is typed into a text: each comes from a figure reference."""
    for block in document.blocks():
        for text in _texts(block.fields):
            without_refs = re.sub(r"\{[^}]*\}", "", text)
            digits = re.findall(r"\d[\d.,]*", without_refs)
            # Years, recommendation wording and the partner '113-online' are words, not figures.
            assert set(digits) <= {"2018", "2019", "15", "113"}, (text, digits)


def test_the_bundled_factsheet_passes_its_own_rules(document):
    assert check_figures(document) == []


def test_a_broken_sum_names_the_rule_and_the_figures(changed_copy):
    document = load_document(changed_copy(("    value: 34\n", "    value: 35\n")))
    [problem] = check_figures(document)
    assert problem.field == "rules.victims_and_others_make_total"
    assert ("'bezoekers die zelf slachtoffer waren' (265) + 'bezoekers met een hulpvraag over "
            "iemand anders' (35) = 300") in problem.message
    assert "'unieke bezoekers met een hulpvraag over mensenhandel' (299)" in problem.message
    assert problem.line == _line_of(document.path, "- id: victims_and_others_make_total")


def test_shares_off_by_rounding_pass_but_a_typo_fails(changed_copy):
    rounding = load_document(changed_copy(("    value: 8.2\n", "    value: 8.3\n")))
    # 100,1% is within rounding of three shares: no error, but what is printed does not make
    # 100%, and a reader adding up the donut's legend sees it.
    [warning] = check_figures(rounding)
    assert warning.severity == Severity.WARNING
    assert warning.field == "rules.perpetrators_make_100"
    assert "as printed add up to 100,1%" in warning.message
    assert "the figures themselves add up to 100,1%" in warning.message
    typo = load_document(changed_copy(("    value: 8.2\n", "    value: 18.2\n")))
    [problem] = check_figures(typo)
    assert problem.field == "rules.perpetrators_make_100"
    assert "110,0%" in problem.message


def test_a_part_larger_than_its_whole_is_caught(changed_copy):
    document = load_document(changed_copy(("    value: 162\n", "    value: 266\n")))
    [problem] = check_figures(document)
    assert problem.field == "rules.minors_among_victims"
    assert "'minderjarige slachtoffers' (266)" in problem.message
    assert "'bezoekers die zelf slachtoffer waren' (265)" in problem.message


def test_a_derived_percentage_over_100_is_an_error(changed_copy):
    document = load_document(changed_copy(("    value: 162\n", "    value: 1620\n")))
    fields = {p.field for p in check_figures(document)}
    assert "figures.minors_reached_share" in fields


def test_a_formula_that_refers_to_itself_is_refused(changed_copy):
    path = changed_copy(("formula: visitors_minor / minors_estimated * 100",
                         "formula: minors_reached_share + 1"))
    with pytest.raises(InputError) as caught:
        load_document(path)
    [problem] = caught.value.problems
    assert problem.field == "figures.minors_reached_share.formula"
    assert "depends on itself" in problem.message


def test_english_locale_changes_every_number(changed_copy):
    document = load_document(changed_copy(("locale: nl-NL", "locale: en-GB")))
    assert document.resolve("{chat_visitors_per_year} {average_age} {exploited_now}") == \
        "about 10,000 17.7 92.9%"


def _line_of(path, text):
    return next(n for n, line in enumerate(path.read_text().splitlines(), 1) if text in line)
