"""Checks that keep charts and texts from contradicting their figures: a part larger than its
whole, more shares than chart colours, a unit sign printed twice."""

import subprocess
import sys

from infographic_app.checks.consistency import check_figures
from infographic_app.checks.report import check_for_targets
from infographic_app.checks.unit_signs import check_unit_signs, without_doubled_signs
from infographic_app.layout.engine import layout_document
from infographic_app.model.reading import load_document

NO_RULE = ("- id: minors_seen_within_estimate\n  kind: part_of_whole\n  part: minors_seen\n"
           "  whole: minors_estimated\n", "")


def test_an_icon_arrays_part_larger_than_its_whole_is_an_error_without_a_rule(changed_copy):
    document = load_document(changed_copy(("value: 29\n", "value: 1400\n"), NO_RULE))
    messages = [p.message for p in check_figures(document, "nl") if p.severity == "error"]
    assert ("de figuurtjesgrafiek van 'Nederlandse minderjarige slachtoffers onzichtbaar' toont "
            "'in beeld bij de autoriteiten' (1.400) van 'geschatte minderjarige slachtoffers' "
            "(circa 1.300), maar het deel is groter dan het geheel; verbeter een van de twee "
            "cijfers"
            in messages)
    assert not [m for m in messages if "minors_seen" in m]  # figures by label, not by id


def test_a_share_formula_of_a_part_larger_than_its_whole_is_an_error(changed_copy):
    document = load_document(changed_copy(
        ("formula: visitors_minor / minors_estimated * 100",
         "formula: 100 * visitors_total / visitors_victim"),
        ("- id: minors_among_victims", "- id: minors_among_victims_")))
    messages = [p.message for p in check_figures(document, "en")
                if p.field == "figures.minors_reached_share"]
    assert messages == [
        "'van de geschatte minderjarige slachtoffers kwam op de chat' is 'unieke bezoekers met "
        "een hulpvraag over mensenhandel' (299) as a share of 'bezoekers die zelf slachtoffer "
        "waren' (265), but the part is larger than its whole; correct one of the two figures"]


def test_the_seed_has_no_part_larger_than_its_whole(document):
    assert not [p for p in check_figures(document) if "larger than its whole" in p.message]


def _six_shares(changed_copy, count=9):
    extra = "".join(f"  share_{n}:\n    type: percentage\n    value: 0\n    label: deel {n}\n"
                    for n in range(4, count + 1))
    return changed_copy(("rules:\n", extra + "rules:\n"),
                        ("        - perpetrator_family\n", "        - perpetrator_family\n"
                         + "".join(f"        - share_{n}\n" for n in range(4, count + 1))))


def test_more_shares_than_chart_colours_is_refused(changed_copy, theme):
    document = load_document(_six_shares(changed_copy))
    problems = check_for_targets(document, layout_document(document, theme), theme, ("print",))
    assert [p.message for p in problems if "chart colours" in p.message] == [
        "the chart of 'partner = pleger' has 9 shares, but the theme has 8 chart colours, so "
        "two shares would look alike; combine shares (e.g. into 'other') to at most 8"]
    document = load_document(_six_shares(changed_copy, 8))
    problems = check_for_targets(document, layout_document(document, theme), theme, ("print",))
    assert not [p for p in problems if "chart colours" in p.message]


def test_a_percentage_followed_by_its_own_sign_is_a_warning_with_its_fix(changed_copy):
    path = changed_copy(("({exploited_now})", "({exploited_now}%)"))
    document = load_document(path)
    problems = check_unit_signs(document, "nl")
    assert [(p.severity, p.message, p.fix) for p in problems] == [(
        "warning", "'{exploited_now}%' drukt het teken twee keer af (92,9%%): het cijfer drukt "
        "het al af; haal de '%' erachter weg", f"unit_sign:{problems[0].field}")]
    assert problems[0].line == 192
    text = document.block("themes").fields["themes"][0]["text"]
    assert "({exploited_now})" in without_doubled_signs(document, text)
    assert "{exploited_now:number}% " in without_doubled_signs(
        document, "{exploited_now:number}% en {exploited_now} %.")
    # As the command line says it: with file and line.
    run = subprocess.run([sys.executable, "-m", "infographic_app", "check", str(path)],
                         capture_output=True, text=True, env={"LANG": "en_GB.UTF-8",
                                                              "QT_QPA_PLATFORM": "offscreen"})
    assert f"{path}:192:" in run.stdout + run.stderr
    assert "prints the sign twice (92,9%%)" in run.stdout + run.stderr
