"""Saving in the editor keeps the user's comments through value changes and structural
edits."""

from infographic_app.model import operations as ops


def test_the_session_saves_into_the_text_the_user_wrote(window):
    session = window.session
    path = session.path
    text = path.read_text(encoding="utf-8")
    commented = (text.replace("  visitors_victim:\n", "  # from the chat\n  visitors_victim:\n")
                 .replace("    value: 29\n", "    value: 29  # police, 2018\n")
                 .replace("    tiles:\n", "    # one row\n    tiles:\n"))
    path.write_text(commented, encoding="utf-8")
    session.open(path)
    session.edit("figures.minors_seen.value", 31, "minors seen")
    session.perform(ops.remove_entry(session.document, "blocks.key_figures.tiles", "victims"),
                    "remove tile")
    session.perform(ops.add_page(session.document), "add page")
    session.save()
    saved = path.read_text(encoding="utf-8")
    assert "  # from the chat\n  visitors_victim:\n" in saved
    assert "    value: 31  # police, 2018\n" in saved
    assert "    # one row\n    tiles:\n    - id: visitors\n" in saved
    assert "    - id: victims\n" not in saved
    assert "- id: page3\n  blocks: []\nword_list:\n" in saved  # the last page
    assert (path.parent / (path.name + ".bak")).read_text(encoding="utf-8") == commented
