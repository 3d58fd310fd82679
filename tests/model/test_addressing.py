"""One way to find things: element ids, document paths and file lines of the bundled
factsheet, each checked against the line of the file a user would open."""

import copy

import pytest

from infographic_app.model.addressing import (
    block_fields,
    elements,
    entry_index,
    holder_of,
    line_of,
    nearest_name,
    path_of,
    set_value,
    value_of,
)
from infographic_app.model.fields import get_field, set_field
from infographic_app.paths import default_document

LINES = default_document().read_text(encoding="utf-8").splitlines()


def line_with(text: str, after: int = 0) -> int:
    """The first line (1-based) of the bundled factsheet from line `after` on holding `text`."""
    return next(n for n, line in enumerate(LINES, 1) if n > after and text in line)


@pytest.mark.parametrize(("element_id", "path", "written"), [
    ("blocks.key_figures.tiles.victims.text", ("pages", 0, "blocks", 2, "tiles", 1, "text"),
     "bezoekers waren zelf slachtoffer"),
    ("blocks.intro.visual.caption", ("pages", 0, "blocks", 1, "visual", "caption"),
     "van de geschatte {minors_estimated} in beeld"),
    ("blocks.themes.themes.partner_perpetrator.visual",
     ("pages", 0, "blocks", 3, "themes", 1, "visual"), None),
    ("figures.visitors_minor.value", ("figures", "visitors_minor", "value"), None),
    ("metadata.author", ("metadata", "author"), "author: Centrum tegen"),
    ("rules.minors_among_victims", ("rules", 1), "- id: minors_among_victims"),
    ("blocks.footer", ("pages", 1, "blocks", 2), "- id: footer"),
])
def test_an_element_id_has_a_document_path_and_a_file_line(document, element_id, path,
                                                             written):
    assert path_of(document, element_id) == path
    line = line_of(document, element_id)
    if written is None:  # a key whose value starts on the next lines
        key = f"{path[-1]}:"
        assert LINES[line - 1].strip().startswith(key)
    else:
        assert written in LINES[line - 1] or written in LINES[line]  # folded text: next line


def test_rules_and_metadata_are_located_like_blocks(document):
    """The checks name a broken rule by 'rules.<id>'; its line is the rule's own."""
    assert document.locate("rules.minors_among_victims") == (
        "rules.minors_among_victims", line_with("- id: minors_among_victims"))
    assert document.locate("metadata.title")[1] == line_with("  title: 'Factsheet")


def test_an_id_the_document_does_not_hold_has_the_line_of_what_holds_it(document):
    caption_missing = "blocks.themes.themes.long_exploitation.visual.caption"
    visual = line_with("visual:", after=line_with("- id: long_exploitation"))
    assert line_of(document, caption_missing) == visual
    with pytest.raises(KeyError):
        path_of(document, caption_missing)
    assert line_of(document, "figures.no_such_figure") == line_with("figures:")
    for nowhere in ("theme.logo", "theme.wordmark", "blocks.no_such_block.text", "blocks"):
        assert line_of(document, nowhere) is None
        with pytest.raises(KeyError):
            path_of(document, nowhere)


def test_a_document_not_read_from_a_file_has_paths_but_no_lines(document):
    built = copy.deepcopy(document)
    built.source = None
    assert path_of(built, "blocks.intro.text") == ("pages", 0, "blocks", 1, "text")
    assert line_of(built, "blocks.intro.text") is None


def test_the_holder_of_a_field_is_the_documents_own(document):
    tile = document.block("key_figures").fields["tiles"][1]
    assert holder_of(document, "blocks.key_figures.tiles.victims.text") == (tile, "text")
    assert holder_of(document, "figures.minors_seen.value") == (
        document.figures["minors_seen"], "value")
    assert holder_of(document, "blocks.footer.url")[0] is document.block("footer").fields
    for nothing in ("blocks.key_figures.tiles.nobody.text", "figures.nobody.value", "nothing"):
        with pytest.raises(KeyError):
            holder_of(document, nothing)


def test_fields_are_read_and_changed_through_their_address(document):
    name = "blocks.themes.themes.partner_perpetrator.visual.caption"
    assert get_field(document, name) == "wie is de mensenhandelaar?"
    set_field(document, name, "wie?")
    assert document.block("themes").fields["themes"][1]["visual"]["caption"] == "wie?"
    set_field(document, name, None)
    assert get_field(document, name) is None
    with pytest.raises(KeyError):
        get_field(document, "blocks.key_figures.tiles.nobody.text")


def test_elements_are_blocks_then_their_entries_in_reading_order(document):
    ids = [element.id for element in elements(document)]
    assert ids[:8] == ["blocks.header", "blocks.intro", "blocks.key_figures",
                       "blocks.key_figures.tiles.visitors", "blocks.key_figures.tiles.victims",
                       "blocks.key_figures.tiles.minors", "blocks.key_figures.tiles.age",
                       "blocks.themes"]
    for element in elements(document):
        assert line_of(document, element.id) == document.line_of(element.path)
        assert path_of(document, element.id) == element.path


def test_every_declared_field_maps_both_ways(document):
    fields = list(block_fields(document))
    assert len({field.id for field in fields}) == len(fields) > 40
    for field in fields:
        assert path_of(document, field.id) == field.path
        assert get_field(document, field.id) is field.value


@pytest.mark.parametrize(("element_id", "expected"), [
    ("figures.x", "figures.x.value"),
    ("figures.x.label", "figures.x.label"),
    ("blocks.themes.themes.networks.visual", "blocks.themes.themes.networks.visual.caption"),
    ("blocks.themes.themes.networks.text.line", "blocks.themes.themes.networks.text"),
    ("blocks.themes.themes.networks.visual.figures", None),
    ("theme.logo", None),
])
def test_the_nearest_form_field_of_an_element(element_id, expected):
    names = ["figures.x.value", "figures.x.label", "blocks.themes.themes.networks.text",
             "blocks.themes.themes.networks.visual.caption"]
    assert nearest_name(element_id, names) == expected


def test_values_are_read_and_written_by_name(document):
    assert value_of(document, "pages.page1.blocks") is document.pages[0].blocks
    assert value_of(document, "figures") is document.figures
    assert value_of(document, "rules.perpetrators_make_100.parts")[0] == "perpetrator_partner"
    assert value_of(document, "blocks.themes.themes.long_exploitation.visual.caption") is None
    assert entry_index(document.figures, "minors_estimated") == 1
    assert entry_index(value_of(document, "blocks.key_figures.tiles"), "victims") == 1
    assert entry_index(value_of(document, "blocks.intro.visual.figures") or
                       ["a", "minors_seen"], "minors_seen") == 1
    set_value(document, "blocks.intro.visual.caption", None)
    assert "caption" not in document.block("intro").fields["visual"]
    set_value(document, "intended_year_mentions", ["metadata.title"])
    assert document.intended_year_mentions == ["metadata.title"]
    with pytest.raises(KeyError):
        value_of(document, "blocks.no_such_block.text")
