"""A new recommendation, block or figure starts with placeholder words; they never print
unnoticed."""

from infographic_app.checks.placeholders import check_placeholders
from infographic_app.cli import main
from infographic_app.model import operations as ops
from infographic_app.model.writing import save_document


def test_a_new_entry_left_as_it_was_added_is_an_error_until_written(document, tmp_path,
                                                                     capsys):
    assert check_placeholders(document) == []
    ops.add_entry(document, "blocks.recommendations.items").do(document)
    ops.add_figure(document, "nieuw cijfer", "count", 3).do(document)
    problems = check_placeholders(document, "nl")
    assert [(p.field.split(".")[0], p.severity.value) for p in problems] == [
        ("blocks", "error"), ("figures", "error")]
    assert "'Schrijf hier de nieuwe aanbeveling.'" in problems[0].message
    assert problems[0].field.startswith("blocks.recommendations.items.")
    saved = tmp_path / "factsheet.yaml"
    save_document(document, saved)
    assert main(["check", str(saved)]) == 1  # and so `export` refuses it
    assert "still holds the placeholder text" in capsys.readouterr().err
    item = document.block("recommendations").fields["items"][-1]
    item["text"] = "Zorg voor **betere opvang**."
    document.figures[problems[1].field.split(".")[1]].label = "(stief)ouders"
    assert check_placeholders(document) == []


def test_text_typed_beside_a_placeholder_sentence_leaves_it_flagged(document):
    """Typing in front of or after the placeholder (the cursor at its start) leaves it to be
    printed; a short placeholder inside a real sentence is the sentence's own words."""
    ops.add_entry(document, "blocks.recommendations.items").do(document)
    item = document.block("recommendations").fields["items"][-1]
    for typed in ("Investeer in voorlichting op scholenSchrijf hier de nieuwe aanbeveling.",
                  "Schrijf hier de nieuwe aanbeveling. Investeer in voorlichting."):
        item["text"] = typed
        [problem] = check_placeholders(document, "nl")
        assert problem.field == f"blocks.recommendations.items.{item['id']}.text"
        assert "'Schrijf hier de nieuwe aanbeveling.'" in problem.message
    item["text"] = "Investeer in een nieuw thema: voorlichting."  # 'nieuw thema' is short
    document.block("intro").fields["heading"] = "Nieuwe kop voor een nieuw cijfer"
    assert check_placeholders(document) == []
