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
    assert "still the placeholder text" in capsys.readouterr().err
    item = document.block("recommendations").fields["items"][-1]
    item["text"] = "Zorg voor **betere opvang**."
    document.figures[problems[1].field.split(".")[1]].label = "(stief)ouders"
    assert check_placeholders(document) == []
