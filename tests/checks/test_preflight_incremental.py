"""The editor checks after every pause in typing, with only the pages an edit touched laid out
anew: the findings are those of the whole document checked afresh, every time."""

from pathlib import Path

from infographic_app.checks.preflight import preflight
from infographic_app.layout.engine import layout_document
from infographic_app.model.fields import set_field
from infographic_app.model.reading import load_document
from infographic_app.paths import default_document

FIELD = "blocks.about.text"  # on page 2


def afresh(document, theme, target):
    """The findings of a new layout, checked by a new process' worth of state."""
    import infographic_app.checks.preflight as module

    module._checked_pages = {}
    return preflight(document, layout_document(document, theme), theme, target, "en")


def test_only_the_touched_page_is_checked_again_and_the_findings_are_the_same(theme):
    document = load_document(default_document())
    scene = layout_document(document, theme)
    for target in ("print", "screen"):
        assert preflight(document, scene, theme, target) == []
    text = document.block("about").fields["text"]
    for value, expected in ((text + " ★", 1), (text, 0), ("★ " + text, 1)):
        set_field(document, FIELD, value)
        new = layout_document(document, theme, previous=scene, changed={1})
        assert new.pages[0] is scene.pages[0]  # page 1 kept, checked before
        scene = new
        for target in ("print", "screen"):
            found = preflight(document, scene, theme, target)
            assert [f.field for f in found if "U+2605" in f.message] == [FIELD] * expected
            assert all("page 2" in f.message for f in found if "U+2605" in f.message)
            assert found == afresh(document, theme, target)


def test_a_finding_names_the_file_the_document_was_saved_as(theme, tmp_path):
    document = load_document(default_document())
    set_field(document, FIELD, "★")
    scene = layout_document(document, theme)
    assert {f.file for f in preflight(document, scene, theme)} == {str(default_document())}
    document.path = Path(tmp_path / "factsheet-2020.yaml")
    assert {f.file for f in preflight(document, scene, theme)} == {str(document.path)}
