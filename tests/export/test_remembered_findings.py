"""What the checks found for an export is remembered between runs of the command line, and
only for the same input: a changed value, a moved line, another target or language, another
dictionary finds anew."""

from __future__ import annotations

import os
from dataclasses import replace

import pytest

from infographic_app.cli import main
from infographic_app.export.remembered_findings import remembered_findings
from infographic_app.layout.fonts import FontSet
from infographic_app.layout.remembered import remembered_layout
from infographic_app.model.problems import Problem
from infographic_app.model.reading import load_document
from infographic_app.model.theme import load_theme_for

SMALL_COUNT = "prints {count} people, fewer than 10"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("LANGUAGE", "en")
    return tmp_path / "cache" / "infographic-app" / "findings"


def _export(path, out, capsys, *options: str) -> str:
    assert main(["export", str(path), "-o", str(out), *options]) == 0
    return capsys.readouterr().err


def test_a_changed_value_in_the_file_changes_the_warning(cache, changed_copy, tmp_path, capsys):
    out = tmp_path / "f.pdf"
    path = changed_copy()
    first = _export(path, out, capsys)
    assert SMALL_COUNT.format(count=7) in first and list(cache.glob("*.pickle"))
    assert _export(path, out, capsys) == first  # remembered: the same words
    path = changed_copy(("    value: 7\n", "    value: 6\n"))
    changed = _export(path, out, capsys)
    assert SMALL_COUNT.format(count=6) in changed and SMALL_COUNT.format(count=7) not in changed
    path = changed_copy(("    value: 7\n", "    value: 12\n"))
    assert "bezoekers over criminele uitbuiting" not in _export(path, out, capsys)


def test_a_moved_line_or_another_language_is_found_anew(cache, changed_copy, tmp_path,
                                                               capsys, monkeypatch):
    out = tmp_path / "f.pdf"
    path = changed_copy()
    assert f"{path}:90: " in _export(path, out, capsys)
    path = changed_copy(("figures:\n", "# the figures of 2019\nfigures:\n"))
    assert f"{path}:91: " in _export(path, out, capsys)  # the same document, one line down
    monkeypatch.setenv("LANGUAGE", "nl")
    dutch = _export(path, out, capsys)
    assert "minder dan 10" in dutch and "fewer than 10" not in dutch


def test_the_same_input_is_found_once_and_another_dictionary_or_profile_finds_anew(
        cache, tmp_path, changed_copy, monkeypatch):
    from infographic_app.checks import lookup_sources

    document = load_document(changed_copy())
    theme = load_theme_for(document)
    scene = remembered_layout(document, theme, FontSet(theme))
    calls = []

    def find() -> list[Problem]:
        calls.append(1)
        return [Problem(f"finding {len(calls)}")]

    def findings(target: str = "print", language: str = "en") -> str:
        [problem] = remembered_findings(document, theme, scene, target, language, find)
        return problem.message

    assert findings() == findings() == "finding 1"
    assert findings("screen") == "finding 2" and findings(language="nl") == "finding 3"
    assert findings("screen") == "finding 2"
    words = tmp_path / "nl.dic"
    words.write_text("1\nwoord\n", encoding="utf-8")
    monkeypatch.setattr(lookup_sources, "dictionary_files", lambda locale: (words, words))
    assert findings() == "finding 4" and findings() == "finding 4"
    words.write_text("2\nwoord\nwoorden\n", encoding="utf-8")  # a new dictionary
    assert findings() == "finding 5"
    profile = tmp_path / "print.icc"
    profile.write_bytes(theme.printing.output_profile.read_bytes())
    theme = replace(theme, printing=replace(theme.printing, output_profile=profile))
    assert findings() == "finding 6" and findings() == "finding 6"
    os.utime(profile, ns=(0, 10**18))  # the print shop's profile, replaced
    assert findings() == "finding 7"
