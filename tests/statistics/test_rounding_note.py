"""Parts of a whole that do not add up as printed get the rounding note in the notes block,
with a mark at the chart or text; where the shares may be rounded together, the checks
offer it, and then the note goes."""

from __future__ import annotations

from test_notes import pdf_pages

from infographic_app.checks.consistency import check_figures
from infographic_app.export.pdf import export_pdf
from infographic_app.model import operations as ops
from infographic_app.model.reading import load_document

# 81,66 + 10,17 + 8,17 = 100, printed with one decimal: 81,7 + 10,2 + 8,2 = 100,1.
OFF_BY_ROUNDING = [(f"    value: {old}\n", f"    value: {new}\n    decimals: 1\n")
                   for old, new in (("81.6", "81.66"), ("10.2", "10.17"), ("8.2", "8.17"))]
ENGLISH = ("locale: nl-NL\n", "locale: en-GB\n")
RULE = "rules.perpetrators_make_100"


def test_the_notes_block_says_the_parts_do_not_add_up_and_the_donut_is_marked(
        changed_copy, tmp_path, theme):
    document = load_document(changed_copy(*OFF_BY_ROUNDING))
    path = tmp_path / "screen.pdf"
    export_pdf(document, theme, "screen", path)
    first, second = pdf_pages(path)
    # after the three notes of the intro, the fourth: the mark after the donut's caption
    assert "wie is de mensenhandelaar?⁴" in first
    assert "81,7% (ex-)partner" in first and "8,2% familielid" in first
    assert "4. Door afronding tellen de delen niet op tot 100%." in second


def test_in_english_too(changed_copy, tmp_path, theme):
    path = tmp_path / "screen.pdf"
    export_pdf(load_document(changed_copy(*OFF_BY_ROUNDING, ENGLISH)), theme, "screen", path)
    first, second = pdf_pages(path)
    assert "wie is de mensenhandelaar?⁴" in first
    assert "4. Due to rounding, the parts do not add up to 100%." in second


def test_the_checks_list_says_so_and_offers_to_round_them_together(changed_copy, theme):
    document = load_document(changed_copy(*OFF_BY_ROUNDING))
    [warning] = [p for p in check_figures(document, "nl") if p.field == RULE]
    assert "het notenblok zegt 'Door afronding tellen de delen niet op tot 100%.'" \
        in warning.message
    assert warning.fixes == (
        "round_together:perpetrator_partner,perpetrator_social,perpetrator_family",)
    [english] = [p for p in check_figures(document, "en") if p.field == RULE]
    assert "the notes block says 'Door afronding" in english.message
    assert "round them together (largest remainder)" in english.message


def test_rounded_together_they_add_up_the_typed_values_stay_and_the_note_goes(
        changed_copy, tmp_path, theme):
    document = load_document(changed_copy(*OFF_BY_ROUNDING))
    operation = ops.round_together(document, ["perpetrator_partner", "perpetrator_social",
                                              "perpetrator_family"])
    operation.do(document)
    assert [p for p in check_figures(document) if p.field == RULE] == []
    assert document.figures["perpetrator_partner"].value == 81.66  # typed, as it was
    path = tmp_path / "screen.pdf"
    export_pdf(document, theme, "screen", path)
    first, second = pdf_pages(path)
    assert "81,6% (ex-)partner" in first and "Door afronding" not in second
    operation.undo(document)
    assert document.rules[3].rounding is None


def test_typed_shares_that_round_together_to_no_100_get_the_note_but_no_fix(changed_copy):
    """33,3 three times: rounding together cannot make 100,0, the note is all there is."""
    document = load_document(changed_copy(*[
        (f"    value: {old}\n", "    value: 33.3\n") for old in ("81.6", "10.2", "8.2")]))
    [warning] = [p for p in check_figures(document) if p.field == RULE]
    assert warning.fixes == () and warning.message.endswith(
        "the figures themselves add up to 99,9%; check them: if they were rounded at the "
        "source, that is what the notes block says: 'Door afronding tellen de delen niet op "
        "tot 100%.'")


def test_parts_and_total_with_decimals_get_the_note_of_the_total(changed_copy, tmp_path, theme):
    """A sum rule of decimals: 1,26 + 1,26 = 2,52, printed 1,3 + 1,3 but 2,5."""
    path = changed_copy(
        ("    value: 265\n", "    value: 1.26\n"), ("    value: 34\n", "    value: 1.26\n"),
        ("    value: 299\n", "    value: 2.52\n"),
        *[(f"  {name}:\n    type: count\n", f"  {name}:\n    type: decimal\n")
          for name in ("visitors_total", "visitors_victim", "visitors_other")],
        ("  minors_seen:\n", "  minors_seen:\n"))
    document = load_document(path)
    [warning] = [p for p in check_figures(document, "nl")
                 if p.field == "rules.victims_and_others_make_total"]
    assert warning.message.startswith("de delen tellen zoals gedrukt op tot 2,6, niet tot "
                                      "'unieke bezoekers met een hulpvraag over mensenhandel' "
                                      "(2,5)")
    out = tmp_path / "screen.pdf"
    export_pdf(document, theme, "screen", out)
    assert "Door afronding tellen de delen niet op tot het totaal." in pdf_pages(out)[1]
