"""Spell checking: the OpenTaal dictionary, the factsheet's word list, and `check`."""

from __future__ import annotations

import time
from pathlib import Path

from infographic_app.checks.report import check_document
from infographic_app.checks.spelling import check_spelling, misspellings, suggestions
from infographic_app.layout.engine import layout_document
from infographic_app.model.reading import load_document
from infographic_app.model.writing import document_text
from infographic_app.paths import default_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_a_misspelled_word_is_found_and_the_right_one_suggested():
    found = misspellings("De staatsecretaris van Justitie", "nl-NL")
    assert [m.word for m in found] == ["staatsecretaris"]
    assert (found[0].start, found[0].end) == (3, 18)
    assert "staatssecretaris" in suggestions("staatsecretaris", "nl-NL")
    assert misspellings("De staatssecretaris van Justitie", "nl-NL") == []


def test_references_markers_addresses_numbers_and_abbreviations_are_not_checked():
    text = ("**Ruim** {victims:words} van de (stief)ouders, dader(s) in 2019 meldden het "
            "bij de IND of via https://www.fier.nl en info@fier.nl")
    assert misspellings(text, "nl-NL") == []


def test_the_word_list_accepts_names_also_at_the_start_of_a_sentence():
    text = "Helpwanted.nl en de AVIM's."
    assert [m.word for m in misspellings(text, "nl-NL")] == ["Helpwanted.nl", "AVIM's"]
    assert misspellings(text, "nl-NL", ["helpwanted.nl", "AVIM's"]) == []


def test_an_english_factsheet_is_checked_in_english():
    assert [m.word for m in misspellings("The victims were recieved", "en-GB")] == ["recieved"]
    assert misspellings("The victims organised a programme", "en-GB") == []


def test_the_bundled_factsheets_are_spelled_right_and_checked_quickly():
    for path in (default_document(), FIXTURES / "factsheet-2020.yaml"):
        document = load_document(path)
        check_spelling(document)  # the dictionary is read once
        start = time.perf_counter()
        assert check_spelling(document) == []
        assert time.perf_counter() - start < 0.5  # about 20 ms


def test_check_lists_a_misspelling_as_a_warning_in_dutch(document, theme):
    document.block("about").fields["text"] = "De staatsecretaris is gevraagd."
    problems = [p for p in check_document(document, layout_document(document, theme), "nl")
                if "woordenboek" in p.message]
    assert len(problems) == 1
    assert problems[0].severity == "warning"
    assert problems[0].field == "blocks.about.text"
    assert "'staatsecretaris'" in problems[0].message


def test_the_word_list_is_read_and_saved_in_place(tmp_path):
    original = (FIXTURES / "factsheet-2020.yaml").read_text(encoding="utf-8")
    document = load_document(FIXTURES / "factsheet-2020.yaml")
    assert "helpwanted.nl" in document.word_list
    document.word_list.append("CoMensha")
    saved = document_text(document, original)
    assert saved.endswith("- helpwanted.nl\n- CoMensha\n")
    assert saved.replace("- CoMensha\n", "") == original
