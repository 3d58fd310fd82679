"""Shares printed together add up as printed, or `check` says so; a rule may round them as a
set (largest remainder), and then every place that prints them shows the same numbers."""

import pytest

from infographic_app.checks.consistency import check_figures
from infographic_app.cli import main
from infographic_app.layout.engine import layout_document
from infographic_app.model.alt_text import alt_text_for_card, alt_texts, visuals
from infographic_app.model.chart_description import long_description
from infographic_app.model.problems import Severity
from infographic_app.model.reading import load_document
from infographic_app.model.writing import save_document

from pdfcheck import page_text

DONUT = "blocks.themes.themes.partner_perpetrator.visual"
THEME = "blocks.themes.themes.partner_perpetrator"
RULE_END = "  - perpetrator_family\n- id: multiple_perpetrators_among_visitors"
AS_SET = "  - perpetrator_family\n  rounding: largest_remainder\n- id: multiple_perpetrators_among"


def _shares(partner: str, social: str, family: str, decimals: int = 0) -> list[tuple[str, str]]:
    """Replacements that give the three perpetrator shares these values (or formulas)."""
    return [(f"    type: percentage\n    value: {old}\n",
             f"    type: percentage\n    {'formula' if '/' in new else 'value'}: {new}\n"
             f"    decimals: {decimals}\n")
            for old, new in (("81.6", partner), ("10.2", social), ("8.2", family))]


# Three shares computed from 12, 4 and 1 visitors of 17: 70,6% + 23,5% + 5,9%.
OF_17 = [("  multiple_perpetrators:\n",
          "  n_partner:\n    type: count\n    value: 12\n    label: partner\n"
          "  n_social:\n    type: count\n    value: 4\n    label: sociaal\n"
          "  n_family:\n    type: count\n    value: 1\n    label: familie\n"
          "  multiple_perpetrators:\n"),
         *_shares("n_partner / (n_partner + n_social + n_family) * 100",
                  "n_social / (n_partner + n_social + n_family) * 100",
                  "n_family / (n_partner + n_social + n_family) * 100")]


NO_RULE = ("- id: perpetrators_make_100\n  kind: sum_to_100\n  parts:\n  - perpetrator_partner\n"
           "  - perpetrator_social\n  - perpetrator_family\n", "")


def _warnings(document, language="en"):
    problems = check_figures(document, language)
    assert all(p.severity == Severity.WARNING for p in problems), problems
    return [(p.field, p.line, p.message) for p in problems]


def _line(path, text):
    [line] = [n for n, t in enumerate(path.read_text().splitlines(), 1) if t == text]
    return line


def test_three_shares_of_17_that_print_as_101_are_a_warning(changed_copy):
    path = changed_copy(*OF_17)
    document = load_document(path)
    text = document.resolve(document.block("themes").fields["themes"][1]["text"])
    assert "in 71% van gevallen" in text and "(24%)" in text and "(6%)" in text
    [(field, line, message)] = _warnings(document)
    assert field == "rules.perpetrators_make_100"
    assert line == _line(path, "- id: perpetrators_make_100")
    assert message == (
        "the shares as printed add up to 101%, not 100%: '(ex-)partner' (71%) + "
        "'sociale omgeving' (24%) + 'familielid' (6%); the notes block says 'Door afronding "
        "tellen de delen niet op tot 100%.'; or round them together (largest remainder), so "
        "the printed shares make 100% while the typed figures stay as they are")
    [(_, _, dutch)] = _warnings(document, "nl")
    assert dutch.startswith("de aandelen tellen zoals gedrukt op tot 101%, niet 100%: ")
    assert dutch.endswith("het notenblok zegt 'Door afronding tellen de delen niet op tot 100%.'; "
                          "of rond ze samen af (grootste rest), zodat de gedrukte aandelen 100% "
                          "maken en de getypte cijfers blijven zoals ze zijn")


def test_rounded_as_a_set_they_print_71_23_6_in_every_place(changed_copy, theme):
    document = load_document(changed_copy(*OF_17, (RULE_END, AS_SET)))
    assert _warnings(document) == []
    text = document.resolve(document.block("themes").fields["themes"][1]["text"])
    assert "in 71% van gevallen" in text and "(23%)" in text and "(6%)" in text
    assert dict(alt_texts(document))[DONUT].endswith("het grootst is (ex-)partner met 71%.")
    [(visual, heading)] = [(v, h) for element_id, h, v in visuals(document) if element_id == DONUT]
    assert long_description(document, visual, heading).startswith(
        "Cirkeldiagram 'partner = pleger': (ex-)partner 71%, sociale omgeving 23%, "
        "familielid 6%. Het grootst: 71% (ex-)partner; het kleinst: 6% familielid.")
    assert "sociale omgeving 23%" in alt_text_for_card(document, THEME)
    assert "23% " in alt_text_for_card(document, "perpetrator_social")
    legend = [run.text for run in layout_document(document, theme).texts()
              if run.element_id.startswith("figures.perpetrator_") and "%" in run.text]
    assert legend == ["71%", "23%", "6%"]


def test_check_on_the_command_line_warns_and_passes(changed_copy, capsys):
    path = changed_copy(*OF_17)
    assert main(["check", str(path)]) == 0
    out, err = capsys.readouterr()
    line = _line(path, "- id: perpetrators_make_100")
    [warning] = [w for w in err.splitlines() if "as printed add up to 101%" in w]
    assert warning.startswith(f"warning: {path}:{line}: Rule: (ex-)partner + sociale omgeving + "
                              "…: the shares as printed add up to 101%, not 100%")
    assert f"{path}: 0 error(s), 3 warning(s)" in out  # and the two small counts


def test_the_pdf_prints_the_shares_as_rounded_together(changed_copy, tmp_path, capsys):
    out = tmp_path / "f.pdf"
    assert main(["export", str(changed_copy(*OF_17, (RULE_END, AS_SET))), "-o", str(out),
                 "--target", "screen"]) == 0
    assert "perpetrators_make_100" not in capsys.readouterr().err
    text = page_text(out.read_bytes())[0]
    for shown in ("in 71% van gevallen", "omgeving (23%)", "familielid (6%)",
                  "71% (ex-)partner", "23% sociale omgeving", "6% familielid"):
        assert shown in text
    assert "24%" not in text


def test_a_donut_without_a_rule_is_checked_where_it_is_drawn(changed_copy):
    path = changed_copy(*OF_17, NO_RULE)
    document = load_document(path)
    [(field, line, message)] = _warnings(document)
    assert field == DONUT
    assert line == _line(path, "        kind: donut") - 1  # the visual: line
    assert "as printed add up to 101%" in message
    assert "or round them together (largest remainder)" in message


def test_a_share_printed_as_100_beside_a_share_that_is_not_zero(changed_copy):
    """99,5 and 0,5 with no decimals print as 100% and 1%: both wrong at a glance."""
    document = load_document(changed_copy(*_shares("99.5", "0.5", "0")))
    assert document.resolve("{perpetrator_partner} {perpetrator_social}") == "100% 1%"
    messages = [m for _, _, m in _warnings(document)]
    assert messages == [
        "'(ex-)partner' is printed as 100% while the other shares are not zero (99,5%); "
        "show the shares with more decimals",
        "the shares as printed add up to 101%, not 100%: '(ex-)partner' (100%) + "
        "'sociale omgeving' (1%) + 'familielid' (0%); the notes block says 'Door afronding "
        "tellen de delen niet op tot 100%.'; or round them together (largest remainder), so "
        "the printed shares make 100% while the typed figures stay as they are"]


def test_rounded_as_a_set_a_tie_goes_to_the_small_share(changed_copy):
    document = load_document(changed_copy(*_shares("99.5", "0.5", "0"), (RULE_END, AS_SET)))
    assert document.resolve("{perpetrator_partner} {perpetrator_social} {perpetrator_family}") \
        == "99% 1% 0%"
    assert _warnings(document) == []  # a share that is 0 may print as 0%


def test_a_share_printed_as_0_that_is_not_zero(changed_copy):
    document = load_document(changed_copy(*_shares("99.6", "0.4", "0"), (RULE_END, AS_SET)))
    messages = [m for _, _, m in _warnings(document, "nl")]
    assert messages == [
        "'(ex-)partner' wordt gedrukt als 100% terwijl de andere aandelen niet nul zijn "
        "(99,6%); toon de aandelen met meer decimalen",
        "'sociale omgeving' wordt gedrukt als 0% maar is niet nul (0,4%); toon de aandelen met "
        "meer decimalen, of laat dit aandeel weg"]


def test_percentage_bars_that_make_100_are_a_set_too(changed_copy):
    """Bars of 70,4 + 23,4 + 6,2 print as 70% + 23% + 6%; shown as a donut, 92,9% and 54,7%
    are a breakdown that does not add up."""
    swap = [("        - exploited_now\n        - exploited_over_year\n",
             "        - perpetrator_partner\n        - perpetrator_social\n"
             "        - perpetrator_family\n"),
            ("        kind: donut\n        figures:\n        - perpetrator_partner\n"
             "        - perpetrator_social\n        - perpetrator_family\n",
             "        kind: donut\n        figures:\n        - exploited_now\n"
             "        - exploited_over_year\n"),
            NO_RULE]
    document = load_document(changed_copy(*_shares("70.4", "23.4", "6.2"), *swap))
    warnings = _warnings(document)
    assert [field for field, _, _ in warnings] == [
        "blocks.themes.themes.long_exploitation.visual",
        "blocks.themes.themes.partner_perpetrator.visual"]
    assert "as printed add up to 99%" in warnings[0][2]
    assert "as printed add up to 147,6%" in warnings[1][2]
    assert "the figures themselves add up to 147,6%" in warnings[1][2]


def test_overlapping_shares_in_bars_are_no_set(document):
    """92,9% and 54,7% of the same visitors overlap: as bars they need not make 100."""
    assert check_figures(document) == []


def test_the_rule_keeps_its_rounding_when_saved(changed_copy, tmp_path):
    document = load_document(changed_copy(*OF_17, (RULE_END, AS_SET)))
    save_document(document, tmp_path / "saved.yaml")
    assert AS_SET in (tmp_path / "saved.yaml").read_text()
    assert load_document(tmp_path / "saved.yaml").rules == document.rules


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_set_message_has_both_languages(changed_copy, language):
    document = load_document(changed_copy(*_shares("99.6", "0.4", "0")))
    assert len(_warnings(document, language)) == 2
