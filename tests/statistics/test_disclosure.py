"""Small counts: the disclosure policy's warnings, their fixes, and what the file keeps."""

from __future__ import annotations

from infographic_app.checks.disclosure import check_disclosure
from infographic_app.checks.report import check_document
from infographic_app.layout.engine import layout_document
from infographic_app.model.reading import load_document
from infographic_app.model.writing import document_text
from infographic_app.paths import default_document


def warnings(document, language="en"):
    return [(p.element_id, p.message, p.fix) for p in check_disclosure(document, language)]


def test_the_bundled_factsheet_warns_about_7_and_5_people_with_both_fixes(document, theme):
    found = warnings(document)
    assert [(element, fix) for element, _, fix in found] == [
        ("figures.criminal_visitors", "suppress:criminal_visitors disclose:criminal_visitors"),
        ("figures.criminal_victims", "suppress:criminal_victims disclose:criminal_victims")]
    assert found[0][1].startswith("'bezoekers over criminele uitbuiting' prints 7 people, "
                                  "fewer than 10")
    dutch = warnings(document, "nl")
    assert "'van hen waren zelf slachtoffer' toont 5 personen, minder dan 10" in dutch[1][1]
    # they are part of what `check` and the editor's checks list show
    problems = check_document(document, layout_document(document, theme))
    assert {p.element_id for p in problems} >= {"figures.criminal_visitors",
                                                "figures.criminal_victims"}


def test_a_suppressed_count_prints_fewer_than_and_a_confirmed_one_is_not_warned(
        changed_copy, theme):
    path = changed_copy(("    value: 5\n", "    value: 5\n    suppressed: true\n"),
                        ("    value: 7\n", "    value: 7\n    disclosure_reason: gepubliceerd "
                                             "in het jaarverslag\n"))
    document = load_document(path)
    assert warnings(document) == []
    scene = layout_document(document, theme)
    page = " ".join(r.text for r in scene.texts(0))
    assert "waaronder minder dan 10 slachtoffers" in page
    text = document_text(document, path.read_text(encoding="utf-8"))
    assert "suppressed: true" in text and "disclosure_reason: gepubliceerd" in text


def test_a_percentage_of_few_people_names_its_base(changed_copy):
    path = changed_copy(("    value: 8.2\n", "    value: 8.2\n    base: 49\n"))
    [(element, message, fix)] = [w for w in warnings(load_document(path))
                                 if w[0] == "figures.perpetrator_family"]
    assert "'familielid' (8,2%) is a share of 49 people, fewer than 50" in message
    assert fix == "merge:perpetrator_family disclose:perpetrator_family"


def test_the_policy_is_configurable(changed_copy):
    path = changed_copy(("figures:\n", "disclosure:\n  min_count: 6\n  min_base: 100\n"
                                       "figures:\n"))
    document = load_document(path)
    assert [w[0] for w in warnings(document)] == ["figures.criminal_victims"]  # 7 is not < 6
    assert "disclosure:\n  min_count: 6\n  min_base: 100\n" in document_text(
        document, path.read_text(encoding="utf-8"))


def test_a_hidden_part_recoverable_from_the_total_and_the_other_parts_is_warned(changed_copy):
    path = changed_copy(("    value: 34\n", "    value: 34\n    suppressed: true\n"))
    [(element, message, fix)] = [w for w in warnings(load_document(path))
                                 if w[0] == "figures.visitors_other"]
    assert "a reader can work it out from 'bezoekers die zelf slachtoffer waren', 'unieke " \
           "bezoekers met een hulpvraag over mensenhandel': the total minus the other " \
           "parts" in message
    assert fix == "suppress:visitors_victim disclose:visitors_other"


def test_unknown_keys_in_the_policy_are_still_named_clearly(changed_copy):
    import pytest

    from infographic_app.model.problems import InputError

    path = changed_copy(("figures:\n", "disclosure:\n  min_cont: 5\nfigures:\n"))
    with pytest.raises(InputError) as error:
        load_document(path)
    assert "unknown field 'min_cont'; did you mean 'min_count'?" in str(error.value)


def test_an_unknown_unit_is_named_in_words(tmp_path):
    """A unit the app does not know is refused with the units it does, not an error inside
    the app (found by the fuzz run)."""
    import pytest

    from infographic_app.model.problems import InputError
    from infographic_app.model.reading import load_document

    path = tmp_path / "factsheet.yaml"
    path.write_text(default_document().read_text(encoding="utf-8").replace(
        "unit: personen", "unit: mensen", 1), encoding="utf-8")
    with pytest.raises(InputError) as refused:
        load_document(path)
    assert "unit" in str(refused.value) and "personen" in str(refused.value)
