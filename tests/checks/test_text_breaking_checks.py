"""What `check` says about long words: nothing when they could be broken, and for a word
that cannot be broken, that it runs out at the side of its box (never past the page)."""

import pytest

from infographic_app.cli import main

TILE = "text: unieke bezoekers hadden een hulpvraag over mensenhandel."
UNBREAKABLE = "080012345678901234567890123456789"


@pytest.mark.parametrize("words", [
    "mensenhandelsslachtofferhulpverleningsorganisaties",  # hyphenated by the dictionary
    "https://www.chatmetfier.nl/over-fier/hulpverlening",  # broken after its slashes
    "0800-1234-5678-9012-3456-7890-1234",  # broken after its hyphens
    "kinder\u00adbeschermings\u00admaatregelen\u00adonderzoek",  # at its soft hyphens
], ids=["compound", "web address", "hyphenated number", "soft hyphens"])
def test_a_long_word_that_can_be_broken_passes_the_check(changed_copy, capsys, words):
    path = changed_copy((TILE, f"text: zie {words} hier"))
    assert main(["check", str(path)]) == 0
    assert "0 error(s)" in capsys.readouterr().out


@pytest.mark.parametrize(("language", "error_word", "sideways", "bottom"), [
    ("en", "error:", "is wider than the box and is cut off at its side", "past the bottom"),
    ("nl", "fout:", "is breder dan het vak en wordt aan de zijkant afgesneden",
     "onder de pagina uit"),
])
def test_a_word_that_cannot_be_broken_is_reported_running_sideways(
        changed_copy, capsys, monkeypatch, language, error_word, sideways, bottom):
    monkeypatch.setenv("LANGUAGE", language)
    path = changed_copy((TILE, f"text: bel {UNBREAKABLE} gratis"))
    assert main(["check", str(path)]) != 0
    err = capsys.readouterr().err
    [error] = [line for line in err.splitlines() if line.startswith(error_word)]
    line = path.read_text(encoding="utf-8").splitlines().index(
        f"      text: bel {UNBREAKABLE} gratis") + 1
    place = "Tegel '299' › Tekst" if language == "nl" else "Tile '299' › Text"
    assert f"{path}:{line}: {place}:" in error
    assert sideways in error and f"'{UNBREAKABLE[:29]}…'" in error
    assert bottom not in err
