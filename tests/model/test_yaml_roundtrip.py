"""Saving keeps what the user wrote: comments, key order and style survive value changes and
structural edits, and new entries are written where a person would put them."""

import pytest

from infographic_app.model import operations as ops
from infographic_app.model.reading import load_document
from infographic_app.model.storage import dump_yaml
from infographic_app.model.writing import document_to_data, save_document
from infographic_app.paths import default_document

ABOVE_FIGURE = "  # from the chat's own registration\n  visitors_victim:\n"
END_OF_LINE = "    value: 29  # police figure, 2018\n"
IN_BLOCK = "    # four tiles, one row\n    tiles:\n"
ABOVE_TILE = "    # the age tile stays last\n    - id: age\n"
COMMENTS = (("  visitors_victim:\n", ABOVE_FIGURE), ("    value: 29\n", END_OF_LINE),
            ("    tiles:\n", IN_BLOCK), ("    - id: age\n", ABOVE_TILE),
            ("    label: (ex-)partner\n", '    label: "(ex-)partner"\n'))

VICTIMS_TILE = ("    - id: victims\n      figure: visitors_victim\n      text: >-\n"
                "        bezoekers waren zelf slachtoffer. De overige {visitors_other} hadden een"
                " hulpvraag over iemand\n        anders.\n")
MINORS_TILE = """\
    - id: minors
      figure: visitors_minor
      text: slachtoffers waren minderjarig.
"""
AGE_TILE = """\
    # the age tile stays last
    - id: age
      figure: average_age
      text: >-
        is de gemiddelde leeftijd van slachtoffers. Ruim een kwart van hen is 15 jaar of jonger.
"""


@pytest.fixture
def commented(changed_copy):
    """The bundled factsheet with a comment above a figure, one at the end of a value's line,
    two in a block (above its tiles, above a tile) and a text in double quotes."""
    return changed_copy(*COMMENTS)


def saved(document, tmp_path):
    path = tmp_path / "saved.yaml"
    save_document(document, path)
    assert document_to_data(load_document(path)) == document_to_data(document)
    return path.read_text(encoding="utf-8")


def replaced(text, old, new):
    assert text.count(old) == 1, old
    return text.replace(old, new)


def test_the_comments_survive_a_value_change(commented, tmp_path):
    document = load_document(commented)
    document.figures["minors_seen"].value = 31
    original = commented.read_text(encoding="utf-8")
    assert saved(document, tmp_path) == replaced(original, END_OF_LINE,
                                                 "    value: 31  # police figure, 2018\n")


def test_a_new_figure_goes_after_the_last_one(commented, tmp_path):
    document = load_document(commented)
    ops.add_figure(document, "(stief)ouders", "percentage", 14.3).do(document)
    original = commented.read_text(encoding="utf-8")
    new = ("  stief_ouders:\n    type: percentage\n    value: 14.3\n"
           "    label: (stief)ouders\nrules:\n")
    assert saved(document, tmp_path) == replaced(original, "rules:\n", new)


def test_a_duplicate_goes_after_its_original_and_the_comment_stays_above_its_figure(
        commented, tmp_path):
    document = load_document(commented)
    ops.duplicate_figure(document, "visitors_total").do(document)
    original = commented.read_text(encoding="utf-8")
    copy = ("  visitors_total_2:\n    type: count\n    value: 299\n"
            "    label: unieke bezoekers met een hulpvraag over mensenhandel (kopie)\n"
            "    unit: personen\n")
    assert saved(document, tmp_path) == replaced(original, ABOVE_FIGURE, copy + ABOVE_FIGURE)


def test_the_comments_survive_removing_a_tile(commented, tmp_path):
    document = load_document(commented)
    ops.remove_entry(document, "blocks.key_figures.tiles", "victims").do(document)
    original = commented.read_text(encoding="utf-8")
    assert saved(document, tmp_path) == replaced(original, VICTIMS_TILE, "")


def test_a_moved_entry_takes_the_comment_above_it_along(commented, tmp_path):
    document = load_document(commented)
    ops.move_entry(document, "blocks.key_figures.tiles", "age", -1).do(document)
    original = commented.read_text(encoding="utf-8")
    assert saved(document, tmp_path) == replaced(original, MINORS_TILE + AGE_TILE,
                                                 AGE_TILE + MINORS_TILE)


def test_a_new_page_goes_at_the_end_and_the_comments_stay(commented, tmp_path):
    document = load_document(commented)
    ops.add_page(document).do(document)
    original = commented.read_text(encoding="utf-8")
    assert saved(document, tmp_path) == original.replace(  # the last page, not the last key
        "word_list:\n", "- id: page3\n  blocks: []\nword_list:\n")


def test_a_block_moved_to_a_new_page_keeps_its_comments(commented, tmp_path):
    document = load_document(commented)
    ops.add_page(document).do(document)
    ops.move_block_to_page(document, "key_figures", "page3").do(document)
    text = saved(document, tmp_path)
    for comment in (END_OF_LINE, ABOVE_FIGURE, IN_BLOCK, ABOVE_TILE):
        assert comment in text
    assert text.index("- id: page3") < text.index(IN_BLOCK)


def test_the_bundled_file_saves_unchanged_and_one_change_as_the_writer_did(document,
                                                                           tmp_path):
    original = default_document().read_text(encoding="utf-8")
    assert saved(document, tmp_path) == original
    document.figures["visitors_total"].value = 300
    document.pages[0].blocks[1].fields["text"] = "Een nieuwe inleiding, " * 8 + "en een eind."
    assert saved(document, tmp_path) == dump_yaml(document_to_data(document))


def test_a_new_edition_keeps_the_comments(commented, tmp_path, capsys):
    from infographic_app.cli import main

    output = tmp_path / "factsheet-2020.yaml"
    assert main(["new-edition", str(commented), "--edition", "2020", "-o", str(output)]) == 0
    text = output.read_text(encoding="utf-8")
    assert "  # from the chat's own registration\n  visitors_victim:\n" in text
    assert "    value: 29  # police figure, 2018\n" in text
    assert IN_BLOCK in text and ABOVE_TILE in text
    assert "edition: 2020\n" in text


def test_a_text_that_is_not_a_mapping_any_more_is_written_anew(document, tmp_path):
    path = tmp_path / "saved.yaml"
    save_document(document, path, original="- a list\n")
    assert path.read_text(encoding="utf-8") == dump_yaml(document_to_data(document))


@pytest.mark.parametrize("text", [
    "tab\there " * 20, "nbsp\u00a0en € “citaat” " * 10, " spatie voor", "spatie na ",
    "regel een \nregel twee\n\n", "- geen lijst", "a: geen sleutel # geen commentaar",
    "ja", "010", "😀 " * 40, "zero\u200bwidth " * 30])
def test_the_quick_writer_reads_back_as_the_same_data(document, text):
    """The recovery copy's quick writer: whatever it quotes or folds otherwise, the text
    read back is the text written, and an ordinary factsheet is written the same."""
    import yaml

    data = document_to_data(document)
    assert dump_yaml(data, quick=True) == dump_yaml(data)
    data["metadata"]["title"] = text
    assert yaml.safe_load(dump_yaml(data, quick=True)) == data


@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\x85"])
def test_a_pasted_hidden_line_break_is_saved_so_the_file_opens_again(document, tmp_path, char):
    """A line separator pasted into a field used to be written as it is, and the reader
    refuses such a file: the work could not be opened again. Written in double quotes as an
    escape, it reads back as typed, saved anew, into the original text, or as a recovery
    copy."""
    from infographic_app.model.storage import SourceMap, parse_yaml

    title = f"Onzichtbare{char}slachtoffers"
    document.metadata["title"] = title
    document.figures["visitors_total"].label = f"bezoekers{char}totaal"
    anew = tmp_path / "anew.yaml"
    document.path = None
    save_document(document, anew)  # no original text: written anew
    assert load_document(anew).metadata["title"] == title
    into = tmp_path / "into.yaml"
    into.write_text(default_document().read_text(encoding="utf-8"), encoding="utf-8")
    document.path = into
    save_document(document, into)  # into the original, comments kept
    again = load_document(into)
    assert again.metadata["title"] == title
    assert again.figures["visitors_total"].label == f"bezoekers{char}totaal"
    copy = dump_yaml(document_to_data(document), quick=True)
    assert parse_yaml(copy, SourceMap("copy.yaml"))["metadata"]["title"] == title


def test_the_quick_writer_writes_a_lone_surrogate_too(document):
    """libyaml cannot write one (pasted broken text); the recovery copy is written all the
    same, by the Python emitter, and reads back as it was."""
    import yaml

    data = document_to_data(document)
    data["metadata"]["title"] = "kapot \udc80 teken"
    assert yaml.safe_load(dump_yaml(data, quick=True)) == data
